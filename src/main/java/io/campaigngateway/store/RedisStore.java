package io.campaigngateway.store;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * What the shared stores have in common: Boot's Redis template (one Lettuce connection that every request's
 * commands share, pipelined), the key prefix, this replica's id for owner tokens, and one scheduler thread for
 * lease watchdogs and for writes that must be retried later. Logs once when the store stops answering and once
 * when it answers again, not once per request.
 */
public final class RedisStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RedisStore.class);

	private static final Duration RETRY_EVERY = Duration.ofSeconds(1);

	private final StringRedisTemplate redis;

	private final String prefix;

	private final String replica;

	private final AtomicLong sequence = new AtomicLong();

	private final AtomicBoolean unreachable = new AtomicBoolean();

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("shared-store").factory());

	public RedisStore(StringRedisTemplate redis, String prefix) {
		this.redis = redis;
		this.prefix = prefix;
		// two contexts in one JVM (the tests) share the pid: a random part keeps replicas apart
		this.replica = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** One script, run atomically by Redis (EVALSHA, EVAL again after a restart emptied its script cache). */
	<T> T run(RedisScript<T> script, List<String> keys, String... args) {
		try {
			T result = redis.execute(script, keys, (Object[]) args);
			answered();
			return result;
		}
		catch (RuntimeException ex) {
			failed(ex);
			throw ex;
		}
	}

	/** How long PING took, or an exception when Redis does not answer. */
	Duration ping() {
		long start = System.nanoTime();
		try {
			redis.execute((RedisCallback<String>) RedisConnection::ping);
			answered();
			return Duration.ofNanos(System.nanoTime() - start);
		}
		catch (RuntimeException ex) {
			failed(ex);
			throw ex;
		}
	}

	/**
	 * Opens the connection and loads every script into Redis's cache before the first request needs them (the first
	 * call in a fresh JVM took up to seconds). A store that does not answer yet only logs: it reconnects by itself.
	 */
	public void warmUp() {
		long start = System.nanoTime();
		try {
			for (RedisScript<?> script : StoreScripts.ALL) {
				redis.execute((RedisCallback<String>) connection -> connection.scriptingCommands()
					.scriptLoad(script.getScriptAsString().getBytes(StandardCharsets.UTF_8)));
			}
			run(StoreScripts.RATE_RESERVE, List.of(key("warm-up", replica)), "1000000", "1", "0", token());
			log.info("The shared store (Redis) answers; its scripts are loaded ({} ms)",
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	String key(String kind, String name) {
		return prefix + kind + ":" + name;
	}

	/** Unique per call across replicas: owner tokens, holders, permit ids. */
	String token() {
		return replica + ":" + sequence.incrementAndGet();
	}

	/**
	 * Runs {@code attempt} now and, if the store does not take it, again every second on a virtual thread until it
	 * does, for at most {@code giveUpAfter}: for writes whose outcome must reach the store once it answers again.
	 */
	void untilDone(String what, Runnable attempt, Duration giveUpAfter) {
		try {
			attempt.run();
		}
		catch (RuntimeException ex) {
			later(what, attempt, giveUpAfter);
		}
	}

	/** As {@link #untilDone}, but the first attempt in a second, off the caller's thread. */
	void later(String what, Runnable attempt, Duration giveUpAfter) {
		long deadline = System.nanoTime() + giveUpAfter.toNanos();
		Runnable[] next = new Runnable[1];
		next[0] = () -> Thread.ofVirtual().name("shared-store-retry").start(() -> {
			try {
				attempt.run();
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() + RETRY_EVERY.toNanos() < deadline && !scheduler.isShutdown()) {
					scheduler.schedule(next[0], RETRY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
				}
				else {
					log.warn("Gave up on the {} after {}: the shared store did not answer", what, giveUpAfter);
				}
			}
		});
		if (!scheduler.isShutdown()) {
			scheduler.schedule(next[0], RETRY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** {@code task} every {@code period}, each run on its own virtual thread, so one slow call delays no other. */
	ScheduledFuture<?> every(Duration period, Runnable task) {
		long millis = Math.max(1, period.toMillis());
		return scheduler.scheduleAtFixedRate(() -> Thread.ofVirtual().name("shared-store-watchdog").start(task), millis,
				millis, TimeUnit.MILLISECONDS);
	}

	private void answered() {
		if (unreachable.get() && unreachable.compareAndSet(true, false)) {
			log.info("The shared store (Redis) answers again");
		}
	}

	private void failed(RuntimeException ex) {
		if (unreachable.compareAndSet(false, true)) {
			log.warn("The shared store (Redis) does not answer: {}. Keyed creates, updates that take a turn and"
					+ " rate-limited connections answer 503 until it does", ex.toString());
		}
	}

	@Override
	public void close() {
		scheduler.shutdownNow();
	}

	@Override
	public String toString() {
		return "RedisStore[" + prefix + "]";
	}
}
