package io.campaigngateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Creates, updates, reads and failures at every provider, logged at TRACE: no secret, no full phone number. */
@ExtendWith(OutputCaptureExtension.class)
class SecretHygieneTests extends WireMockGatewayTest {

	private static final List<String> LOGGERS = List.of("io.campaigngateway", "org.springframework.web",
			"org.springframework.http", "org.springframework.core.codec", "reactor.netty.http.client", "org.apache.coyote");

	private static final List<String> SECRETS = List.of(MAIN_KEY, "tg-test-token-1", "voxo-static-token", "voxo-secret-password",
			"jwt-secret-value", "exo-key-123", "exo-token-456", "ZXhvLWtleS0xMjM6ZXhvLXRva2VuLTQ1Ng==");

	private static final List<String> PHONES = List.of("+12025550143", "2025550143", "+13125550178", "3125550178",
			"+918047123456", "+919876543210");

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	/** The stand-ins log what they receive (the secrets, of course); only the gateway's lines are under test. */
	@BeforeEach
	void trace() {
		LOGGERS.forEach(name -> logging.setLogLevel(name, LogLevel.TRACE));
		logging.setLogLevel("WireMock", LogLevel.ERROR);
		logging.setLogLevel("org.wiremock", LogLevel.ERROR);
	}

	@AfterEach
	void quiet() {
		LOGGERS.forEach(name -> logging.setLogLevel(name, null));
		logging.setLogLevel("reactor.netty.http.client", LogLevel.WARN);
	}

	@Test
	void nothingSecretOrPersonalReachesTheLogs(CapturedOutput output) {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson("{\"status\": true, \"result\": {\"campaignId\": \"aaaaaaaaaaaaaaaaaaaaaaaa\"}}")));
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json").withBody("{\"detail\": \"bad token tg-test-token-1\"}")));
		voxo.stubFor(post("/v2/admin/call-campaigns").willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		voxo.stubFor(patch(urlPathMatching("/v2/admin/call-campaigns/.*")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"name\": \"BadRequest\", \"message\": \"callerId 2025550143 rejected\", \"errors\": {\"callerId\": \"bad\"}}")));
		voxo.stubFor(post("/authentication").willReturn(okJson("{\"accessToken\": \"jwt-secret-value\"}")));
		voxo.stubFor(get(urlPathMatching("/v2/admin/call-campaigns/.*")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		exotel.stubFor(post(urlPathMatching("/v2/accounts/acme1/campaigns")).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));
		exotel.stubFor(put(urlPathMatching("/v2/accounts/acme1/campaigns/.*")).willReturn(aResponse().withStatus(500).withBody("Basic ZXhvLWtleS0xMjM6ZXhvLXRva2VuLTQ1Ng==")));

		List<Answer> answers = List.of(
				gateway.post("/campaigns", """
						{"connection": "toingg", "name": "n", "agent": {"voice": "Meera", "language": "english", "script": "%s"}}"""
					.formatted(Fixtures.SCRIPT)),
				gateway.get("/campaigns/toingg:aaaaaaaaaaaaaaaaaaaaaaaa"),
				gateway.post("/campaigns", """
						{"connection": "voxo", "name": "Reminders", "callerId": "+12025550143",
						 "contacts": [{"phoneNumber": "+13125550178", "name": "Ada"}],
						 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00",
						              "timezone": "America/Chicago"}}"""),
				gateway.patch("/campaigns/voxo:123", "{\"callerId\": \"+12025550143\"}"),
				gateway.get("/campaigns/voxo-login:123"),
				gateway.post("/campaigns", """
						{"connection": "exotel", "callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}]}"""),
				gateway.patch("/campaigns/exotel:491dd6c97d64475ba0ce346a18530ce5", "{\"status\": \"paused\"}"),
				gateway.post("/campaigns?dryRun=true", """
						{"connection": "exotel", "callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}]}"""));

		assertThat(answers).extracting(Answer::status).containsExactly(201, 502, 201, 422, 200, 201, 502, 200);
		// the last request's access line (the dry run's 200) is written after its answer has left: wait for it, so
		// that every line of every request is in the output searched below
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).contains("POST /campaigns 200 "));
		for (String secret : SECRETS) {
			assertThat(output.getAll()).as("a secret in the logs").doesNotContain(secret);
			answers.forEach(answer -> assertThat(answer.raw().body()).as("a secret in an answer").doesNotContain(secret));
		}
		for (String phone : PHONES) {
			assertThat(output.getAll()).as("a full phone number in the logs").doesNotContain(phone);
			// Spring prints a byte[] body as hex at DEBUG
			assertThat(output.getAll()).as("a full phone number in the logs, in hex")
				.doesNotContain(HexFormat.of().formatHex(phone.getBytes(StandardCharsets.UTF_8)));
		}
	}
}
