package io.campaigngateway.provider.http;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.ErrorClassifier;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ProviderResponse;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * What one failed attempt at a connection's provider means: the caller's problem, whether the request may have
 * reached the provider, whether another attempt is worth it and whether the provider is at fault.
 */
final class CallFailures {

	private final ConnectionSettings settings;

	private final ErrorClassifier classifier;

	CallFailures(ConnectionSettings settings, ErrorClassifier classifier) {
		this.settings = settings;
		this.classifier = classifier;
	}

	/** The provider answered, and not with a 2xx. */
	CallFailure refusal(ProviderResponse response, Operation operation) {
		GatewayException problem = classifier.classify(response, operation);
		int status = response.status();
		// contract §5: reads and updates are retried on 502, 503, 504 and 429 (and when unreachable), not on 500
		boolean transientStatus = status == 429 || status == 502 || status == 503 || status == 504;
		return new CallFailure(problem, true, transientStatus, status >= 500);
	}

	/** No usable answer: a timeout, a connection that never opened, a full pool, a broken exchange. */
	CallFailure failure(Throwable ex, Operation operation) {
		String provider = settings.provider();
		if (ex instanceof GatewayException problem) {
			return new CallFailure(problem, true, false, false);
		}
		if (ProviderExchanges.isTimeout(ex)) {
			String detail = provider + " did not answer within " + settings.responseTimeout().toMillis() + " ms"
					+ (operation == Operation.CREATE ? unknownOutcome() : "");
			return new CallFailure(new GatewayException(ProblemType.UPSTREAM_TIMEOUT, "The provider did not answer in time",
					detail), true, true, true);
		}
		if (ex instanceof WebClientRequestException && isConnectFailure(ex)) {
			return new CallFailure(new GatewayException(ProblemType.UPSTREAM_ERROR, "The provider could not be reached",
					"could not connect to " + provider + "; nothing was sent"), false, true, true);
		}
		if (ex instanceof WebClientRequestException && isPoolExhausted(ex)) {
			return new CallFailure(new GatewayException(ProblemType.UNAVAILABLE, "Too many requests in flight",
					"connection '" + settings.name() + "' has no free capacity; try again shortly", List.of(), null,
					Duration.ofSeconds(1)), false, false, false);
		}
		String detail = "the exchange with " + provider + " failed before a complete answer arrived"
				+ (operation == Operation.CREATE ? unknownOutcome() : "");
		return new CallFailure(new GatewayException(ProblemType.UPSTREAM_ERROR, "The provider failed", detail), true, true,
				true);
	}

	private static String unknownOutcome() {
		return "; the outcome is unknown: the campaign may or may not have been created. Read the provider's"
				+ " campaigns (or retry with the same Idempotency-Key) before creating it again";
	}

	private static boolean isConnectFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			// Netty's ConnectTimeoutException is a ConnectException too
			if (cause instanceof ConnectException) {
				return true;
			}
		}
		return false;
	}

	/** Reactor Netty's pool limits throw PoolAcquire…Exceptions from a shaded package: matched by name. */
	private static boolean isPoolExhausted(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().startsWith("PoolAcquire")) {
				return true;
			}
		}
		return false;
	}
}
