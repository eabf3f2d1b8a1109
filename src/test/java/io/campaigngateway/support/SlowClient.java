package io.campaigngateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client that sends the start of a request at once, then drips the rest one byte at a time, and notes when the
 * server closes the connection and what it answered before. A raw socket: HTTP clients send whole requests.
 */
public final class SlowClient implements AutoCloseable {

	private final Socket socket = new Socket();

	private final StringBuilder received = new StringBuilder();

	private long firstByteNanos;

	public SlowClient(int port) throws IOException {
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
		socket.setSoTimeout(50);
	}

	/** What the server sent before it closed the connection. */
	public String received() {
		return received.toString();
	}

	/** Sends {@code start} whole, then one byte of {@code drip} per {@code interval} until the server closes. */
	public Duration dripUntilClosed(String start, String drip, Duration interval, Duration giveUpAfter)
			throws IOException, InterruptedException {
		OutputStream out = socket.getOutputStream();
		firstByteNanos = System.nanoTime();
		out.write(start.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		long giveUp = firstByteNanos + giveUpAfter.toNanos();
		for (int i = 0; System.nanoTime() < giveUp; i = (i + 1) % drip.length()) {
			if (closedWithin(interval)) {
				return Duration.ofNanos(System.nanoTime() - firstByteNanos);
			}
			try {
				out.write(drip.charAt(i));
				out.flush();
			}
			catch (IOException ex) {
				// reset by the server: closed
				return Duration.ofNanos(System.nanoTime() - firstByteNanos);
			}
		}
		throw new AssertionError("the server still held the connection after " + giveUpAfter.toSeconds()
				+ " s; it answered: " + received);
	}

	/** Reads whatever arrives for up to {@code wait}; true once the server has closed the connection. */
	private boolean closedWithin(Duration wait) throws InterruptedException {
		long until = System.nanoTime() + wait.toNanos();
		byte[] buffer = new byte[4096];
		while (System.nanoTime() < until) {
			try {
				InputStream in = socket.getInputStream();
				int read = in.read(buffer);
				if (read < 0) {
					return true;
				}
				received.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
			}
			catch (SocketTimeoutException ex) {
				Thread.onSpinWait();
			}
			catch (IOException ex) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
