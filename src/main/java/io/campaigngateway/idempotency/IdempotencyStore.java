package io.campaigngateway.idempotency;

import java.time.Duration;

import io.campaigngateway.campaign.GatewayException;

/**
 * Where the first answer to a keyed create is kept: in this process ({@link InMemoryIdempotencyStore}), or in a
 * store every replica shares (Redis), so that one key creates once however many replicas it reaches.
 */
public interface IdempotencyStore {

	/** What claiming a key found. */
	sealed interface Claim permits Started, InFlight, Mismatch, Completed {
	}

	/**
	 * The key is new: this request goes ahead and must {@link #complete} or {@link #release} it, naming
	 * {@code owner} (only the request that claimed a key may settle it).
	 */
	record Started(String owner) implements Claim {
	}

	/**
	 * The first request with the key is still running. {@code decidedWithin}: the longest until the key has an
	 * answer even if the gateway instance running that request stopped; null where no instance can stop without
	 * its store (in memory).
	 */
	record InFlight(Duration decidedWithin) implements Claim {
	}

	/** The key was used with another body. */
	record Mismatch() implements Claim {
	}

	record Completed(StoredAnswer answer) implements Claim {
	}

	/** A first answer: a success (status, location, body) or the problem it ended with. */
	record StoredAnswer(int status, String location, Object body, GatewayException problem) {
	}

	/**
	 * Takes the key for this request if it is new, atomically: of any number of racing claims one is Started.
	 *
	 * @throws GatewayException {@code unavailable} when the store cannot say: then nothing may be sent
	 */
	Claim claim(String key, String fingerprint);

	/** Keeps the first answer. Never throws: a store that cannot take it now keeps trying for a while. */
	void complete(String key, String owner, StoredAnswer answer);

	/**
	 * Forgets a key whose request never reached the provider, so that the caller can retry with it. Never throws.
	 */
	void release(String key, String owner);
}
