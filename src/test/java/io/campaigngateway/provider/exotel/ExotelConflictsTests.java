package io.campaigngateway.provider.exotel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 31 point 6: a 409 says what is true, in the caller's terms, with the instant that decided it. */
class ExotelConflictsTests {

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T02:00:00Z");

	private static final GatewayException EXOTELS = new GatewayException(ProblemType.CONFLICT,
			"The provider refused the change in the campaign's current state", "exotel answered 409: Conflict",
			List.of(new FieldProblem("/schedule/startAt", "upstream", "Only action and callbacks … after send_at")), null, null);

	@Test
	void aCampaignWithoutAScheduleStartedWhenItWasCreated() {
		assertThat(ExotelConflicts.started(ExotelMapperTests.data("{\"id\": \"x\", \"date_created\": \"2026-12-07 01:00:00\"}"), NOW))
			.contains("it started at 2026-12-07T01:00:00Z, when it was created, as it has no schedule.startAt");
		assertThat(ExotelConflicts.started(ExotelMapperTests.data("{\"id\": \"x\"}"), NOW))
			.contains("it started when it was created, as it has no schedule.startAt");
	}

	@Test
	void aScheduledCampaignStartsWhenItsStartAtPasses() {
		assertThat(ExotelConflicts.started(ExotelMapperTests.data(
				"{\"id\": \"x\", \"schedule\": {\"send_at\": \"2026-12-07T07:00:00+05:30\"}}"), NOW))
			.contains("its schedule.startAt, 2026-12-07T07:00:00+05:30, has passed");
		assertThat(ExotelConflicts.started(ExotelMapperTests.data(
				"{\"id\": \"x\", \"schedule\": {\"send_at\": \"2026-12-07T08:00:00+05:30\"}}"), NOW)).isEmpty();
	}

	@Test
	void lockedFieldsSayWhyInTheCallersNames() {
		GatewayException locked = ExotelConflicts.locked(List.of("/name"), "its schedule.startAt, 2026-12-07T07:00:00+05:30, has passed");

		assertThat(locked.type()).isEqualTo(ProblemType.CONFLICT);
		assertThat(locked.errors()).containsExactly(new FieldProblem("/name", "locked",
				"cannot change once the campaign has started: its schedule.startAt, 2026-12-07T07:00:00+05:30, has passed"));
		assertThat(locked.title() + locked.detail()).doesNotContain("send_at");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"paused|Completed|cannot pause a campaign that is completed: only an active campaign can be paused",
			"active|Completed|cannot resume a campaign that is completed: only a paused campaign can be resumed",
			"completed|InProgress|cannot complete a campaign that is active: only a paused campaign can be completed: pause it first",
			"archived|Failed|cannot archive a campaign that is completed (it failed): only a campaign that ran to its end can be archived" })
	void anActionRefusedInTheCampaignsStateSaysWhichActionAndState(String status, String state, String message) {
		GatewayException refused = ExotelConflicts.refused(EXOTELS, campaignIn(state),
				ExotelLifecycle.leadingTo(status).orElseThrow(), List.of(), NOW);

		assertThat(refused.errors()).containsExactly(new FieldProblem("/status", "state", message));
		assertThat(refused.detail()).isEqualTo(message);
	}

	@Test
	void whatTheCampaignDoesNotExplainStaysExotelsWordOnEveryChangedField() {
		GatewayException refused = ExotelConflicts.refused(EXOTELS, campaignIn("Paused"),
				ExotelLifecycle.leadingTo("active").orElseThrow(), List.of("/name"), NOW.minusYears(1));

		assertThat(refused.errors()).containsExactly(
				new FieldProblem("/status", "refused", "exotel refused to resume the campaign, which is paused"),
				new FieldProblem("/name", "refused", "exotel refused to change it in the campaign's current state"));
		assertThat(refused.detail()).isEqualTo("exotel answered 409: Conflict");
	}

	@Test
	void fieldsRefusedOnceTheCampaignHasStartedSaySo() {
		GatewayException refused = ExotelConflicts.refused(EXOTELS, campaignIn("InProgress"), null,
				List.of("/name", "/callbacks"), NOW);

		assertThat(refused.errors()).extracting(FieldProblem::pointer).containsExactly("/name");
		assertThat(refused.detail()).isEqualTo("cannot change once the campaign has started: "
				+ "its schedule.startAt, 2026-12-07T07:00:00+05:30, has passed");
	}

	private static ExotelApi.Campaign campaignIn(String state) {
		return ExotelMapperTests.data("""
				{"id": "x", "status": "%s", "schedule": {"send_at": "2026-12-07T07:00:00+05:30"}}""".formatted(state));
	}
}
