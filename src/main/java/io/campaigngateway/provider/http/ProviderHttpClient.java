package io.campaigngateway.provider.http;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.EarlierAttempts;
import io.campaigngateway.provider.spi.ErrorClassifier;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.ProviderAuth;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.spi.ProviderExchange;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a connection talks to its provider: base URL, auth, request id, timeouts, rate limit, circuit
 * breaker, retries and error classification, all set once per connection. Reads and updates are retried when
 * that is safe; a create is never sent twice once it may have reached the provider.
 */
public final class ProviderHttpClient implements ProviderClient {

	private final ConnectionSettings settings;

	private final ProviderExchanges exchanges;

	private final ProviderAuth auth;

	private final CallFailures failures;

	private final CallRetries retries;

	private final ResponseReader reader;

	private final CircuitBreaker circuitBreaker;

	public ProviderHttpClient(ConnectionSettings settings, ProviderExchanges exchanges, ProviderAuth auth,
			ErrorClassifier classifier, JsonMapper mapper, CircuitBreaker circuitBreaker, ProviderMetrics metrics) {
		this.settings = settings;
		this.exchanges = exchanges;
		this.auth = auth;
		this.failures = new CallFailures(settings, classifier);
		this.retries = new CallRetries(settings.name(), settings.retry(), metrics);
		this.reader = new ResponseReader(mapper, auth);
		this.circuitBreaker = circuitBreaker;
	}

	@Override
	public OutboundRequest request(String method, String path, JsonNode body) {
		Map<String, String> headers = new LinkedHashMap<>(auth.maskedHeaders());
		headers.put(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		if (body != null) {
			headers.put(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
		}
		return new OutboundRequest(method, settings.baseUrl().get() + path, headers, body);
	}

	@Override
	public ProviderResponse send(OutboundRequest request, Operation operation, EarlierAttempts earlier) {
		Outgoing outgoing = new Outgoing(request, URI.create(request.url()),
				request.body() == null ? null : reader.bytes(request.body()), operation);
		CallRetries.Budget budget = retries.budget(operation, earlier);
		while (true) {
			Duration permitWait = budget.permitWait(settings.rateLimitMaxWait());
			try {
				return circuitBreaker.executeSupplier(() -> attempt(outgoing, permitWait));
			}
			catch (CallNotPermittedException ex) {
				throw unavailable();
			}
			catch (PermitRefused ex) {
				throw rateLimited(ex.untilFree(), budget.lastFailure());
			}
			catch (RequestPermits.Unavailable ex) {
				throw windowUnavailable(budget.lastFailure());
			}
			catch (CallFailure failure) {
				Duration delay = budget.next(failure);
				if (delay == null) {
					throw failure.problem();
				}
				Pause.of(delay);
			}
		}
	}

	private record Outgoing(OutboundRequest request, URI uri, byte[] body, Operation operation) {
	}

	/** One attempt: authenticated, sent once more with fresh credentials after a 401 when the auth can refresh. */
	private ProviderResponse attempt(Outgoing outgoing, Duration permitWait) {
		try {
			Map<String, String> credentials = auth.headers();
			ProviderResponse response = exchange(outgoing, credentials, permitWait);
			if (response.status() == 401 && auth.refresh(credentials)) {
				response = exchange(outgoing, auth.headers(), permitWait);
			}
			if (!response.ok()) {
				throw failures.refusal(response, outgoing.operation());
			}
			return response;
		}
		catch (CallFailure | PermitRefused | RequestPermits.Unavailable ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw failures.failure(ex, outgoing.operation());
		}
	}

	private ProviderResponse exchange(Outgoing outgoing, Map<String, String> credentials, Duration permitWait) {
		Map<String, String> headers = new LinkedHashMap<>(outgoing.request().headers());
		headers.putAll(credentials);
		ProviderExchange.Answer answer = exchanges.exchange(outgoing.request().method(), outgoing.uri(), headers,
				outgoing.body(), outgoing.operation().value(), permitWait);
		return reader.read(answer.status(), answer.headers(), answer.body());
	}

	private GatewayException rateLimited(Duration untilFree, CallFailure earlier) {
		String before = earlier == null ? "; nothing was sent"
				: "; nothing more was sent after an attempt that failed (" + earlier.problem().detail() + ")";
		return new GatewayException(ProblemType.RATE_LIMITED, "Too many requests to the provider",
				"connection '" + settings.name() + "' allows " + settings.requestsPerMinute()
						+ " requests per minute to " + settings.provider() + before,
				List.of(), null, Duration.ofSeconds(Math.max(1, (untilFree.toMillis() + 999) / 1000)));
	}

	/**
	 * The connection's shared rate-limit window (Redis) did not answer: sending without it could exceed the
	 * provider's budget, so nothing is sent (fail closed) until the store answers again.
	 */
	private GatewayException windowUnavailable(CallFailure earlier) {
		String before = earlier == null ? "; nothing was sent"
				: "; nothing more was sent after an attempt that failed (" + earlier.problem().detail() + ")";
		return new GatewayException(ProblemType.UNAVAILABLE, "The rate limit cannot be checked",
				"the shared rate-limit window of connection '" + settings.name() + "' (" + settings.requestsPerMinute()
						+ " requests per minute to " + settings.provider() + ") does not answer" + before,
				List.of(), null, Duration.ofSeconds(1));
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
}
