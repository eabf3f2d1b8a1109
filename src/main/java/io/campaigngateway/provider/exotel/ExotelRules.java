package io.campaigngateway.provider.exotel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.provider.Json;
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
		List<FieldProblem> problems = new ArrayList<>();
		JsonNode schedule = campaign.path("schedule");
		boolean movesStart = patch.touches("schedule.startAt");
		boolean movesEnd = patch.touches("schedule.endAt");
		if (movesStart != movesEnd) { // both moved together: CampaignRules has checked their order
			String sendAt = Json.text(schedule, "send_at");
			String endAt = Json.text(schedule, "end_at");
			Optional<OffsetDateTime> start = ExotelMapper.instant(sendAt);
			Optional<OffsetDateTime> end = ExotelMapper.instant(endAt);
			if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
				problems.add(movesEnd
						? new FieldProblem("/schedule/endAt", "order", "must be after the campaign's schedule.startAt, " + sendAt)
						: new FieldProblem("/schedule/startAt", "order", "must be before the campaign's schedule.endAt, " + endAt));
			}
		}
		JsonNode retries = campaign.path("retries");
		Integer maxRetries = Json.integer(retries, "number_of_retries");
		if (patch.touches("retry") && maxRetries != null && maxRetries > 0 && Json.integer(retries, "interval_mins") == null) {
			problems.add(new FieldProblem("/retry/intervalMinutes", "required", "is required when maxRetries is above 0"));
		}
		return problems;
	}
}
