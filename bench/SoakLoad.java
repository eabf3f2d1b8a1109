import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's load (bench/soak.sh): mixed traffic against a sandbox-only gateway at an even rate — creates with a
 * unique Idempotency-Key at Toingg, VOXO and Exotel, then PATCHes and GETs of campaigns it created — and one summary
 * line a minute. Exotel's sandbox connection keeps Exotel's documented limit (30 requests a minute, every call
 * counted), so Exotel gets a create every 5 s and a read every 10 s; the rest of the rate goes to Toingg and VOXO.
 * The rate climbs over the first 30 s; at most 256 requests are in flight, beyond that requests are skipped and
 * counted, so an overloaded run shows as such instead of piling up.
 * usage: java bench/SoakLoad.java base-url rate seconds
 */
public class SoakLoad {

	static final String SCRIPT = "You are a friendly assistant calling on behalf of Acme. ".repeat(5);

	static final Map<String, String> CREATES = Map.of(
			"toingg", "{\"connection\": \"toingg\", \"name\": \"Soak\", \"agent\": {\"voice\": \"Meera\", \"language\": "
					+ "\"english\", \"script\": \"" + SCRIPT + "\"}}",
			"voxo", "{\"connection\": \"voxo\", \"name\": \"Soak\", \"callerId\": \"+12025550143\", \"contacts\": "
					+ "[{\"phoneNumber\": \"+13125550178\", \"name\": \"Ada\"}], \"schedule\": {\"startAt\": "
					+ "\"2030-01-07T09:00:00-06:00\", \"endAt\": \"2030-01-11T17:00:00-06:00\", \"timezone\": "
					+ "\"America/Chicago\"}}",
			"exotel", "{\"connection\": \"exotel\", \"name\": \"Soak\", \"callerId\": \"+918047123456\", \"contacts\": "
					+ "[{\"phoneNumber\": \"+919876543210\"}]}");

	static final int MAX_IN_FLIGHT = 256;

	static final int RAMP_SECONDS = 30;

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	/** The last campaigns created per connection, for PATCHes and GETs: a bounded ring, so the driver stays small. */
	static final Map<String, List<String>> recent = new ConcurrentHashMap<>();

	static final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();

	static final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	static final AtomicLong sent = new AtomicLong();

	static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int rate = Integer.parseInt(args[1]);
		long seconds = Long.parseLong(args[2]);
		// a steady soak, not a stress test: if the gateway falls this far behind, requests are skipped and counted
		Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
		long start = System.nanoTime();
		// bench/soak.sh starts its minutes here, not when the JVM started compiling this file
		System.out.println("load started");
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		long nextReport = start + TimeUnit.MINUTES.toNanos(1);
		int minute = 1;
		long due = start;
		for (long n = 0; due < end; n++) {
			while (System.nanoTime() < due) {
				Thread.sleep(0, 200_000);
			}
			if (System.nanoTime() >= nextReport) {
				report(minute++);
				nextReport += TimeUnit.MINUTES.toNanos(1);
			}
			if (inFlight.tryAcquire()) {
				send(pick(n, rate), base).whenComplete((ignored, failure) -> inFlight.release());
			}
			else {
				count("skipped (" + MAX_IN_FLIGHT + " in flight)");
			}
			// the first RAMP_SECONDS climb from a tenth of the rate, so a cold JVM is not met by the full load
			double ramp = Math.min(1, 0.1 + 0.9 * (due - start) / (double) TimeUnit.SECONDS.toNanos(RAMP_SECONDS));
			due += (long) (TimeUnit.SECONDS.toNanos(1) / (rate * ramp));
		}
		inFlight.acquire(MAX_IN_FLIGHT);
		report(minute);
	}

	/** Exotel: a create every 5 s and a read every 10 s; otherwise Toingg and VOXO by turns, 40% creates. */
	static String[] pick(long n, int rate) {
		if (n % (5L * rate) == 0) {
			return new String[] { "exotel", "create" };
		}
		if (n % (10L * rate) == rate) {
			return new String[] { "exotel", "read" };
		}
		String connection = n % 2 == 0 ? "toingg" : "voxo";
		long slot = (n / 2) % 10;
		return new String[] { connection, slot < 4 ? "create" : slot < 7 ? "update" : "read" };
	}

	static java.util.concurrent.CompletableFuture<Void> send(String[] what, String base) {
		String connection = what[0];
		String action = what[1];
		List<String> ids = recent.computeIfAbsent(connection, c -> Collections.synchronizedList(new ArrayList<>()));
		String id = null;
		if (!action.equals("create")) {
			synchronized (ids) {
				if (ids.isEmpty()) {
					action = "create";
				}
				else {
					id = ids.get((int) (sent.get() % ids.size()));
				}
			}
		}
		HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
		switch (action) {
			case "create" -> request.uri(URI.create(base + "/campaigns"))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofString(CREATES.get(connection)));
			case "update" -> request.uri(URI.create(base + "/campaigns/" + id))
				.header("Content-Type", "application/merge-patch+json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": \"Soak " + sent.get() + "\"}"));
			default -> request.uri(URI.create(base + "/campaigns/" + id)).GET();
		}
		sent.incrementAndGet();
		long begun = System.nanoTime();
		boolean create = action.equals("create");
		return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
			latencies.add(System.nanoTime() - begun);
			if (failure != null) {
				count(failure.getClass().getSimpleName());
				return null;
			}
			count(String.valueOf(response.statusCode()));
			Matcher matcher = ID.matcher(response.body());
			if (create && response.statusCode() == 201 && matcher.find()) {
				synchronized (ids) {
					ids.add(matcher.group(1));
					if (ids.size() > 1000) {
						ids.remove(0);
					}
				}
			}
			return null;
		});
	}

	static void count(String outcome) {
		statuses.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
	}

	static void report(int minute) {
		List<Long> sorted;
		synchronized (latencies) {
			sorted = new ArrayList<>(latencies);
			latencies.clear();
		}
		Collections.sort(sorted);
		Map<String, Integer> outcomes = new TreeMap<>();
		statuses.forEach((status, count) -> outcomes.put(status, count.getAndSet(0)));
		outcomes.values().removeIf(count -> count == 0);
		System.out.printf("load minute %d: %d answers %s, P50 %.1f ms, P99 %.1f ms%n", minute, sorted.size(), outcomes,
				millis(sorted, 0.50), millis(sorted, 0.99));
	}

	static double millis(List<Long> sorted, double quantile) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * quantile)) / 1e6;
	}
}
