package io.campaigngateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.campaigngateway.campaign.JsonFingerprint;
import io.campaigngateway.idempotency.IdempotencyStore.Completed;
import io.campaigngateway.idempotency.IdempotencyStore.InFlight;
import io.campaigngateway.idempotency.IdempotencyStore.Mismatch;
import io.campaigngateway.idempotency.IdempotencyStore.Started;
import io.campaigngateway.idempotency.IdempotencyStore.StoredAnswer;
import io.campaigngateway.support.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InMemoryIdempotencyStoreTests {

	private static final Duration DAY = Duration.ofHours(24);

	private static final StoredAnswer CREATED = new StoredAnswer(201, "/campaigns/voxo:1", "{}", null);

	private final MutableClock clock = new MutableClock();

	private InMemoryIdempotencyStore store(int maxEntries) {
		return new InMemoryIdempotencyStore(DAY, maxEntries, clock);
	}

	/** A key whose first request has ended with {@link #CREATED}. */
	private static void created(InMemoryIdempotencyStore store, String key, String fingerprint) {
		store.complete(key, owner(store.claim(key, fingerprint)), CREATED);
	}

	private static String owner(Object claim) {
		return ((Started) claim).owner();
	}

	@Test
	void aKeyIsStartedThenInFlightThenCompletedAndStaysBoundToItsBody() {
		InMemoryIdempotencyStore store = store(100);

		String owner = owner(store.claim("k", "body-1"));
		assertThat(store.claim("k", "body-1")).isEqualTo(new InFlight(null));
		store.complete("k", owner, CREATED);
		assertThat(store.claim("k", "body-1")).isEqualTo(new Completed(CREATED));
		assertThat(store.claim("k", "body-2")).isInstanceOf(Mismatch.class);
	}

	@Test
	void aKeyIsForgottenAfterTheRetentionAndNotBefore() {
		InMemoryIdempotencyStore store = store(100);
		created(store, "k", "body-1");

		clock.advance(DAY.minusMillis(1));
		assertThat(store.claim("k", "body-2")).isInstanceOf(Mismatch.class);
		clock.advance(Duration.ofMillis(1));
		assertThat(store.claim("k", "body-2")).isInstanceOf(Started.class);
	}

	@Test
	void aReleasedKeyMayBeUsedAgain() {
		InMemoryIdempotencyStore store = store(100);
		store.release("k", owner(store.claim("k", "body-1")));

		assertThat(store.claim("k", "body-2")).isInstanceOf(Started.class);
	}

	@Test
	void onlyTheRequestThatClaimedAKeySettlesIt() {
		InMemoryIdempotencyStore store = store(100);
		String owner = owner(store.claim("k", "body-1"));

		store.release("k", "someone else");
		store.complete("k", "someone else", CREATED);
		assertThat(store.claim("k", "body-1")).isInstanceOf(InFlight.class);
		store.complete("k", owner, CREATED);
		store.release("k", owner);
		assertThat(store.claim("k", "body-1")).as("a completed key is not released").isEqualTo(new Completed(CREATED));
	}

	@Test
	void whenFullTheOldestCompletedKeysMakeRoomButNoneInFlight() {
		InMemoryIdempotencyStore store = store(2);
		created(store, "done", "a");
		store.claim("running", "b");

		assertThat(store.claim("third", "c")).isInstanceOf(Started.class);
		assertThat(store.claim("running", "b")).as("in flight: never dropped").isInstanceOf(InFlight.class);
		assertThat(store.claim("done", "other")).as("dropped to make room").isInstanceOf(Started.class);
	}

	@Test
	void theFingerprintIgnoresKeyOrderAndWhitespaceButNotArrayOrderOrTypes() {
		JsonMapper mapper = JsonMapper.builder().build();
		String one = JsonFingerprint.of(mapper.readTree("""
				{"name": "n", "schedule": {"timezone": "UTC", "startAt": "s"}, "contactLists": ["a", "b"]}"""));
		String reordered = JsonFingerprint.of(mapper.readTree("""
				{"contactLists":["a","b"],"schedule":{"startAt":"s","timezone":"UTC"},"name":"n"}"""));
		String otherOrderOfLists = JsonFingerprint.of(mapper.readTree("""
				{"name": "n", "schedule": {"timezone": "UTC", "startAt": "s"}, "contactLists": ["b", "a"]}"""));

		assertThat(reordered).isEqualTo(one);
		assertThat(otherOrderOfLists).isNotEqualTo(one);
		assertThat(JsonFingerprint.of(mapper.readTree("{\"n\": 1}")))
			.isNotEqualTo(JsonFingerprint.of(mapper.readTree("{\"n\": \"1\"}")));
	}
}
