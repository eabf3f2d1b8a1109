package io.campaigngateway.provider.voxo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/** VOXO's campaign answer, read strictly into its wire record and then into the normalized campaign: no HTTP. */
class VoxoAnswersTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	static ProviderResponse answer(String json) {
		return new ProviderResponse(200, new HttpHeaders(), MAPPER.readTree(json), true);
	}

	static Campaign toCampaign(String json) {
		return VoxoAnswers.toCampaign(VoxoAnswers.campaign(answer(json)));
	}

	private static GatewayException refusal(String json) {
		return catchThrowableOfType(GatewayException.class, () -> toCampaign(json));
	}

	@Test
	void readsVoxosConflictingTypes() {
		for (String flag : new String[] { "1", "\"1\"", "true" }) {
			Campaign c = toCampaign("{\"id\": 3, \"enableVMDetect\": " + flag + "}");
			assertThat(c.voicemailDetection().enabled()).as(flag).isTrue();
		}
		for (String flag : new String[] { "0", "\"0\"", "false" }) {
			assertThat(toCampaign("{\"id\": 3, \"enableVMDetect\": " + flag + "}").voicemailDetection().enabled()).as(flag)
				.isFalse();
		}
		assertThat(toCampaign("{\"campaignId\": 8}").providerCampaignId()).isEqualTo("8");
		Campaign full = toCampaign(Fixtures.read("voxo/campaign-response.json"));
		assertThat(full.destinations().get(0).type()).isEqualTo("extension");
		assertThat(full.voicemailDetection().onMachine().get(0).id()).isEqualTo(7L);
		assertThat(full.pacing().secondsBetweenCalls()).isEqualTo(30);
		assertThat(full.contacts().get(0).fields()).containsEntry("field1", "Tuesday");
		Campaign plain = toCampaign("{\"id\": 4, \"numbers\": [{\"number\": \"3125550178\"}]}");
		assertThat(plain.contacts().get(0).fields()).as("no custom fields, no empty object").isNull();
	}

	@Test
	void readsTheWholeFixtureIntoTheNormalizedShape() {
		Campaign full = toCampaign(Fixtures.read("voxo/campaign-response.json"));
		assertThat(full.providerCampaignId()).isEqualTo("123");
		assertThat(full.name()).isEqualTo("Appointment reminders");
		assertThat(full.status()).isEqualTo("paused");
		assertThat(full.callerId()).isEqualTo("+12025550143");
		assertThat(full.contacts()).containsExactly(new Campaign.Contact("+13125550178", "Ada",
				Map.of("field1", "Tuesday")));
		assertThat(full.schedule()).isEqualTo(new Campaign.Schedule("2026-12-01T09:00:00-06:00",
				"2026-12-05T17:00:00-06:00", "America/Chicago", new Campaign.CallingHours("09:00", "17:00")));
		assertThat(full.recording()).isTrue();
		assertThat(full.voicemailDetection()).isEqualTo(new Campaign.VoicemailDetection(true,
				List.of(new Campaign.Destination("voicemail", 7L, 1)), null));
		assertThat(full.destinations()).containsExactly(new Campaign.Destination("extension", 9L, 0));
		assertThat(full.message()).isEqualTo("Your appointment is on Tuesday.");
	}

	@Test
	void destinationsInTheRequestShapeAreReadToo() {
		Campaign c = toCampaign("{\"id\": 2, \"destinations\": [{\"id\": 5, \"type\": \"queue\", \"order\": 1}]}");
		assertThat(c.destinations()).containsExactly(new Campaign.Destination("queue", 5L, 1));
	}

	@Test
	void readsTimesWithSecondsAndDatesWithATimeAsTheDayAndTheClock() {
		Campaign c = toCampaign("""
				{"id": 5, "timezone": "America/Chicago", "dateStart": "2026-12-01", "timeStart": "09:00:00",
				 "dateEnd": "2026-12-05T00:00:00.000Z", "timeEnd": "17:30", "callHoursStart": "09:00:00", "callHoursEnd": "17:00"}""");
		assertThat(c.schedule().startAt()).isEqualTo("2026-12-01T09:00:00-06:00");
		assertThat(c.schedule().endAt()).isEqualTo("2026-12-05T17:30:00-06:00");
		assertThat(c.schedule().callingHours()).isEqualTo(new Campaign.CallingHours("09:00", "17:00"));
	}

	@Test
	void whatCannotBeReadIsLeftOutNotGuessed() {
		Campaign noZone = toCampaign("""
				{"id": 6.0, "state": "WEIRD", "dateStart": "2026-12-01", "timeStart": "09:00", "callHoursStart": "9am"}""");
		Campaign badDate = toCampaign("""
				{"id": 7, "state": "stopped", "timezone": "America/Chicago", "dateStart": "2026-13-45", "dateEnd": "2026-12-05"}""");

		assertThat(noZone.providerCampaignId()).isEqualTo("6");
		assertThat(noZone.status()).as("an unknown state").isNull();
		assertThat(noZone.schedule().startAt()).as("a local time without its zone is no instant").isNull();
		assertThat(noZone.schedule().callingHours().start()).as("as VOXO gave it").isEqualTo("9am");
		assertThat(badDate.status()).isEqualTo("paused");
		assertThat(badDate.schedule().startAt()).isNull();
		assertThat(badDate.schedule().endAt()).as("midnight, local").isEqualTo("2026-12-05T00:00:00-06:00");
	}

	@Test
	void aCampaignWithNothingReportedHasNoEmptyObjects() {
		Campaign bare = toCampaign("""
				{"id": 9, "name": null, "numbers": null, "destinations": [], "matchDestinations": [], "enableVMDetect": null,
				 "recording": "", "timezone": null, "callFrequency": null}""");
		assertThat(bare).isEqualTo(new Campaign(null, null, null, "9", null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null));
	}

	/** Issue 31 point 9: a number is never bent, and the 502 names VOXO's field. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"id\": 1, \"callFrequency\": 3.9}|callFrequency",
			"{\"id\": 1, \"callFrequency\": 1e12}|callFrequency", "{\"id\": 1.5}|id", "{\"id\": \"abc\"}|id",
			"{\"id\": 1e30}|id", "{\"id\": 1, \"destinations\": [{\"id\": 2.5}]}|destinations[0].id",
			"{\"id\": 1, \"matchDestinations\": [{\"id\": 1, \"order\": 1.5}]}|matchDestinations[0].order",
			"{\"id\": 1, \"enableVMDetect\": 2}|enableVMDetect", "{\"id\": 1, \"enableVMDetect\": \"maybe\"}|enableVMDetect",
			"{\"id\": 1, \"recording\": \"sometimes\"}|recording", "{\"id\": 1, \"numbers\": [{\"number\": \"3125550178\", \"field1\": {\"a\": 1}}]}|numbers[0].field1",
			"{\"id\": 1, \"numbers\": {\"number\": \"3125550178\"}}|numbers" })
	void aNumberOrFlagThatCannotBeReadExactlyIsA502NamingTheField(String answer, String field) {
		GatewayException refused = refusal(answer);
		assertThat(refused.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
		assertThat(refused.detail()).contains("its field '" + field + "' cannot be read");
	}

	@Test
	void fieldsTheCampaignDoesNotCarryAreNotReadSoTheyCannotFailARead() {
		assertThat(toCampaign("{\"id\": 1, \"callDelay\": 1.5, \"dialtimeout\": \"soon\", \"tenantId\": 4.2}")
			.providerCampaignId()).isEqualTo("1");
	}

	@Test
	void anAnswerWithoutAnIdOrNotAnObjectIsNoCampaign() {
		assertThat(refusal("{\"name\": \"x\"}").detail()).contains("not a campaign");
		assertThat(refusal("[{\"id\": 1}]").detail()).contains("not a campaign");
		assertThatThrownBy(() -> VoxoAnswers.campaign(new ProviderResponse(200, new HttpHeaders(), null, false)))
			.isInstanceOf(GatewayException.class);
	}
}
