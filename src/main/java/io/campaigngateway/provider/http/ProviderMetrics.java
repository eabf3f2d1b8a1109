package io.campaigngateway.provider.http;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.campaigngateway.provider.spi.Operation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What the provider calls measure: {@code gateway.provider.calls} (a timer by connection, provider,
 * operation, outcome and status), retries and rate-limit waits; and each connection's last outcome, which
 * its health shows without calling the provider. Tag values are bounded: no ids, no numbers.
 */
@Component
public class ProviderMetrics {

	/** The last answer a connection got: when, how it ended, and the provider's status if it answered. */
	public record LastCall(Instant at, String outcome, int status) {
	}

	private final MeterRegistry registry;

	private final Map<String, LastCall> lastCalls = new ConcurrentHashMap<>();

	public ProviderMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void call(String connection, String provider, String operation, String outcome, int status, long nanos) {
		Timer.builder("gateway.provider.calls")
			.description("Requests to providers, each on its own (retries, redirects and logins too)")
			.tags("connection", connection, "provider", provider, "operation", operation, "outcome", outcome,
					"status", status == 0 ? "none" : String.valueOf(status))
			.register(registry)
			.record(nanos, TimeUnit.NANOSECONDS);
		lastCalls.put(connection, new LastCall(Instant.now(), outcome, status));
	}

	void retry(String connection, Operation operation) {
		registry.counter("gateway.provider.retries", "connection", connection, "operation", operation.value()).increment();
	}

	void rateLimitWait(String connection, boolean refused) {
		registry.counter("gateway.rate_limit.waits", "connection", connection, "outcome", refused ? "refused" : "waited")
			.increment();
	}

	public Optional<LastCall> lastCall(String connection) {
		return Optional.ofNullable(lastCalls.get(connection));
	}

	/** How an exchange ended, by the status the provider answered (0: no answer). */
	static String outcome(int status) {
		if (status == 0) {
			return "io-error";
		}
		return status < 400 ? "success" : status < 500 ? "client-error" : "server-error";
	}
}
