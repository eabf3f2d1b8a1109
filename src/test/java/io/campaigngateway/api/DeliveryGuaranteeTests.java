package io.campaigngateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.campaigngateway.provider.http.ProviderGuards;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Timeouts, safe retries, the circuit breaker, rate limits and idempotent creates (contract §3 and §5). */
class DeliveryGuaranteeTests extends WireMockGatewayTest {

	@Autowired
	ProviderGuards guards;

	private static final String TOINGG_CREATE = """
			{"connection": "toingg", "name": "Renewals", "agent": {"voice": "Meera", "language": "english", "script": "%s"}}"""
		.formatted(Fixtures.SCRIPT);

	private static final String CREATED = "{\"status\": true, \"result\": {\"campaignId\": \"aaaaaaaaaaaaaaaaaaaaaaaa\"}}";

	@Test
	void aCreateThatTimesOutIsSentOnceAndSaysTheOutcomeIsUnknown() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED).withFixedDelay(2500)));

		Answer answer = gateway.post("/campaigns", TOINGG_CREATE);

		assertThat(answer.status()).isEqualTo(504);
		assertThat(answer.type()).endsWith("/upstream-timeout");
		assertThat(answer.json().path("detail").asString()).contains("outcome is unknown");
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	void aCreateWhoseConnectionIsResetIsNeverResent() {
		toingg.stubFor(post("/create_campaign/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		Answer answer = gateway.post("/campaigns", TOINGG_CREATE);

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.json().path("detail").asString()).contains("outcome is unknown");
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	void aReadThatTimesOutIsRetriedThenAnsweredWith504() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson("{}").withFixedDelay(2500)));

		Answer answer = gateway.get("/campaigns/toingg:aaaaaaaaaaaaaaaaaaaaaaaa");

		assertThat(answer.status()).isEqualTo(504);
		toingg.verify(3, getRequestedFor(urlPathEqualTo("/get_campaigns")));
	}

	@Test
	void readsSurviveAnEmptyResponseAndA503() {
		exotel.stubFor(get(urlPathEqualTo("/v2/accounts/acme1/campaigns/c1")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("503"));
		exotel.stubFor(get(urlPathEqualTo("/v2/accounts/acme1/campaigns/c1")).inScenario("flaky")
			.whenScenarioStateIs("503").willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
		exotel.stubFor(get(urlPathEqualTo("/v2/accounts/acme1/campaigns/c1")).inScenario("flaky")
			.whenScenarioStateIs("ok").willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		Answer answer = gateway.get("/campaigns/exotel:c1");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		exotel.verify(3, getRequestedFor(urlPathEqualTo("/v2/accounts/acme1/campaigns/c1")));
	}

	@Test
	void anUpdateHonoursTheProvidersRetryAfter() {
		voxo.stubFor(patch(urlEqualTo("/v2/admin/call-campaigns/31")).inScenario("limited")
			.whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("ok"));
		voxo.stubFor(patch(urlEqualTo("/v2/admin/call-campaigns/31")).inScenario("limited")
			.whenScenarioStateIs("ok").willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		Answer answer = gateway.patch("/campaigns/voxo:31", "{\"name\": \"Renamed\"}");

		assertThat(answer.status()).isEqualTo(200);
		voxo.verify(2, patchRequestedFor(urlEqualTo("/v2/admin/call-campaigns/31")));
	}

	@Test
	void aProviders429IsSurfacedWhenRetriesAreSpent() {
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/32"))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

		Answer answer = gateway.get("/campaigns/voxo:32");

		assertThat(answer.status()).isEqualTo(429);
		assertThat(answer.type()).endsWith("/rate-limited");
		assertThat(answer.header("Retry-After")).isNotBlank();
		voxo.verify(3, getRequestedFor(urlEqualTo("/v2/admin/call-campaigns/32")));
	}

	/** The circuit tests share toingg-fragile's breaker: each starts from an empty window, whatever ran before. */
	private void freshCircuit() {
		guards.circuitBreaker("toingg-fragile").orElseThrow().reset();
	}

	@Test
	void refusalsAreNotFailuresOfTheProviderAndLeaveTheCircuitClosed() {
		freshCircuit();
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Invalid token\"}")));

		for (int i = 0; i < 6; i++) {
			assertThat(gateway.get("/campaigns/toingg-fragile:aaaaaaaaaaaaaaaaaaaaaaaa").type()).endsWith("/upstream-auth");
		}
		toingg.verify(6, getRequestedFor(urlPathEqualTo("/get_campaigns")));
	}

	@Test
	void theCircuitOpensAfterRepeatedFailuresAndRecoversByItself() throws InterruptedException {
		freshCircuit();
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(aResponse().withStatus(500)));
		for (int i = 0; i < 4; i++) {
			assertThat(gateway.get("/campaigns/toingg-fragile:aaaaaaaaaaaaaaaaaaaaaaaa").status()).isEqualTo(502);
		}

		Answer open = gateway.get("/campaigns/toingg-fragile:aaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(open.status()).isEqualTo(503);
		assertThat(open.type()).endsWith("/unavailable");
		assertThat(open.header("Retry-After")).isEqualTo("2");
		toingg.verify(4, getRequestedFor(urlPathEqualTo("/get_campaigns")));

		Thread.sleep(2_300);
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json"))));
		assertThat(gateway.get("/campaigns/toingg-fragile:668bd4e8a620ac9172c8d08b").status()).isEqualTo(200);
		assertThat(gateway.get("/campaigns/toingg-fragile:668bd4e8a620ac9172c8d08b").status()).isEqualTo(200);
		assertThat(gateway.get("/campaigns/toingg-fragile:668bd4e8a620ac9172c8d08b").status()).isEqualTo(200);
	}

	@Test
	void theClientSideRateLimitAnswers429WithoutCallingTheProvider() {
		exotel.stubFor(get(urlPathEqualTo("/v2/accounts/acme2/campaigns/c2")).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		assertThat(gateway.get("/campaigns/exotel-limited:c2").status()).isEqualTo(200);
		assertThat(gateway.get("/campaigns/exotel-limited:c2").status()).isEqualTo(200);
		Answer limited = gateway.get("/campaigns/exotel-limited:c2");

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.type()).endsWith("/rate-limited");
		assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
		exotel.verify(2, getRequestedFor(urlPathEqualTo("/v2/accounts/acme2/campaigns/c2")));
	}

	@Test
	void retriesTakeARateLimitPermitLikeAnyRequest() {
		exotel.stubFor(put(urlPathEqualTo("/v2/accounts/acme4/campaigns/c4")).willReturn(aResponse().withStatus(503)));

		Answer answer = gateway.patch("/campaigns/exotel-retried:c4", "{\"status\": \"paused\"}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
		assertThat(answer.type()).endsWith("/rate-limited");
		assertThat(answer.json().path("detail").asString()).contains("exotel answered 503");
		assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 60);
		exotel.verify(2, putRequestedFor(urlPathEqualTo("/v2/accounts/acme4/campaigns/c4")));
	}

	@Test
	void anExotelConnectionWithoutALimitOfItsOwnSends30RequestsAMinute() {
		exotel.stubFor(get(urlPathEqualTo("/v2/accounts/acme3/campaigns/c3")).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		for (int i = 0; i < 30; i++) {
			assertThat(gateway.get("/campaigns/exotel-default:c3").status()).as("request %d", i + 1).isEqualTo(200);
		}
		Answer limited = gateway.get("/campaigns/exotel-default:c3");

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.type()).endsWith("/rate-limited");
		exotel.verify(30, getRequestedFor(urlPathEqualTo("/v2/accounts/acme3/campaigns/c3")));
	}

	@Test
	void aSlowConnectionDoesNotHoldUpAnother() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json")).withFixedDelay(900)));
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/33")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		ExecutorService callers = Executors.newFixedThreadPool(8);
		List<CompletableFuture<Answer>> slow = IntStream.range(0, 6)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> gateway.get("/campaigns/toingg:668bd4e8a620ac9172c8d08b"), callers))
			.toList();

		Answer fast = gateway.get("/campaigns/voxo:33");

		assertThat(fast.status()).isEqualTo(200);
		assertThat(slow.stream().filter(CompletableFuture::isDone)).isEmpty();
		assertThat(slow.stream().map(CompletableFuture::join).map(Answer::status)).containsOnly(200);
		callers.shutdown();
	}

	@Test
	void theSameKeyAndBodyReplayTheFirstAnswerAndCreateNothing() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED)));
		String key = UUID.randomUUID().toString();

		Answer first = gateway.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);
		String reordered = "{\"name\": \"Renewals\",   " + TOINGG_CREATE.replace("\"name\": \"Renewals\", ", "").substring(1);
		Answer again = gateway.post("/campaigns", reordered, "Idempotency-Key", key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED)));
		String key = UUID.randomUUID().toString();
		gateway.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);

		Answer other = gateway.post("/campaigns", TOINGG_CREATE.replace("Renewals", "Other"), "Idempotency-Key", key);

		assertThat(other.status()).isEqualTo(422);
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	void keysAreScopedPerCallerKey() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED)));
		String key = UUID.randomUUID().toString();
		gateway.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);

		Answer otherCaller = new io.campaigngateway.support.GatewayClient(port, LIMITED_KEY)
			.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key);

		assertThat(otherCaller.header("Idempotent-Replayed")).isNull();
		toingg.verify(2, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	void twentyRacingIdenticalKeyedCreatesReachTheProviderOnce() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED).withFixedDelay(500)));
		String key = UUID.randomUUID().toString();
		ExecutorService callers = Executors.newFixedThreadPool(20);

		List<Integer> statuses = IntStream.range(0, 20)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> gateway.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key), callers))
			.toList().stream().map(CompletableFuture::join).map(Answer::status).toList();

		assertThat(statuses).containsOnly(201, 409).contains(201, 409);
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/")));
		assertThat(gateway.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key).status()).isEqualTo(201);
		callers.shutdown();
	}

	@Test
	void aKeyedCreateRefusedBeforeTheProviderFreesItsKey() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED)));
		String key = UUID.randomUUID().toString();
		String invalid = TOINGG_CREATE.replace("\"Meera\"", "1");

		assertThat(gateway.post("/campaigns", invalid, "Idempotency-Key", key).status()).isEqualTo(400);
		assertThat(gateway.post("/campaigns", TOINGG_CREATE, "Idempotency-Key", key).status()).isEqualTo(201);
	}
}
