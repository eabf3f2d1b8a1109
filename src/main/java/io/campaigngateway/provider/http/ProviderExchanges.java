package io.campaigngateway.provider.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.campaigngateway.campaign.RequestContext;
import io.campaigngateway.provider.spi.ProviderExchange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Single HTTP requests to one connection's provider, as they leave: each waits for a rate-limit permit first
 * (redirect hops, re-sends after a 401 and logins included: the provider counts them all), carries the request
 * id, is bounded by the connection's response timeout, and is timed into the metrics and the request's provider
 * time. WebClient does the I/O; the request's own (virtual) thread waits for the answer. No auth, no retries
 * and no reading here: {@link ProviderHttpClient} does those.
 */
public final class ProviderExchanges implements ProviderExchange {

	private static final int MAX_REDIRECTS = 3;

	private static final byte[] EMPTY = new byte[0];

	private final ConnectionSettings settings;

	private final WebClient webClient;

	private final RequestPermits permits;

	private final ProviderMetrics metrics;

	/** {@code permits} null: the connection has no rate limit. */
	public ProviderExchanges(ConnectionSettings settings, WebClient webClient, RequestPermits permits,
			ProviderMetrics metrics) {
		this.settings = settings;
		this.webClient = webClient;
		this.permits = permits;
		this.metrics = metrics;
	}

	/** Follows same-host 307/308 redirects (FastAPI answers one to the slashed path) with the same method and body. */
	@Override
	public Answer exchange(String method, URI uri, Map<String, String> headers, byte[] body, String operation,
			Duration maxWait) {
		URI target = uri;
		for (int hop = 0;; hop++) {
			Answer answer = once(method, target, headers, body, operation, maxWait);
			URI next = redirectTarget(target, answer);
			if (next == null || hop == MAX_REDIRECTS) {
				return answer;
			}
			target = next;
		}
	}

	private Answer once(String method, URI uri, Map<String, String> headers, byte[] body, String operation,
			Duration maxWait) {
		awaitPermit(maxWait);
		long start = System.nanoTime();
		int status = 0;
		String outcome = "io-error";
		try {
			Answer answer = send(method, uri, headers, body).block(settings.responseTimeout());
			status = answer.status();
			outcome = ProviderMetrics.outcome(status);
			return answer;
		}
		catch (RuntimeException ex) {
			if (isTimeout(ex)) {
				outcome = "timeout";
			}
			throw ex;
		}
		finally {
			long elapsed = System.nanoTime() - start;
			RequestContext.addProviderTime(elapsed);
			metrics.call(settings.name(), settings.provider(), operation, outcome, status, elapsed);
		}
	}

	private Mono<Answer> send(String method, URI uri, Map<String, String> headers, byte[] body) {
		String requestId = RequestContext.requestId();
		WebClient.RequestBodySpec spec = webClient.method(HttpMethod.valueOf(method)).uri(uri).headers(sent -> {
			headers.forEach(sent::set);
			if (requestId != null) {
				sent.set(RequestContext.REQUEST_ID_HEADER, requestId);
			}
		});
		WebClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.bodyValue(body);
		return ready.exchangeToMono(response -> response.bodyToMono(byte[].class)
			.defaultIfEmpty(EMPTY)
			.map(bytes -> new Answer(response.statusCode().value(), response.headers().asHttpHeaders(), bytes)));
	}

	private void awaitPermit(Duration maxWait) {
		if (permits == null) {
			return;
		}
		RequestPermits.Permit permit = permits.reserve(maxWait);
		if (!permit.granted()) {
			metrics.rateLimitWait(settings.name(), true);
			throw new PermitRefused(permit.delay());
		}
		if (!permit.delay().isZero()) {
			metrics.rateLimitWait(settings.name(), false);
			Pause.of(permit.delay());
		}
	}

	/** Whether a failed exchange ran out of time (the wait for the answer ended, Reactor then cancelled it). */
	static boolean isTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** Follows 307/308 on the same host only: credentials never go to another one. */
	private static URI redirectTarget(URI current, Answer answer) {
		String location = answer.headers().getFirst(HttpHeaders.LOCATION);
		if ((answer.status() != 307 && answer.status() != 308) || location == null) {
			return null;
		}
		URI target = current.resolve(location);
		return current.getHost().equalsIgnoreCase(target.getHost()) && current.getPort() == target.getPort()
				? target : null;
	}

	@Override
	public String toString() {
		return "ProviderExchanges[" + settings.name() + "]";
	}
}
