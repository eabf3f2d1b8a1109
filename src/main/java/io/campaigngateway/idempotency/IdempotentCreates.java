package io.campaigngateway.idempotency;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.JsonFingerprint;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.idempotency.IdempotencyStore.Claim;
import io.campaigngateway.idempotency.IdempotencyStore.Completed;
import io.campaigngateway.idempotency.IdempotencyStore.InFlight;
import io.campaigngateway.idempotency.IdempotencyStore.Mismatch;
import io.campaigngateway.idempotency.IdempotencyStore.Started;
import io.campaigngateway.idempotency.IdempotencyStore.StoredAnswer;
import io.campaigngateway.service.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code Idempotency-Key} on {@code POST /campaigns} (contract §3), scoped per caller key. The first answer is
 * kept when the provider may have acted on the request (a success, or a failure at or after the provider);
 * a request refused before it reached the provider frees its key for a corrected retry.
 */
@Component
public class IdempotentCreates {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

	private static final Set<ProblemType> PROVIDER_MAY_HAVE_ACTED = EnumSet.of(ProblemType.UPSTREAM_ERROR,
			ProblemType.UPSTREAM_TIMEOUT, ProblemType.UPSTREAM_VALIDATION, ProblemType.UPSTREAM_AUTH,
			ProblemType.CONFLICT);

	private final IdempotencyStore store;

	private final MeterRegistry registry;

	IdempotentCreates(IdempotencyStore store, MeterRegistry registry) {
		this.store = store;
		this.registry = registry;
	}

	public ResponseEntity<Object> create(String key, JsonNode body, Caller caller, Supplier<ResponseEntity<Object>> create) {
		if (key == null) {
			return create.get();
		}
		if (!KEY.matcher(key).matches()) {
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "The Idempotency-Key is malformed",
					"An Idempotency-Key is a printable string of 1 to 255 characters");
		}
		String scoped = caller.name() + "\n" + key;
		Claim claim = store.claim(scoped, JsonFingerprint.of(body));
		if (claim instanceof InFlight inFlight) {
			throw inFlight(inFlight);
		}
		if (claim instanceof Mismatch) {
			throw new GatewayException(ProblemType.VALIDATION, "The Idempotency-Key was used with a different body",
					"Use a new key for a different campaign; this key stays bound to its first body for 24 hours");
		}
		if (claim instanceof Completed completed) {
			registry.counter("gateway.idempotency.replays").increment();
			return replay(completed.answer());
		}
		String owner = ((Started) claim).owner();
		ResponseEntity<Object> answer;
		try {
			answer = create.get();
		}
		catch (RuntimeException ex) {
			settle(scoped, owner, ex);
			throw ex;
		}
		store.complete(scoped, owner, new StoredAnswer(answer.getStatusCode().value(),
				answer.getHeaders().getFirst(HttpHeaders.LOCATION), answer.getBody(), null));
		return answer;
	}

	private void settle(String key, String owner, Throwable ex) {
		if (ex instanceof GatewayException problem && PROVIDER_MAY_HAVE_ACTED.contains(problem.type())) {
			store.complete(key, owner, new StoredAnswer(problem.type().status(), null, null, problem));
		}
		else {
			store.release(key, owner);
		}
	}

	/**
	 * 409: the first request is still running. Where its gateway instance could stop without a word (several
	 * replicas), the key's answer is settled within a bound: the detail says which.
	 */
	private static GatewayException inFlight(InFlight inFlight) {
		String detail = "Wait for it to finish, then repeat the request to get its answer";
		if (inFlight.decidedWithin() != null) {
			long seconds = Math.max(1, (inFlight.decidedWithin().toMillis() + 999) / 1000);
			detail += "; if the gateway instance that sent it stopped, this key answers within " + seconds
					+ " s that the outcome is unknown, and nothing is sent again";
		}
		return new GatewayException(ProblemType.CONFLICT, "The first request with this key is still in flight", detail,
				List.of(), null, Duration.ofSeconds(1));
	}

	private static ResponseEntity<Object> replay(StoredAnswer answer) {
		if (answer.problem() != null) {
			throw answer.problem();
		}
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(answer.status()).header("Idempotent-Replayed", "true");
		if (answer.location() != null) {
			builder.header(HttpHeaders.LOCATION, answer.location());
		}
		return builder.body(answer.body());
	}
}
