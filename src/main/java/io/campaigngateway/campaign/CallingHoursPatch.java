package io.campaigngateway.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.campaigngateway.campaign.Campaign.CallingHours;
import tools.jackson.databind.JsonNode;

/**
 * The calling hours a patch leaves on a campaign. A patch may name one end (RFC 7396: what it does not name
 * stays), so the other comes from the campaign as the provider has it. An end that stays unknown, or that the
 * patch clears alone, is a field problem, and so is a window the new end and the kept one no longer make.
 */
public final class CallingHoursPatch {

	private static final String POINTER = "/schedule/callingHours/";

	private CallingHoursPatch() {
	}

	/** Whether the patch sets calling hours without naming both ends. */
	public static boolean namesOneEnd(CampaignPatch patch) {
		JsonNode named = named(patch);
		return named.isObject() && !(named.has("start") && named.has("end"));
	}

	/** The hours after the patch; null when it clears them. For a patch that touches them. */
	public static CallingHours apply(CampaignPatch patch, CallingHours current) {
		JsonNode named = named(patch);
		if (!named.isObject()) {
			return null;
		}
		CallingHours given = Objects.requireNonNullElse(patch.values().schedule().callingHours(),
				new CallingHours(null, null));
		return new CallingHours(named.has("start") ? given.start() : current == null ? null : current.start(),
				named.has("end") ? given.end() : current == null ? null : current.end());
	}

	public static List<FieldProblem> problems(CampaignPatch patch, CallingHours current, String provider) {
		JsonNode named = named(patch);
		if (!named.isObject()) {
			return List.of();
		}
		CallingHours hours = apply(patch, current);
		List<FieldProblem> problems = new ArrayList<>();
		missing(hours.start(), "start", named, provider, problems);
		missing(hours.end(), "end", named, provider, problems);
		// with both ends named the common rules have checked the order
		if (problems.isEmpty() && namesOneEnd(patch) && hours.end().compareTo(hours.start()) <= 0) {
			problems.add(named.has("end")
					? new FieldProblem(POINTER + "end", "order", "must be after " + hours.start() + ", the start at " + provider)
					: new FieldProblem(POINTER + "start", "order", "must be before " + hours.end() + ", the end at " + provider));
		}
		return problems;
	}

	private static void missing(String value, String end, JsonNode named, String provider, List<FieldProblem> problems) {
		if (value != null) {
			return;
		}
		problems.add(named.has(end)
				? new FieldProblem(POINTER + end, "not-clearable", "cannot be cleared alone: clear schedule.callingHours")
				: new FieldProblem(POINTER + end, "required", "is required: the campaign has none at " + provider + " to keep"));
	}

	private static JsonNode named(CampaignPatch patch) {
		return patch.document().path("schedule").path("callingHours");
	}
}
