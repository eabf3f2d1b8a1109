package io.campaigngateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Bodies packed as a caller sends them with {@code Content-Encoding: gzip}. */
public final class Gzip {

	private Gzip() {
	}

	public static byte[] of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	public static byte[] of(byte[] bytes) {
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return packed.toByteArray();
	}
}
