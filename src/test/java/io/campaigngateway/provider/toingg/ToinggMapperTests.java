package io.campaigngateway.provider.toingg;

import static io.campaigngateway.support.Campaigns.campaign;
import static io.campaigngateway.support.Campaigns.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.Campaign.CallingHours;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.toingg.ToinggApi.CampaignModel;
import io.campaigngateway.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ToinggMapperTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void nameBecomesTitle() {
		assertThat(body(campaign("{\"name\": \"Renewals\"}")).path("title").asString()).isEqualTo("Renewals");
	}

	@Test
	void agentFieldsKeepTheirNames() {
		ObjectNode body = body(campaign("""
				{"agent": {"voice": "Meera", "language": "hindi", "script": "s", "firstLine": "Hi", "tone": "warm",
				           "purpose": "p", "knowledgeBase": "kb"}}"""));
		assertThat(body.path("voice").asString()).isEqualTo("Meera");
		assertThat(body.path("language").asString()).isEqualTo("hindi");
		assertThat(body.path("script").asString()).isEqualTo("s");
		assertThat(body.path("firstLine").asString()).isEqualTo("Hi");
		assertThat(body.path("tone").asString()).isEqualTo("warm");
		assertThat(body.path("purpose").asString()).isEqualTo("p");
		assertThat(body.path("knowledgeBase").asString()).isEqualTo("kb");
	}

	@Test
	void postCallAnalysisIsSplitIntoFlagAndSchema() {
		ObjectNode body = body(campaign(
				"{\"agent\": {\"postCallAnalysis\": {\"enabled\": true, \"schema\": {\"mood\": \"string\"}}}}"));
		assertThat(body.path("postCallAnalysis").asBoolean()).isTrue();
		assertThat(body.path("postCallAnalysisSchema").path("mood").asString()).isEqualTo("string");
	}

	@Test
	void absentFieldsGetTheSeedsBlanks() {
		ObjectNode body = body(campaign("{\"name\": \"n\"}"));
		assertThat(body.path("purpose").asString()).isEmpty();
		assertThat(body.path("calendar").asString()).isEmpty();
		assertThat(body.path("postCallAnalysis").asBoolean()).isFalse();
		assertThat(body.path("postCallAnalysisSchema").isObject()).isTrue();
		assertThat(body.has("timeZone")).isFalse();
	}

	@Test
	void callingHoursAndZoneBecomeCalendarAndTimeZone() {
		ObjectNode body = body(campaign(
				"{\"schedule\": {\"timezone\": \"Asia/Kolkata\", \"callingHours\": {\"start\": \"10:00\", \"end\": \"22:00\"}}}"));
		assertThat(body.path("calendar").asString()).isEqualTo("10AM to 10PM IST");
		assertThat(body.path("timeZone").asString()).isEqualTo("Asia/Kolkata");
	}

	@Test
	void calendarWritesMinutesNoonAndMidnight() {
		assertThat(ToinggCalendar.write(new CallingHours("00:00", "12:30"), "America/Chicago")).isEqualTo("12AM to 12:30PM CST");
		assertThat(ToinggCalendar.write(new CallingHours("09:15", "17:00"), null)).isEqualTo("9:15AM to 5PM UTC");
	}

	@Test
	void calendarReadsToinggsOwnSpelling() {
		assertThat(ToinggCalendar.read("10Am to 10Pm IST")).isEqualTo(new CallingHours("10:00", "22:00"));
		assertThat(ToinggCalendar.read("9:30AM to 6PM")).isEqualTo(new CallingHours("09:30", "18:00"));
		assertThat(ToinggCalendar.read("weekdays only")).isNull();
	}

	@Test
	void documentedExtraFieldsPassThroughProviderOptions() {
		ObjectNode body = body(campaign("""
				{"providerOptions": {"flowName": "f", "systemPrompt": "p", "maxCallTimeout": 300,
				                     "inactiveCallTimeout": 20, "isFreeflow": true, "timeZone": "UTC"}}"""));
		assertThat(body.path("flowName").asString()).isEqualTo("f");
		assertThat(body.path("systemPrompt").asString()).isEqualTo("p");
		assertThat(body.path("maxCallTimeout").asInt()).isEqualTo(300);
		assertThat(body.path("inactiveCallTimeout").asInt()).isEqualTo(20);
		assertThat(body.path("isFreeflow").asBoolean()).isTrue();
		assertThat(body.path("timeZone").asString()).isEqualTo("UTC");
	}

	@Test
	void anUpdateMergesThePostCallAnalysisSchemaKeyByKey() {
		ObjectNode current = (ObjectNode) model().deepCopy();
		current.set("postCallAnalysisSchema", MAPPER.readTree("{\"wantsRenewal\": \"boolean\", \"reason\": \"string\"}"));
		ObjectNode body = update("abc", current, patch("""
				{"agent": {"postCallAnalysis": {"schema": {"reason": null, "callbackAt": "string"}}}}"""));
		assertThat(body.path("campaignModelData").path("postCallAnalysisSchema"))
			.isEqualTo(MAPPER.readTree("{\"wantsRenewal\": \"boolean\", \"callbackAt\": \"string\"}"));
	}

	@Test
	void anUpdateKeepsEveryFieldThePatchDoesNotMention() {
		JsonNode current = model();
		ObjectNode body = update("abc", current, patch("{\"name\": \"Renamed\"}"));
		assertThat(body.path("campId").asString()).isEqualTo("abc");
		JsonNode model = body.path("campaignModelData");
		assertThat(model.path("title").asString()).isEqualTo("Renamed");
		assertThat(model.path("knowledgeBase").asString()).isEqualTo("kb-1");
		assertThat(model.path("calendar").asString()).isEqualTo("10Am to 10Pm IST");
		assertThat(model.path("timeZone").asString()).isEqualTo("Asia/Kolkata");
	}

	@Test
	void anUpdateOfTheZoneRewritesTheCalendarFromTheCurrentHours() {
		JsonNode model = update("abc", model(), patch("{\"schedule\": {\"timezone\": \"UTC\"}}"))
			.path("campaignModelData");
		assertThat(model.path("calendar").asString()).isEqualTo("10AM to 10PM UTC");
		assertThat(model.path("timeZone").asString()).isEqualTo("UTC");
	}

	@Test
	void clearingAnOptionalFieldSendsItsBlank() {
		JsonNode model = update("abc", model(), patch("{\"agent\": {\"purpose\": null}}"))
			.path("campaignModelData");
		assertThat(model.path("purpose").asString()).isEmpty();
		assertThat(model.path("voice").asString()).isEqualTo("Meera");
	}

	@Test
	void clearingASeedFieldThroughItsOptionSendsItsBlankInItsPlace() {
		ObjectNode current = ((ObjectNode) model()).put("flowName", "renewals");
		JsonNode model = update("abc", current, patch("{\"providerOptions\": {\"calendar\": null, \"flowName\": null}}"))
			.path("campaignModelData");

		assertThat(model.path("calendar").isString()).isTrue();
		assertThat(model.path("calendar").asString()).isEmpty();
		assertThat(model.has("flowName")).isFalse();
		assertThat(model.path("voice").asString()).isEqualTo("Meera");
	}

	@Test
	void findsAModelInEitherListShape() {
		ToinggCampaignList array = ToinggCampaignList.of(answer(Fixtures.read("toingg/campaigns-array.json")));
		ToinggCampaignList keyed = ToinggCampaignList.of(answer(Fixtures.read("toingg/campaigns-keyed.json")));
		assertThat(array.model("668bd4e8a620ac9172c8d08b").title()).isEqualTo("Renewal reminders");
		assertThat(keyed.model("668bd4e8a620ac9172c8d08b").title()).isEqualTo("Keyed campaign");
		assertThat(array.has("ffffffffffffffffffffffff")).isFalse();
	}

	@Test
	void readsAModelBackIntoTheNormalizedShape() {
		Campaign c = ToinggMapper.toCampaign("abc", record(model()));
		assertThat(c.providerCampaignId()).isEqualTo("abc");
		assertThat(c.name()).isEqualTo("Renewal reminders");
		assertThat(c.agent().knowledgeBase()).isEqualTo("kb-1");
		assertThat(c.agent().postCallAnalysis().enabled()).isFalse();
		assertThat(c.schedule().callingHours()).isEqualTo(new CallingHours("10:00", "22:00"));
	}

	@Test
	void aCalendarThatCallingHoursCannotSayIsReadBackAsTheOptionThatSetIt() {
		ObjectNode weekdays = ((ObjectNode) model()).put("calendar", "Mon-Fri 10AM to 6PM IST");

		Campaign c = ToinggMapper.toCampaign("abc", record(weekdays));

		assertThat(c.schedule().callingHours()).isNull();
		assertThat(c.providerOptions()).containsEntry("calendar", "Mon-Fri 10AM to 6PM IST");
		Campaign readable = ToinggMapper.toCampaign("abc", record(model()));
		assertThat(readable.schedule().callingHours()).isNotNull();
		assertThat(readable.providerOptions()).as("no options left to show").isNull();
	}

	@Test
	void mapsFastApiLocationsToPointers() {
		assertThat(ToinggErrors.pointer(MAPPER.readTree("[\"body\", \"campaignModelData\", \"script\"]"))).isEqualTo("/agent/script");
		assertThat(ToinggErrors.pointer(MAPPER.readTree("[\"body\", \"title\"]"))).isEqualTo("/name");
		assertThat(ToinggErrors.pointer(MAPPER.readTree("[\"body\", \"flowName\"]"))).isEqualTo("/providerOptions/flowName");
		assertThat(ToinggErrors.pointer(MAPPER.readTree("[\"query\", \"limit\"]"))).isNull();
	}

	@Test
	void fieldsTheGatewayDoesNotModelSurviveAWholeModelUpdate() {
		ObjectNode current = ((ObjectNode) model().deepCopy()).put("flowName", "renewals").put("voiceSpeed", 1.25);
		current.putObject("dialer").put("concurrency", 3);

		JsonNode sent = update("abc", current, patch("{\"name\": \"Renamed\"}")).path("campaignModelData");

		assertThat(sent.path("title").asString()).isEqualTo("Renamed");
		assertThat(sent.path("flowName").asString()).isEqualTo("renewals");
		assertThat(sent.path("voiceSpeed").decimalValue()).isEqualByComparingTo("1.25");
		assertThat(sent.path("dialer")).isEqualTo(MAPPER.readTree("{\"concurrency\": 3}"));
	}

	@Test
	void aCreateSendsEverySeedFieldInTheSeedsOrderAndNoNewerFieldItWasNotGiven() {
		ObjectNode body = body(campaign("{\"name\": \"n\"}"));

		assertThat(body.propertyNames()).containsExactly("title", "voice", "language", "script", "purpose",
				"knowledgeBase", "calendar", "firstLine", "tone", "postCallAnalysis", "postCallAnalysisSchema");
	}

	@Test
	void newerFieldsReadBackAsTheOptionsThatSetThem() {
		ObjectNode current = ((ObjectNode) model().deepCopy()).put("flowName", "f").put("maxCallTimeout", 300)
			.put("isFreeflow", true).put("systemPrompt", "p").put("inactiveCallTimeout", 20);

		Campaign c = ToinggMapper.toCampaign("abc", record(current));

		assertThat(c.providerOptions()).containsExactly(entry("flowName", "f"), entry("systemPrompt", "p"),
				entry("maxCallTimeout", 300), entry("inactiveCallTimeout", 20), entry("isFreeflow", true));
		assertThat(c.schedule().timezone()).as("timeZone is a Campaign field, not an option").isEqualTo("Asia/Kolkata");
	}

	@Test
	void blankTextsReadBackAsAbsentAndAnEmptySchemaAsNone() {
		ObjectNode current = ((ObjectNode) model().deepCopy()).put("purpose", "").put("tone", "");

		Campaign c = ToinggMapper.toCampaign("abc", record(current));

		assertThat(c.agent().purpose()).isNull();
		assertThat(c.agent().tone()).isNull();
		assertThat(c.agent().postCallAnalysis().schema()).isNull();
		assertThat(c.agent().postCallAnalysis().enabled()).isFalse();
	}

	@Test
	void aModelWithNothingTheCampaignShowsReadsBackAsJustItsId() {
		Campaign c = ToinggMapper.toCampaign("abc", record(MAPPER.readTree("{\"title\": \"\", \"calendar\": \"  \"}")));

		assertThat(c.providerCampaignId()).isEqualTo("abc");
		assertThat(c.name()).isNull();
		assertThat(c.agent()).isNull();
		assertThat(c.schedule()).isNull();
		assertThat(c.providerOptions()).isNull();
	}

	@Test
	void errorPointersComeFromTheModelDeclaration() {
		for (ToinggFields.Spec spec : ToinggFields.ALL) {
			String pointer = ToinggErrors.pointer(MAPPER.readTree("[\"body\", \"" + spec.name() + "\"]"));
			assertThat(pointer).as(spec.name()).isEqualTo(spec.carries().isEmpty() ? "/providerOptions/" + spec.name()
					: "/" + spec.carries().replace('.', '/'));
		}
		assertThat(ToinggErrors.pointer(MAPPER.readTree("[\"body\", \"calendar\"]"))).isEqualTo("/schedule/callingHours");
		assertThat(ToinggErrors.pointer(MAPPER.readTree("[\"body\", \"timeZone\"]"))).isEqualTo("/schedule/timezone");
		assertThat(ToinggErrors.pointer(MAPPER.readTree("[\"body\", \"campaignModelData\", \"postCallAnalysis\"]")))
			.isEqualTo("/agent/postCallAnalysis/enabled");
	}

	@Test
	void theCarriedFieldsAreThoseTheModelDeclares() {
		assertThat(ToinggProvider.CAPABILITIES.fields()).containsExactly("name", "schedule.timezone",
				"schedule.callingHours", "schedule.callingHours.start", "schedule.callingHours.end", "agent", "agent.voice",
				"agent.language", "agent.script", "agent.firstLine", "agent.tone", "agent.purpose", "agent.knowledgeBase",
				"agent.postCallAnalysis", "agent.postCallAnalysis.enabled", "agent.postCallAnalysis.schema",
				"providerOptions");
	}

	@Test
	void theOptionNamesAreTheModelsFields() {
		assertThat(ToinggProvider.CAPABILITIES.optionNames()).containsExactlyInAnyOrder("title", "voice", "language",
				"script", "purpose", "knowledgeBase", "calendar", "firstLine", "tone", "postCallAnalysis",
				"postCallAnalysisSchema", "timeZone", "flowName", "systemPrompt", "maxCallTimeout",
				"inactiveCallTimeout", "isFreeflow");
	}

	static ObjectNode body(Campaign campaign) {
		return MAPPER.valueToTree(ToinggMapper.createModel(campaign));
	}

	static ObjectNode update(String campId, JsonNode current, CampaignPatch patch) {
		return MAPPER.valueToTree(ToinggMapper.updateRequest(campId, record(current), patch));
	}

	static CampaignModel record(JsonNode model) {
		return MAPPER.treeToValue(model, CampaignModel.class);
	}

	static ProviderResponse answer(String json) {
		return new ProviderResponse(200, new HttpHeaders(), MAPPER.readTree(json), true);
	}

	private static JsonNode model() {
		return MAPPER.readTree(Fixtures.read("toingg/campaigns-array.json")).path("result").get(1).path("campaignModelData");
	}
}
