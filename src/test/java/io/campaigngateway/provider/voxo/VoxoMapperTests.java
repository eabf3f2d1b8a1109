package io.campaigngateway.provider.voxo;

import static io.campaigngateway.support.Campaigns.campaign;
import static io.campaigngateway.support.Campaigns.patch;
import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class VoxoMapperTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void createAddsTenantAndTech() {
		ObjectNode body = VoxoMapper.createBody(campaign("{\"name\": \"abc\"}"), 42, false);
		assertThat(body.path("tenantId").asLong()).isEqualTo(42);
		assertThat(body.path("tech").asString()).isEqualTo("VOICE");
		assertThat(body.path("name").asString()).isEqualTo("abc");
		assertThat(body.has("state")).isFalse();
	}

	@Test
	void statusBecomesState() {
		assertThat(VoxoMapper.updateBody(patch("{\"status\": \"paused\"}"), null, false, null).path("state").asString()).isEqualTo("PAUSED");
		assertThat(VoxoMapper.updateBody(patch("{\"status\": \"active\"}"), null, false, null).path("state").asString()).isEqualTo("READY");
	}

	@Test
	void callerIdLosesItsPlusOne() {
		assertThat(VoxoMapper.updateBody(patch("{\"callerId\": \"+12025550143\"}"), null, false, null).path("callerId").asString())
			.isEqualTo("2025550143");
	}

	@Test
	void scheduleBecomesLocalDatesAndTimesInTheCampaignsZone() {
		ObjectNode body = VoxoMapper.updateBody(patch("""
				{"schedule": {"startAt": "2026-12-01T15:00:00Z", "endAt": "2026-12-02T01:30:00+01:00",
				              "timezone": "America/Chicago", "callingHours": {"start": "08:00", "end": "20:00"}}}"""),
				"America/Chicago", false, null);
		assertThat(body.path("dateStart").asString()).isEqualTo("2026-12-01");
		assertThat(body.path("timeStart").asString()).isEqualTo("09:00");
		assertThat(body.path("dateEnd").asString()).isEqualTo("2026-12-01");
		assertThat(body.path("timeEnd").asString()).isEqualTo("18:30");
		assertThat(body.path("timezone").asString()).isEqualTo("America/Chicago");
		assertThat(body.path("callHoursStart").asString()).isEqualTo("08:00");
		assertThat(body.path("callHoursEnd").asString()).isEqualTo("20:00");
	}

	@Test
	void theInstantIsKeptAcrossTheSpringForwardGap() {
		// 2026-03-08 08:30Z is 03:30 CDT in Chicago (02:00–03:00 local does not exist that day)
		ObjectNode body = VoxoMapper.updateBody(patch("{\"schedule\": {\"startAt\": \"2026-03-08T08:30:00Z\"}}"),
				"America/Chicago", false, null);
		assertThat(body.path("timeStart").asString()).isEqualTo("03:30");
		Campaign back = VoxoMapper.toCampaign(MAPPER.readTree("""
				{"id": 1, "dateStart": "2026-03-08", "timeStart": "03:30", "timezone": "America/Chicago"}"""));
		assertThat(back.schedule().startAt()).isEqualTo("2026-03-08T03:30:00-05:00");
	}

	@Test
	void contactsBecomeNumbersWithDescriptionAndCustomFields() {
		ObjectNode body = VoxoMapper.createBody(patch("""
				{"contacts": [{"phoneNumber": "+13125550178", "name": "Ada", "fields": {"field2": "b", "field1": "a"}}]}""")
			.values(), 1, false);
		assertThat(body.path("numbers").get(0).toString())
			.isEqualTo("{\"number\":\"+13125550178\",\"description\":\"Ada\",\"field1\":\"a\",\"field2\":\"b\"}");
		assertThat(VoxoMapper.updateBody(patch("{\"contacts\": [{\"phoneNumber\": \"+13125550178\"}]}"), null, true, null)
			.path("numbers").get(0).path("number").asString()).isEqualTo("3125550178");
	}

	@Test
	void pacingRecordingVoicemailAndDestinations() {
		ObjectNode body = VoxoMapper.updateBody(patch("""
				{"pacing": {"secondsBetweenCalls": 15}, "recording": false, "message": "m",
				 "voicemailDetection": {"enabled": false, "onMachine": [{"type": "voicemail", "id": 3, "order": 2}],
				                        "onHuman": [{"type": "queue", "id": 4}]},
				 "destinations": [{"type": "extension", "id": 5, "order": 1}]}"""), null, false, null);
		assertThat(body.path("callFrequency").asInt()).isEqualTo(15);
		assertThat(body.path("recording").asString()).isEqualTo("no");
		assertThat(body.path("message").asString()).isEqualTo("m");
		assertThat(body.path("enableVMDetect").asString()).isEqualTo("0");
		assertThat(body.path("matchDestinations").get(0).toString()).isEqualTo("{\"id\":3,\"type\":\"voicemail\",\"order\":2}");
		assertThat(body.path("notMatchDestinations").get(0).path("id").asInt()).isEqualTo(4);
		assertThat(body.path("destinations").get(0).toString()).isEqualTo("{\"id\":5,\"type\":\"extension\",\"order\":1}");
	}

	@Test
	void readsVoxosConflictingTypes() {
		for (String flag : new String[] { "1", "\"1\"", "true" }) {
			Campaign c = VoxoMapper.toCampaign(MAPPER.readTree("{\"id\": 3, \"enableVMDetect\": " + flag + "}"));
			assertThat(c.voicemailDetection().enabled()).as(flag).isTrue();
		}
		assertThat(VoxoMapper.toCampaign(MAPPER.readTree("{\"campaignId\": 8}")).providerCampaignId()).isEqualTo("8");
		Campaign full = VoxoMapper.toCampaign(MAPPER.readTree(Fixtures.read("voxo/campaign-response.json")));
		assertThat(full.destinations().get(0).type()).isEqualTo("extension");
		assertThat(full.voicemailDetection().onMachine().get(0).id()).isEqualTo(7L);
		assertThat(full.pacing().secondsBetweenCalls()).isEqualTo(30);
		assertThat(full.contacts().get(0).fields()).containsEntry("field1", "Tuesday");
		Campaign plain = VoxoMapper.toCampaign(MAPPER.readTree("{\"id\": 4, \"numbers\": [{\"number\": \"3125550178\"}]}"));
		assertThat(plain.contacts().get(0).fields()).as("no custom fields, no empty object").isNull();
	}

	@Test
	void readsTimesWithSecondsAndDatesWithATimeAsTheDayAndTheClock() {
		Campaign c = VoxoMapper.toCampaign(MAPPER.readTree("""
				{"id": 5, "timezone": "America/Chicago", "dateStart": "2026-12-01", "timeStart": "09:00:00",
				 "dateEnd": "2026-12-05T00:00:00.000Z", "timeEnd": "17:30", "callHoursStart": "09:00:00", "callHoursEnd": "17:00"}"""));
		assertThat(c.schedule().startAt()).isEqualTo("2026-12-01T09:00:00-06:00");
		assertThat(c.schedule().endAt()).isEqualTo("2026-12-05T17:30:00-06:00");
		assertThat(c.schedule().callingHours()).isEqualTo(new Campaign.CallingHours("09:00", "17:00"));
	}

	@Test
	void whatCannotBeReadIsLeftOutNotGuessed() {
		Campaign noZone = VoxoMapper.toCampaign(MAPPER.readTree("""
				{"id": 6.0, "state": "WEIRD", "dateStart": "2026-12-01", "timeStart": "09:00", "callHoursStart": "9am"}"""));
		Campaign badDate = VoxoMapper.toCampaign(MAPPER.readTree("""
				{"id": 7, "state": "stopped", "timezone": "America/Chicago", "dateStart": "2026-13-45", "dateEnd": "2026-12-05"}"""));

		assertThat(noZone.providerCampaignId()).isEqualTo("6");
		assertThat(noZone.status()).as("an unknown state").isNull();
		assertThat(noZone.schedule().startAt()).as("a local time without its zone is no instant").isNull();
		assertThat(noZone.schedule().callingHours().start()).as("as VOXO gave it").isEqualTo("9am");
		assertThat(badDate.status()).isEqualTo("paused");
		assertThat(badDate.schedule().startAt()).isNull();
		assertThat(badDate.schedule().endAt()).as("midnight, local").isEqualTo("2026-12-05T00:00:00-06:00");
	}
}
