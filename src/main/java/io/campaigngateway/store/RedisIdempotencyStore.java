package io.campaigngateway.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.idempotency.IdempotencyStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency records every replica shares: one Redis hash per key ({@code <prefix>idem:<sha256 of caller and key>},
 * so neither appears in the store), expiring with the retention counted from the claim. Claiming is one script, so
 * one of any number of racing replicas starts the create. An in-flight marker never expires into "new": a replica
 * that died mid-create leaves it, and once the in-flight timeout has passed the next claim turns it, atomically,
 * into a stored 502 "outcome unknown" that every replica replays for the rest of the retention. Only the claiming
 * request may complete or release its key; a late real answer still replaces the unknown one.
 */
public final class RedisIdempotencyStore implements IdempotencyStore {

	/** How long a completion that the store could not take at once is retried (it replaces "unknown" if late). */
	private static final Duration KEEP_COMPLETING = Duration.ofMinutes(10);

	static final String UNKNOWN_TITLE = "The outcome of the first request with this key is unknown";

	private final RedisStore store;

	private final StoredAnswers answers;

	private final String retention;

	private final Duration inFlightTimeout;

	private final String unknown;

	public RedisIdempotencyStore(RedisStore store, JsonMapper mapper, Duration retention, Duration inFlightTimeout) {
		this.store = store;
		this.answers = new StoredAnswers(mapper);
		this.retention = Long.toString(retention.toMillis());
		this.inFlightTimeout = inFlightTimeout;
		this.unknown = answers.write(new StoredAnswer(ProblemType.UPSTREAM_ERROR.status(), null, null,
				new GatewayException(ProblemType.UPSTREAM_ERROR, UNKNOWN_TITLE, "The gateway instance that sent it"
						+ " stopped before it had the provider's answer (nothing was heard of it for " + inFlightTimeout.toSeconds()
						+ " s). Nothing was sent again. Read the connection's campaigns (GET /campaigns?connection=…)"
						+ " before creating the campaign again under a new key")));
	}

	@Override
	public Claim claim(String key, String fingerprint) {
		String record = record(key);
		String owner = store.token();
		List<?> claimed;
		try {
			claimed = store.run(StoreScripts.IDEM_CLAIM, List.of(record), fingerprint, retention,
					Long.toString(inFlightTimeout.toMillis()), owner, unknown);
		}
		catch (RuntimeException ex) {
			// a command that timed out may still run once Redis answers: a marker nobody acts on would hold the key
			// (409, then "unknown") although nothing was sent, so take it back as soon as Redis answers
			store.later("release of an unconfirmed Idempotency-Key claim", () -> releaseNow(record, owner),
					inFlightTimeout);
			throw StoreProblems.unavailable("the shared store of Idempotency-Keys (Redis) does not answer");
		}
		return switch ((String) claimed.get(0)) {
			case "started" -> new Started(owner);
			case "mismatch" -> new Mismatch();
			case "inflight" -> new InFlight(Duration.ofMillis(Long.parseLong((String) claimed.get(1))));
			case "completed" -> new Completed(answers.read((String) claimed.get(1)));
			default -> throw new IllegalStateException("Unexpected answer of the claim script: " + claimed.get(0));
		};
	}

	@Override
	public void complete(String key, String owner, StoredAnswer answer) {
		String record = record(key);
		String json = answers.write(answer);
		store.untilDone("completion of an Idempotency-Key", () -> store.run(StoreScripts.IDEM_COMPLETE, List.of(record),
				owner, json), KEEP_COMPLETING);
	}

	@Override
	public void release(String key, String owner) {
		String record = record(key);
		store.untilDone("release of an Idempotency-Key", () -> releaseNow(record, owner), inFlightTimeout);
	}

	private void releaseNow(String record, String owner) {
		store.run(StoreScripts.IDEM_RELEASE, List.of(record), owner);
	}

	private String record(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return store.key("idem", HexFormat.of().formatHex(hash));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
