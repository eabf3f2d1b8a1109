package io.campaigngateway.provider.exotel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Exotel's campaign lifecycle [doc]: its states in the caller's terms, and the {@code action} that leads to each
 * status with the states Exotel lets it start from. Exotel judges every action itself; the table only says why
 * it refused one.
 */
enum ExotelLifecycle {

	PAUSE("paused", Set.of("created", "inprogress"), "only an active campaign can be paused"),
	RESUME("active", Set.of("paused"), "only a paused campaign can be resumed"),
	COMPLETE("completed", Set.of("paused"), "only a paused campaign can be completed: pause it first"),
	ARCHIVE("archived", Set.of("completed"), "only a campaign that ran to its end can be archived");

	private final String status;

	private final Set<String> from;

	private final String rule;

	ExotelLifecycle(String status, Set<String> from, String rule) {
		this.status = status;
		this.from = from;
		this.rule = rule;
	}

	/** The action that leads to a caller's status; empty for a status Exotel has no action for. */
	static Optional<ExotelLifecycle> leadingTo(String status) {
		return Arrays.stream(values()).filter(action -> action.status.equals(status)).findFirst();
	}

	/** As Exotel spells the action: {@code pause}, {@code resume}, … */
	String action() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether Exotel documents this action as allowed from that state (it may still refuse it). */
	boolean allowedFrom(String state) {
		return from.contains(key(state));
	}

	/** Why Exotel refuses this action in a state it is not allowed from, in the caller's terms. */
	String refusal(String state) {
		return "cannot " + action() + " a campaign that is " + describe(state) + ": " + rule;
	}

	/** Exotel's refusal of this action in a state the table does not explain it by ({@code state} null: unknown). */
	String refusedAnyway(String state) {
		return "exotel refused to " + action() + " the campaign" + (state == null ? "" : ", which is " + describe(state));
	}

	/** An Exotel state (any case) as the caller's status; Failed and Canceled have ended; null when unknown. */
	static String status(String state) {
		return switch (key(state)) {
			case "created", "inprogress", "scheduled", "running" -> "active";
			case "paused" -> "paused";
			case "completed", "failed", "canceled", "cancelled" -> "completed";
			case "archived" -> "archived";
			default -> null;
		};
	}

	private static String describe(String state) {
		return switch (key(state)) {
			case "failed" -> "completed (it failed)";
			case "canceled", "cancelled" -> "completed (it was canceled)";
			default -> status(state) == null ? "in a state exotel calls '" + state + "'" : status(state);
		};
	}

	private static String key(String state) {
		return state == null ? "" : state.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
	}
}
