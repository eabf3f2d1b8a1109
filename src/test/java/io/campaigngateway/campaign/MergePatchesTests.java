package io.campaigngateway.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class MergePatchesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNode CAMPAIGN = JSON.readTree("""
			{"id": "voxo:1", "name": "Reminders", "status": "active",
			 "contacts": [{"phoneNumber": "+13125550178", "fields": {"field1": "Tuesday"}}],
			 "schedule": {"startAt": "2036-12-01T09:00:00-06:00", "timezone": "America/Chicago"},
			 "pacing": {"secondsBetweenCalls": 30}}""");

	@Test
	void aCampaignSentBackChangesNothing() {
		assertThat(changes(CAMPAIGN.toString())).isEmpty();
	}

	@Test
	void keepsOnlyWhatWouldChange() {
		ObjectNode changes = changes("""
				{"name": "Reminders", "status": "paused",
				 "schedule": {"startAt": "2036-12-01T15:00:00Z", "timezone": "America/New_York"}}""");

		assertThat(changes).isEqualTo(JSON.readTree("{\"status\": \"paused\", \"schedule\": {\"timezone\": \"America/New_York\"}}"));
	}

	@Test
	void comparesDateTimesAsInstantsNumbersByValueAndEmptyObjectsAsNothing() {
		assertThat(changes("{\"schedule\": {\"startAt\": \"2036-12-01T15:00:00.000Z\"}, \"pacing\": {\"secondsBetweenCalls\": 30.0}}"))
			.isEmpty();
		assertThat(changes("{\"contacts\": [{\"phoneNumber\": \"+13125550178\", \"fields\": {\"field1\": \"Tuesday\"}, \"name\": null}]}"))
			.isEmpty();
		assertThat(changes("{\"contacts\": [{\"phoneNumber\": \"+13125550178\"}]}")).as("a list is replaced whole")
			.isEqualTo(JSON.readTree("{\"contacts\": [{\"phoneNumber\": \"+13125550178\"}]}"));
	}

	@Test
	void aNullChangesOnlyWhatIsThere() {
		assertThat(changes("{\"message\": null, \"agent\": {\"firstLine\": null}, \"name\": null}"))
			.isEqualTo(JSON.readTree("{\"name\": null}"));
	}

	@Test
	void anEmptyListIsAValue() {
		assertThat(changes("{\"destinations\": [], \"agent\": {}}")).isEqualTo(JSON.readTree("{\"destinations\": []}"));
	}

	private static ObjectNode changes(String patch) {
		return MergePatches.changes((ObjectNode) JSON.readTree(patch), CAMPAIGN);
	}
}
