package io.campaigngateway.provider;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.Operation;
import io.campaigngateway.campaign.OutboundRequest;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.campaign.RequestContext;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a connection talks to its provider: base URL, auth, request id, timeouts, rate limit, circuit
 * breaker, retries and error classification, all set once per connection. Reads and updates are retried when
 * that is safe; a create is never sent twice once it may have reached the provider.
 */
public final class ProviderHttpClient {

	private static final int MAX_REDIRECTS = 3;

	private final ConnectionSettings settings;

	private final WebClient webClient;

	private final ProviderAuth auth;

	private final CallFailures failures;

	private final CallRetries retries;

	private final ResponseReader reader;

	private final CircuitBreaker circuitBreaker;

	private final SlidingWindowRateLimiter rateLimiter;

	private final ProviderMetrics metrics;

	public ProviderHttpClient(ConnectionSettings settings, WebClient webClient, ProviderAuth auth,
			ErrorClassifier classifier, JsonMapper mapper, CircuitBreaker circuitBreaker,
			SlidingWindowRateLimiter rateLimiter, ProviderMetrics metrics) {
		this.metrics = metrics;
		this.settings = settings;
		this.webClient = webClient;
		this.auth = auth;
		this.failures = new CallFailures(settings, classifier);
		this.retries = new CallRetries(settings.name(), settings.retry(), metrics);
		this.reader = new ResponseReader(mapper, auth);
		this.circuitBreaker = circuitBreaker;
		this.rateLimiter = rateLimiter;
	}

	/** A request to {@code path} under the connection's base URL, as a dry run may show it. */
	public OutboundRequest request(String method, String path, JsonNode body) {
		Map<String, String> headers = new LinkedHashMap<>(auth.maskedHeaders());
		headers.put(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		if (body != null) {
			headers.put(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
		}
		return new OutboundRequest(method, settings.baseUrl().get() + path, headers, body);
	}

	/** Sends the request; a 2xx answer comes back, anything else as the caller's problem. */
	public Mono<ProviderResponse> send(OutboundRequest request, Operation operation) {
		return send(request, operation, null);
	}

	/** Sends the request, noting in {@code earlier} whether a retry followed an attempt that may have taken effect. */
	public Mono<ProviderResponse> send(OutboundRequest request, Operation operation, EarlierAttempts earlier) {
		Mono<ProviderResponse> attempt = Mono.defer(() -> authenticated(request, operation))
			.timeout(CallTimer.deadline(settings.responseTimeout()))
			.onErrorMap(ex -> !(ex instanceof CallFailure), ex -> failures.failure(ex, operation))
			.transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
		return permit()
			.then(attempt.retryWhen(retries.policy(operation, earlier)))
			.onErrorMap(CallFailure.class, CallFailure::problem)
			.onErrorMap(CallNotPermittedException.class, ex -> unavailable());
	}

	private Mono<ProviderResponse> authenticated(OutboundRequest request, Operation operation) {
		return auth.headers().flatMap(headers -> exchange(request, headers, operation).flatMap(response -> {
			if (response.status() != 401) {
				return Mono.just(response);
			}
			return auth.refresh(headers).flatMap(refreshed -> refreshed
					? auth.headers().flatMap(fresh -> exchange(request, fresh, operation)) : Mono.just(response));
		})).flatMap(response -> response.ok() ? Mono.just(response) : Mono.error(failures.refusal(response, operation)));
	}

	/**
	 * One exchange, timed into the caller's provider time and the metrics before its answer travels on, so
	 * that whatever reads the provider time downstream (Server-Timing) sees all of it.
	 */
	private Mono<ProviderResponse> exchange(OutboundRequest request, Map<String, String> authHeaders, Operation operation) {
		return Mono.deferContextual(context -> {
			long start = System.nanoTime();
			LongAdder providerTime = context.getOrDefault(RequestContext.PROVIDER_NANOS, null);
			AtomicBoolean recorded = new AtomicBoolean();
			IntConsumer record = status -> {
				if (recorded.compareAndSet(false, true)) {
					long elapsed = System.nanoTime() - start;
					if (providerTime != null) {
						providerTime.add(elapsed);
					}
					String outcome = status < 0 ? "timeout" : ProviderMetrics.outcome(status);
					metrics.call(settings.name(), settings.provider(), operation, outcome, Math.max(status, 0), elapsed);
				}
			};
			return exchange(request, URI.create(request.url()), authHeaders, context.getOrDefault(RequestContext.REQUEST_ID, null), 0)
				.doOnNext(response -> record.accept(response.status()))
				.doOnError(ex -> record.accept(0))
				.doOnCancel(() -> record.accept(-1));
		});
	}

	private Mono<ProviderResponse> exchange(OutboundRequest request, URI uri, Map<String, String> authHeaders,
			String requestId, int redirects) {
		WebClient.RequestBodySpec spec = webClient.method(HttpMethod.valueOf(request.method()))
			.uri(uri)
			.headers(headers -> {
				request.headers().forEach(headers::set);
				authHeaders.forEach(headers::set);
				if (requestId != null) {
					headers.set(RequestContext.REQUEST_ID_HEADER, requestId);
				}
			});
		WebClient.RequestHeadersSpec<?> ready = request.body() == null ? spec
				: spec.bodyValue(reader.bytes(request.body()));
		return ready.exchangeToMono(response -> response.bodyToMono(byte[].class)
			.defaultIfEmpty(new byte[0])
			.map(bytes -> reader.read(response.statusCode().value(), response.headers().asHttpHeaders(), bytes)))
			.flatMap(response -> {
				URI target = redirectTarget(uri, response);
				return target != null && redirects < MAX_REDIRECTS
						? exchange(request, target, authHeaders, requestId, redirects + 1) : Mono.just(response);
			});
	}

	/** FastAPI answers 307 to the slashed path; follow 307/308 on the same host only, keeping method and body. */
	private static URI redirectTarget(URI current, ProviderResponse response) {
		String location = response.headers().getFirst(HttpHeaders.LOCATION);
		if ((response.status() != 307 && response.status() != 308) || location == null) {
			return null;
		}
		URI target = current.resolve(location);
		return current.getHost().equalsIgnoreCase(target.getHost()) && current.getPort() == target.getPort()
				? target : null;
	}

	private Mono<Void> permit() {
		if (rateLimiter == null) {
			return Mono.empty();
		}
		return Mono.defer(() -> rateLimiter.reserve(settings.rateLimitMaxWait())
			.map(wait -> {
				if (wait.isZero()) {
					return Mono.<Void>empty();
				}
				metrics.rateLimitWait(settings.name(), false);
				return Mono.delay(wait).then();
			})
			.orElseGet(() -> {
				metrics.rateLimitWait(settings.name(), true);
				return Mono.error(rateLimited(rateLimiter.untilFree()));
			}));
	}

	private GatewayException rateLimited(Duration untilFree) {
		return new GatewayException(ProblemType.RATE_LIMITED, "Too many requests to the provider",
				"connection '" + settings.name() + "' allows " + settings.requestsPerMinute()
						+ " requests per minute to " + settings.provider() + "; nothing was sent",
				List.of(), null, Duration.ofSeconds(Math.max(1, (untilFree.toMillis() + 999) / 1000)));
	}

	private GatewayException unavailable() {
		return new GatewayException(ProblemType.UNAVAILABLE, "The provider is unavailable",
				"calls to connection '" + settings.name() + "' are paused after repeated failures of "
						+ settings.provider() + "; nothing was sent",
				List.of(), null, settings.circuitOpenFor());
	}

	@Override
	public String toString() {
		return "ProviderHttpClient[" + settings.name() + "]";
	}

	/** The per-connection values the client works with. */
	public record ConnectionSettings(String name, String provider, Supplier<String> baseUrl, Duration responseTimeout,
			int requestsPerMinute, Duration rateLimitMaxWait, Duration circuitOpenFor, RetrySettings retry) {
	}
}
