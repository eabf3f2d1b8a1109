package io.campaigngateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provider, every operation, every kind of failure: what the caller gets and how often the provider was
 * called. A create reaches the provider exactly once whatever happens; reads and updates retry what passes.
 */
class ProviderFaultTests extends WireMockGatewayTest {

	private static final String TOINGG_CREATE = """
			{"connection": "toingg", "name": "Renewals", "agent": {"voice": "Meera", "language": "english", "script": "%s"}}"""
		.formatted(Fixtures.SCRIPT);

	private static final String VOXO_CREATE = """
			{"connection": "voxo", "name": "Reminders", "callerId": "+12025550143", "contacts": [{"phoneNumber": "+13125550178"}],
			 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-02T09:00:00-06:00", "timezone": "America/Chicago"}}""";

	private static final String EXOTEL_CREATE = """
			{"connection": "exotel", "callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}]}""";

	static Stream<Arguments> faults() {
		return Stream.of("toingg", "voxo", "exotel").flatMap(provider -> Stream.of("create", "update", "read")
			.flatMap(operation -> Stream.of("reset", "empty", "malformed", "503-then-ok")
				.map(fault -> Arguments.of(provider, operation, fault))));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("faults")
	void answersAndCallCountsUnderFaults(String provider, String operation, String fault) {
		WireMockServer server = server(provider);
		String path = ".*";
		if ("503-then-ok".equals(fault)) {
			server.stubFor(any(urlPathMatching(path)).inScenario("f").whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
			server.stubFor(any(urlPathMatching(path)).inScenario("f").whenScenarioStateIs("ok").willReturn(success(provider)));
		}
		else {
			server.stubFor(any(urlPathMatching(path)).willReturn(failing(fault)));
		}

		Answer answer = call(provider, operation);
		boolean create = "create".equals(operation);
		int calls = server.findAll(anyRequestedFor(urlPathMatching(counted(provider, create)))).size();

		switch (fault) {
			case "malformed" -> {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(502);
				assertThat(answer.type()).endsWith("/upstream-error");
				assertThat(calls).isEqualTo(1);
			}
			case "503-then-ok" -> {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(create ? 502 : 200);
				assertThat(calls).as("calls").isEqualTo(create ? 1 : 2 + readsBeforeWrite(provider, operation));
			}
			default -> {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(502);
				if (create) {
					assertThat(answer.json().path("detail").asString()).contains("outcome is unknown");
				}
				assertThat(calls).as("calls").isEqualTo(create ? 1 : 3);
			}
		}
	}

	/**
	 * The requests that carry the operation: a Toingg create first reads the connection's voices and languages to
	 * check the agent (reads, retried like any; when they fail Toingg judges the create), which are not counted.
	 */
	private static String counted(String provider, boolean create) {
		return "toingg".equals(provider) && create ? "/create_campaign/" : ".*";
	}

	/** Toingg's update reads the model first; when that read fails, its retries are the calls counted. */
	private static int readsBeforeWrite(String provider, String operation) {
		return "toingg".equals(provider) && "update".equals(operation) ? 1 : 0;
	}

	private Answer call(String provider, String operation) {
		String id = switch (provider) {
			case "toingg" -> "toingg:668bd4e8a620ac9172c8d08b";
			case "voxo" -> "voxo:51";
			default -> "exotel:491dd6c97d64475ba0ce346a18530ce5";
		};
		return switch (operation) {
			case "create" -> gateway.post("/campaigns", switch (provider) {
				case "toingg" -> TOINGG_CREATE;
				case "voxo" -> VOXO_CREATE;
				default -> EXOTEL_CREATE;
			});
			case "update" -> gateway.patch("/campaigns/" + id,
					"toingg".equals(provider) ? "{\"name\": \"Renamed\"}" : "{\"status\": \"paused\"}");
			default -> gateway.get("/campaigns/" + id);
		};
	}

	private WireMockServer server(String provider) {
		return switch (provider) {
			case "toingg" -> toingg;
			case "voxo" -> voxo;
			default -> exotel;
		};
	}

	private static ResponseDefinitionBuilder failing(String fault) {
		return switch (fault) {
			case "reset" -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
			case "empty" -> aResponse().withFault(Fault.EMPTY_RESPONSE);
			default -> aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"oops\": ");
		};
	}

	/** What each provider answers to any of its calls when all is well. */
	private static ResponseDefinitionBuilder success(String provider) {
		return switch (provider) {
			case "toingg" -> okJson(Fixtures.read("toingg/campaigns-array.json"));
			case "voxo" -> okJson(Fixtures.read("voxo/campaign-response.json"));
			default -> okJson(Fixtures.read("exotel/campaign-response.json"));
		};
	}
}
