package io.campaigngateway.provider.voxo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

class VoxoWireMockTests extends WireMockGatewayTest {

	private static final String PATH = "/v2/admin/call-campaigns";

	static final String CREATE = """
			{"connection": "voxo", "name": "Appointment reminders", "status": "paused", "callerId": "+12025550143",
			 "contacts": [{"phoneNumber": "+13125550178", "name": "Ada", "fields": {"field1": "Tuesday", "field2": "Dr. Lee"}},
			              {"phoneNumber": "+13125550179"}],
			 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00",
			              "timezone": "America/Chicago", "callingHours": {"start": "09:00", "end": "17:00"}},
			 "pacing": {"secondsBetweenCalls": 30}, "recording": true,
			 "voicemailDetection": {"enabled": true, "onMachine": [{"type": "voicemail", "id": 7, "order": 1}],
			                        "onHuman": [{"type": "queue", "id": 8, "order": 1}]},
			 "destinations": [{"type": "extension", "id": 9}],
			 "message": "Your appointment is on Tuesday."}""";

	@Test
	void createsWithVoxosPatternsTenantAndToken() {
		voxo.stubFor(post(PATH).willReturn(okJson(Fixtures.read("voxo/campaign-response.json")).withStatus(201)));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		assertThat(answer.json().path("id").asString()).isEqualTo("voxo:123");
		assertThat(answer.json().path("status").asString()).isEqualTo("paused");
		assertThat(answer.json().path("callerId").asString()).isEqualTo("+12025550143");
		assertThat(answer.json().path("voicemailDetection").path("enabled").asBoolean()).isTrue();
		assertThat(answer.json().path("voicemailDetection").path("onMachine").get(0).path("type").asString()).isEqualTo("voicemail");
		assertThat(answer.json().path("schedule").path("startAt").asString()).isEqualTo("2026-12-01T09:00:00-06:00");
		voxo.verify(1, postRequestedFor(urlEqualTo(PATH))
			.withHeader("Authorization", equalTo("Bearer voxo-static-token"))
			.withRequestBody(equalToJson(Fixtures.read("voxo/create-request.json"), false, false)));
	}

	@Test
	void sparseUpdateSendsOnlyTheChangedFields() {
		voxo.stubFor(patch(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		Answer answer = gateway.patch("/campaigns/voxo:123", "{\"name\": \"New name\", \"recording\": false}");

		assertThat(answer.status()).isEqualTo(200);
		voxo.verify(1, patchRequestedFor(urlEqualTo(PATH + "/123"))
			.withRequestBody(equalToJson("{\"name\": \"New name\", \"recording\": \"no\"}", false, false)));
	}

	@Test
	void oneEndOfAWindowIsCheckedAgainstTheOtherAsVoxoHasItAndSentAlone() {
		voxo.stubFor(get(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		voxo.stubFor(patch(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		Answer later = gateway.patch("/campaigns/voxo:123", "{\"schedule\": {\"callingHours\": {\"end\": \"18:00\"}}}");
		Answer hoursInverted = gateway.patch("/campaigns/voxo:123", "{\"schedule\": {\"callingHours\": {\"end\": \"08:00\"}}}");
		Answer datesInverted = gateway.patch("/campaigns/voxo:123", """
				{"schedule": {"endAt": "2026-11-30T12:00:00-06:00", "timezone": "America/Chicago"}}""");

		assertThat(later.status()).as(later.toString()).isEqualTo(200);
		voxo.verify(1, patchRequestedFor(urlEqualTo(PATH + "/123")).withRequestBody(equalToJson("{\"callHoursEnd\": \"18:00\"}")));
		assertThat(hoursInverted.status()).isEqualTo(422);
		assertThat(hoursInverted.pointers()).containsExactly("/schedule/callingHours/end");
		assertThat(datesInverted.pointers()).containsExactly("/schedule/endAt");
		voxo.verify(1, patchRequestedFor(urlEqualTo(PATH + "/123")));
		voxo.verify(3, getRequestedFor(urlEqualTo(PATH + "/123")));
	}

	@Test
	void aNewZoneAloneKeepsTheScheduleInstantsAndTheLocalCallingHours() {
		voxo.stubFor(get(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		voxo.stubFor(patch(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		Answer answer = gateway.patch("/campaigns/voxo:123", "{\"schedule\": {\"timezone\": \"America/New_York\"}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		// 09:00 and 17:00 in Chicago are 10:00 and 18:00 in New York
		voxo.verify(1, patchRequestedFor(urlEqualTo(PATH + "/123")).withRequestBody(equalToJson("""
				{"timezone": "America/New_York", "dateStart": "2026-12-01", "timeStart": "10:00",
				 "dateEnd": "2026-12-05", "timeEnd": "18:00"}""")));
	}

	@Test
	void aScheduleMoveThatReadsNothingWaitsForAZoneChangeThatReadTheOldSchedule() throws InterruptedException {
		voxo.stubFor(get(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))
			.withFixedDelay(1000)));
		voxo.stubFor(patch(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		ExecutorService callers = Executors.newFixedThreadPool(2);
		CompletableFuture<Answer> newZone = CompletableFuture.supplyAsync(() -> gateway.patch("/campaigns/voxo:123",
				"{\"schedule\": {\"timezone\": \"America/New_York\"}}"), callers);
		Thread.sleep(300); // the zone change is reading the campaign now
		CompletableFuture<Answer> moved = CompletableFuture.supplyAsync(() -> gateway.patch("/campaigns/voxo:123", """
				{"schedule": {"startAt": "2026-12-08T09:00:00-07:00", "endAt": "2026-12-12T17:00:00-07:00",
				              "timezone": "America/Denver"}}"""), callers);

		assertThat(List.of(newZone.join().status(), moved.join().status())).containsOnly(200);
		callers.shutdown();
		// the move lands after the zone change's write, which re-sent the dates it read: the move is what stays
		assertThat(voxo.getAllServeEvents().stream()
			.sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
			.map(event -> event.getRequest().getMethod().getName() + " " + event.getRequest().getBodyAsString()))
			.satisfiesExactly(read -> assertThat(read).startsWith("GET"),
					zoneWrite -> assertThat(zoneWrite).startsWith("PATCH").contains("America/New_York"),
					move -> assertThat(move).startsWith("PATCH").contains("America/Denver"));
	}

	/** VOXO changes the fields it is sent: renames of one campaign need no turn, so a slow one holds up none. */
	@Test
	void renamesOfOneCampaignGoOutTogether() {
		voxo.stubFor(patch(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))
			.withFixedDelay(1000)));

		ExecutorService callers = Executors.newFixedThreadPool(2);
		List<CompletableFuture<Answer>> renames = Stream.of("First", "Second")
			.map(name -> CompletableFuture.supplyAsync(() -> gateway.patch("/campaigns/voxo:123",
					"{\"name\": \"" + name + "\"}"), callers))
			.toList();

		assertThat(renames.stream().map(CompletableFuture::join).map(Answer::status)).containsOnly(200);
		callers.shutdown();
		List<Long> arrivals = voxo.getAllServeEvents().stream()
			.map(event -> event.getRequest().getLoggedDate().getTime()).sorted().toList();
		assertThat(arrivals).hasSize(2);
		assertThat(arrivals.get(1) - arrivals.get(0)).as("ms between the two PATCHes reaching VOXO").isLessThan(700);
	}

	@Test
	void statusChangeBecomesState() {
		voxo.stubFor(patch(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		gateway.patch("/campaigns/voxo:123", "{\"status\": \"active\"}");

		voxo.verify(1, patchRequestedFor(urlEqualTo(PATH + "/123")).withRequestBody(equalToJson("{\"state\": \"READY\"}", false, false)));
		assertThat(gateway.patch("/campaigns/voxo:123", "{\"status\": \"archived\"}").pointers()).containsExactly("/status");
	}

	@Test
	void movingTheScheduleWithoutAZoneReadsTheCampaignsZoneAndKeepsTheInstantAcrossDst() {
		voxo.stubFor(get(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		voxo.stubFor(patch(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		// 2026-11-01 is the end of daylight saving time in Chicago: 15:00Z is 09:00 CST, 08:00Z the day before is 03:00 CDT
		Answer answer = gateway.patch("/campaigns/voxo:123",
				"{\"schedule\": {\"startAt\": \"2026-10-31T08:00:00Z\", \"endAt\": \"2026-11-02T15:00:00Z\"}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		voxo.verify(1, getRequestedFor(urlEqualTo(PATH + "/123")));
		voxo.verify(1, patchRequestedFor(urlEqualTo(PATH + "/123")).withRequestBody(equalToJson("""
				{"dateStart": "2026-10-31", "timeStart": "03:00", "dateEnd": "2026-11-02", "timeEnd": "09:00"}""", false, false)));
	}

	@Test
	void readsACampaignToleratingVoxosTypes() {
		voxo.stubFor(get(urlEqualTo(PATH + "/123")).willReturn(okJson("""
				{"campaignId": 123, "name": "abc", "state": "READY", "enableVMDetect": "1", "recording": "no",
				 "callerId": "2025550143", "numbers": [{"number": "3125550178", "description": "Bo"}]}""")));

		Answer answer = gateway.get("/campaigns/voxo:123");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("id").asString()).isEqualTo("voxo:123");
		assertThat(answer.json().path("status").asString()).isEqualTo("active");
		assertThat(answer.json().path("voicemailDetection").path("enabled").asBoolean()).isTrue();
		assertThat(answer.json().path("recording").asBoolean()).isFalse();
		assertThat(answer.json().path("contacts").get(0).path("phoneNumber").asString()).isEqualTo("+13125550178");
	}

	@Test
	void anIdThatIsNotAPositiveNumberIsNotFoundWithoutCallingVoxo() {
		assertThat(gateway.get("/campaigns/voxo:abc").status()).isEqualTo(404);
		assertThat(gateway.get("/campaigns/voxo:0").status()).isEqualTo(404);
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void enforcesVoxosRulesBeforeSending() {
		Answer answer = gateway.post("/campaigns", """
				{"connection": "voxo", "name": "ab", "callerId": "+442071838750", "agent": {"voice": "x"},
				 "contacts": [{"phoneNumber": "+13125550178", "fields": {"color": "red"}}],
				 "pacing": {"secondsBetweenCalls": 5}, "contactLists": ["l1"], "callFlowUrl": "https://x.example"}""");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).contains("/name", "/callerId", "/agent", "/contactLists", "/callFlowUrl",
				"/pacing/secondsBetweenCalls", "/contacts/0/fields/color", "/schedule/startAt", "/schedule/timezone");
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void anUpdateTakesNeitherCustomFieldsNorClearsAndSaysWhichRuleApplies() {
		Answer answer = gateway.patch("/campaigns/voxo:123", """
				{"contacts": [{"phoneNumber": "+13125550178", "fields": {"field1": "Tuesday"}}],
				 "schedule": {"callingHours": null}, "providerOptions": {"message": null}}""");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().path("errors").findValuesAsString("code"))
			.containsExactlyInAnyOrder("unsupported-on-update", "not-clearable", "not-clearable");
		assertThat(answer.pointers())
			.containsExactlyInAnyOrder("/contacts/0/fields", "/schedule/callingHours", "/providerOptions/message");
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void mapsFeathersErrors() {
		voxo.stubFor(patch(urlEqualTo(PATH + "/5")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"name\": \"BadRequest\", \"message\": \"Validation failed\", \"code\": 400, \"className\": \"bad-request\","
					+ " \"errors\": {\"callerId\": \"bad\", \"dateStart\": \"bad\"}}")));
		voxo.stubFor(get(urlEqualTo(PATH + "/6")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"name\": \"NotFound\", \"message\": \"No record found\", \"code\": 404, \"className\": \"not-found\"}")));
		voxo.stubFor(get(urlEqualTo(PATH + "/7")).willReturn(aResponse().withStatus(500).withBody("{}")));

		Answer invalid = gateway.patch("/campaigns/voxo:5", "{\"message\": \"hi\"}");
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.type()).endsWith("/upstream-validation");
		assertThat(invalid.pointers()).containsExactlyInAnyOrder("/callerId", "/schedule/startAt");
		assertThat(gateway.get("/campaigns/voxo:6").status()).isEqualTo(404);
		assertThat(gateway.get("/campaigns/voxo:7").type()).endsWith("/upstream-error");
	}

	@Test
	void logsInOnFirstUseAndAgainOnceAfterA401() {
		voxo.stubFor(post("/authentication").inScenario("login").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"accessToken\": \"jwt-one\"}").withStatus(201)).willSetStateTo("second"));
		voxo.stubFor(post("/authentication").inScenario("login").whenScenarioStateIs("second")
			.willReturn(okJson("{\"accessToken\": \"jwt-two\"}").withStatus(201)));
		voxo.stubFor(get(urlEqualTo(PATH + "/9")).withHeader("Authorization", equalTo("Bearer jwt-one"))
			.willReturn(aResponse().withStatus(401).withBody("{\"name\": \"NotAuthenticated\", \"code\": 401}")));
		voxo.stubFor(get(urlEqualTo(PATH + "/9")).withHeader("Authorization", equalTo("Bearer jwt-two"))
			.willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		Answer answer = gateway.get("/campaigns/voxo-fresh:9", "X-Request-Id", "login-3");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		voxo.verify(2, postRequestedFor(urlEqualTo("/authentication")).withHeader("X-Request-Id", equalTo("login-3"))
			.withRequestBody(equalToJson(
				"{\"strategy\": \"local\", \"email\": \"new@example.com\", \"password\": \"voxo-fresh-password\"}")));
		voxo.verify(2, getRequestedFor(urlEqualTo(PATH + "/9")));
	}

	@Test
	void aStill401AfterTheFreshLoginIsTheGatewaysCredentialProblem() {
		voxo.stubFor(post("/authentication").willReturn(okJson("{\"accessToken\": \"jwt-stale\"}")));
		voxo.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"name\": \"NotAuthenticated\"}")));

		Answer answer = gateway.get("/campaigns/voxo-login:10");

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.type()).endsWith("/upstream-auth");
		assertThat(answer.raw().body()).doesNotContain("voxo-secret-password");
	}

	/** Whether the cached token is stale (from earlier tests) or absent, exactly one login serves all 20. */
	@Test
	void twentyConcurrentCallsShareOneLogin() {
		voxo.stubFor(post("/authentication").willReturn(okJson("{\"accessToken\": \"jwt-shared\"}").withFixedDelay(300)));
		voxo.stubFor(get(urlEqualTo(PATH + "/11")).atPriority(9).willReturn(aResponse().withStatus(401)));
		voxo.stubFor(get(urlEqualTo(PATH + "/11")).atPriority(1).withHeader("Authorization", equalTo("Bearer jwt-shared"))
			.willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		ExecutorService callers = Executors.newFixedThreadPool(20);
		List<CompletableFuture<Answer>> calls = IntStream.range(0, 20)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> gateway.get("/campaigns/voxo-login:11"), callers))
			.toList();

		assertThat(calls.stream().map(CompletableFuture::join).map(Answer::status)).containsOnly(200);
		callers.shutdown();
		voxo.verify(1, postRequestedFor(urlEqualTo("/authentication")));
	}

	@Test
	void dryRunMasksTheTokenAndSendsNothing() {
		Answer answer = gateway.post("/campaigns?dryRun=true", CREATE, "X-Request-Id", "plan-7");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("requests").get(0).path("headers").path("Authorization").asString()).isEqualTo("Bearer ***");
		assertThat(answer.json().path("requests").get(0).path("headers").path("X-Request-Id").asString()).isEqualTo("plan-7");
		assertThat(answer.json().path("requests").get(0).path("body").path("tenantId").asInt()).isEqualTo(42);
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void anEmptyPatchChangesNothingAndAnswersTheCampaignAsItIs() {
		voxo.stubFor(get(urlEqualTo(PATH + "/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));

		Answer plan = gateway.patch("/campaigns/voxo:123?dryRun=true", "{}");
		assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
		assertThat(plan.json().path("connection").asString()).isEqualTo("voxo");
		assertThat(plan.json().path("requests").isArray()).isTrue();
		assertThat(plan.json().path("requests").isEmpty()).isTrue();
		assertThat(voxo.getAllServeEvents()).isEmpty();

		Answer answer = gateway.patch("/campaigns/voxo:123", "{}");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("id").asString()).isEqualTo("voxo:123");
		voxo.verify(1, getRequestedFor(urlEqualTo(PATH + "/123")));
		voxo.verify(0, patchRequestedFor(anyUrl()));
	}

	@Test
	void movingTheScheduleOfACampaignWithoutAZoneAtVoxoNeedsTheZone() {
		voxo.stubFor(get(urlEqualTo(PATH + "/12")).willReturn(okJson("""
				{"id": 12, "tenantId": 42, "name": "No zone", "dateStart": "2026-12-01", "timeStart": "09:00", "timezone": null}""")));

		Answer answer = gateway.patch("/campaigns/voxo:12", "{\"schedule\": {\"startAt\": \"2026-12-02T09:00:00-06:00\"}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
		assertThat(answer.pointers()).containsExactly("/schedule/timezone");
		voxo.verify(0, patchRequestedFor(anyUrl()));
	}
}
