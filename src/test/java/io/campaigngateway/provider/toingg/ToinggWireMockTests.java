package io.campaigngateway.provider.toingg;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ToinggWireMockTests extends WireMockGatewayTest {

	private static final String ID = "668bd4e8a620ac9172c8d08b";

	static final String CREATE = """
			{"connection": "toingg", "name": "Renewal reminders",
			 "agent": {"voice": "Meera", "language": "english", "script": "%s", "firstLine": "Hello, this is Meera.",
			           "tone": "friendly", "postCallAnalysis": {"enabled": true, "schema": {"wantsRenewal": "boolean"}}},
			 "schedule": {"timezone": "Asia/Kolkata", "callingHours": {"start": "10:00", "end": "22:00"}},
			 "providerOptions": {"flowName": "renewals"}}""".formatted(Fixtures.SCRIPT);

	@Autowired
	ConnectionRegistry registry;

	/** What one test's requests teach the connection about Toingg's catalogues is not carried into the next. */
	@BeforeEach
	@AfterEach
	void noCatalogueKnown() {
		((ToinggProvider) registry.require("toingg").adapter()).catalogues().forget();
	}

	/** {@code get_campaigns} answers the array-shaped fixture, which holds the campaign {@link #ID}. */
	private void listsTheFixtureCampaigns() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json"))));
	}

	private void acceptsUpdates() {
		toingg.stubFor(post("/update_campaign").willReturn(okJson("{\"status\": true, \"result\": {}}")));
	}

	@Test
	void createsWithTheFlatModelAndTheBearerToken() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson("""
				{"status": true, "message": "created", "result": {"campaignId": "%s"}}""".formatted(ID))));

		Answer answer = gateway.post("/campaigns", CREATE, "X-Request-Id", "req-toingg-1");

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.header("Location")).isEqualTo("/campaigns/toingg:" + ID);
		assertThat(answer.json().path("id").asString()).isEqualTo("toingg:" + ID);
		assertThat(answer.json().path("agent").path("voice").asString()).isEqualTo("Meera");
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/"))
			.withHeader("Authorization", equalTo("Bearer tg-test-token-1"))
			.withHeader("X-Request-Id", equalTo("req-toingg-1"))
			.withRequestBody(equalToJson(Fixtures.read("toingg/create-request.json"), false, false)));
	}

	@Test
	void followsFastApisRedirectToTheSlashedPath() {
		toingg.stubFor(post("/create_campaign/").willReturn(aResponse().withStatus(307)
			.withHeader("Location", "/create_campaign/v2")));
		toingg.stubFor(post("/create_campaign/v2").willReturn(okJson("""
				{"status": true, "result": {"campaignId": "%s"}}""".formatted(ID))));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).isEqualTo(201);
		toingg.verify(1, postRequestedFor(urlEqualTo("/create_campaign/v2"))
			.withHeader("Authorization", equalTo("Bearer tg-test-token-1"))
			.withRequestBody(equalToJson(Fixtures.read("toingg/create-request.json"), false, false)));
	}

	@Test
	void partialPatchReadsTheModelAndSendsItWholeWithOnlyTheChangedField() {
		listsTheFixtureCampaigns();
		acceptsUpdates();

		Answer answer = gateway.patch("/campaigns/toingg:" + ID, "{\"agent\": {\"tone\": \"calm\"}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("agent").path("tone").asString()).isEqualTo("calm");
		assertThat(answer.json().path("agent").path("knowledgeBase").asString()).isEqualTo("kb-1");
		toingg.verify(1, getRequestedFor(urlPathEqualTo("/get_campaigns")).withHeader("Authorization", equalTo("Bearer tg-test-token-1")));
		toingg.verify(1, postRequestedFor(urlEqualTo("/update_campaign"))
			.withHeader("Authorization", equalTo("Bearer tg-test-token-1"))
			.withRequestBody(equalToJson(Fixtures.read("toingg/update-partial-request.json"), false, false)));
	}

	@Test
	void oneEndOfTheCallingHoursKeepsTheOtherFromTheCalendar() {
		listsTheFixtureCampaigns();
		acceptsUpdates();

		Answer answer = gateway.patch("/campaigns/toingg:" + ID, "{\"schedule\": {\"callingHours\": {\"end\": \"18:30\"}}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("schedule").path("callingHours").path("start").asString()).isEqualTo("10:00");
		toingg.verify(1, postRequestedFor(urlEqualTo("/update_campaign"))
			.withRequestBody(matchingJsonPath("$.campaignModelData.calendar", equalTo("10AM to 6:30PM IST"))));
	}

	@Test
	void oneEndOfTheCallingHoursThatLeavesNoWindowIsRefusedBeforeTheUpdate() {
		listsTheFixtureCampaigns();

		Answer late = gateway.patch("/campaigns/toingg:" + ID, "{\"schedule\": {\"callingHours\": {\"start\": \"22:30\"}}}");
		Answer cleared = gateway.patch("/campaigns/toingg:" + ID, "{\"schedule\": {\"callingHours\": {\"end\": null}}}");
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json")
			.replace("10Am to 10Pm IST", "weekdays, office hours"))));
		Answer unreadable = gateway.patch("/campaigns/toingg:" + ID, "{\"schedule\": {\"callingHours\": {\"end\": \"18:00\"}}}");

		assertThat(late.status()).isEqualTo(422);
		assertThat(late.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/schedule/callingHours/start");
		assertThat(late.json().path("errors").get(0).path("message").asString()).contains("22:00");
		assertThat(cleared.json().path("errors").get(0).path("code").asString()).isEqualTo("not-clearable");
		assertThat(unreadable.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/schedule/callingHours/start");
		assertThat(unreadable.json().path("errors").get(0).path("code").asString()).isEqualTo("required");
		toingg.verify(0, postRequestedFor(urlEqualTo("/update_campaign")));
	}

	@Test
	void concurrentPatchesOfOneCampaignEachReadTheModelAfterTheOtherWrote() {
		listsTheFixtureCampaigns();
		toingg.stubFor(post("/update_campaign").willReturn(okJson("{\"status\": true, \"result\": {}}").withFixedDelay(300)));

		ExecutorService callers = Executors.newFixedThreadPool(2);
		List<CompletableFuture<Answer>> patches = Stream.of("{\"name\": \"Renewals\"}", "{\"agent\": {\"tone\": \"calm\"}}")
			.map(body -> CompletableFuture.supplyAsync(() -> gateway.patch("/campaigns/toingg:" + ID, body), callers))
			.toList();

		assertThat(patches.stream().map(CompletableFuture::join).map(Answer::status)).containsOnly(200);
		callers.shutdown();
		// read, write, read, write: never two reads of the same model before a write (the second would undo the first)
		assertThat(toingg.getAllServeEvents().stream()
			.sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
			.map(event -> event.getRequest().getMethod().getName())).containsExactly("GET", "POST", "GET", "POST");
	}

	@Test
	void readsACampaignFromTheArrayShapedList() {
		listsTheFixtureCampaigns();

		Answer answer = gateway.get("/campaigns/toingg:" + ID);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("name").asString()).isEqualTo("Renewal reminders");
		assertThat(answer.json().path("schedule").path("callingHours").path("end").asString()).isEqualTo("22:00");
		assertThat(answer.json().path("schedule").path("timezone").asString()).isEqualTo("Asia/Kolkata");
		toingg.verify(getRequestedFor(urlEqualTo("/get_campaigns?skip=0&limit=100&sort=-1")));
	}

	@Test
	void readsACampaignFromTheObjectKeyedList() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-keyed.json"))));

		Answer answer = gateway.get("/campaigns/toingg:" + ID);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("name").asString()).isEqualTo("Keyed campaign");
		assertThat(answer.json().path("schedule").path("callingHours").path("start").asString()).isEqualTo("09:30");
		assertThat(answer.json().path("agent").path("postCallAnalysis").path("schema").path("sentiment").asString()).isEqualTo("string");
		assertThat(answer.json().path("providerOptions").path("systemPrompt").asString()).isEqualTo("be brief");
	}

	@Test
	void aCampaignMissingFromTheListIsNotFound() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson("{\"status\": true, \"result\": []}")));

		Answer answer = gateway.get("/campaigns/toingg:aaaaaaaaaaaaaaaaaaaaaaaa");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.type()).endsWith("/not-found");
	}

	@Test
	void aRedirectLoopIsFollowedThreeTimesThenAttributedToToingg() {
		toingg.stubFor(post("/create_campaign/").willReturn(aResponse().withStatus(307).withHeader("Location", "/create_campaign/")));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.type()).endsWith("/upstream-error");
		toingg.verify(4, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	void aFullPageOfOtherCampaignsIsFollowedByTheNextPage() {
		String others = aFullPageOfOthers();
		toingg.stubFor(get(urlEqualTo("/get_campaigns?skip=0&limit=100&sort=-1")).willReturn(okJson(others)));
		toingg.stubFor(get(urlEqualTo("/get_campaigns?skip=100&limit=100&sort=-1"))
			.willReturn(okJson(Fixtures.read("toingg/campaigns-array.json"))));

		Answer answer = gateway.get("/campaigns/toingg:" + ID);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("name").asString()).isEqualTo("Renewal reminders");
		toingg.verify(2, getRequestedFor(urlPathEqualTo("/get_campaigns")));
	}

	@Test
	void theSearchStopsAtItsBoundAndSaysSo() {
		String others = aFullPageOfOthers();
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(others)));

		Answer answer = gateway.get("/campaigns/toingg:" + ID);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
		assertThat(answer.json().path("detail").asString()).contains("among its newest 5000");
		toingg.verify(50, getRequestedFor(urlPathEqualTo("/get_campaigns")));
	}

	private static String aFullPageOfOthers() {
		return IntStream.range(0, 100)
			.mapToObj(i -> "{\"campId\": \"%024x\", \"campaignModelData\": {\"title\": \"Other %d\"}}".formatted(i + 1, i))
			.collect(Collectors.joining(",", "{\"status\": true, \"result\": [", "]}"));
	}

	@Test
	void aStatusFalseInA200IsARefusalNotASuccess() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson("""
				{"status": false, "message": "Voice not available on your plan", "result": {}}""")));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.type()).endsWith("/upstream-validation");
		assertThat(answer.json().path("detail").asString()).contains("Voice not available on your plan");
	}

	@Test
	void providerOptionsMustHaveTheTypesToinggDocuments() {
		Answer answer = gateway.post("/campaigns?dryRun=true", CREATE.replace("\"providerOptions\": {\"flowName\": \"renewals\"}",
				"\"providerOptions\": {\"flowName\": 3, \"maxCallTimeout\": \"300\", \"isFreeflow\": \"yes\", \"inactiveCallTimeout\": 20,"
						+ " \"postCallAnalysis\": \"yes\", \"postCallAnalysisSchema\": \"x\", \"calendar\": 5, \"undocumented\": 1}"));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).containsExactlyInAnyOrder("/providerOptions/flowName", "/providerOptions/maxCallTimeout",
				"/providerOptions/isFreeflow", "/providerOptions/postCallAnalysis", "/providerOptions/postCallAnalysisSchema",
				"/providerOptions/calendar", "/providerOptions/undocumented");
		assertThat(toingg.getAllServeEvents()).isEmpty();
	}

	@Test
	void aRequiredFieldCannotBeClearedThroughItsOptionEither() {
		Answer answer = gateway.patch("/campaigns/toingg:" + ID, "{\"providerOptions\": {\"script\": null, \"tone\": null}}");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).containsExactly("/providerOptions/script");
		assertThat(toingg.getAllServeEvents()).isEmpty();
	}

	@Test
	void providerOptionsMaySetAModelFieldTheCampaignCoversAndWinOverIt() {
		Answer answer = gateway.post("/campaigns?dryRun=true", CREATE.replace("\"providerOptions\": {\"flowName\": \"renewals\"}",
				"\"providerOptions\": {\"calendar\": \"Mon-Fri 10AM to 6PM IST\", \"title\": \"Renewals (weekdays)\"}"));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode sent = answer.json().path("requests").path(0).path("body");
		assertThat(sent.path("calendar").asString()).isEqualTo("Mon-Fri 10AM to 6PM IST");
		assertThat(sent.path("title").asString()).isEqualTo("Renewals (weekdays)");
		assertThat(sent.path("timeZone").asString()).isEqualTo("Asia/Kolkata");
	}

	@Test
	void anIdThatCannotBeAToinggIdIsNotFoundWithoutPagingTheList() {
		listsTheFixtureCampaigns();

		Answer read = gateway.get("/campaigns/toingg:668bd4e8a620ac9172c8d08");
		Answer update = gateway.patch("/campaigns/toingg:not-a-toingg-id", "{\"name\": \"Renamed\"}");

		assertThat(List.of(read.status(), update.status())).containsExactly(404, 404);
		assertThat(read.type()).endsWith("/not-found");
		assertThat(toingg.getAllServeEvents()).isEmpty();
	}

	@Test
	void mapsFastApiValidationErrorsBackToTheCallersFields() {
		toingg.stubFor(post("/create_campaign/").willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"detail": [{"loc": ["body", "script"], "msg": "too short", "type": "string_too_short"},
					            {"loc": ["body", "campaignModelData", "voice"], "msg": "unknown voice", "type": "value_error"}]}""")));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.type()).endsWith("/upstream-validation");
		assertThat(answer.pointers()).containsExactly("/agent/script", "/agent/voice");
		assertThat(answer.json().path("upstream").path("status").asInt()).isEqualTo(422);
	}

	@Test
	void aRejectedTokenIsTheGatewaysCredentialProblem() {
		toingg.stubFor(post("/create_campaign/").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Invalid token tg-test-token-1\"}")));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.type()).endsWith("/upstream-auth");
		assertThat(answer.raw().body()).doesNotContain("tg-test-token-1");
	}

	@Test
	void aServerErrorIsAttributedToTheProvider() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(aResponse().withStatus(500).withBody("boom")));

		Answer answer = gateway.get("/campaigns/toingg:" + ID);

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.type()).endsWith("/upstream-error");
		assertThat(answer.json().path("detail").asString()).contains("toingg");
		toingg.verify(1, getRequestedFor(urlPathEqualTo("/get_campaigns")));
	}

	@Test
	void malformedProviderJsonIsAnUpstreamError() {
		toingg.stubFor(post("/create_campaign/").willReturn(aResponse().withStatus(200).withBody("<html>oops")));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.type()).endsWith("/upstream-error");
	}

	@Test
	void dryRunShowsTheRequestWithTheTokenMaskedAndSendsNothing() {
		// the catalogues a dry run checks the voice against are already known (a cold dry run reads them: see
		// ToinggCatalogueWireMockTests): nothing at all reaches Toingg
		toingg.stubFor(get("/get_supported_voices").willReturn(okJson("{\"status\": true, \"result\": {\"voice\": [\"Meera\"]}}")));
		toingg.stubFor(get("/get_supported_languages").willReturn(okJson("{\"status\": true, \"result\": {\"languages\": [\"english\"]}}")));
		gateway.get("/connections/toingg/voices");
		gateway.get("/connections/toingg/languages");
		toingg.resetRequests();

		Answer answer = gateway.post("/campaigns?dryRun=true", CREATE);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("requests").get(0).path("url").asString()).endsWith("/create_campaign/");
		assertThat(answer.json().path("requests").get(0).path("headers").path("Authorization").asString()).isEqualTo("Bearer ***");
		assertThat(answer.json().path("requests").get(0).path("body").path("calendar").asString()).isEqualTo("10AM to 10PM IST");
		assertThat(answer.raw().body()).doesNotContain("tg-test-token-1");
		assertThat(toingg.getAllServeEvents()).isEmpty();
	}

	@Test
	void aPatchDryRunReadsTheModelAndShowsTheWholeUpdateWithoutSendingIt() {
		listsTheFixtureCampaigns();

		Answer answer = gateway.patch("/campaigns/toingg:" + ID + "?dryRun=true", "{\"agent\": {\"tone\": \"calm\"}}",
				"X-Request-Id", "plan-9");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode update = answer.json().path("requests").get(1);
		assertThat(update.path("url").asString()).endsWith("/update_campaign");
		assertThat(update.path("body").path("campaignModelData").path("tone").asString()).isEqualTo("calm");
		assertThat(update.path("body").path("campaignModelData").path("knowledgeBase").asString()).isEqualTo("kb-1");
		assertThat(answer.json().path("requests").findValuesAsString("X-Request-Id")).containsExactly("plan-9", "plan-9");
		toingg.verify(1, getRequestedFor(urlPathEqualTo("/get_campaigns")).withHeader("X-Request-Id", equalTo("plan-9")));
		toingg.verify(0, postRequestedFor(urlEqualTo("/update_campaign")));
	}

	@Test
	void refusesFieldsToinggCannotCarryAndShortScriptsWithoutCallingIt() {
		Answer answer = gateway.post("/campaigns", """
				{"connection": "toingg", "name": "x", "agent": {"voice": "Meera", "language": "english", "script": "short"},
				 "callerId": "+12025550143", "retry": {"maxRetries": 1, "intervalMinutes": 5}, "status": "active"}""");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).contains("/callerId", "/retry", "/status", "/agent/script");
		assertThat(toingg.getAllServeEvents()).isEmpty();
	}

	@Test
	void aNumberReadFromToinggIsNeverBentButAnUpstreamErrorNamingTheField() {
		for (String bent : List.of("30.5", "1e12", "\"3.9\"")) {
			toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json")
				.replace("\"timeZone\": \"Asia/Kolkata\"", "\"timeZone\": \"Asia/Kolkata\", \"maxCallTimeout\": " + bent))));

			Answer answer = gateway.get("/campaigns/toingg:" + ID);

			assertThat(answer.status()).as(bent).isEqualTo(502);
			assertThat(answer.type()).endsWith("/upstream-error");
			assertThat(answer.json().path("detail").asString()).contains("'" + ID + ".maxCallTimeout'");
		}
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json")
			.replace("\"timeZone\": \"Asia/Kolkata\"", "\"timeZone\": \"Asia/Kolkata\", \"maxCallTimeout\": \"300\""))));
		assertThat(gateway.get("/campaigns/toingg:" + ID).json().path("providerOptions").path("maxCallTimeout").asInt())
			.as("a whole number sent as a string is still that number").isEqualTo(300);
	}

	@Test
	void aBadNumberInAnotherCampaignOfThePageDoesNotStopAReadOfThisOne() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json")
			.replace("\"script\": \"x\"", "\"script\": \"x\", \"inactiveCallTimeout\": 2.5"))));

		assertThat(gateway.get("/campaigns/toingg:" + ID).status()).isEqualTo(200);
	}

	@Test
	void aWholeModelUpdateSendsBackWhatTheGatewayDoesNotModel() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json")
			.replace("\"timeZone\": \"Asia/Kolkata\"", "\"timeZone\": \"Asia/Kolkata\", \"flowName\": \"renewals\","
					+ " \"isFreeflow\": false, \"voiceSpeed\": 1.25, \"dialer\": {\"concurrency\": 3}"))));
		acceptsUpdates();

		Answer answer = gateway.patch("/campaigns/toingg:" + ID, "{\"name\": \"Renamed\"}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		toingg.verify(1, postRequestedFor(urlEqualTo("/update_campaign"))
			.withRequestBody(matchingJsonPath("$.campaignModelData.title", equalTo("Renamed")))
			.withRequestBody(matchingJsonPath("$.campaignModelData.flowName", equalTo("renewals")))
			.withRequestBody(matchingJsonPath("$.campaignModelData.isFreeflow", equalTo("false")))
			.withRequestBody(matchingJsonPath("$.campaignModelData.voiceSpeed", equalTo("1.25")))
			.withRequestBody(matchingJsonPath("$.campaignModelData.dialer.concurrency", equalTo("3"))));
	}

	@Test
	void anUpdateAnsweredWithToinggsUntypedStringIsASuccess() {
		listsTheFixtureCampaigns();
		toingg.stubFor(post("/update_campaign").willReturn(okJson("\"string\"")));

		Answer answer = gateway.patch("/campaigns/toingg:" + ID, "{\"agent\": {\"tone\": \"calm\"}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
	}

	@Test
	void onlyAnEnvelopeSayingFalseTurnsAChangeToinggMadeIntoAnError() {
		listsTheFixtureCampaigns();
		toingg.stubFor(post("/update_campaign").willReturn(okJson("{\"status\": \"success\", \"message\": {\"n\": 1}}")));
		toingg.stubFor(post("/create_campaign/").willReturn(okJson("""
				{"status": "ok", "message": ["created"], "result": {"campaignId": "%s"}}""".formatted(ID))));

		Answer updated = gateway.patch("/campaigns/toingg:" + ID, "{\"agent\": {\"tone\": \"calm\"}}");
		Answer created = gateway.post("/campaigns", CREATE);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	@Test
	void anUpdateRefusedWithStatusFalseIsARefusal() {
		listsTheFixtureCampaigns();
		toingg.stubFor(post("/update_campaign").willReturn(okJson("{\"status\": false, \"message\": \"Campaign is running\"}")));

		Answer answer = gateway.patch("/campaigns/toingg:" + ID, "{\"agent\": {\"tone\": \"calm\"}}");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().path("detail").asString()).contains("Campaign is running");
	}

	@Test
	void aCreateAnswerWithoutTheNewIdIsAnUpstreamError() {
		toingg.stubFor(post("/create_campaign/").willReturn(okJson("{\"status\": true, \"result\": {}}")));

		Answer answer = gateway.post("/campaigns", CREATE);

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.json().path("detail").asString()).contains("result.campaignId");
	}

	@Test
	void aWholeNumberOptionMustBeWhole() {
		Answer answer = gateway.post("/campaigns?dryRun=true", CREATE.replace("\"flowName\": \"renewals\"",
				"\"maxCallTimeout\": 30.5, \"inactiveCallTimeout\": 3000000000"));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).containsExactly("/providerOptions/maxCallTimeout", "/providerOptions/inactiveCallTimeout");
	}

	@Test
	void listsVoicesAndLanguagesFromToingg() {
		toingg.stubFor(get("/get_supported_voices").willReturn(okJson("{\"status\": true, \"result\": {\"voice\": [\"Meera\", \"Aarav\"]}}")));
		toingg.stubFor(get("/get_supported_languages").willReturn(okJson("{\"status\": true, \"result\": {\"languages\": [\"english\", \"hindi\"]}}")));

		assertThat(gateway.get("/connections/toingg/voices").json().path("voices").toString()).isEqualTo("[\"Meera\",\"Aarav\"]");
		assertThat(gateway.get("/connections/toingg/languages").json().path("languages").size()).isEqualTo(2);
		assertThat(gateway.get("/connections/voxo/voices").status()).isEqualTo(404);
	}
}
