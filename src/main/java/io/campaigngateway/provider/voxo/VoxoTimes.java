package io.campaigngateway.provider.voxo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.campaigngateway.campaign.CampaignRules;

/**
 * VOXO's dates and times are wall-clock values in the campaign's {@code timezone}: sent as {@code YYYY-MM-DD} and
 * {@code HH:MM} (seed 002), read back leniently, as a database-backed API may answer {@code HH:MM:SS} or a
 * date-time whose first ten characters are the date [inferred].
 */
final class VoxoTimes {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private VoxoTimes() {
	}

	/** The local date of an RFC 3339 instant in the zone; null for no instant. */
	static String date(String instant, String zone) {
		return instant == null ? null : local(instant, zone).format(DATE);
	}

	/** The local {@code HH:MM} of an RFC 3339 instant in the zone; null for no instant. */
	static String time(String instant, String zone) {
		return instant == null ? null : local(instant, zone).format(TIME);
	}

	/** The instant, as the wall-clock date and time in the campaign's zone (kept across daylight-saving changes). */
	private static ZonedDateTime local(String rfc3339, String zone) {
		return CampaignRules.dateTime(rfc3339).orElseThrow().atZoneSameInstant(ZoneId.of(zone));
	}

	/** The instant of a local date (midnight when VOXO gives no time) in the zone; null when it cannot be read. */
	static String instant(String date, String time, String zone) {
		if (date == null || zone == null) {
			return null;
		}
		try {
			LocalTime clock = time == null ? LocalTime.MIDNIGHT : LocalTime.parse(time);
			LocalDate day = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date, DATE);
			return LocalDateTime.of(day, clock).atZone(ZoneId.of(zone)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** {@code HH:mm}, also from {@code HH:mm:ss}; anything else as VOXO gave it. */
	static String hhmm(String time) {
		try {
			return time == null ? null : LocalTime.parse(time).format(TIME);
		}
		catch (RuntimeException ex) {
			return time;
		}
	}
}
