package io.campaigngateway.provider.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The per-connection guards: a Resilience4j circuit breaker that opens on repeated provider failures
 * (5xx, timeouts, unreachable — never on the provider's refusals) and half-opens by itself, and the
 * client-side rate limit. The breakers are always this replica's own (like Kong's passive health checks); the rate
 * limit windows are shared by every replica when {@link RateLimits} keeps them in Redis.
 */
@Component
public class ProviderGuards {

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

	private final MeterRegistry meters;

	private final RateLimits rateLimits;

	public ProviderGuards(MeterRegistry meters, RateLimits rateLimits) {
		this.meters = meters;
		this.rateLimits = rateLimits;
	}

	public CircuitBreaker circuitBreaker(String connection, String provider, float failureRateThreshold,
			int minimumCalls, int slidingWindow, Duration openFor) {
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.failureRateThreshold(failureRateThreshold)
			.minimumNumberOfCalls(minimumCalls)
			.slidingWindowSize(Math.max(slidingWindow, minimumCalls))
			.waitDurationInOpenState(openFor)
			.permittedNumberOfCallsInHalfOpenState(2)
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.recordException(ex -> ex instanceof CallFailure failure && failure.providerFault())
			// nothing was sent: the provider cannot be at fault, and the call did not happen
			.ignoreException(ex -> ex instanceof PermitRefused || ex instanceof RequestPermits.Unavailable)
			.build();
		CircuitBreaker breaker = registry.circuitBreaker(connection, config, Map.of("provider", provider));
		breaker.getEventPublisher().onStateTransition(event -> meters.counter("gateway.circuit.transitions",
				"connection", connection, "from", state(event.getStateTransition().getFromState()),
				"to", state(event.getStateTransition().getToState())).increment());
		Gauge.builder("gateway.circuit.open", breaker, b -> b.getState() == CircuitBreaker.State.OPEN ? 1 : 0)
			.description("1 while the circuit to the connection is open (calls fail fast with 503)")
			.tags("connection", connection, "provider", provider)
			.register(meters);
		return breaker;
	}

	private static String state(CircuitBreaker.State state) {
		return state.name().toLowerCase();
	}

	/** The client-side limit of a connection, or null when it has none. */
	public RequestPermits rateLimiter(String connection, int requestsPerMinute) {
		return requestsPerMinute > 0 ? rateLimits.window(connection, requestsPerMinute) : null;
	}

	public Optional<CircuitBreaker> circuitBreaker(String connection) {
		return registry.find(connection);
	}

}
