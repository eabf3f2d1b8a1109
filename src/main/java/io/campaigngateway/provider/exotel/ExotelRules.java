package io.campaigngateway.provider.exotel;

import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.PatchedWindows;
import io.campaigngateway.provider.spi.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Exotel's own limits (seed 003 and the create docs), checked before anything is sent. */
final class ExotelRules {

	static final int MAX_NUMBERS = 5_000;

	static final int MAX_LISTS = 5;

	private ExotelRules() {
	}

	static List<FieldProblem> check(Campaign c, CampaignPatch patch) {
		List<FieldProblem> problems = new ArrayList<>();
		if (patch == null) {
			if (c.callerId() == null) {
				problems.add(new FieldProblem("/callerId", "required", "is required by exotel (the account's ExoPhone)"));
			}
			if ((c.contacts() == null || c.contacts().isEmpty()) && (c.contactLists() == null || c.contactLists().isEmpty())) {
				problems.add(new FieldProblem("/contacts", "required", "exotel needs contacts or contactLists to call"));
			}
			if (c.status() != null && !"active".equals(c.status())) {
				problems.add(new FieldProblem("/status", "unsupported-value",
						"exotel creates campaigns active; pause one with a PATCH after creating it"));
			}
		}
		else {
			patch.clearedPointers().forEach(pointer -> problems.add(new FieldProblem(pointer, "not-clearable",
					"exotel cannot clear a field: send a new value instead")));
		}
		if (c.name() != null && c.name().length() <= 3) {
			problems.add(new FieldProblem("/name", "min-length", "must be longer than 3 characters for exotel"));
		}
		if (c.contacts() != null && c.contacts().size() > MAX_NUMBERS) {
			problems.add(new FieldProblem("/contacts", "max-items", "exotel takes at most " + MAX_NUMBERS + " numbers"));
		}
		if (c.contactLists() != null && c.contactLists().size() > MAX_LISTS) {
			problems.add(new FieldProblem("/contactLists", "max-items", "exotel takes at most " + MAX_LISTS + " lists"));
		}
		return problems;
	}

	/**
	 * The cross-field rules of an update once its {@code schedule} and {@code retries} are completed from the
	 * campaign as read: a patch may move one end of the schedule or raise the retries alone.
	 */
	static List<FieldProblem> checkCompleted(ObjectNode campaign, CampaignPatch patch) {
		JsonNode schedule = campaign.path("schedule");
		List<FieldProblem> problems = new ArrayList<>(PatchedWindows.problems(patch, new Campaign.Schedule(
				ExotelMapper.dateTime(Json.text(schedule, "send_at")), ExotelMapper.dateTime(Json.text(schedule, "end_at")),
				null, null), "exotel"));
		JsonNode retries = campaign.path("retries");
		Integer maxRetries = Json.integer(retries, "number_of_retries");
		if (patch.touches("retry") && maxRetries != null && maxRetries > 0 && Json.integer(retries, "interval_mins") == null) {
			problems.add(new FieldProblem("/retry/intervalMinutes", "required", "is required when maxRetries is above 0"));
		}
		return problems;
	}
}
