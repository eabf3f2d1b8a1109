package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

/** Contract §5's status table for the failures the gateway detects itself, each an RFC 9457 problem. */
class ErrorTableTests extends WireMockGatewayTest {

	private static void assertProblem(Answer answer, int status, String type) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.type()).isEqualTo("https://campaign-gateway/problems/" + type);
		assertThat(answer.json().path("status").asInt()).isEqualTo(status);
		assertThat(answer.json().path("requestId").asString()).isEqualTo(answer.header("X-Request-Id"));
		assertThat(answer.raw().body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("io.campaigngateway");
	}

	@Test
	void bodyThatIsNotJsonIsMalformed() {
		Answer truncated = gateway.post("/campaigns", "{\"connection\":\n \"voxo\", ");
		assertProblem(truncated, 400, "malformed-request");
		assertThat(truncated.json().path("detail").asString()).as("where and why")
			.startsWith("The body is not valid JSON at line 2, column ").contains(": Unexpected end-of-input");
		assertProblem(gateway.post("/campaigns", ""), 400, "malformed-request");
		assertProblem(gateway.post("/campaigns", "{\"name\": \"a\", \"name\": \"b\"}"), 400, "malformed-request");
		assertProblem(gateway.post("/campaigns", "{\"pacing\": {\"callsPerMinute\": NaN}}"), 400, "malformed-request");
	}

	@Test
	void theReasonAJsonBodyFailsNamesNoneOfTheParsersInternals() {
		assertThat(jsonDetail("{\"name\": \"abcd\"} {\"name\": \"efgh\"}"))
			.isEqualTo("The body is not valid JSON at line 1, column 18: more content after the JSON value");
		assertThat(jsonDetail("{\"pacing\": {\"callsPerMinute\": NaN}}"))
			.endsWith(": Non-standard token 'NaN'");
		assertThat(jsonDetail("/* note */ {\"name\": \"abcd\"}")).endsWith("maybe a (non-standard) comment?");
		assertThat(jsonDetail("{\"pacing\": {\"callsPerMinute\": +5}}")).startsWith("The body is not valid JSON at line 1")
			.doesNotContain("enable");
	}

	@Test
	void wellFormedJsonPastTheGatewaysBoundsIsAValidationProblemNotInvalidJson() {
		Answer deep = gateway.post("/campaigns", "{\"a\":".repeat(40) + "1" + "}".repeat(40));
		assertProblem(deep, 422, "validation");
		assertThat(deep.pointers()).singleElement().asString().startsWith("/a/a/a");
		assertThat(deep.json().path("detail").asString()).endsWith("is nested deeper than the gateway reads (32 levels)");

		Answer longNumber = gateway.post("/campaigns", "{\"pacing\": {\"callsPerMinute\": " + "7".repeat(1_001) + "}}");
		assertProblem(longNumber, 422, "validation");
		assertThat(longNumber.pointers()).containsExactly("/pacing/callsPerMinute");
	}

	private String jsonDetail(String body) {
		Answer answer = gateway.post("/campaigns", body);
		assertProblem(answer, 400, "malformed-request");
		String detail = answer.json().path("detail").asString();
		assertThat(detail).doesNotContain("`").doesNotContain("Feature").doesNotContainIgnoringCase("jackson");
		return detail;
	}

	@Test
	void wrongJsonTypeIsMalformedNamingTheField() {
		Answer answer = gateway.post("/campaigns", "{\"connection\": \"voxo\", \"name\": 123, \"contacts\": {}}");
		assertProblem(answer, 400, "malformed-request");
		assertThat(answer.pointers()).containsExactlyInAnyOrder("/name", "/contacts");
	}

	@Test
	void invalidValuesUnknownAndUnsupportedFieldsComeInOneValidationProblem() {
		Answer answer = gateway.post("/campaigns", """
				{"connection": "voxo", "name": "Reminders", "callerId": "+12025550143", "colour": "red",
				 "agent": {"voice": "v", "script": "short"}, "pacing": {"secondsBetweenCalls": 3},
				 "contacts": [{"phoneNumber": "12"}],
				 "schedule": {"startAt": "2026-12-02T09:00:00Z", "endAt": "2026-12-01T09:00:00Z", "timezone": "America/Chicago"}}""");
		assertProblem(answer, 422, "validation");
		assertThat(answer.json().path("title").asString()).isEqualTo("The campaign is not valid for provider voxo");
		assertThat(answer.pointers()).containsExactlyInAnyOrder("/colour", "/agent", "/pacing/secondsBetweenCalls",
				"/contacts/0/phoneNumber", "/schedule/endAt");
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void anUnconfiguredConnectionInTheBodyIsAFieldError() {
		Answer answer = gateway.post("/campaigns", "{\"connection\": \"nowhere\", \"name\": \"x\"}");
		assertProblem(answer, 422, "validation");
		assertThat(answer.pointers()).containsExactly("/connection");
		assertThat(gateway.post("/campaigns", "{\"name\": \"x\"}").pointers()).containsExactly("/connection");
	}

	@Test
	void idsAreMalformedOrNotFound() {
		assertProblem(gateway.get("/campaigns/no-colon"), 400, "malformed-request");
		assertProblem(gateway.get("/campaigns/Bad_Name:1"), 400, "malformed-request");
		assertProblem(gateway.get("/campaigns/elsewhere:1"), 404, "not-found");
		assertProblem(gateway.patch("/campaigns/elsewhere:1", "{}"), 404, "not-found");
	}

	@Test
	void theConnectionOfACampaignCannotChange() {
		Answer answer = gateway.patch("/campaigns/voxo:1", "{\"connection\": \"exotel\"}");
		assertProblem(answer, 422, "validation");
		assertThat(answer.pointers()).containsExactly("/connection");

		Answer removal = gateway.patch("/campaigns/voxo:1", "{\"connection\": null}");
		assertProblem(removal, 422, "validation");
		assertThat(removal.pointers()).as("a merge patch's null removes: not possible either").containsExactly("/connection");
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void springsOwnFailuresAreProblemsToo() {
		assertProblem(gateway.get("/nothing-here"), 404, "not-found");
		assertProblem(gateway.send("DELETE", "/campaigns/voxo:1", null, null), 405, "method-not-allowed");
		assertProblem(gateway.send("POST", "/campaigns", "name=x", "text/plain"), 415, "unsupported-media-type");
		assertProblem(gateway.post("/campaigns?dryRun=maybe", "{}"), 400, "malformed-request");
		assertProblem(gateway.get("/campaigns/voxo:1", "Accept", "application/xml"), 406, "not-acceptable");
	}

	@Test
	void aMistypedDryRunIsRefusedRatherThanSentForReal() {
		String patch = "{\"name\": \"Renamed\"}";
		for (String query : new String[] { "dryrun=true", "dryRun", "dryRun=", "dryRun=yes", "dryRun=true&dryRun=false",
				"dryRun=true&verbose=1" }) {
			Answer answer = gateway.patch("/campaigns/voxo:1?" + query, patch);
			assertProblem(answer, 400, "malformed-request");
			assertThat(answer.json().path("errors").path(0).path("code").asString()).as(query).isEqualTo("parameter");
			assertThat(answer.json().path("detail").asString()).as(query).containsPattern("'(dryRun|dryrun|verbose)'");
		}
		assertProblem(gateway.post("/campaigns?dry_run=true", "{}"), 400, "malformed-request");
		assertThat(voxo.getAllServeEvents()).as("nothing sent").isEmpty();

		assertThat(gateway.patch("/campaigns/voxo:1?dryRun=TRUE", patch).json().path("requests").size()).isEqualTo(1);
		assertThat(voxo.getAllServeEvents()).as("a dry run sends nothing").isEmpty();
	}

	@Test
	void aBodyOverTheLimitIsRefused() {
		String huge = "{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
		Answer answer = gateway.post("/campaigns", huge);
		assertProblem(answer, 413, "payload-too-large");
		assertThat(answer.json().path("detail").asString()).contains("4 MB (gateway.limits.max-request-body)");
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWhileItIsRead() throws Exception {
		byte[] huge = ("{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/campaigns"))
			.header("Authorization", "Bearer " + MAIN_KEY)
			.header("Content-Type", "application/json")
			// a body of unknown length goes chunked: no Content-Length to refuse it by
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
			.build();

		HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("/problems/payload-too-large").contains("4 MB");
	}

	@Test
	void requestIdsAreEchoedOrReplaced() {
		assertThat(gateway.get("/connections", "X-Request-Id", "abc-123").header("X-Request-Id")).isEqualTo("abc-123");
		String tooLong = "a".repeat(129);
		String replaced = gateway.get("/connections", "X-Request-Id", tooLong).header("X-Request-Id");
		assertThat(replaced).isNotEqualTo(tooLong).hasSize(36);
		assertThat(gateway.get("/connections").header("X-Request-Id")).isNotBlank();
	}

	@Test
	void connectionsListWhatEachProviderCarries() {
		Answer answer = gateway.get("/connections");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("connections").findValuesAsString("name")).contains("toingg", "voxo", "exotel");
		answer.json().path("connections").forEach(connection -> {
			assertThat(connection.path("sandbox").asBoolean()).isFalse();
			assertThat(connection.path("operations").toString()).isEqualTo("[\"create\",\"update\",\"read\",\"list\"]");
		});
	}
}
