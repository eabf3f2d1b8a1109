package io.campaigngateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Metrics, health per connection, the access line, Server-Timing and trace propagation (issue: operability). */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests extends WireMockGatewayTest {

	private static final String CAMPAIGN = "/v2/admin/call-campaigns/41";

	@Test
	void providerCallsAndRequestsAreTimedWithBoundedTags() {
		voxo.stubFor(get(urlEqualTo(CAMPAIGN)).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		gateway.get("/campaigns/voxo:41");
		gateway.post("/campaigns", "{\"connection\": \"voxo\", \"name\": 1}");

		String metrics = gateway.get("/actuator/prometheus").raw().body();

		assertThat(metrics).contains("gateway_provider_calls_seconds_count{connection=\"voxo\",operation=\"read\",outcome=\"success\",provider=\"voxo\",status=\"200\"}");
		assertThat(metrics).contains("gateway_requests_seconds_count{connection=\"voxo\",operation=\"read\",outcome=\"success\"}");
		assertThat(metrics).as("buckets for histogram_quantile, a dozen per series")
			.contains("gateway_requests_seconds_bucket{connection=\"voxo\",operation=\"read\",outcome=\"success\",le=\"0.25\"}")
			.contains("gateway_provider_calls_seconds_bucket{connection=\"voxo\",operation=\"read\",outcome=\"success\",provider=\"voxo\",status=\"200\",le=\"30.0\"}");
		assertThat(metrics.lines().filter(line -> line.startsWith("gateway_requests_seconds_bucket{connection=\"voxo\",operation=\"read\",outcome=\"success\""))).hasSize(13);
		assertThat(metrics).contains("gateway_validation_refusals_total{type=\"malformed-request\"}");
		assertThat(metrics).contains("gateway_circuit_open{connection=\"toingg-fragile\",provider=\"toingg\"}");
		assertThat(metrics).doesNotContain("voxo:41").doesNotContain("2025550143");
	}

	@Test
	void retriesAreCounted() {
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/42")).willReturn(aResponse().withStatus(503)));
		gateway.get("/campaigns/voxo:42");

		assertThat(gateway.get("/actuator/prometheus").raw().body())
			.containsPattern("gateway_provider_retries_total\\{connection=\"voxo\",operation=\"read\"} [1-9]");
	}

	@Test
	void anOpenCircuitShowsInHealthWithoutMakingTheGatewayUnhealthy() throws InterruptedException {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(aResponse().withStatus(500)));
		for (int i = 0; i < 4; i++) {
			gateway.get("/campaigns/toingg-fragile:aaaaaaaaaaaaaaaaaaaaaaaa");
		}

		Answer health = gateway.get("/actuator/health");
		assertThat(health.status()).as("a provider outage leaves the gateway itself healthy: %s", health).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
		var connections = health.json().path("components").path("connections");
		assertThat(connections.path("status").asString()).isEqualTo("DOWN");
		var fragile = connections.path("components").path("toingg-fragile");
		assertThat(fragile.path("status").asString()).isEqualTo("DOWN");
		assertThat(fragile.path("details").path("circuit").asString()).isEqualTo("open");
		assertThat(fragile.path("details").path("lastCall").path("status").asInt()).isEqualTo(500);
		assertThat(connections.path("components").path("voxo").path("status").asString()).isEqualTo("UP");
		Answer ownPath = gateway.get("/actuator/health/connections");
		assertThat(ownPath.status()).isEqualTo(503);
		assertThat(ownPath.json().path("status").asString()).isEqualTo("DOWN");
		assertThat(ownPath.json().path("components").path("toingg-fragile").path("details").path("circuit").asString())
			.isEqualTo("open");
		Answer oneConnection = gateway.get("/actuator/health/connections/toingg-fragile");
		assertThat(oneConnection.status()).isEqualTo(503);
		assertThat(oneConnection.json().path("details").path("circuit").asString()).isEqualTo("open");
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			Answer answer = gateway.get(probe);
			assertThat(answer.status()).as(probe).isEqualTo(200);
			assertThat(answer.raw().body()).as("the probes leave the providers out").doesNotContain("connections");
		}
		assertThat(health.raw().body()).as("the public health shows no host paths").doesNotContain("\"path\"")
			.doesNotContain("diskSpace");

		Thread.sleep(2_300);
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json"))));
		gateway.get("/campaigns/toingg-fragile:668bd4e8a620ac9172c8d08b");
		gateway.get("/campaigns/toingg-fragile:668bd4e8a620ac9172c8d08b");
		// the circuit closes again, so the other tests sharing this connection find it as they expect
		assertThat(gateway.get("/actuator/health").json().path("components").path("connections").path("components")
			.path("toingg-fragile").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void serverTimingSplitsGatewayFromProviderTime() {
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/43")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/44")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))
			.withFixedDelay(400)));

		double fast = providerMillis(gateway.get("/campaigns/voxo:43").header("Server-Timing"));
		Answer slowAnswer = gateway.get("/campaigns/voxo:44");
		double slow = providerMillis(slowAnswer.header("Server-Timing"));

		assertThat(slowAnswer.header("Server-Timing")).matches("gateway;dur=[0-9.]+, provider;dur=[0-9.]+");
		assertThat(slow).isGreaterThanOrEqualTo(400).isGreaterThan(fast);
		assertThat(gateway.get("/campaigns/nowhere:1").header("Server-Timing")).startsWith("gateway;dur=");
	}

	@Test
	void answersLeaveWholeWithTheirLength() {
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/47")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		Answer answer = gateway.get("/campaigns/voxo:47");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Transfer-Encoding")).isNull();
		assertThat(answer.header("Content-Length"))
			.isEqualTo(String.valueOf(answer.raw().body().getBytes(StandardCharsets.UTF_8).length));
	}

	@Test
	void theAccessLineCarriesRouteStatusConnectionAndRequestId(CapturedOutput output) {
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/45")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		gateway.get("/campaigns/voxo:45", "X-Request-Id", "access-line-test-1",
				"traceparent", "00-5bf92f3577b34da6a3ce929d0e0e4745-00f067aa0ba902b7-01");

		// the answer leaves before the access line is written (WholeAnswerFilter), so the line may come a moment later
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).containsPattern(
				"5bf92f3577b34da6a3ce929d0e0e4745-[0-9a-f]{16}\\].*"
						+ "GET /campaigns/\\{id} 200 [0-9.]+ ms connection=voxo provider=[0-9.]+ ms requestId=access-line-test-1"));
	}

	@Test
	void aPercentEncodedIdIsTheSameIdForTheLogAndTheMetrics(CapturedOutput output) {
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/46")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		assertThat(gateway.get("/campaigns/voxo%3A46", "X-Request-Id", "access-line-encoded").status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
			.containsPattern("GET /campaigns/\\{id} 200 .* connection=voxo .*requestId=access-line-encoded"));
	}

	@Test
	void aRequestRefusedBeforeSpringMvcMatchedItIsLoggedByItsRoute(CapturedOutput output) {
		new GatewayClient(port, null).get("/campaigns/voxo:47", "X-Request-Id", "access-line-test-401");
		new GatewayClient(port, null).get("/connections/voxo/voices", "X-Request-Id", "access-line-test-401b");
		new GatewayClient(port, null).get("/campaigns/voxo:1/extra", "X-Request-Id", "access-line-test-401c");
		new GatewayClient(port, null).get("/connections/voxo", "X-Request-Id", "access-line-test-401d");

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
			.containsPattern("GET /campaigns/\\{id} 401 .* connection=voxo .*requestId=access-line-test-401\\b")
			.containsPattern("GET /connections/\\{name}/\\{catalogue} 401 .* connection=voxo .*requestId=access-line-test-401b")
			.containsPattern("GET unmatched 401 .* connection=none .*requestId=access-line-test-401c")
			.containsPattern("GET /connections/\\{name} 401 .* connection=voxo .*requestId=access-line-test-401d"));
	}

	@Test
	void infoShowsTheBuildThatRuns() {
		Answer info = gateway.get("/actuator/info");

		assertThat(info.status()).isEqualTo(200);
		assertThat(info.json().path("build").path("artifact").asString()).isEqualTo("campaign-gateway");
		assertThat(info.json().path("build").path("version").asString()).isNotBlank();
	}

	@Test
	void aW3cTraceparentReachesTheProvider() {
		voxo.stubFor(get(urlEqualTo("/v2/admin/call-campaigns/46")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		gateway.get("/campaigns/voxo:46", "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

		voxo.verify(getRequestedFor(urlEqualTo("/v2/admin/call-campaigns/46"))
			.withHeader("traceparent", matching("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-0[01]")));
	}

	private static double providerMillis(String serverTiming) {
		Matcher matcher = Pattern.compile("provider;dur=([0-9.]+)").matcher(serverTiming);
		assertThat(matcher.find()).isTrue();
		return Double.parseDouble(matcher.group(1));
	}
}
