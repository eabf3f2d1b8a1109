package io.campaigngateway.provider.exotel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;

/**
 * 409 answers that say what is true (issue 31 point 6), in the caller's terms and with the instant that decided
 * it: why a field can no longer change, or why Exotel refused a lifecycle action in the campaign's state.
 */
final class ExotelConflicts {

	private ExotelConflicts() {
	}

	/**
	 * Why the campaign as read has started by {@code now}, or empty when it has not: once its
	 * {@code schedule.startAt} has passed, or, without one, since it was created (Exotel starts it then).
	 */
	static Optional<String> started(ExotelApi.Campaign campaign, OffsetDateTime now) {
		ExotelTime startAt = campaign.schedule() == null ? null : campaign.schedule().send_at();
		if (startAt != null) {
			return startAt.instant().isAfter(now) ? Optional.empty()
					: Optional.of("its schedule.startAt, " + startAt.rfc3339() + ", has passed");
		}
		ExotelTime created = campaign.date_created();
		return Optional.of((created == null ? "it started when it was created"
				: "it started at " + created.rfc3339() + ", when it was created") + ", as it has no schedule.startAt");
	}

	/** The gateway's own refusal, before anything is sent: these fields cannot change once the campaign has started. */
	static GatewayException locked(List<String> pointers, String why) {
		return new GatewayException(ProblemType.CONFLICT, "The campaign can no longer change",
				"exotel lets only status and callbacks change once a campaign has started: " + why, lockedErrors(pointers, why),
				null, null);
	}

	/**
	 * Exotel's 409 to an update, explained by the campaign as read ({@code current}, null when it could not be
	 * read): a lifecycle {@code action} that Exotel does not allow from the campaign's state, or {@code changed}
	 * fields (pointers) that can no longer change since it has started. What the campaign does not explain stays
	 * Exotel's word, on the action and on every field the update changed.
	 */
	static GatewayException refused(GatewayException refusal, ExotelApi.Campaign current, ExotelLifecycle action,
			List<String> changed, OffsetDateTime now) {
		String state = current == null ? null : current.status();
		List<FieldProblem> explained = new ArrayList<>();
		if (action != null && state != null && !action.allowedFrom(state)) {
			explained.add(new FieldProblem("/status", "state", action.refusal(state)));
		}
		List<String> locked = ExotelUpdates.locked(changed);
		Optional<String> started = current == null || locked.isEmpty() ? Optional.empty() : started(current, now);
		started.ifPresent(why -> explained.addAll(lockedErrors(locked, why)));
		if (!explained.isEmpty()) {
			String detail = explained.stream().map(FieldProblem::message).distinct().collect(Collectors.joining("; "));
			return new GatewayException(ProblemType.CONFLICT, refusal.title(), detail, explained, refusal.upstream(), null);
		}
		List<FieldProblem> errors = new ArrayList<>();
		if (action != null) {
			errors.add(new FieldProblem("/status", "refused", action.refusedAnyway(state)));
		}
		changed.forEach(pointer -> errors.add(new FieldProblem(pointer, "refused",
				"exotel refused to change it in the campaign's current state")));
		return new GatewayException(ProblemType.CONFLICT, refusal.title(), refusal.detail(), errors, refusal.upstream(), null);
	}

	private static List<FieldProblem> lockedErrors(List<String> pointers, String why) {
		return pointers.stream()
			.map(pointer -> new FieldProblem(pointer, "locked", "cannot change once the campaign has started: " + why))
			.toList();
	}
}
