package io.campaigngateway.provider.exotel;

import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.PatchedWindows;

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
	 * campaign as read ({@link ExotelMapper#updateCampaign}): a patch may move one end of the schedule or raise the
	 * retries alone. Exotel needs {@code interval_mins} whenever {@code number_of_retries} is sent (seed 003).
	 */
	static List<FieldProblem> checkCompleted(ExotelApi.Campaign campaign, CampaignPatch patch) {
		ExotelApi.Schedule schedule = campaign.schedule() == null ? new ExotelApi.Schedule(null, null) : campaign.schedule();
		List<FieldProblem> problems = new ArrayList<>(PatchedWindows.problems(patch,
				new Campaign.Schedule(ExotelTime.rfc3339(schedule.send_at()), ExotelTime.rfc3339(schedule.end_at()),
						null, null), "exotel"));
		ExotelApi.Retries retries = campaign.retries();
		if (patch.touches("retry") && retries != null && retries.number_of_retries() != null && retries.interval_mins() == null) {
			problems.add(new FieldProblem("/retry/intervalMinutes", "required",
					"is required: exotel needs it whenever retry.maxRetries is sent, and the campaign has none to keep"));
		}
		return problems;
	}

}
