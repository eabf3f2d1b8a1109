package io.campaigngateway.provider.toingg;

import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.Campaign.CallingHours;

/**
 * Toingg's free-text {@code calendar}, e.g. {@code 10AM to 10PM IST}: written from calling hours and a zone,
 * and read back as far as it follows that form (the seeds also show {@code 10Am to 10Pm IST}).
 */
final class ToinggCalendar {

	private static final Pattern FORM = Pattern.compile(
			"\\s*(\\d{1,2})(?::(\\d{2}))?\\s*([AaPp][Mm])\\s+to\\s+(\\d{1,2})(?::(\\d{2}))?\\s*([AaPp][Mm])(?:\\s+(\\S+))?\\s*");

	private ToinggCalendar() {
	}

	private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

	/** Whether both ends are there and well-formed, so that {@link #write} can say them. */
	static boolean writable(CallingHours hours) {
		return hours != null && hours.start() != null && hours.end() != null && HH_MM.matcher(hours.start()).matches()
				&& HH_MM.matcher(hours.end()).matches();
	}

	static String write(CallingHours hours, String zone) {
		return clock(hours.start()) + " to " + clock(hours.end()) + " " + abbreviation(zone == null ? "UTC" : zone);
	}

	static CallingHours read(String calendar) {
		Matcher m = calendar == null ? null : FORM.matcher(calendar);
		if (m == null || !m.matches()) {
			return null;
		}
		return new CallingHours(hhmm(m.group(1), m.group(2), m.group(3)), hhmm(m.group(4), m.group(5), m.group(6)));
	}

	/** The zone's short standard name as Toingg's examples use it: IST, CST, GMT, UTC. */
	static String abbreviation(String zone) {
		return "UTC".equals(zone) ? "UTC"
				: TimeZone.getTimeZone(zone).getDisplayName(false, TimeZone.SHORT, Locale.ENGLISH);
	}

	private static String clock(String hhmm) {
		int hour = Integer.parseInt(hhmm.substring(0, 2));
		String minutes = hhmm.substring(3);
		int twelve = hour % 12 == 0 ? 12 : hour % 12;
		return twelve + ("00".equals(minutes) ? "" : ":" + minutes) + (hour < 12 ? "AM" : "PM");
	}

	private static String hhmm(String hour, String minutes, String half) {
		int h = Integer.parseInt(hour) % 12 + ("pm".equalsIgnoreCase(half) ? 12 : 0);
		return String.format(Locale.ROOT, "%02d:%s", h, minutes == null ? "00" : minutes);
	}
}
