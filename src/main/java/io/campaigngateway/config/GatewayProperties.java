package io.campaigngateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gateway.*}: the connections and the gateway's own limits. Provider-specific connection properties
 * (token, account-sid, …) are bound by each provider's factory from the same prefix.
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(Map<String, ConnectionProperties> connections, @DefaultValue Sandbox sandbox,
		@DefaultValue Limits limits, @DefaultValue Security security, @DefaultValue Idempotency idempotency,
		@DefaultValue Store store) {

	public GatewayProperties {
		connections = connections == null ? Map.of() : connections;
	}

	/** The provider-independent properties of one connection, with the defaults of contract §1. */
	public record ConnectionProperties(String provider, String baseUrl, @DefaultValue Timeouts timeouts,
			@DefaultValue RateLimit rateLimit, @DefaultValue Retry retry, @DefaultValue CircuitBreaker circuitBreaker,
			@DefaultValue("2048") int maxConcurrentRequests) {
	}

	public record Timeouts(@DefaultValue("2s") Duration connect, @DefaultValue("10s") Duration response) {
	}

	/** {@code requests-per-minute}: null takes the provider's default (30 for Exotel, none otherwise). */
	public record RateLimit(Integer requestsPerMinute, @DefaultValue("5s") Duration maxWait) {
	}

	public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration firstBackoff,
			@DefaultValue("2s") Duration maxBackoff, @DefaultValue("5s") Duration maxRetryAfter,
			@DefaultValue("20s") Duration maxTotal) {
	}

	public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int minimumCalls,
			@DefaultValue("20") int slidingWindow, @DefaultValue("30s") Duration openFor) {
	}

	/**
	 * {@code enabled}: null = on exactly when no connection is configured; {@code max-campaigns}: how many campaigns
	 * each emulator keeps (the oldest is dropped).
	 */
	public record Sandbox(Boolean enabled, @DefaultValue("10000") int maxCampaigns) {
	}

	/**
	 * {@code headers-timeout}: a request's line and headers must have arrived within this of its first byte;
	 * {@code body-timeout}: its body within this of the headers' end. Each bounds the whole phase, however the bytes
	 * trickle in (Tomcat's own timeouts bound each read only); a request that misses one loses its connection.
	 */
	public record Limits(@DefaultValue("4MB") DataSize maxRequestBody, @DefaultValue("10s") Duration headersTimeout,
			@DefaultValue("30s") Duration bodyTimeout) {
	}

	public record Security(@DefaultValue("true") boolean enabled, List<ApiKey> apiKeys) {

		public Security {
			apiKeys = apiKeys == null ? List.of() : apiKeys;
		}
	}

	public record ApiKey(String name, String sha256, Set<String> connections) {

		@Override
		public String toString() {
			return "ApiKey[" + name + "]";
		}
	}

	public record Idempotency(@DefaultValue("24h") Duration retention, @DefaultValue("10000") int maxEntries) {
	}

	/**
	 * The shared store (Redis, used when {@code spring.data.redis.*} names a server): {@code key-prefix} of every key
	 * (two deployments can share one Redis); {@code in-flight-timeout}: how long a keyed create may run before another
	 * replica takes its replica for dead and answers "outcome unknown"; {@code turn-lease} and {@code turn-wait}: an
	 * update turn's lease and how long an update waits for it; {@code rate-limit-margin}: added to the 60-second window
	 * for the spread between a request's start and its arrival at the provider.
	 */
	public record Store(@DefaultValue("cg:") String keyPrefix, @DefaultValue("2m") Duration inFlightTimeout,
			@DefaultValue("15s") Duration turnLease, @DefaultValue("30s") Duration turnWait,
			@DefaultValue("1s") Duration rateLimitMargin) {
	}
}
