package io.campaigngateway.store;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code store} health component: where the shared state lives ({@code type}: in-memory or redis) and, for Redis,
 * whether it answers a PING. Never DOWN: an unreachable store is {@link #UNREACHABLE}, a status outside the
 * aggregation order, which Boot leaves out of the gateway's own status, so {@code /actuator/health} stays UP (200)
 * and no probe restarts or unroutes every replica at once over it; {@code /actuator/health/store} answers 503.
 */
public final class StoreHealth implements HealthIndicator {

	public static final Status UNREACHABLE = new Status("UNREACHABLE",
			"The shared store (Redis) does not answer: keyed creates, updates that take a turn and rate-limited"
					+ " connections answer 503");

	private final RedisStore store;

	private StoreHealth(RedisStore store) {
		this.store = store;
	}

	public static StoreHealth inMemory() {
		return new StoreHealth(null);
	}

	public static StoreHealth of(RedisStore store) {
		return new StoreHealth(store);
	}

	@Override
	public Health health() {
		if (store == null) {
			return Health.up().withDetail("type", "in-memory").build();
		}
		long start = System.nanoTime();
		try {
			Duration ping = store.ping();
			return Health.up().withDetail("type", "redis").withDetail("pingMillis", ping.toMillis()).build();
		}
		catch (RuntimeException ex) {
			return Health.status(UNREACHABLE)
				.withDetail("type", "redis")
				.withDetail("error", ex.getClass().getSimpleName())
				.withDetail("millis", Duration.ofNanos(System.nanoTime() - start).toMillis())
				.build();
		}
	}
}
