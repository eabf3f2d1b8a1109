package io.campaigngateway.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.campaigngateway.campaign.Campaign.CallingHours;
import io.campaigngateway.campaign.Campaign.Schedule;
import tools.jackson.databind.JsonNode;

/**
 * The two windows a patch may move one end of: the schedule ({@code startAt} to {@code endAt}) and the daily
 * calling hours. What a patch does not name stays (RFC 7396), so the other end is the campaign's as its provider
 * has it, and the window the two make is checked before anything is sent. Both ends named together are the
 * common rules' to check ({@link CampaignRules}).
 */
public final class PatchedWindows {

	private static final String HOURS = "/schedule/callingHours/";

	private PatchedWindows() {
	}

	/** Whether the patch moves one end of a window and not the other: the other must be read to check it. */
	public static boolean movesOneEnd(CampaignPatch patch) {
		Schedule moved = patch.values().schedule();
		boolean oneDate = moved != null && (moved.startAt() == null) != (moved.endAt() == null);
		return oneDate || namesOneHour(hoursNamed(patch));
	}

	/**
	 * The calling hours after the patch, for a patch that touches them: null when it clears them, and an end
	 * neither the patch nor the campaign gives is null.
	 */
	public static CallingHours callingHours(CampaignPatch patch, CallingHours current) {
		JsonNode named = hoursNamed(patch);
		if (!named.isObject()) {
			return null;
		}
		CallingHours given = Objects.requireNonNullElse(patch.values().schedule().callingHours(),
				new CallingHours(null, null));
		return new CallingHours(named.has("start") ? given.start() : current == null ? null : current.start(),
				named.has("end") ? given.end() : current == null ? null : current.end());
	}

	/** The problems of the windows the patch leaves on a campaign whose schedule is {@code current}. */
	public static List<FieldProblem> problems(CampaignPatch patch, Schedule current, String provider) {
		Schedule now = current == null ? new Schedule(null, null, null, null) : current;
		List<FieldProblem> problems = new ArrayList<>();
		dates(patch.values().schedule(), now, problems);
		hours(patch, now.callingHours(), provider, problems);
		return problems;
	}

	private static void dates(Schedule moved, Schedule now, List<FieldProblem> problems) {
		if (moved == null || (moved.startAt() == null) == (moved.endAt() == null)) {
			return;
		}
		boolean movesEnd = moved.endAt() != null;
		Optional<OffsetDateTime> start = CampaignRules.dateTime(movesEnd ? now.startAt() : moved.startAt());
		Optional<OffsetDateTime> end = CampaignRules.dateTime(movesEnd ? moved.endAt() : now.endAt());
		if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
			problems.add(movesEnd
					? new FieldProblem("/schedule/endAt", "order", "must be after the campaign's schedule.startAt, " + now.startAt())
					: new FieldProblem("/schedule/startAt", "order", "must be before the campaign's schedule.endAt, " + now.endAt()));
		}
	}

	private static void hours(CampaignPatch patch, CallingHours current, String provider, List<FieldProblem> problems) {
		JsonNode named = hoursNamed(patch);
		if (!named.isObject() || named.isEmpty()) {
			return;
		}
		CallingHours hours = callingHours(patch, current);
		int before = problems.size();
		missingHour(hours.start(), "start", named, provider, problems);
		missingHour(hours.end(), "end", named, provider, problems);
		if (problems.size() == before && namesOneHour(named) && hours.end().compareTo(hours.start()) <= 0) {
			problems.add(named.has("end")
					? new FieldProblem(HOURS + "end", "order", "must be after the campaign's callingHours.start, " + hours.start())
					: new FieldProblem(HOURS + "start", "order", "must be before the campaign's callingHours.end, " + hours.end()));
		}
	}

	private static void missingHour(String value, String end, JsonNode named, String provider, List<FieldProblem> problems) {
		if (value != null) {
			return;
		}
		problems.add(named.has(end)
				? new FieldProblem(HOURS + end, "not-clearable", "cannot be cleared alone: clear schedule.callingHours")
				: new FieldProblem(HOURS + end, "required", "is required: the campaign has none at " + provider + " to keep"));
	}

	private static boolean namesOneHour(JsonNode named) {
		return named.isObject() && named.has("start") != named.has("end");
	}

	private static JsonNode hoursNamed(CampaignPatch patch) {
		return patch.document().path("schedule").path("callingHours");
	}
}
