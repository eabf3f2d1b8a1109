package io.campaigngateway.campaign;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.Campaign.Destination;

/**
 * The rules every campaign obeys whatever its provider: formats, ranges and cross-field order. Every broken
 * rule is reported, each at its pointer, so the caller fixes all of them in one round.
 */
public final class CampaignRules {

	/** A 24-hour local time, {@code HH:mm}. */
	public static final String HH_MM_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]";

	private static final Pattern HH_MM = Pattern.compile(HH_MM_PATTERN);

	/** The call outcomes a retry may be for, in the order the API documents them. */
	public static final List<String> RETRY_ON = List.of("busy", "no-answer", "failed");

	/** How a retry interval may grow. */
	public static final List<String> BACKOFF = List.of("linear", "exponential");

	public static final int MIN_SECONDS_BETWEEN_CALLS = 10;

	public static final int MAX_RETRIES = 3;

	/** Read once: {@code ZoneId.getAvailableZoneIds()} builds a fresh set of ~600 ids on every call. */
	private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

	public static final int MIN_SCRIPT_LENGTH = 200;

	private CampaignRules() {
	}

	public static List<FieldProblem> check(Campaign c) {
		return check(c, true);
	}

	/**
	 * {@code whole} is false for a patch: a rule tying a field the patch sets to one it leaves out (a retry
	 * count needs an interval, calling hours end after they start) is then the provider's to check against the
	 * campaign as it stands.
	 */
	public static List<FieldProblem> check(Campaign c, boolean whole) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.name() != null && c.name().isBlank()) {
			problems.add(new FieldProblem("/name", "blank", "must not be blank"));
		}
		if (c.status() != null && CampaignStatus.from(c.status()).isEmpty()) {
			problems.add(new FieldProblem("/status", "enum", "must be one of active, paused, completed, archived"));
		}
		phone(c.callerId(), "/callerId", problems);
		contacts(c, problems);
		if (c.contactLists() != null) {
			for (int i = 0; i < c.contactLists().size(); i++) {
				if (c.contactLists().get(i).isBlank()) {
					problems.add(new FieldProblem("/contactLists/" + i, "blank", "must not be blank"));
				}
			}
		}
		schedule(c.schedule(), whole, problems);
		pacing(c.pacing(), problems);
		retry(c.retry(), whole, problems);
		destinations(c.destinations(), "/destinations", problems);
		if (c.voicemailDetection() != null) {
			destinations(c.voicemailDetection().onMachine(), "/voicemailDetection/onMachine", problems);
			destinations(c.voicemailDetection().onHuman(), "/voicemailDetection/onHuman", problems);
		}
		url(c.callFlowUrl(), "/callFlowUrl", problems);
		if (c.callbacks() != null) {
			url(c.callbacks().callStatus(), "/callbacks/callStatus", problems);
			url(c.callbacks().contactCompleted(), "/callbacks/contactCompleted", problems);
			url(c.callbacks().campaignStatus(), "/callbacks/campaignStatus", problems);
		}
		if (c.agent() != null && c.agent().script() != null && c.agent().script().length() < MIN_SCRIPT_LENGTH) {
			problems.add(new FieldProblem("/agent/script", "min-length",
					"must be at least " + MIN_SCRIPT_LENGTH + " characters (has " + c.agent().script().length() + ")"));
		}
		return problems;
	}

	/** Parses an RFC 3339 date-time that carries its offset. */
	public static Optional<OffsetDateTime> dateTime(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(text.toUpperCase(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** An IANA region id such as {@code America/Chicago}; fixed offsets are not zones. */
	public static boolean isZone(String text) {
		return text != null && text.contains("/") && ZONES.contains(text)
				|| "UTC".equals(text);
	}

	/** Thousands of contacts are checked on every core; the problems still come in the contacts' order. */
	private static void contacts(Campaign c, List<FieldProblem> problems) {
		List<Campaign.Contact> contacts = c.contacts();
		if (contacts == null) {
			return;
		}
		for (int i : PhoneNumbers.notE164(contacts.stream().map(Campaign.Contact::phoneNumber).toList())) {
			String pointer = "/contacts/" + i + "/phoneNumber";
			problems.add(contacts.get(i).phoneNumber() == null ? new FieldProblem(pointer, "required", "is required")
					: notE164(pointer));
		}
	}

	private static void schedule(Campaign.Schedule s, boolean whole, List<FieldProblem> problems) {
		if (s == null) {
			return;
		}
		Optional<OffsetDateTime> start = dateTime(s.startAt());
		Optional<OffsetDateTime> end = dateTime(s.endAt());
		if (s.startAt() != null && start.isEmpty()) {
			problems.add(dateTimeProblem("/schedule/startAt"));
		}
		if (s.endAt() != null && end.isEmpty()) {
			problems.add(dateTimeProblem("/schedule/endAt"));
		}
		if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
			problems.add(new FieldProblem("/schedule/endAt", "order", "must be after schedule.startAt"));
		}
		if (s.timezone() != null && !isZone(s.timezone())) {
			problems.add(new FieldProblem("/schedule/timezone", "zone", "must be an IANA time zone such as America/Chicago"));
		}
		Campaign.CallingHours hours = s.callingHours();
		if (hours != null) {
			clock(hours.start(), whole, "/schedule/callingHours/start", problems);
			clock(hours.end(), whole, "/schedule/callingHours/end", problems);
			if (hours.start() != null && hours.end() != null && HH_MM.matcher(hours.start()).matches()
					&& HH_MM.matcher(hours.end()).matches() && hours.end().compareTo(hours.start()) <= 0) {
				problems.add(new FieldProblem("/schedule/callingHours/end", "order", "must be after callingHours.start"));
			}
		}
	}

	private static FieldProblem dateTimeProblem(String pointer) {
		return new FieldProblem(pointer, "date-time", "must be an RFC 3339 date-time with an offset, e.g. 2026-12-01T09:00:00-06:00");
	}

	private static void clock(String value, boolean whole, String pointer, List<FieldProblem> problems) {
		if (value == null && whole) {
			problems.add(new FieldProblem(pointer, "required", "is required"));
		}
		else if (value != null && !HH_MM.matcher(value).matches()) {
			problems.add(new FieldProblem(pointer, "pattern", "must be a 24-hour time HH:mm"));
		}
	}

	private static void pacing(Campaign.Pacing p, List<FieldProblem> problems) {
		if (p == null) {
			return;
		}
		if (p.secondsBetweenCalls() != null && p.secondsBetweenCalls() < MIN_SECONDS_BETWEEN_CALLS) {
			problems.add(new FieldProblem("/pacing/secondsBetweenCalls", "minimum", "must be at least " + MIN_SECONDS_BETWEEN_CALLS));
		}
		if (p.callsPerMinute() != null && p.callsPerMinute() < 1) {
			problems.add(new FieldProblem("/pacing/callsPerMinute", "minimum", "must be at least 1"));
		}
	}

	private static void retry(Campaign.Retry r, boolean whole, List<FieldProblem> problems) {
		if (r == null) {
			return;
		}
		if (r.maxRetries() != null && (r.maxRetries() < 0 || r.maxRetries() > MAX_RETRIES)) {
			problems.add(new FieldProblem("/retry/maxRetries", "range", "must be between 0 and " + MAX_RETRIES));
		}
		if (r.intervalMinutes() != null && r.intervalMinutes() < 1) {
			problems.add(new FieldProblem("/retry/intervalMinutes", "minimum", "must be at least 1"));
		}
		if (whole && r.maxRetries() != null && r.maxRetries() > 0 && r.intervalMinutes() == null) {
			problems.add(new FieldProblem("/retry/intervalMinutes", "required", "is required when maxRetries is above 0"));
		}
		if (r.backoff() != null && !BACKOFF.contains(r.backoff())) {
			problems.add(new FieldProblem("/retry/backoff", "enum", "must be linear or exponential"));
		}
		if (r.retryOn() != null) {
			for (int i = 0; i < r.retryOn().size(); i++) {
				if (!RETRY_ON.contains(r.retryOn().get(i))) {
					problems.add(new FieldProblem("/retry/retryOn/" + i, "enum", "must be busy, no-answer or failed"));
				}
			}
		}
	}

	private static void destinations(List<Destination> destinations, String pointer, List<FieldProblem> problems) {
		if (destinations == null) {
			return;
		}
		for (int i = 0; i < destinations.size(); i++) {
			Destination d = destinations.get(i);
			if (d.type() == null || d.type().isBlank()) {
				problems.add(new FieldProblem(pointer + "/" + i + "/type", "required", "is required"));
			}
			if (d.id() == null) {
				problems.add(new FieldProblem(pointer + "/" + i + "/id", "required", "is required"));
			}
			else if (d.id() < 1) {
				problems.add(new FieldProblem(pointer + "/" + i + "/id", "minimum", "must be at least 1"));
			}
			if (d.order() != null && d.order() < 0) {
				problems.add(new FieldProblem(pointer + "/" + i + "/order", "minimum", "must not be negative"));
			}
		}
	}

	private static void phone(String number, String pointer, List<FieldProblem> problems) {
		if (number != null && !PhoneNumbers.isE164(number)) {
			problems.add(notE164(pointer));
		}
	}

	private static FieldProblem notE164(String pointer) {
		return new FieldProblem(pointer, "e164", "must be a valid phone number in E.164 form, e.g. +14155550123");
	}

	private static void url(String value, String pointer, List<FieldProblem> problems) {
		if (value == null) {
			return;
		}
		try {
			URI uri = new URI(value);
			if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				return;
			}
		}
		catch (Exception ex) {
			// reported below
		}
		problems.add(new FieldProblem(pointer, "url", "must be an absolute http or https URL"));
	}

}
