import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed request rate, open loop, for bench/store.sh: request i is due at start + i/rate and is timed from that
 * instant, so a request the gateway makes late counts against it (no coordinated omission). With "keyed", every
 * request carries its own Idempotency-Key, so each one is a real keyed create (claim, create, complete). A "{n}" in
 * the URL becomes 1, 2, … 1000, 1, … (one campaign after another).
 * Prints one JSON line: {"rps", "p50", "p99" (ms), "ok", "errors"}. Needs Java 21+, no libraries:
 *   java bench/StoreLoad.java METHOD URL BODY_FILE RATE SECONDS WARMUP_SECONDS [keyed]
 */
public class StoreLoad {

	public static void main(String[] args) throws Exception {
		String method = args[0];
		String url = args[1];
		byte[] body = Files.readAllBytes(Path.of(args[2]));
		int rate = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		int warmUp = Integer.parseInt(args[5]);
		boolean keyed = args.length > 6 && "keyed".equals(args[6]);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
		if (warmUp > 0) {
			run(http, method, url, body, keyed, rate, warmUp);
		}
		long[] result = run(http, method, url, body, keyed, rate, seconds);
		int errors = (int) result[result.length - 1];
		long[] latencies = Arrays.copyOf(result, result.length - 1);
		long[] ok = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
		System.out.printf("{\"rps\": %.1f, \"p50\": %.2f, \"p99\": %.2f, \"ok\": %d, \"errors\": %d}%n",
				(double) latencies.length / seconds, millis(ok, 0.50), millis(ok, 0.99), ok.length, errors);
	}

	/** The latencies in ns (-1: failed), then the number of failures. */
	private static long[] run(HttpClient http, String method, String url, byte[] body, boolean keyed, int rate, int seconds)
			throws InterruptedException {
		int n = rate * seconds;
		long[] latencies = new long[n + 1];
		AtomicInteger errors = new AtomicInteger();
		long period = 1_000_000_000L / rate;
		long start = System.nanoTime() + 10_000_000L;
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < n; i++) {
				long due = start + i * period;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				int index = i;
				senders.submit(() -> {
					HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replace("{n}", Integer.toString(index % 1000 + 1))))
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "application/json")
						.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
					if (keyed) {
						request.header("Idempotency-Key", UUID.randomUUID().toString());
					}
					try {
						int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
						latencies[index] = status / 100 == 2 ? System.nanoTime() - due : -1;
					}
					catch (Exception ex) {
						latencies[index] = -1;
					}
					if (latencies[index] < 0) {
						errors.incrementAndGet();
					}
				});
			}
		}
		latencies[n] = errors.get();
		return latencies;
	}

	private static double millis(long[] sorted, double percentile) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * percentile))] / 1e6;
	}
}
