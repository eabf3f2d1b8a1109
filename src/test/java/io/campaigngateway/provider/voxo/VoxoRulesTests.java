package io.campaigngateway.provider.voxo;

import static io.campaigngateway.support.Campaigns.campaign;
import static io.campaigngateway.support.Campaigns.patch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import org.junit.jupiter.api.Test;

/** VOXO's own rules (seed 002), checked before anything is sent. */
class VoxoRulesTests {

	private static List<String> create(String json) {
		return VoxoRules.check(campaign(json), null).stream().map(FieldProblem::pointer).toList();
	}

	private static List<String> update(String json) {
		CampaignPatch patch = patch(json);
		return VoxoRules.check(patch.values(), patch).stream().map(FieldProblem::pointer).toList();
	}

	@Test
	void aCreateNeedsNameCallerIdContactsAndTheWholeSchedule() {
		assertThat(create("{}")).containsExactly("/name", "/callerId", "/contacts", "/schedule/startAt", "/schedule/endAt",
				"/schedule/timezone");
		assertThat(create("""
				{"name": "Spring sale", "callerId": "+12025550143", "contacts": [{"phoneNumber": "+12025550100"}],
				 "schedule": {"startAt": "2027-01-01T10:00:00-05:00", "endAt": "2027-01-02T18:00:00-05:00",
				              "timezone": "America/New_York"}}""")).isEmpty();
		assertThat(create("{\"contacts\": []}")).contains("/contacts");
	}

	@Test
	void anUpdateNeedsNoneOfThemButCannotClearAField() {
		assertThat(update("{\"message\": \"hi\"}")).isEmpty();
		assertThat(update("{\"message\": null, \"recording\": null}")).containsExactly("/message", "/recording");
	}

	@Test
	void namesOfThreeOrMoreActiveOrPausedAndANorthAmericanCallerId() {
		assertThat(update("{\"name\": \"Ads\", \"status\": \"paused\", \"callerId\": \"+12025550143\"}")).isEmpty();
		assertThat(update("{\"name\": \"Ad\", \"status\": \"completed\", \"callerId\": \"+442071838750\"}"))
			.containsExactly("/name", "/status", "/callerId");
	}

	@Test
	void customFieldsAreField1ToField9AndOnlyOnCreate() {
		String contacts = "\"contacts\": [{\"phoneNumber\": \"+12025550100\", \"fields\": {\"field1\": \"a\", \"field9\": \"b\", \"field10\": \"c\"}}]";

		assertThat(create("{" + contacts + "}")).contains("/contacts/0/fields/field10").doesNotContain(
				"/contacts/0/fields/field1", "/contacts/0/fields/field9");
		assertThat(update("{" + contacts + "}")).containsExactly("/contacts/0/fields");
	}
}
