package io.campaigngateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.idempotency.IdempotencyStore.Claim;
import io.campaigngateway.idempotency.IdempotencyStore.Completed;
import io.campaigngateway.idempotency.IdempotencyStore.InFlight;
import io.campaigngateway.idempotency.IdempotencyStore.Mismatch;
import io.campaigngateway.idempotency.IdempotencyStore.Started;
import io.campaigngateway.idempotency.IdempotencyStore.StoredAnswer;
import io.campaigngateway.provider.http.RequestPermits.Permit;
import io.campaigngateway.provider.http.RequestPermits;
import io.campaigngateway.support.RedisServer;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three shared stores against a real redis-server, without Spring: two "replicas" are two {@link RedisStore}s
 * (each with its own id) over one connection. The outage tests run last: they stop and freeze the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisStoresTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Duration DAY = Duration.ofHours(24);

	static RedisServer redis;

	static ClientResources resources;

	static LettuceConnectionFactory factory;

	static RedisStore a;

	static RedisStore b;

	@BeforeAll
	static void start() throws Exception {
		redis = RedisServer.start();
		resources = ClientResources.builder()
			.reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, java.util.concurrent.TimeUnit.MILLISECONDS))
			.build();
		factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redis.port()),
				LettuceClientConfiguration.builder()
					.clientResources(resources)
					.commandTimeout(Duration.ofSeconds(1))
					.clientOptions(ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
					.build());
		factory.afterPropertiesSet();
		factory.start();
		StringRedisTemplate template = new StringRedisTemplate(factory);
		a = new RedisStore(template, "t:");
		b = new RedisStore(template, "t:");
	}

	@AfterAll
	static void stop() throws Exception {
		try {
			if (a != null) {
				a.close();
				b.close();
			}
			if (factory != null) {
				factory.destroy();
				resources.shutdown();
			}
		}
		finally {
			if (redis != null) {
				redis.close();
			}
		}
	}

	private static RedisIdempotencyStore keys(RedisStore store, Duration inFlightTimeout) {
		return new RedisIdempotencyStore(store, MAPPER, DAY, inFlightTimeout);
	}

	private static <T> List<T> race(int n, java.util.function.IntFunction<Callable<T>> call) throws Exception {
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(threads.submit(call.apply(i)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

	// idempotency records

	@Test
	void ofRacingClaimsOfOneKeyOnTwoReplicasExactlyOneStarts() throws Exception {
		RedisIdempotencyStore onA = keys(a, Duration.ofMinutes(2));
		RedisIdempotencyStore onB = keys(b, Duration.ofMinutes(2));

		List<Claim> claims = race(40, i -> () -> (i % 2 == 0 ? onA : onB).claim("race", "fp"));

		assertThat(claims.stream().filter(Started.class::isInstance)).hasSize(1);
		assertThat(claims.stream().filter(InFlight.class::isInstance)).hasSize(39);
	}

	@Test
	void theFirstAnswerIsReplayedByTheOtherReplicaAndBoundToItsBodyForTheRetention() {
		RedisIdempotencyStore onA = keys(a, Duration.ofMinutes(2));
		RedisIdempotencyStore onB = keys(b, Duration.ofMinutes(2));
		String owner = ((Started) onA.claim("replayed", "fp")).owner();

		onA.complete("replayed", owner, new StoredAnswer(201, "/campaigns/voxo:7", Map.of("id", "voxo:7", "name", "N"), null));

		Claim again = onB.claim("replayed", "fp");
		assertThat(again).isInstanceOf(Completed.class);
		StoredAnswer answer = ((Completed) again).answer();
		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.location()).isEqualTo("/campaigns/voxo:7");
		assertThat(answer.body()).isEqualTo(MAPPER.readTree("{\"id\": \"voxo:7\", \"name\": \"N\"}"));
		assertThat(onB.claim("replayed", "other body")).isInstanceOf(Mismatch.class);
		long ttl = Long.parseLong(redis.command("PTTL", record("replayed")).substring(1));
		assertThat(ttl).as("expires 24 h after the claim").isBetween(DAY.minusMinutes(1).toMillis(), DAY.toMillis());
	}

	@Test
	void aStoredProblemIsRebuiltWholeOnTheOtherReplica() {
		RedisIdempotencyStore onA = keys(a, Duration.ofMinutes(2));
		GatewayException problem = new GatewayException(ProblemType.UPSTREAM_VALIDATION, "Refused", "name is taken",
				List.of(new FieldProblem("/name", "taken", "is taken")),
				new GatewayException.Upstream(422, Map.of("error", "duplicate")), Duration.ofSeconds(3));
		String owner = ((Started) onA.claim("problem", "fp")).owner();
		onA.complete("problem", owner, new StoredAnswer(422, null, null, problem));

		GatewayException replayed = ((Completed) keys(b, Duration.ofMinutes(2)).claim("problem", "fp")).answer().problem();

		assertThat(replayed.type()).isEqualTo(ProblemType.UPSTREAM_VALIDATION);
		assertThat(replayed.title()).isEqualTo("Refused");
		assertThat(replayed.detail()).isEqualTo("name is taken");
		assertThat(replayed.errors()).containsExactly(new FieldProblem("/name", "taken", "is taken"));
		assertThat(replayed.upstream().status()).isEqualTo(422);
		assertThat(replayed.upstream().body()).isEqualTo(MAPPER.readTree("{\"error\": \"duplicate\"}"));
		assertThat(replayed.retryAfter()).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void onlyTheClaimingRequestSettlesItsKeyAndAReleasedKeyIsNewAgain() {
		RedisIdempotencyStore onA = keys(a, Duration.ofMinutes(2));
		RedisIdempotencyStore onB = keys(b, Duration.ofMinutes(2));
		String owner = ((Started) onA.claim("settled", "fp")).owner();

		onB.release("settled", "not the owner");
		onB.complete("settled", "not the owner", new StoredAnswer(201, null, null, null));
		assertThat(onB.claim("settled", "fp")).isInstanceOf(InFlight.class);
		onA.release("settled", owner);
		assertThat(onB.claim("settled", "another body")).isInstanceOf(Started.class);
	}

	@Test
	void aKeyWhoseReplicaDiedIsNeverNewAgainButAnswersOutcomeUnknownAfterTheInFlightTimeout() throws Exception {
		RedisIdempotencyStore dead = keys(a, Duration.ofMillis(600));
		RedisIdempotencyStore alive = keys(b, Duration.ofMillis(600));
		String owner = ((Started) dead.claim("orphan", "fp")).owner();

		Claim during = alive.claim("orphan", "fp");
		Thread.sleep(700);
		Claim after = alive.claim("orphan", "fp");

		assertThat(((InFlight) during).decidedWithin()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(600));
		GatewayException unknown = ((Completed) after).answer().problem();
		assertThat(unknown.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
		assertThat(unknown.title()).isEqualTo(RedisIdempotencyStore.UNKNOWN_TITLE);
		assertThat(unknown.detail()).contains("Nothing was sent again");
		assertThat(((Completed) dead.claim("orphan", "fp")).answer().problem().title()).isEqualTo(RedisIdempotencyStore.UNKNOWN_TITLE);
		// only slow, not dead: its real answer, arriving late, replaces the unknown one
		dead.complete("orphan", owner, new StoredAnswer(201, "/campaigns/toingg:1", Map.of("id", "toingg:1"), null));
		assertThat(((Completed) alive.claim("orphan", "fp")).answer().status()).isEqualTo(201);
	}

	// rate-limit windows

	@Test
	void racingReplicasShareOneBudgetOfNAndARefusalSaysWhenTheWindowFrees() throws Exception {
		RequestPermits onA = new RedisRateLimits(a, Duration.ofSeconds(1)).window("exotel", 5);
		RequestPermits onB = new RedisRateLimits(b, Duration.ofSeconds(1)).window("exotel", 5);

		List<Permit> permits = race(40, i -> () -> (i % 2 == 0 ? onA : onB).reserve(Duration.ZERO));

		assertThat(permits.stream().filter(Permit::granted)).hasSize(5).allMatch(p -> p.delay().isZero());
		assertThat(permits.stream().filter(p -> !p.granted())).hasSize(35)
			.allSatisfy(p -> assertThat(p.delay()).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61)));
		assertThat(redis.command("ZCARD", "t:rate:{exotel}")).isEqualTo(":5");
	}

	@Test
	void aRequestAllowedToWaitReservesTheStartAWholeWindowAfterTheNthBeforeIt() {
		RequestPermits onA = new RedisRateLimits(a, Duration.ZERO).window("voxo", 2);
		RequestPermits onB = new RedisRateLimits(b, Duration.ZERO).window("voxo", 2);
		onA.reserve(Duration.ZERO);
		onB.reserve(Duration.ZERO);

		Permit third = onA.reserve(Duration.ofSeconds(70));
		Permit fourth = onB.reserve(Duration.ofSeconds(70));
		Permit fifth = onA.reserve(Duration.ofSeconds(70));

		assertThat(third.granted()).isTrue();
		assertThat(third.delay()).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
		assertThat(fourth.granted()).isTrue();
		assertThat(fourth.delay()).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
		assertThat(fifth.granted()).as("a third start within 60 s of the first two reserved ones: too far").isFalse();
		long ttl = Long.parseLong(redis.command("PTTL", "t:rate:{voxo}").substring(1));
		assertThat(ttl).as("the log lapses once its newest start is a window old").isBetween(110_000L, 120_000L);
	}

	// update turns

	@Test
	void turnsOfOneCampaignNeverOverlapAcrossReplicasAndComeInOrderOfArrival() throws Exception {
		RedisUpdateTurns onA = new RedisUpdateTurns(a, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(20));
		RedisUpdateTurns onB = new RedisUpdateTurns(b, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(20));
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		List<Integer> order = new CopyOnWriteArrayList<>();

		race(8, i -> () -> {
			// the first holds the turn while the others arrive, 80 ms apart, alternately at each replica
			Thread.sleep(i == 0 ? 0 : 100 + i * 80L);
			return (i % 2 == 0 ? onA : onB).inTurn("toingg:order", turn -> {
				if (inside.incrementAndGet() > 1) {
					overlaps.incrementAndGet();
				}
				order.add(i);
				pause(i == 0 ? 800 : 20);
				turn.confirm();
				inside.decrementAndGet();
				return i;
			});
		});

		assertThat(overlaps).hasValue(0);
		assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
		assertThat(redis.command("EXISTS", "t:turn:{toingg:order}")).as("given back").isEqualTo(":0");
	}

	@Test
	void theWatchdogKeepsTheLeaseWhileASlowUpdateRunsAndTheNextWaits() throws Exception {
		RedisUpdateTurns onA = new RedisUpdateTurns(a, Duration.ofMillis(900), Duration.ofSeconds(10), Duration.ofSeconds(20));
		RedisUpdateTurns onB = new RedisUpdateTurns(b, Duration.ofMillis(900), Duration.ofSeconds(10), Duration.ofSeconds(20));
		List<String> events = new CopyOnWriteArrayList<>();

		race(2, i -> () -> {
			if (i == 0) {
				return onA.inTurn("voxo:slow", turn -> {
					events.add("slow starts");
					pause(2_500);
					turn.confirm();
					events.add("slow writes");
					return 0;
				});
			}
			Thread.sleep(300);
			return onB.inTurn("voxo:slow", turn -> {
				events.add("next starts");
				return 1;
			});
		});

		assertThat(events).containsExactly("slow starts", "slow writes", "next starts");
	}

	@Test
	void confirmStretchesTheLeaseOverTheWritesWholeBudget() {
		RedisUpdateTurns turns = new RedisUpdateTurns(a, Duration.ofSeconds(3), Duration.ofSeconds(40), Duration.ofSeconds(20));

		long[] ttls = turns.inTurn("exotel:stretch", turn -> {
			long before = Long.parseLong(redis.command("PTTL", "t:turn:{exotel:stretch}").substring(1));
			turn.confirm();
			return new long[] { before, Long.parseLong(redis.command("PTTL", "t:turn:{exotel:stretch}").substring(1)) };
		});

		assertThat(ttls[0]).isLessThanOrEqualTo(3_000);
		assertThat(ttls[1]).isBetween(35_000L, 40_000L);
	}

	@Test
	void aHolderWhoseLeaseRanOutAndWasTakenIsNotConfirmedSoItSendsNothing() {
		RedisUpdateTurns turns = new RedisUpdateTurns(a, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(20));
		AtomicInteger writes = new AtomicInteger();

		assertThatThrownBy(() -> turns.inTurn("toingg:lapsed", turn -> {
			// as if it had run out during a long pause, and another replica had taken the turn
			redis.command("SET", "t:turn:{toingg:lapsed}", "99:another-replica", "PX", "5000");
			turn.confirm();
			return writes.incrementAndGet();
		})).isInstanceOfSatisfying(GatewayException.class, ex -> {
			assertThat(ex.type()).isEqualTo(ProblemType.UNAVAILABLE);
			assertThat(ex.detail()).contains("ran out before the write").contains("nothing was sent");
			assertThat(ex.retryAfter()).isNotNull();
		});
		assertThat(writes).hasValue(0);
		assertThat(redis.command("GET", "t:turn:{toingg:lapsed}")).as("the other holder's lease is left alone")
			.isEqualTo("99:another-replica");
	}

	@Test
	void aDeadReplicasLeaseHoldsTheCampaignOnlyUntilItRunsOut() {
		RedisUpdateTurns turns = new RedisUpdateTurns(b, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(20));
		redis.command("SET", "t:turn:{voxo:dead}", "98:dead-replica", "PX", "800");
		long start = System.nanoTime();

		turns.inTurn("voxo:dead", turn -> 0);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(600), Duration.ofSeconds(5));
	}

	@Test
	void anUpdateThatWaitsLongerThanAllowedIs503AndLeavesTheLine() {
		RedisUpdateTurns turns = new RedisUpdateTurns(b, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofMillis(300));
		redis.command("SET", "t:turn:{voxo:busy}", "97:busy-replica", "PX", "10000");

		assertThatThrownBy(() -> turns.inTurn("voxo:busy", turn -> 0)).isInstanceOfSatisfying(GatewayException.class,
				ex -> assertThat(ex.type()).isEqualTo(ProblemType.UNAVAILABLE));
		assertThat(redis.command("ZCARD", "t:turnq:{voxo:busy}")).isEqualTo(":0");
	}

	// outages: last

	@Test
	@Order(Order.DEFAULT + 1)
	void whileRedisIsDownEveryStoreRefusesAtOnceAndHealthSaysUnreachableThenAllRecoverByThemselves() throws Exception {
		RedisIdempotencyStore keys = keys(a, Duration.ofMinutes(2));
		RequestPermits window = new RedisRateLimits(a, Duration.ofSeconds(1)).window("exotel-down", 30);
		RedisUpdateTurns turns = new RedisUpdateTurns(a, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(20));
		StoreHealth health = StoreHealth.of(a);
		assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
		redis.stop();
		try {
			long start = System.nanoTime();
			assertThatThrownBy(() -> keys.claim("down", "fp")).isInstanceOfSatisfying(GatewayException.class, ex -> {
				assertThat(ex.type()).isEqualTo(ProblemType.UNAVAILABLE);
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(1));
				assertThat(ex.detail()).contains("nothing was sent");
			});
			assertThatThrownBy(() -> window.reserve(Duration.ZERO)).isInstanceOf(RequestPermits.Unavailable.class);
			assertThatThrownBy(() -> turns.inTurn("toingg:down", turn -> 0)).isInstanceOfSatisfying(GatewayException.class,
					ex -> assertThat(ex.type()).isEqualTo(ProblemType.UNAVAILABLE));
			Health unreachable = health.health();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused promptly").isLessThan(Duration.ofSeconds(3));
			assertThat(unreachable.getStatus()).isEqualTo(StoreHealth.UNREACHABLE);
			assertThat(unreachable.getDetails()).containsEntry("type", "redis");
		}
		finally {
			redis.startAgain();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!"UP".equals(health.health().getStatus().getCode()) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(keys.claim("down", "fp")).isInstanceOf(Started.class);
		assertThat(window.reserve(Duration.ZERO).granted()).isTrue();
		assertThat(turns.<Integer>inTurn("toingg:down", turn -> 1)).isEqualTo(1);
	}

	@Test
	@Order(Order.DEFAULT + 2)
	void aClaimThatTimedOutButRanOnceRedisWokeUpIsTakenBackSoTheKeyIsFreeAgain() throws Exception {
		RedisIdempotencyStore keys = keys(a, Duration.ofMinutes(2));
		redis.freeze();
		try {
			assertThatThrownBy(() -> keys.claim("hung", "fp")).isInstanceOfSatisfying(GatewayException.class,
					ex -> assertThat(ex.type()).isEqualTo(ProblemType.UNAVAILABLE));
		}
		finally {
			redis.thaw();
		}
		// Redis ran the timed-out claim when it woke up: an in-flight marker of a request that sent nothing
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		Claim claim;
		do {
			Thread.sleep(200);
			claim = keys.claim("hung", "fp");
		}
		while (claim instanceof InFlight && System.nanoTime() < deadline);
		assertThat(claim).as("released by the replica whose claim was in doubt").isInstanceOf(Started.class);
	}

	private static String record(String key) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return "t:idem:" + java.util.HexFormat.of().formatHex(hash);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
