package io.campaigngateway.provider.exotel;

import static io.campaigngateway.support.Campaigns.campaign;
import static io.campaigngateway.support.Campaigns.patch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import org.junit.jupiter.api.Test;

/** Exotel's own limits (provider reference, seed 003), checked before anything is sent. */
class ExotelRulesTests {

	private static List<String> create(String json) {
		return ExotelRules.check(campaign(json), null).stream().map(FieldProblem::pointer).toList();
	}

	private static List<String> update(String json) {
		CampaignPatch patch = patch(json);
		return ExotelRules.check(patch.values(), patch).stream().map(FieldProblem::pointer).toList();
	}

	@Test
	void aCreateNeedsACallerIdAndSomeoneToCallAndStartsActive() {
		assertThat(create("{\"name\": \"Spring sale\"}")).containsExactly("/callerId", "/contacts");
		assertThat(create("{\"callerId\": \"+914466667777\", \"contactLists\": [\"l1\"]}")).isEmpty();
		assertThat(create("{\"callerId\": \"+914466667777\", \"contacts\": [{\"phoneNumber\": \"+919876543210\"}]}")).isEmpty();
		assertThat(create("{\"callerId\": \"+914466667777\", \"contacts\": [], \"contactLists\": []}")).containsExactly("/contacts");
		assertThat(create("{\"callerId\": \"+914466667777\", \"contactLists\": [\"l1\"], \"status\": \"paused\"}"))
			.containsExactly("/status");
	}

	@Test
	void namesLongerThanThreeAtMostFiveListsAnd5000Numbers() {
		String fiveLists = "\"contactLists\": [\"a\", \"b\", \"c\", \"d\", \"e\"]";
		assertThat(update("{\"name\": \"Sale\", " + fiveLists + "}")).isEmpty();
		assertThat(update("{\"name\": \"Ads\", \"contactLists\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]}"))
			.containsExactly("/name", "/contactLists");
		String contact = "{\"phoneNumber\": \"+919876543210\"}";
		assertThat(update("{\"contacts\": [" + String.join(",", Collections.nCopies(ExotelRules.MAX_NUMBERS, contact)) + "]}"))
			.isEmpty();
		assertThat(update("{\"contacts\": [" + String.join(",", Collections.nCopies(ExotelRules.MAX_NUMBERS + 1, contact)) + "]}"))
			.containsExactly("/contacts");
	}

	@Test
	void anUpdateCannotClearAField() {
		assertThat(update("{\"message\": null, \"schedule\": {\"endAt\": null}, \"name\": \"Spring sale\"}"))
			.containsExactly("/message", "/schedule/endAt");
	}

	@Test
	void retriesCompletedFromTheCampaignAsReadStillNeedAnInterval() {
		String asRead = """
				{"schedule": {"send_at": "2027-01-01T10:00:00+05:30"}, "retries": {"number_of_retries": 2}}""";

		assertThat(completed(asRead, "{\"retry\": {\"maxRetries\": 2}}"))
			.extracting(FieldProblem::pointer).containsExactly("/retry/intervalMinutes");
		assertThat(completed(asRead, "{\"name\": \"Spring sale\"}")).as("retries untouched").isEmpty();
		asRead = asRead.replace("\"number_of_retries\": 2", "\"number_of_retries\": 0");
		assertThat(completed(asRead, "{\"retry\": {\"maxRetries\": 0}}")).isEmpty();
		asRead = asRead.replace("\"number_of_retries\": 0", "\"number_of_retries\": 1, \"interval_mins\": 5");
		assertThat(completed(asRead, "{\"retry\": {\"maxRetries\": 1}}")).isEmpty();
	}

	/** The rules of an update completed from the campaign as read. */
	private static List<FieldProblem> completed(String asRead, String json) {
		CampaignPatch patch = patch(json);
		return ExotelRules.checkCompleted(ExotelMapper.updateCampaign(patch.values(), ExotelMapperTests.data(asRead)), patch);
	}
}
