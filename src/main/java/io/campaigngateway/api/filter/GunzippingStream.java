package io.campaigngateway.api.filter;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/** Unpacks a gzip request body as it is read (blocking reads: the gateway reads request bodies whole). */
final class GunzippingStream extends ServletInputStream {

	/** Reading failed because the body is not the gzip its Content-Encoding says. */
	static final class NotGzip extends IOException {

		NotGzip(IOException cause) {
			super("request body is not gzip", cause);
		}
	}

	private final ServletInputStream sent;

	private GZIPInputStream unpacked;

	private boolean finished;

	GunzippingStream(ServletInputStream sent) {
		this.sent = sent;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		try {
			if (unpacked == null) {
				unpacked = new GZIPInputStream(sent);
			}
			int n = unpacked.read(buffer, offset, length);
			finished = n < 0;
			return n;
		}
		catch (ZipException | EOFException ex) {
			throw new NotGzip(ex);
		}
	}

	@Override
	public boolean isFinished() {
		return finished;
	}

	@Override
	public boolean isReady() {
		return true;
	}

	@Override
	public void setReadListener(ReadListener listener) {
		throw new UnsupportedOperationException("a gzip body is read blocking");
	}
}
