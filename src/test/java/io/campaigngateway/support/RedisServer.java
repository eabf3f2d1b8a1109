package io.campaigngateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} (Debian's) for the tests: on a free port, in the foreground so that the test owns the
 * process, without persistence, stopped and started again on the same port at will. No Docker engine here, so no
 * Testcontainers. Without {@code redis-server} on the PATH the tests fail (they never skip) with the hint to install it.
 */
public final class RedisServer implements AutoCloseable {

	private final int port;

	private final Path dir;

	private Process process;

	private RedisServer(int port) throws IOException {
		this.port = port;
		this.dir = Files.createTempDirectory("redis-" + port + "-");
		// a test JVM that ends without closing it leaves no redis-server behind
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (process != null) {
				process.destroyForcibly();
			}
		}));
	}

	public static RedisServer start() throws IOException {
		RedisServer server = new RedisServer(freePort());
		server.startAgain();
		return server;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	public int port() {
		return port;
	}

	public String url() {
		return "redis://127.0.0.1:" + port;
	}

	/** Starts it (again, on the same port: Redis binds with SO_REUSEADDR) and waits until it answers PING. */
	public void startAgain() throws IOException {
		try {
			process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
					"--save", "", "--appendonly", "no", "--dir", dir.toString()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("redis-server is not installed: apt-get install -y redis-server", ex);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!answers()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("redis-server did not start on port " + port + "; see " + dir.resolve("redis.log"));
			}
			pause(20);
		}
	}

	/** Stops it as clients see a crash: the connections close (SIGTERM; nothing is saved, so it restarts empty). */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	/** Freezes it: connections stay open but nothing answers (a hung server, or a partition). */
	public void freeze() throws IOException, InterruptedException {
		new ProcessBuilder("kill", "-STOP", Long.toString(process.pid())).start().waitFor();
	}

	public void thaw() throws IOException, InterruptedException {
		new ProcessBuilder("kill", "-CONT", Long.toString(process.pid())).start().waitFor();
	}

	/** One command over RESP, without a client library: the first line of the answer (e.g. ":1", "+OK", "$-1"). */
	public String command(String... words) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			socket.setSoTimeout(5000);
			StringBuilder resp = new StringBuilder("*" + words.length + "\r\n");
			for (String word : words) {
				resp.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			int c;
			while ((c = in.read()) != -1 && c != '\n') {
				line.append((char) c);
			}
			String first = line.toString().trim();
			if (first.startsWith("$") && !first.equals("$-1")) {
				// a bulk string: its value is on the next line
				line.setLength(0);
				while ((c = in.read()) != -1 && c != '\n') {
					line.append((char) c);
				}
				return line.toString().trim();
			}
			return first;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private boolean answers() {
		try {
			return "+PONG".equals(command("PING"));
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			stop();
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
