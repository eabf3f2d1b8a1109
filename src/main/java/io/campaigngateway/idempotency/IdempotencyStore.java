package io.campaigngateway.idempotency;

import io.campaigngateway.campaign.GatewayException;

/**
 * Where the first answer to a keyed create is kept. In memory for one instance now; a shared store
 * (Redis) implements the same three calls for several instances.
 */
public interface IdempotencyStore {

	/** What claiming a key found. */
	sealed interface Claim permits Started, InFlight, Mismatch, Completed {
	}

	/** The key is new: this request goes ahead and must {@link #complete} or {@link #release} it. */
	record Started() implements Claim {
	}

	record InFlight() implements Claim {
	}

	/** The key was used with another body. */
	record Mismatch() implements Claim {
	}

	record Completed(StoredAnswer answer) implements Claim {
	}

	/** A first answer: a success (status, location, body) or the problem it ended with. */
	record StoredAnswer(int status, String location, Object body, GatewayException problem) {
	}

	Claim claim(String key, String fingerprint);

	void complete(String key, StoredAnswer answer);

	/** Forgets a key whose request never reached the provider, so that the caller can retry with it. */
	void release(String key);
}
