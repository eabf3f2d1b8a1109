package io.campaigngateway.provider.voxo;

import static io.campaigngateway.support.Campaigns.campaign;
import static io.campaigngateway.support.Campaigns.patch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.voxo.VoxoApi.CreateCampaignRequest;
import io.campaigngateway.provider.voxo.VoxoApi.UpdateCampaignRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The normalized campaign into VOXO's requests: one test per mapping rule, no HTTP. */
class VoxoMapperTests {

	private static UpdateCampaignRequest update(String patch) {
		return VoxoMapper.updateRequest(patch(patch), null, false, null);
	}

	private static JsonNode json(Record request) {
		return Json.tree(request);
	}

	@Test
	void createAddsTenantAndTech() {
		CreateCampaignRequest request = VoxoMapper.createRequest(campaign("{\"name\": \"abc\"}"), 42, false);
		JsonNode body = json(request);
		assertThat(body.path("tenantId").asLong()).isEqualTo(42);
		assertThat(body.path("tech").asString()).isEqualTo("VOICE");
		assertThat(body.path("name").asString()).isEqualTo("abc");
		assertThat(body.has("state")).isFalse();
		assertThat(body.properties()).as("the fields at the top level, nothing null").hasSize(3);
	}

	@Test
	void anUpdateCarriesOnlyWhatThePatchTouchesAndNoTech() {
		assertThat(json(update("{\"message\": \"m\"}")).toString()).isEqualTo("{\"message\":\"m\"}");
		assertThat(update("{\"name\": \"abc\"}").tech()).isNull();
	}

	@Test
	void statusBecomesState() {
		assertThat(update("{\"status\": \"paused\"}").state()).isEqualTo("PAUSED");
		assertThat(update("{\"status\": \"active\"}").state()).isEqualTo("READY");
	}

	@Test
	void callerIdLosesItsPlusOne() {
		assertThat(update("{\"callerId\": \"+12025550143\"}").callerId()).isEqualTo("2025550143");
	}

	@Test
	void aCallerIdThatIsNotNorthAmericanIsSentAsGivenForVoxoToJudgeNeverDropped() {
		assertThat(update("{\"callerId\": \"+442071838750\"}").callerId()).isEqualTo("+442071838750");
	}

	@Test
	void scheduleBecomesLocalDatesAndTimesInTheCampaignsZone() {
		UpdateCampaignRequest body = VoxoMapper.updateRequest(patch("""
				{"schedule": {"startAt": "2026-12-01T15:00:00Z", "endAt": "2026-12-02T01:30:00+01:00",
				              "timezone": "America/Chicago", "callingHours": {"start": "08:00", "end": "20:00"}}}"""),
				"America/Chicago", false, null);
		assertThat(body.dateStart()).isEqualTo("2026-12-01");
		assertThat(body.timeStart()).isEqualTo("09:00");
		assertThat(body.dateEnd()).isEqualTo("2026-12-01");
		assertThat(body.timeEnd()).isEqualTo("18:30");
		assertThat(body.timezone()).isEqualTo("America/Chicago");
		assertThat(body.callHoursStart()).isEqualTo("08:00");
		assertThat(body.callHoursEnd()).isEqualTo("20:00");
	}

	@Test
	void aNewZoneAloneSendsTheScheduleAgainAsLocalTimesOfTheNewZone() {
		Campaign.Schedule current = new Campaign.Schedule("2026-12-01T09:00:00-06:00", "2026-12-05T17:00:00-06:00",
				"America/Chicago", null);
		UpdateCampaignRequest body = VoxoMapper.updateRequest(patch("{\"schedule\": {\"timezone\": \"America/New_York\"}}"),
				"America/New_York", false, current);
		assertThat(json(body)).isEqualTo(Json.tree(Map.of("timezone", "America/New_York", "dateStart", "2026-12-01",
				"timeStart", "10:00", "dateEnd", "2026-12-05", "timeEnd", "18:00")));
		assertThat(VoxoMapper.updateRequest(patch("{\"schedule\": {\"timezone\": \"America/Chicago\"}}"), "America/Chicago",
				false, current).dateStart()).as("the same zone moves nothing").isNull();
	}

	@Test
	void theInstantIsKeptAcrossTheSpringForwardGap() {
		// 2026-03-08 08:30Z is 03:30 CDT in Chicago (02:00–03:00 local does not exist that day)
		UpdateCampaignRequest body = VoxoMapper.updateRequest(patch("{\"schedule\": {\"startAt\": \"2026-03-08T08:30:00Z\"}}"),
				"America/Chicago", false, null);
		assertThat(body.timeStart()).isEqualTo("03:30");
		Campaign back = VoxoAnswersTests.toCampaign("""
				{"id": 1, "dateStart": "2026-03-08", "timeStart": "03:30", "timezone": "America/Chicago"}""");
		assertThat(back.schedule().startAt()).isEqualTo("2026-03-08T03:30:00-05:00");
	}

	@Test
	void contactsBecomeNumbersWithDescriptionAndCustomFields() {
		CreateCampaignRequest body = VoxoMapper.createRequest(patch("""
				{"contacts": [{"phoneNumber": "+13125550178", "name": "Ada", "fields": {"field2": "b", "field1": "a"}}]}""")
			.values(), 1, false);
		assertThat(json(body.campaign().numbers().get(0)).toString())
			.isEqualTo("{\"number\":\"+13125550178\",\"description\":\"Ada\",\"field1\":\"a\",\"field2\":\"b\"}");
		assertThat(update("{\"contacts\": [{\"phoneNumber\": \"+13125550178\"}]}").numbers().get(0).number())
			.isEqualTo("+13125550178");
		assertThat(VoxoMapper.updateRequest(patch("{\"contacts\": [{\"phoneNumber\": \"+13125550178\"}]}"), null, true, null)
			.numbers().get(0).number()).as("number-format: national").isEqualTo("3125550178");
	}

	@Test
	void eachOfTheNineCustomFieldsGoesToTheFieldOfItsName() {
		CreateCampaignRequest body = VoxoMapper.createRequest(campaign("""
				{"contacts": [{"phoneNumber": "+13125550178", "fields": {"field1": "v1", "field2": "v2", "field3": "v3",
				 "field4": "v4", "field5": "v5", "field6": "v6", "field7": "v7", "field8": "v8", "field9": "v9"}}]}"""), 1, false);
		JsonNode number = json(body.campaign().numbers().get(0));
		for (int i = 1; i <= 9; i++) {
			assertThat(number.path("field" + i).asString()).isEqualTo("v" + i);
		}
	}

	@Test
	void pacingRecordingVoicemailAndDestinations() {
		UpdateCampaignRequest body = update("""
				{"pacing": {"secondsBetweenCalls": 15}, "recording": false, "message": "m",
				 "voicemailDetection": {"enabled": false, "onMachine": [{"type": "voicemail", "id": 3, "order": 2}],
				                        "onHuman": [{"type": "queue", "id": 4}]},
				 "destinations": [{"type": "extension", "id": 5, "order": 1}]}""");
		assertThat(body.callFrequency()).isEqualTo(15);
		assertThat(body.recording()).isEqualTo("no");
		assertThat(update("{\"recording\": true}").recording()).isEqualTo("yes");
		assertThat(body.message()).isEqualTo("m");
		assertThat(body.enableVMDetect()).isEqualTo("0");
		assertThat(update("{\"voicemailDetection\": {\"enabled\": true}}").enableVMDetect()).isEqualTo("1");
		assertThat(json(body.matchDestinations().get(0)).toString()).isEqualTo("{\"id\":3,\"type\":\"voicemail\",\"order\":2}");
		assertThat(json(body.notMatchDestinations().get(0)).toString()).isEqualTo("{\"id\":4,\"type\":\"queue\"}");
		assertThat(json(body.destinations().get(0)).toString()).isEqualTo("{\"id\":5,\"type\":\"extension\",\"order\":1}");
	}
}
