package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.config.ApiKeys;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

/** Contract §6: callers' keys on every path but the open ones, and per-key connections. */
class SecurityTests extends WireMockGatewayTest {

	@Test
	void aMissingOrWrongKeyIsUnauthorized() {
		GatewayClient anonymous = new GatewayClient(port, null);
		Answer missing = anonymous.get("/connections");
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.type()).endsWith("/unauthorized");
		assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
		Answer wrong = new GatewayClient(port, "wrong").get("/campaigns/voxo:1");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void openPathsNeedNoKey() {
		GatewayClient anonymous = new GatewayClient(port, null);
		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(anonymous.get("/swagger-ui.html").status()).isIn(200, 302);
	}

	@Test
	void aKeyLimitedToSomeConnectionsIsForbiddenElsewhere() {
		GatewayClient limited = new GatewayClient(port, LIMITED_KEY);
		Answer forbidden = limited.get("/campaigns/voxo:1");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.type()).endsWith("/forbidden");
		assertThat(limited.post("/campaigns", "{\"connection\": \"exotel\"}").status()).isEqualTo(403);
		assertThat(limited.get("/connections").json().path("connections").findValuesAsString("name")).containsExactly("toingg");
		assertThat(limited.get("/connections/toingg-fragile/voices").status()).as("another Toingg account's catalogue")
			.isEqualTo(403);
		assertThat(limited.get("/connections/voxo").status()).isEqualTo(403);
		assertThat(limited.get("/connections/toingg").json().path("provider").asString()).isEqualTo("toingg");
		assertThat(voxo.getAllServeEvents()).isEmpty();
		assertThat(toingg.getAllServeEvents()).isEmpty();
	}

	@Test
	void answersCarryTheStandardSecurityHeaders() {
		Answer answer = gateway.get("/connections");
		assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
		assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'");
	}

	@Test
	void printsTheDigestToConfigure() {
		assertThat(ApiKeys.sha256Hex(MAIN_KEY)).isEqualTo(MAIN_KEY_SHA256);
	}
}
