package io.campaigngateway.provider.exotel;

import static io.campaigngateway.support.Campaigns.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an update sends once the campaign is read: only what changes (issue 33: a campaign sent back as read changes
 * nothing), the action only for another status (issue 31 point 5), and nothing locked once started.
 */
class ExotelUpdatesTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T02:00:00Z");

	private static final ExotelApi.Campaign AS_READ = ExotelMapperTests.data("""
			{"id": "x", "name": "Delivery", "status": "Created", "caller_id": "+918047123456", "from": ["+919876543210"],
			 "schedule": {"send_at": "2099-12-01T09:00:00+05:30", "end_at": "2099-12-01T18:00:00+05:30"},
			 "retries": {"number_of_retries": 2, "interval_mins": 10}, "mode": "custom", "throttle": 5}""");

	private static final ExotelApi.Campaign STARTED = ExotelMapperTests.data("""
			{"id": "x", "name": "Delivery", "status": "InProgress", "date_created": "2026-12-07 01:00:00"}""");

	private static ExotelUpdates.Plan plan(ExotelApi.Campaign asRead, String patch) {
		return ExotelUpdates.plan(patch(patch), asRead, ExotelEnvelope.Form.WRAPPED, NOW);
	}

	@Test
	void aCampaignSentBackAsReadChangesNothing() {
		ExotelUpdates.Plan plan = plan(AS_READ, """
				{"name": "Delivery", "status": "active", "callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}],
				 "schedule": {"startAt": "2099-12-01T03:30:00Z", "endAt": "2099-12-01T18:00:00+05:30"},
				 "retry": {"maxRetries": 2, "intervalMinutes": 10}, "pacing": {"callsPerMinute": 5}}""");

		assertThat(plan.fields().isEmpty()).as("the same instant in another offset is no change").isTrue();
		assertThat(plan.changed()).isEmpty();
	}

	@Test
	void onlyWhatChangesIsSentAndTheActionOnlyForAnotherStatus() {
		ExotelUpdates.Plan plan = plan(AS_READ, "{\"name\": \"Delivery 2\", \"status\": \"active\", \"pacing\": {\"callsPerMinute\": 5}}");

		assertThat(plan.fields()).isEqualTo(MAPPER.readTree("{\"name\": \"Delivery 2\"}"));
		assertThat(plan.action()).isNull();
		assertThat(plan(AS_READ, "{\"name\": \"Delivery 2\", \"status\": \"paused\"}").fields())
			.isEqualTo(MAPPER.readTree("{\"name\": \"Delivery 2\", \"action\": \"pause\"}"));
	}

	@Test
	void anUnchangedLockedFieldOfAStartedCampaignIsNoError() {
		ExotelUpdates.Plan plan = plan(STARTED, "{\"name\": \"Delivery\", \"status\": \"paused\"}");

		assertThat(plan.fields()).isEqualTo(MAPPER.readTree("{\"action\": \"pause\"}"));
	}

	@Test
	void aChangedLockedFieldOfAStartedCampaignIsRefusedWithTheInstantThatDecidedIt() {
		assertThatThrownBy(() -> plan(STARTED, "{\"name\": \"Delivery 2\", \"callbacks\": {\"callStatus\": \"https://h.example/1\"}}"))
			.isInstanceOfSatisfying(GatewayException.class, locked -> {
				assertThat(locked.type()).isEqualTo(ProblemType.CONFLICT);
				assertThat(locked.errors()).containsExactly(new FieldProblem("/name", "locked", "cannot change once the "
						+ "campaign has started: it started at 2026-12-07T01:00:00Z, when it was created, as it has no schedule.startAt"));
			});
	}

	@Test
	void aRetryCountWhoseIntervalCannotBeFoundIsInvalid() {
		assertThatThrownBy(() -> plan(ExotelMapperTests.data("{\"id\": \"x\", \"schedule\": {\"send_at\": \"2099-12-01T09:00:00Z\"}}"),
				"{\"retry\": {\"maxRetries\": 2}}"))
			.isInstanceOfSatisfying(GatewayException.class, invalid -> {
				assertThat(invalid.type()).isEqualTo(ProblemType.VALIDATION);
				assertThat(invalid.errors()).extracting(FieldProblem::pointer).containsExactly("/retry/intervalMinutes");
				assertThat(invalid.errors().get(0).message()).contains("exotel needs it");
			});
	}
}
