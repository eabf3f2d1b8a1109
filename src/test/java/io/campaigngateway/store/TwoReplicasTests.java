package io.campaigngateway.store;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.campaigngateway.GatewayApplication;
import io.campaigngateway.campaign.JsonFingerprint;
import io.campaigngateway.idempotency.IdempotencyStore;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.RedisServer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two gateway replicas (two application contexts in this JVM, each on its own port) sharing one redis-server,
 * started by the test on a free port, and one set of WireMock providers: each guarantee of issue 34 across
 * instances. Redis is stopped and started again last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String TOINGG_ID = "668bd4e8a620ac9172c8d08b";

	private static final String TOINGG_CREATE = """
			{"connection": "toingg", "name": "Renewals", "agent": {"voice": "Meera", "language": "english", "script": "%s"}}"""
		.formatted(Fixtures.SCRIPT);

	private static final String CREATED = "{\"status\": true, \"result\": {\"campaignId\": \"" + TOINGG_ID + "\"}}";

	private static final String VOXO_PATH = "/v2/admin/call-campaigns/123";

	static RedisServer redis;

	static ToinggStandIn toinggState = new ToinggStandIn(TOINGG_ID);

	static WireMockServer toingg;

	static WireMockServer voxo;

	static WireMockServer exotel;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	static GatewayClient onA;

	static GatewayClient onB;

	@BeforeAll
	static void start() throws Exception {
		redis = RedisServer.start();
		toingg = new WireMockServer(options().dynamicPort().extensions(toinggState));
		voxo = new WireMockServer(options().dynamicPort());
		exotel = new WireMockServer(options().dynamicPort());
		toingg.start();
		voxo.start();
		exotel.start();
		a = replica();
		b = replica();
		onA = new GatewayClient(port(a), WireMockGatewayTest.MAIN_KEY);
		onB = new GatewayClient(port(b), WireMockGatewayTest.MAIN_KEY);
	}

	/**
	 * Arguments, not {@code SpringApplicationBuilder.properties(…)}: those are defaults, and application.yml's
	 * {@code server.port} would win over them.
	 */
	private static ConfigurableApplicationContext replica() {
		String c = "--gateway.connections.";
		return new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.data.redis.url=" + redis.url(), "--spring.data.redis.timeout=1s",
				"--spring.data.redis.connect-timeout=500ms", "--gateway.store.in-flight-timeout=2s",
				"--gateway.store.turn-lease=3s",
				c + "toingg.provider=toingg", c + "toingg.base-url=" + toingg.baseUrl(), c + "toingg.token=tg-token",
				c + "toingg.timeouts.response=5s",
				c + "voxo.provider=voxo", c + "voxo.base-url=" + voxo.baseUrl(), c + "voxo.token=voxo-token",
				c + "voxo.tenant-id=42",
				c + "exotel.provider=exotel", c + "exotel.base-url=" + exotel.baseUrl(), c + "exotel.account-sid=acme1",
				c + "exotel.api-key=k1", c + "exotel.api-token=t1", c + "exotel.rate-limit.requests-per-minute=0",
				c + "exotel-limited.provider=exotel", c + "exotel-limited.base-url=" + exotel.baseUrl(),
				c + "exotel-limited.account-sid=acme2", c + "exotel-limited.api-key=k2", c + "exotel-limited.api-token=t2",
				c + "exotel-limited.rate-limit.requests-per-minute=3", c + "exotel-limited.rate-limit.max-wait=0s",
				"--gateway.security.api-keys[0].name=main",
				"--gateway.security.api-keys[0].sha256=" + WireMockGatewayTest.MAIN_KEY_SHA256);
	}

	@AfterAll
	static void stop() throws Exception {
		// each one even if another failed: an orphaned redis-server or port would outlive the test
		try {
			for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { a, b }) {
				if (context != null) {
					context.close();
				}
			}
		}
		finally {
			for (WireMockServer server : new WireMockServer[] { toingg, voxo, exotel }) {
				if (server != null) {
					server.stop();
				}
			}
			if (redis != null) {
				redis.close();
			}
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/** {@code n} calls at once; call i is made by {@code call.apply(i)} (alternate the replicas by i). */
	private static List<Answer> race(int n, IntFunction<Callable<Answer>> call) throws Exception {
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Answer>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(callers.submit(call.apply(i)));
			}
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
	}

	private static GatewayClient replica(int i) {
		return i % 2 == 0 ? onA : onB;
	}

	private static Map<Integer, Long> statuses(List<Answer> answers) {
		return answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
	}

	@Test
	@Order(1)
	void duplicateKeyedCreatesRacedAcrossReplicasReachTheProviderOnceAndEitherReplicaReplaysOrRefusesTheKey()
			throws Exception {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED).withFixedDelay(1_000)));
		String key = UUID.randomUUID().toString();

		List<Answer> raced = race(16, i -> () -> replica(i).post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key));

		List<Answer> created = raced.stream().filter(answer -> answer.status() == 201 && answer.header("Idempotent-Replayed") == null).toList();
		assertThat(created).as(raced.toString()).hasSize(1);
		// the others came while it was in flight (409), or, on a slow machine, after it (a replay)
		assertThat(raced).filteredOn(answer -> answer != created.get(0)).as(raced.toString())
			.allMatch(answer -> answer.status() == 409 || "true".equals(answer.header("Idempotent-Replayed")))
			.anyMatch(answer -> answer.status() == 409);
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/")));
		for (GatewayClient replica : List.of(onA, onB)) {
			Answer replayed = replica.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);
			assertThat(replayed.status()).isEqualTo(201);
			assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
			assertThat(replayed.header("Location")).isEqualTo(created.get(0).header("Location"));
			assertThat(replayed.json()).isEqualTo(created.get(0).json());
			Answer otherBody = replica.post("/campaigns", TOINGG_CREATE.replace("Renewals", "Other"), "Idempotency-Key", key);
			assertThat(otherBody.status()).isEqualTo(422);
			assertThat(otherBody.json().path("title").asString()).contains("different body");
		}
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	@Order(2)
	void aKeyWhoseReplicaDiedMidCreateIsNeverSentAgainAndEveryReplicaAnswersTheOutcomeIsUnknown() throws Exception {
		toingg.resetRequests();
		String key = UUID.randomUUID().toString();
		// a third replica claims the key, sends the create (as far as anyone knows) and dies before the answer
		StringRedisTemplate template = a.getBean(StringRedisTemplate.class);
		try (RedisStore third = new RedisStore(template, "cg:")) {
			IdempotencyStore dying = new RedisIdempotencyStore(third, MAPPER, Duration.ofHours(24), Duration.ofSeconds(2));
			assertThat(dying.claim("main\n" + key, JsonFingerprint.of(MAPPER.readTree(TOINGG_CREATE))))
				.isInstanceOf(IdempotencyStore.Started.class);
		}

		Answer during = onB.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);
		Thread.sleep(2_200);
		Answer afterOnB = onB.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);
		Answer afterOnA = onA.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);

		assertThat(during.status()).isEqualTo(409);
		assertThat(during.header("Retry-After")).isEqualTo("1");
		assertThat(during.json().path("detail").asString()).contains("outcome is unknown");
		for (Answer after : List.of(afterOnB, afterOnA)) {
			assertThat(after.status()).as(after.toString()).isEqualTo(502);
			assertThat(after.type()).endsWith("/upstream-error");
			assertThat(after.json().path("title").asString()).isEqualTo(RedisIdempotencyStore.UNKNOWN_TITLE);
			assertThat(after.json().path("detail").asString()).contains("Nothing was sent again");
		}
		toingg.verify(0, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	@Order(3)
	void aBudgetOfNPerMinuteIsSharedByTheReplicas() throws Exception {
		exotel.stubFor(get(urlPathEqualTo("/v2/accounts/acme2/campaigns/c1")).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));
		exotel.stubFor(get(urlPathEqualTo("/v2/accounts/acme1/campaigns/c1")).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		List<Answer> raced = race(10, i -> () -> replica(i).get("/campaigns/exotel-limited:c1"));

		assertThat(statuses(raced)).as(raced.toString()).containsEntry(200, 3L).containsEntry(429, 7L);
		exotel.verify(3, getRequestedFor(urlPathEqualTo("/v2/accounts/acme2/campaigns/c1")));
		assertThat(onA.get("/campaigns/exotel-limited:c1").status()).isEqualTo(429);
		assertThat(onB.get("/campaigns/exotel-limited:c1").header("Retry-After")).matches("[1-6]?[0-9]");
		assertThat(onA.get("/campaigns/exotel:c1").status()).as("another connection has its own budget").isEqualTo(200);
	}

	@Test
	@Order(4)
	void twoPatchesOfDifferentFieldsOfOneToinggCampaignOnTwoReplicasKeepBothChanges() throws Exception {
		toinggState.reset(MAPPER.readTree(Fixtures.read("toingg/campaigns-array.json")).path("result").get(1)
			.path("campaignModelData").toString());
		// a slow read: without one turn across replicas both would read the same model and write it back
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(aResponse().withFixedDelay(500)
			.withTransformers(ToinggStandIn.NAME)));
		toingg.stubFor(post("/update_campaign").willReturn(aResponse().withTransformers(ToinggStandIn.NAME)));

		List<Answer> patched = race(2, i -> () -> replica(i).patch("/campaigns/toingg:" + TOINGG_ID,
				i == 0 ? "{\"name\": \"Renamed on A\"}" : "{\"agent\": {\"tone\": \"calm\"}}"));

		assertThat(patched).extracting(Answer::status).as(patched.toString()).containsExactly(200, 200);
		assertThat(toinggState.model().path("title").asString()).isEqualTo("Renamed on A");
		assertThat(toinggState.model().path("tone").asString()).isEqualTo("calm");
		Answer read = onB.get("/campaigns/toingg:" + TOINGG_ID);
		assertThat(read.json().path("name").asString()).isEqualTo("Renamed on A");
		assertThat(read.json().path("agent").path("tone").asString()).isEqualTo("calm");
	}

	@Test
	@Order(5)
	void ofIfMatchPatchesMadeFromOneReadAndRacedAcrossReplicasExactlyOneLands() throws Exception {
		String asCreated = Fixtures.read("voxo/campaign-response.json");
		String renamed = asCreated.replace("\"Appointment reminders\"", "\"Renamed elsewhere\"");
		voxo.stubFor(get(urlEqualTo(VOXO_PATH)).inScenario("if-match").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(asCreated).withFixedDelay(300)));
		voxo.stubFor(patch(urlEqualTo(VOXO_PATH)).inScenario("if-match").willReturn(okJson(renamed)).willSetStateTo("changed"));
		voxo.stubFor(get(urlEqualTo(VOXO_PATH)).inScenario("if-match").whenScenarioStateIs("changed")
			.willReturn(okJson(renamed).withFixedDelay(300)));
		String tag = onA.get("/campaigns/voxo:123").header("ETag");

		List<Answer> raced = race(6, i -> () -> replica(i).patch("/campaigns/voxo:123",
				"{\"message\": \"Change " + i + "\"}", "If-Match", tag));

		assertThat(statuses(raced)).as(raced.toString()).containsEntry(200, 1L).containsEntry(412, 5L);
		voxo.verify(1, patchRequestedFor(urlEqualTo(VOXO_PATH)));
	}

	@Test
	@Order(10)
	void redisStoppedMidTestRefusesWhatNeedsItWith503AndSendsNothingWhileTheRestGoesOnThenEverythingRecovers()
			throws Exception {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED)));
		for (String account : List.of("acme1", "acme2")) {
			exotel.stubFor(get(urlPathEqualTo("/v2/accounts/" + account + "/campaigns/c9"))
				.willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));
		}
		voxo.stubFor(get(urlEqualTo(VOXO_PATH)).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		voxo.stubFor(patch(urlEqualTo(VOXO_PATH)).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		toingg.resetRequests();
		exotel.resetRequests();
		voxo.resetRequests();
		String key = UUID.randomUUID().toString();

		redis.stop();
		Answer keyed;
		long millis;
		try {
			long start = System.nanoTime();
			keyed = onA.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);
			millis = (System.nanoTime() - start) / 1_000_000;
			Answer limited = onB.get("/campaigns/exotel-limited:c9");
			Answer patched = onB.patch("/campaigns/voxo:123", "{\"schedule\": {\"callingHours\": {\"end\": \"18:00\"}}}");
			Answer renamed = onB.patch("/campaigns/voxo:123", "{\"message\": \"Changed\"}");
			Answer unlimited = onB.get("/campaigns/exotel:c9");
			Answer health = onA.get("/actuator/health");

			assertThat(keyed.status()).as(keyed.toString()).isEqualTo(503);
			assertThat(keyed.type()).endsWith("/unavailable");
			assertThat(keyed.header("Retry-After")).isEqualTo("1");
			assertThat(millis).as("refused promptly").isLessThan(3_000);
			assertThat(limited.status()).as("a rate-limited connection fails closed").isEqualTo(503);
			assertThat(limited.json().path("detail").asString()).contains("nothing was sent");
			assertThat(patched.status()).as("an update that reads first cannot take its turn").isEqualTo(503);
			assertThat(renamed.status()).as("an update that needs no turn goes on").isEqualTo(200);
			assertThat(unlimited.status()).as("what needs no shared state goes on").isEqualTo(200);
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.json().path("status").asString()).isEqualTo("UP");
			assertThat(health.json().path("components").path("store").path("status").asString()).isEqualTo("UNREACHABLE");
			assertThat(onA.get("/actuator/health/store").status()).isEqualTo(503);
			assertThat(onA.get("/actuator/health/readiness").status()).isEqualTo(200);
			assertThat(onA.get("/actuator/health/liveness").status()).isEqualTo(200);
			toingg.verify(0, postRequestedFor(urlEqualTo("/create_campaign/")));
			exotel.verify(0, getRequestedFor(urlPathEqualTo("/v2/accounts/acme2/campaigns/c9")));
			voxo.verify(0, getRequestedFor(urlEqualTo(VOXO_PATH)));
			voxo.verify(1, patchRequestedFor(urlEqualTo(VOXO_PATH)).withRequestBody(containing("Changed")));
			voxo.verify(0, patchRequestedFor(urlEqualTo(VOXO_PATH)).withRequestBody(containing("18:00")));
		}
		finally {
			redis.startAgain();
		}

		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		Answer retried;
		do {
			Thread.sleep(100);
			retried = onB.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);
		}
		while (retried.status() == 503 && System.nanoTime() < deadline);
		assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
		assertThat(onA.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key).header("Idempotent-Replayed")).isEqualTo("true");
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/")));
		assertThat(onA.get("/campaigns/exotel-limited:c9").status()).isIn(200, 429);
		assertThat(onB.patch("/campaigns/voxo:123", "{\"message\": \"Changed\"}").status()).isEqualTo(200);
		assertThat(onA.get("/actuator/health").json().path("components").path("store").path("status").asString()).isEqualTo("UP");
	}
}
