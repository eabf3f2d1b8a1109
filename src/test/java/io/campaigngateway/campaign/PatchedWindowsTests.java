package io.campaigngateway.campaign;

import static io.campaigngateway.support.Campaigns.patch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.campaigngateway.campaign.Campaign.CallingHours;
import io.campaigngateway.campaign.Campaign.Schedule;
import org.junit.jupiter.api.Test;

class PatchedWindowsTests {

	private static final Schedule CURRENT = new Schedule("2026-12-01T09:00:00-06:00", "2026-12-05T17:00:00-06:00",
			"America/Chicago", new CallingHours("09:00", "17:00"));

	private static List<String> problems(String patch, Schedule current) {
		return PatchedWindows.problems(patch(patch), current, "voxo").stream()
			.map(problem -> problem.pointer() + " " + problem.code())
			.toList();
	}

	@Test
	void oneEndIsKeptFromTheCampaignAndTheWindowChecked() {
		assertThat(PatchedWindows.callingHours(patch("{\"schedule\": {\"callingHours\": {\"end\": \"18:00\"}}}"),
				CURRENT.callingHours())).isEqualTo(new CallingHours("09:00", "18:00"));
		assertThat(problems("{\"schedule\": {\"callingHours\": {\"end\": \"18:00\"}}}", CURRENT)).isEmpty();
		assertThat(problems("{\"schedule\": {\"callingHours\": {\"start\": \"17:00\"}}}", CURRENT))
			.containsExactly("/schedule/callingHours/start order");
		assertThat(problems("{\"schedule\": {\"endAt\": \"2026-12-01T15:00:00Z\"}}", CURRENT))
			.containsExactly("/schedule/endAt order");
		assertThat(problems("{\"schedule\": {\"startAt\": \"2026-12-04T09:00:00-06:00\"}}", CURRENT)).isEmpty();
		assertThat(problems("{\"schedule\": {\"startAt\": \"2026-12-06T09:00:00-06:00\"}}", CURRENT))
			.containsExactly("/schedule/startAt order");
	}

	@Test
	void anEndNoOneGivesIsRequiredAndOneClearedAloneIsRefused() {
		assertThat(problems("{\"schedule\": {\"callingHours\": {\"end\": \"18:00\"}}}", null))
			.containsExactly("/schedule/callingHours/start required");
		assertThat(problems("{\"schedule\": {\"callingHours\": {\"start\": null, \"end\": \"18:00\"}}}", CURRENT))
			.containsExactly("/schedule/callingHours/start not-clearable");
		assertThat(problems("{\"schedule\": {\"endAt\": \"2026-12-01T15:00:00Z\"}}", null)).isEmpty();
	}

	@Test
	void onlyAPatchOfOneEndNeedsTheOther() {
		assertThat(PatchedWindows.movesOneEnd(patch("{\"schedule\": {\"callingHours\": {\"end\": \"18:00\"}}}"))).isTrue();
		assertThat(PatchedWindows.movesOneEnd(patch("{\"schedule\": {\"endAt\": \"2026-12-01T15:00:00Z\"}}"))).isTrue();
		assertThat(PatchedWindows.movesOneEnd(patch("""
				{"schedule": {"startAt": "2026-12-01T09:00:00Z", "endAt": "2026-12-02T09:00:00Z",
				              "callingHours": {"start": "08:00", "end": "18:00"}}}"""))).isFalse();
		assertThat(PatchedWindows.movesOneEnd(patch("{\"schedule\": {\"callingHours\": {}}, \"name\": \"x\"}"))).isFalse();
		assertThat(PatchedWindows.callingHours(patch("{\"schedule\": {\"callingHours\": null}}"), CURRENT.callingHours()))
			.isNull();
	}
}
