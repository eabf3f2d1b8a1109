package io.campaigngateway.provider.exotel;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.campaigngateway.campaign.CampaignRules;

/**
 * An Exotel date-time: RFC 3339 with an offset ({@code schedule} [doc]) or, as its timestamps come
 * ({@code date_created} [inferred]), {@code yyyy-MM-dd HH:mm:ss}, read as UTC. Sent as the caller wrote it; text
 * in neither form is not a date-time, and an answer carrying it cannot be read.
 */
final class ExotelTime {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final String text;

	private final OffsetDateTime instant;

	/** As the caller's campaign shows it: RFC 3339 as Exotel gave it, or its timestamp form in UTC. */
	private final String rfc3339;

	private ExotelTime(String text, OffsetDateTime instant, String rfc3339) {
		this.text = text;
		this.instant = instant;
		this.rfc3339 = rfc3339;
	}

	/** Blank text is no date-time at all, as Exotel may leave an unset one [inferred]: null. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static ExotelTime of(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Optional<OffsetDateTime> rfc3339 = CampaignRules.dateTime(text);
		if (rfc3339.isPresent()) {
			return new ExotelTime(text, rfc3339.get(), text);
		}
		OffsetDateTime at = timestamp(text);
		return new ExotelTime(text, at, at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
	}

	private static OffsetDateTime timestamp(String text) {
		try {
			return OffsetDateTime.of(LocalDateTime.parse(text.trim(), TIMESTAMP), ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not an RFC 3339 date-time, nor yyyy-MM-dd HH:mm:ss");
		}
	}

	@JsonValue
	String text() {
		return text;
	}

	OffsetDateTime instant() {
		return instant;
	}

	String rfc3339() {
		return rfc3339;
	}

	/** The RFC 3339 text of a date-time that may be absent (null). */
	static String rfc3339(ExotelTime time) {
		return time == null ? null : time.rfc3339;
	}

	@Override
	public String toString() {
		return text;
	}
}
