package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code management.server.port} set, Actuator answers on a port of its own, under the callers' key rules of
 * contract §6 exactly as on the API port: health open, metrics and info behind a key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "management.server.port=0",
		"gateway.security.api-keys[0].name=ops",
		"gateway.security.api-keys[0].sha256=" + WireMockGatewayTest.MAIN_KEY_SHA256 })
class ManagementPortTests {

	private static final List<String> GUARDED = List.of("/actuator/prometheus", "/actuator/info");

	@LocalServerPort
	int apiPort;

	@LocalManagementPort
	int managementPort;

	@Test
	void healthAnswersOnTheManagementPortWithoutAKey() {
		GatewayClient anonymous = new GatewayClient(managementPort, null);
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			Answer answer = anonymous.get(path);
			assertThat(answer.status()).as(path).isEqualTo(200);
			assertThat(answer.json().path("status").asString()).as(path).isEqualTo("UP");
			assertThat(answer.header("X-Request-Id")).as(path).isNotBlank();
		}
	}

	@Test
	void metricsAndInfoNeedAKeyOnTheManagementPort() {
		for (String path : GUARDED) {
			Answer missing = new GatewayClient(managementPort, null).get(path);
			assertThat(missing.status()).as(path).isEqualTo(401);
			assertThat(missing.contentType()).as(path).startsWith("application/problem+json");
			assertThat(missing.type()).as(path).endsWith("/unauthorized");
			assertThat(missing.header("WWW-Authenticate")).as(path).isEqualTo("Bearer");
			assertThat(missing.json().path("requestId").asString()).as(path).isEqualTo(missing.header("X-Request-Id"));
			assertThat(missing.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			Answer wrong = new GatewayClient(managementPort, "not-the-key").get(path);
			assertThat(wrong.status()).as(path).isEqualTo(401);
			assertThat(wrong.header("WWW-Authenticate")).as(path).isEqualTo("Bearer error=\"invalid_token\"");
			assertThat(new GatewayClient(managementPort, WireMockGatewayTest.MAIN_KEY).get(path).status()).as(path)
				.isEqualTo(200);
		}
	}

	@Test
	void theApiPortKeepsItsRulesAndLeavesActuatorToTheManagementPort() {
		assertThat(new GatewayClient(apiPort, null).get("/connections").status()).isEqualTo(401);
		assertThat(new GatewayClient(apiPort, WireMockGatewayTest.MAIN_KEY).get("/connections").status()).isEqualTo(200);
		assertThat(new GatewayClient(apiPort, null).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(new GatewayClient(apiPort, WireMockGatewayTest.MAIN_KEY).get("/actuator/prometheus").status())
			.isEqualTo(404);
		assertThat(new GatewayClient(apiPort, null).get("/actuator/health").status()).isEqualTo(404);
	}
}
