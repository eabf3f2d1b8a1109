package io.campaigngateway.config;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.campaigngateway.config.GatewayProperties.ConnectionProperties;
import io.campaigngateway.idempotency.IdempotencyStore;
import io.campaigngateway.idempotency.InMemoryIdempotencyStore;
import io.campaigngateway.provider.http.RateLimits;
import io.campaigngateway.service.LocalUpdateTurns;
import io.campaigngateway.service.UpdateTurns;
import io.campaigngateway.store.RedisIdempotencyStore;
import io.campaigngateway.store.RedisRateLimits;
import io.campaigngateway.store.RedisStore;
import io.campaigngateway.store.RedisUpdateTurns;
import io.campaigngateway.store.StoreHealth;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.resource.Delay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the state behind the delivery guarantees lives: in this process, or in Redis shared by every replica when
 * Boot's {@code spring.data.redis.*} names a server ({@link StoreMode}, decided at run time for Spring AOT's sake).
 * Also bounds Lettuce for that use: commands fail at once while disconnected, reconnects at most 1 s apart.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

	/** The Redis store when one is configured, or none (every bean below then takes its in-memory form). */
	record SharedStore(RedisStore redis) implements AutoCloseable {

		@Override
		public void close() {
			if (redis != null) {
				redis.close();
			}
		}
	}

	@Bean
	SharedStore sharedStore(Environment env, GatewayProperties properties, ObjectProvider<StringRedisTemplate> redis) {
		if (!StoreMode.redisConfigured(env)) {
			return new SharedStore(null);
		}
		List<String> problems = problems(properties.store());
		if (!problems.isEmpty()) {
			throw new InvalidConnectionsException(problems);
		}
		log.info("Idempotency-Keys, rate-limit windows and update turns are shared through Redis");
		return new SharedStore(new RedisStore(redis.getObject(), properties.store().keyPrefix()));
	}

	/** The {@code gateway.store.*} settings that cannot work, one line each. */
	static List<String> problems(GatewayProperties.Store store) {
		List<String> problems = new ArrayList<>();
		if (store.keyPrefix() == null || store.keyPrefix().isBlank()) {
			problems.add("gateway.store.key-prefix must not be blank, e.g. cg:");
		}
		positive(problems, "gateway.store.in-flight-timeout", store.inFlightTimeout());
		positive(problems, "gateway.store.turn-lease", store.turnLease());
		positive(problems, "gateway.store.turn-wait", store.turnWait());
		if (store.rateLimitMargin() == null || store.rateLimitMargin().isNegative()) {
			problems.add("gateway.store.rate-limit-margin must be 0 or a positive duration such as 1s");
		}
		return problems;
	}

	private static void positive(List<String> problems, String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			problems.add(property + " must be a positive duration such as 15s");
		}
	}

	@Bean
	IdempotencyStore idempotencyStore(SharedStore shared, GatewayProperties properties, JsonMapper mapper) {
		GatewayProperties.Idempotency idempotency = properties.idempotency();
		List<String> problems = new ArrayList<>();
		positive(problems, "gateway.idempotency.retention", idempotency.retention());
		if (idempotency.maxEntries() < 1) {
			problems.add("gateway.idempotency.max-entries must be at least 1");
		}
		if (!problems.isEmpty()) {
			throw new InvalidConnectionsException(problems);
		}
		if (shared.redis() == null) {
			return new InMemoryIdempotencyStore(idempotency.retention(), idempotency.maxEntries(), Clock.systemUTC());
		}
		Duration inFlight = properties.store().inFlightTimeout();
		Duration longest = longestCall(properties.connections().values());
		if (inFlight.compareTo(longest) <= 0) {
			log.warn("gateway.store.in-flight-timeout ({}) is not longer than the longest provider call the connections"
					+ " allow ({}): a slow keyed create could be answered as \"outcome unknown\" while it still runs",
					inFlight, longest);
		}
		return new RedisIdempotencyStore(shared.redis(), mapper, idempotency.retention(), inFlight);
	}

	@Bean
	RateLimits rateLimits(SharedStore shared, GatewayProperties properties) {
		return shared.redis() == null ? RateLimits.inMemory(Clock.systemUTC())
				: new RedisRateLimits(shared.redis(), properties.store().rateLimitMargin());
	}

	@Bean
	UpdateTurns updateTurns(SharedStore shared, GatewayProperties properties) {
		GatewayProperties.Store store = properties.store();
		if (shared.redis() == null) {
			// the in-memory turns wait as long as the shared ones; with Redis, problems() has checked it already
			List<String> problems = new ArrayList<>();
			positive(problems, "gateway.store.turn-wait", store.turnWait());
			if (!problems.isEmpty()) {
				throw new InvalidConnectionsException(problems);
			}
			return new LocalUpdateTurns(store.turnWait());
		}
		return new RedisUpdateTurns(shared.redis(), store.turnLease(), longestCall(properties.connections().values()),
				store.turnWait());
	}

	/** {@code store} in /actuator/health, never aggregated into the gateway's own status ({@link StoreHealth}). */
	@Bean
	StoreHealth storeHealthIndicator(SharedStore shared) {
		return shared.redis() == null ? StoreHealth.inMemory() : StoreHealth.of(shared.redis());
	}

	/** Connects and loads the scripts before the gateway reports ready; a Redis still down only logs a warning. */
	@Bean
	ApplicationRunner sharedStoreWarmUp(SharedStore shared) {
		return args -> {
			if (shared.redis() != null) {
				shared.redis().warmUp();
			}
		};
	}

	/**
	 * While the connection is down a command fails at once (Lettuce's default queues it until the command timeout,
	 * then may replay it after reconnecting: a claim replayed late). Boot's {@code connect-timeout} is carried over,
	 * since setting socket options replaces Boot's; keep-alive finds a peer that vanished without closing.
	 */
	@Bean
	LettuceClientOptionsBuilderCustomizer sharedStoreClientOptions(DataRedisProperties properties) {
		Duration connect = properties.getConnectTimeout() != null ? properties.getConnectTimeout() : Duration.ofSeconds(1);
		return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.autoReconnect(true)
			.socketOptions(SocketOptions.builder()
				.connectTimeout(connect)
				.keepAlive(SocketOptions.KeepAliveOptions.builder()
					.enable()
					.idle(Duration.ofSeconds(5))
					.interval(Duration.ofSeconds(2))
					.count(3)
					.build())
				.build());
	}

	/** Reconnect attempts at most 1 s apart (Lettuce's default backs off to 30 s: 23 s to recover after 40 s down). */
	@Bean
	ClientResourcesBuilderCustomizer sharedStoreReconnectDelay() {
		return resources -> resources.reconnectDelay(
				Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS));
	}

	/**
	 * The longest one provider call may take, retries included: no retry starts after {@code retry.max-total}, and the
	 * last attempt waits at most {@code rate-limit.max-wait} for its permit and {@code timeouts.response} for its
	 * answer, twice when a 401 makes it log in and send again. Defaults: 20 s + 2 × (10 s + 5 s) = 50 s.
	 */
	static Duration longestCall(Collection<ConnectionProperties> connections) {
		List<Duration> calls = connections.stream()
			.map(c -> c.retry().maxTotal().plus(c.timeouts().response().plus(c.rateLimit().maxWait()).multipliedBy(2)))
			.toList();
		return calls.stream().max(Duration::compareTo).orElse(Duration.ofSeconds(50));
	}
}
