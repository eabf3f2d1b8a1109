package io.campaigngateway.provider.exotel;

import java.util.List;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.provider.exotel.ExotelApi.Retries;
import io.campaigngateway.provider.exotel.ExotelApi.Schedule;

/**
 * Pure translation between the normalized campaign and Exotel's wire record (seed 003). Updates are sparse at the
 * top level: Exotel changes only the parameters sent. Whether it merges a partial {@code schedule} or
 * {@code retries} is not documented, so the adapter leans on the safe side and sends those two whole, completed
 * from the campaign as read. The normalized {@code status} becomes an {@code action} on update.
 */
final class ExotelMapper {

	private ExotelMapper() {
	}

	/** The campaign of {@code POST /campaigns}; {@code type} is always {@code trans}, the only one allowed. */
	static ExotelApi.Campaign createCampaign(Campaign c) {
		return fields(c, "trans", null, null);
	}

	/**
	 * The campaign of {@code PUT /campaigns/{id}}: the patch's fields and the lifecycle action, with a partial
	 * {@code schedule} or {@code retries} completed from {@code current} (the campaign as read, or null).
	 */
	static ExotelApi.Campaign updateCampaign(Campaign patch, ExotelApi.Campaign current) {
		String action = patch.status() == null ? null
				: ExotelLifecycle.leadingTo(patch.status()).map(ExotelLifecycle::action).orElse(null);
		return fields(patch, null, action, current);
	}

	/** Exotel's schedule of the caller's; with {@code current}, the end not given is the campaign's. */
	private static Schedule schedule(Campaign.Schedule s, ExotelApi.Campaign current) {
		if (s == null || s.startAt() == null && s.endAt() == null) {
			return null;
		}
		Schedule given = new Schedule(ExotelTime.of(s.startAt()), ExotelTime.of(s.endAt()));
		Schedule was = current == null ? null : current.schedule();
		return was == null ? given
				: new Schedule(first(given.send_at(), was.send_at()), first(given.end_at(), was.end_at()));
	}

	/** Exotel's retries of the caller's; with {@code current}, what is not given is the campaign's. */
	private static Retries retries(Campaign.Retry r, ExotelApi.Campaign current) {
		if (r == null) {
			return null;
		}
		Retries given = new Retries(r.maxRetries(), r.intervalMinutes(),
				r.backoff() == null ? null : "exponential".equals(r.backoff()) ? "Exponential" : "Linear", r.retryOn());
		Retries was = current == null ? null : current.retries();
		return sendable(was == null ? given : new Retries(first(given.number_of_retries(), was.number_of_retries()),
				first(given.interval_mins(), was.interval_mins()), first(given.mechanism(), was.mechanism()),
				first(given.on_status(), was.on_status())), was);
	}

	/**
	 * Issue 31 point 10: {@code number_of_retries} goes with an {@code interval_mins}. Without one, a count of 0
	 * that changes nothing (Exotel's default, and the campaign's {@code current} count) is not sent, nor an
	 * object left empty; any other count stays for the rules to refuse ({@link ExotelRules#checkCompleted}).
	 */
	private static Retries sendable(Retries retries, Retries current) {
		if (retries == null) {
			return null;
		}
		Integer was = current == null ? null : current.number_of_retries();
		boolean defaultCount = Integer.valueOf(0).equals(retries.number_of_retries()) && retries.interval_mins() == null
				&& (was == null || was == 0);
		Retries sent = defaultCount
				? new Retries(null, null, retries.mechanism(), retries.on_status()) : retries;
		return sent.isEmpty() ? null : sent;
	}

	/** The campaign's fields; a {@code schedule} or {@code retries} given in part completed from {@code current}. */
	private static ExotelApi.Campaign fields(Campaign c, String type, String action, ExotelApi.Campaign current) {
		ExotelNumbers from = c.contacts() == null ? null
				: ExotelNumbers.of(c.contacts().stream().map(Campaign.Contact::phoneNumber).toList());
		Integer throttle = c.pacing() == null ? null : c.pacing().callsPerMinute();
		Campaign.Callbacks callbacks = c.callbacks() == null ? new Campaign.Callbacks(null, null, null) : c.callbacks();
		return ExotelApi.Campaign.request(from, c.contactLists(), c.callerId(), c.callFlowUrl(), c.name(), type,
				c.allowDuplicateNumbers(), retries(c.retry(), current), schedule(c.schedule(), current), throttle == null ? null : "custom", throttle, c.message(),
				callbacks.callStatus(), callbacks.contactCompleted(), callbacks.campaignStatus(), c.customField(), action);
	}

	/** An Exotel campaign ({@code response[].data}) as a normalized campaign. */
	static Campaign toCampaign(ExotelApi.Campaign d) {
		List<Campaign.Contact> contacts = d.from() == null ? null
				: d.from().numbers().stream().map(number -> new Campaign.Contact(number, null, null)).toList();
		Campaign.Schedule schedule = d.schedule() == null || d.schedule().send_at() == null && d.schedule().end_at() == null
				? null : new Campaign.Schedule(ExotelTime.rfc3339(d.schedule().send_at()),
						ExotelTime.rfc3339(d.schedule().end_at()), null, null);
		Retries r = d.retries();
		Campaign.Retry retry = r == null || r.isEmpty() ? null : new Campaign.Retry(r.number_of_retries(),
				r.interval_mins(), r.mechanism() == null ? null : r.mechanism().toLowerCase(java.util.Locale.ROOT), r.on_status());
		Campaign.Pacing pacing = "custom".equalsIgnoreCase(d.mode()) && d.throttle() != null
				? new Campaign.Pacing(null, d.throttle()) : null;
		Campaign.Callbacks callbacks = d.call_status_callback() == null && d.call_schedule_callback() == null
				&& d.status_callback() == null ? null
						: new Campaign.Callbacks(d.call_status_callback(), d.call_schedule_callback(), d.status_callback());
		return new Campaign(null, null, null, d.id(), d.name(), ExotelLifecycle.status(d.status()), d.caller_id(),
				contacts, d.lists(), schedule, pacing, retry, null, null, null, d.read_via_text(), d.url(), null,
				callbacks, d.call_duplicate_numbers(), d.custom_field(), null, ExotelTime.rfc3339(d.date_created()),
				ExotelTime.rfc3339(d.date_updated()));
	}


	private static <T> T first(T value, T otherwise) {
		return value != null ? value : otherwise;
	}
}
