package io.campaigngateway.provider.exotel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExotelWireMockTests extends WireMockGatewayTest {

	private static final String PATH = "/v2/accounts/acme1/campaigns";

	private static final String ID = "491dd6c97d64475ba0ce346a18530ce5";

	/** Basic base64("exo-key-123:exo-token-456") */
	private static final String BASIC = "Basic ZXhvLWtleS0xMjM6ZXhvLXRva2VuLTQ1Ng==";

	static final String CREATE = """
			{"connection": "exotel", "name": "Delivery updates", "callerId": "+918047123456",
			 "contacts": [{"phoneNumber": "+919876543210"}, {"phoneNumber": "+919876543211"}], "contactLists": ["list-1"],
			 "callFlowUrl": "http://my.exotel.com/acme1/exoml/start_voice/12345", "message": "Your parcel arrives today.",
			 "schedule": {"startAt": "2026-12-01T09:00:00+05:30", "endAt": "2026-12-01T18:00:00+05:30"},
			 "retry": {"maxRetries": 2, "intervalMinutes": 10, "backoff": "exponential", "retryOn": ["busy", "no-answer"]},
			 "pacing": {"callsPerMinute": 20},
			 "callbacks": {"callStatus": "https://hooks.example.com/call", "contactCompleted": "https://hooks.example.com/number",
			               "campaignStatus": "https://hooks.example.com/campaign"},
			 "allowDuplicateNumbers": true, "customField": "order-42"}""";

	@Test
	void createsWithTheWrappedEnvelopeAndBasicAuth() {
		exotel.stubFor(post(PATH).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		assertThat(answer.json().path("id").asString()).isEqualTo("exotel:" + ID);
		assertThat(answer.json().path("status").asString()).isEqualTo("active");
		assertThat(answer.json().path("retry").path("backoff").asString()).isEqualTo("exponential");
		assertThat(answer.json().path("createdAt").asString()).isEqualTo("2026-11-20T10:00:00Z");
		exotel.verify(1, postRequestedFor(urlEqualTo(PATH))
			.withHeader("Authorization", equalTo(BASIC))
			.withRequestBody(equalToJson(Fixtures.read("exotel/create-request.json"), false, false)));
	}

	@Test
	void partialUpdateBeforeSendAtReadsTheScheduleThenSendsOnlyTheChange() {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));
		exotel.stubFor(put(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"name\": \"Delivery updates 2\", \"pacing\": {\"callsPerMinute\": 5}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		exotel.verify(1, putRequestedFor(urlEqualTo(PATH + "/" + ID)).withHeader("Authorization", equalTo(BASIC))
			.withRequestBody(equalToJson("{\"campaigns\": [{\"name\": \"Delivery updates 2\", \"mode\": \"custom\", \"throttle\": 5}]}", false, false)));
	}

	@Test
	void aPartialScheduleOrRetriesIsSentWholeCompletedFromTheCampaignAsRead() {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));
		exotel.stubFor(put(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID,
				"{\"schedule\": {\"endAt\": \"2099-12-02T18:00:00+05:30\"}, \"retry\": {\"maxRetries\": 3}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		exotel.verify(1, putRequestedFor(urlEqualTo(PATH + "/" + ID)).withRequestBody(equalToJson("""
				{"campaigns": [{"schedule": {"send_at": "2099-12-01T09:00:00+05:30", "end_at": "2099-12-02T18:00:00+05:30"},
				  "retries": {"number_of_retries": 3, "interval_mins": 10, "mechanism": "Exponential",
				              "on_status": ["busy", "no-answer"]}}]}""", false, false)));
	}

	@Test
	void movingOneEndOfTheSchedulePastTheOtherIsInvalidAndNothingIsSent() {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"schedule\": {\"endAt\": \"2099-12-01T08:00:00+05:30\"}}");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).containsExactly("/schedule/endAt");
		assertThat(answer.json().path("errors").get(0).path("message").asString()).endsWith("2099-12-01T09:00:00+05:30");
		exotel.verify(0, putRequestedFor(urlEqualTo(PATH + "/" + ID)));
	}

	@ParameterizedTest
	@CsvSource({ "paused,pause", "active,resume", "completed,complete", "archived,archive" })
	void eachLifecycleStatusIsAnActionWithoutReadingFirst(String status, String action) {
		exotel.stubFor(put(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"status\": \"" + status + "\"}");

		assertThat(answer.status()).isEqualTo(200);
		exotel.verify(1, putRequestedFor(urlEqualTo(PATH + "/" + ID))
			.withRequestBody(equalToJson("{\"campaigns\": [{\"action\": \"" + action + "\"}]}", false, false)));
		assertThat(exotel.getAllServeEvents()).hasSize(1);
	}

	@Test
	void readsACampaignAndItsStatusInAnyCase() {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json")
			.replace("CREATED", "paused"))));

		Answer answer = gateway.get("/campaigns/exotel:" + ID);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("status").asString()).isEqualTo("paused");
		assertThat(answer.json().path("callFlowUrl").asString()).endsWith("/12345");
		assertThat(answer.json().path("schedule").path("startAt").asString()).isEqualTo("2099-12-01T09:00:00+05:30");
	}

	@Test
	void aSendAtInExotelsTimestampFormIsReadAsUtcNotAsAlreadyStarted() {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json")
			.replace("2099-12-01T09:00:00+05:30", "2099-12-01 03:30:00"))));
		exotel.stubFor(put(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		assertThat(gateway.get("/campaigns/exotel:" + ID).json().path("schedule").path("startAt").asString())
			.isEqualTo("2099-12-01T03:30:00Z");
		assertThat(gateway.patch("/campaigns/exotel:" + ID, "{\"name\": \"Still in time\"}").status()).isEqualTo(200);
		exotel.verify(1, putRequestedFor(urlEqualTo(PATH + "/" + ID)));
	}

	@Test
	void changingLockedFieldsAfterSendAtIsAConflictNamingThem() {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json")
			.replace("2099-12-01T09:00:00+05:30", "2020-01-01T09:00:00+05:30"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID,
				"{\"name\": \"Too late\", \"message\": \"hi\", \"status\": \"paused\", \"callbacks\": {\"callStatus\": \"https://x.example/a\"}}");

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.type()).endsWith("/conflict");
		assertThat(answer.pointers()).containsExactly("/name", "/message");
		exotel.verify(0, putRequestedFor(urlEqualTo(PATH + "/" + ID)));
	}

	@Test
	void exotelsOwnStateRefusalGivesTheSameConflict() {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));
		exotel.stubFor(put(PATH + "/" + ID).willReturn(okJson(failure(409, "Campaign already started"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"name\": \"Too late\"}");

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.pointers()).containsExactly("/name");
	}

	/** Issue 31 point 5: refused, the campaign is read once to say why (point 6) in the caller's terms. */
	@Test
	void anActionRefusedInTheCampaignsStateSaysWhichActionAndState() {
		exotel.stubFor(put(PATH + "/" + ID).willReturn(okJson(failure(409, "Cannot pause a campaign that is Completed"))));
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json")
			.replace("CREATED", "Completed"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"status\": \"paused\"}");

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.pointers()).containsExactly("/status");
		assertThat(answer.json().path("detail").asString())
			.isEqualTo("cannot pause a campaign that is completed: only an active campaign can be paused");
		exotel.verify(1, putRequestedFor(urlEqualTo(PATH + "/" + ID)));
		exotel.verify(1, getRequestedFor(urlEqualTo(PATH + "/" + ID)));
	}

	/** The first pause timed out at a proxy in front of Exotel but paused the campaign; the retry is refused. */
	@ParameterizedTest
	@CsvSource({ "200,Paused,200", "409,Paused,200", "200,InProgress,409" })
	void anActionRefusedOnItsRetryAnswersWhatTheCampaignIsNow(int refusalHttpStatus, String statusNow, int expected) {
		exotel.stubFor(put(PATH + "/" + ID).inScenario("retried").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(504)).willSetStateTo("refused"));
		exotel.stubFor(put(PATH + "/" + ID).inScenario("retried").whenScenarioStateIs("refused")
			.willReturn(aResponse().withStatus(refusalHttpStatus).withHeader("Content-Type", "application/json")
				.withBody(failure(409, "Cannot pause a campaign that is Paused"))));
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json")
			.replace("CREATED", statusNow))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"status\": \"paused\"}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(expected);
		if (expected == 200) {
			assertThat(answer.json().path("status").asString()).isEqualTo("paused");
		}
		else {
			assertThat(answer.type()).endsWith("/conflict");
		}
		exotel.verify(2, putRequestedFor(urlEqualTo(PATH + "/" + ID)));
		exotel.verify(1, getRequestedFor(urlEqualTo(PATH + "/" + ID)));
	}

	/**
	 * The campaign as read cannot show the callbacks: a status it already has answers only once the callbacks are
	 * sent again alone, and their refusal keeps the conflict.
	 */
	@Test
	void aRetriedActionWithOtherFieldsKeepsItsConflict() {
		exotel.stubFor(put(PATH + "/" + ID).inScenario("retried").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(504)).willSetStateTo("refused"));
		exotel.stubFor(put(PATH + "/" + ID).inScenario("retried").whenScenarioStateIs("refused")
			.willReturn(okJson(failure(409, "Cannot pause a campaign that is Paused"))));
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json")
			.replace("CREATED", "Paused"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID,
				"{\"status\": \"paused\", \"callbacks\": {\"callStatus\": \"https://x.example/a\"}}");

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.pointers()).containsExactly("/callbacks");
		exotel.verify(2, putRequestedFor(urlEqualTo(PATH + "/" + ID)).withRequestBody(containing("\"action\"")));
		exotel.verify(1, putRequestedFor(urlEqualTo(PATH + "/" + ID)).withRequestBody(equalToJson(
				"{\"campaigns\": [{\"call_status_callback\": \"https://x.example/a\"}]}")));
		exotel.verify(1, getRequestedFor(urlEqualTo(PATH + "/" + ID)));
	}

	/** Issue 31 point 9: 9.5 calls a minute is not 9, and a retry count past int is not 2147483647. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"\"status\": \"CREATED\"|\"status\": \"CREATED\", \"mode\": \"custom\", \"throttle\": 9.5|response[0].data.throttle",
			"\"number_of_retries\": 2|\"number_of_retries\": 1e12|response[0].data.retries.number_of_retries" })
	void aNumberExotelSendsThatWouldBeBentIsABadGatewayNamingItsField(String from, String to, String named) {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(okJson(Fixtures.read("exotel/campaign-response.json").replace(from, to))));

		Answer answer = gateway.get("/campaigns/exotel:" + ID);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(502);
		assertThat(answer.type()).endsWith("/upstream-error");
		assertThat(answer.json().path("detail").asString()).contains("'" + named + "'");
	}

	@ParameterizedTest
	@CsvSource({ "400,422,upstream-validation", "404,404,not-found", "409,409,conflict", "402,502,upstream-error",
			"401,502,upstream-auth", "403,502,upstream-auth" })
	void failureItemsAreClassifiedByTheirCode(int code, int status, String type) {
		exotel.stubFor(get(PATH + "/" + ID).willReturn(aResponse().withStatus(code == 409 ? 200 : code)
			.withHeader("Content-Type", "application/json").withBody(failure(code, "caller_id is not an ExoPhone"))));

		Answer answer = gateway.get("/campaigns/exotel:" + ID);

		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.type()).endsWith("/" + type);
		if (code == 400) {
			assertThat(answer.pointers()).contains("/callerId");
		}
		if (code == 402) {
			assertThat(answer.json().path("detail").asString()).contains("balance");
		}
	}

	@Test
	void aRestException429IsRateLimitedWithRetryAfter() {
		exotel.stubFor(post(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"RestException\": {\"Status\": 429, \"Message\": \"Too many requests\", \"Code\": 20005}}")));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).isEqualTo(429);
		assertThat(answer.type()).endsWith("/rate-limited");
		assertThat(answer.header("Retry-After")).isEqualTo("7");
		exotel.verify(1, postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void validatesExotelsLimitsBeforeSending() {
		String numbers = IntStream.range(0, 5001).mapToObj(i -> "{\"phoneNumber\": \"+9198765" + String.format("%05d", i) + "\"}")
			.collect(Collectors.joining(","));
		Answer answer = gateway.post("/campaigns", """
				{"connection": "exotel", "name": "abc", "callerId": "+918047123456", "contacts": [%s],
				 "contactLists": ["1", "2", "3", "4", "5", "6"], "retry": {"maxRetries": 4},
				 "recording": true, "destinations": [{"type": "x", "id": 1}], "pacing": {"secondsBetweenCalls": 20},
				 "voicemailDetection": {"enabled": true}, "status": "paused"}""".formatted(numbers));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).contains("/name", "/contacts", "/contactLists", "/retry/maxRetries",
				"/recording", "/destinations", "/pacing/secondsBetweenCalls", "/voicemailDetection", "/status");
		assertThat(exotel.getAllServeEvents()).isEmpty();
	}

	@Test
	void createsWithFiveThousandContacts() {
		exotel.stubFor(post(PATH).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));
		String numbers = IntStream.range(0, 5000).mapToObj(i -> "{\"phoneNumber\": \"+9198765" + String.format("%05d", i) + "\"}")
			.collect(Collectors.joining(","));

		Answer answer = gateway.post("/campaigns", """
				{"connection": "exotel", "callerId": "+918047123456", "contacts": [%s]}""".formatted(numbers));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		exotel.verify(1, postRequestedFor(urlEqualTo(PATH))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.campaigns[0].from.length()", equalTo("5000"))));
	}

	@Test
	void dryRunMasksTheBasicCredentialsAndSendsNothing() {
		Answer answer = gateway.post("/campaigns?dryRun=true", CREATE);

		assertThat(answer.status()).isEqualTo(200);
		Map<String, Object> request = Map.of("url", answer.json().path("requests").get(0).path("url").asString(),
				"auth", answer.json().path("requests").get(0).path("headers").path("Authorization").asString());
		assertThat(request).containsEntry("auth", "Basic ***");
		assertThat((String) request.get("url")).endsWith(PATH);
		assertThat(answer.raw().body()).doesNotContain("exo-key-123").doesNotContain("exo-token-456").doesNotContain("ZXhv");
		assertThat(exotel.getAllServeEvents()).isEmpty();
	}

	private static String failure(int code, String description) {
		return """
				{"request_id": "r1", "method": "PUT", "http_code": %d,
				 "response": [{"code": %d, "status": "failure", "error_data": {"code": 1000, "message": "Failed", "description": "%s"}}]}"""
			.formatted(code, code, description);
	}
}
