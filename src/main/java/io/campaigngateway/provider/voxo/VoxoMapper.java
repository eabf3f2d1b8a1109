package io.campaigngateway.provider.voxo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.Campaign.Destination;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.campaign.PhoneNumbers;
import io.campaigngateway.provider.spi.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pure translation between the normalized campaign and VOXO's campaign (seed 002). VOXO's update is sparse,
 * so an update body carries exactly the fields the patch touches. Dates and times are local to the
 * campaign's {@code timezone}; the instant the caller gave is kept across daylight-saving changes.
 */
final class VoxoMapper {

	/** {@code field1}…{@code field9}, in order. */
	private static final List<String> CUSTOM_FIELD_NAMES = IntStream.rangeClosed(1, 9).mapToObj(i -> "field" + i).toList();

	static final Set<String> CUSTOM_FIELDS = Set.copyOf(CUSTOM_FIELD_NAMES);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private VoxoMapper() {
	}

	/** {@code POST {prefix}}: every field the caller gave, plus {@code tenantId} and {@code tech}. */
	static ObjectNode createBody(Campaign c, long tenantId, boolean nationalNumbers) {
		ObjectNode body = Json.object();
		body.put("tenantId", tenantId);
		body.put("tech", "VOICE");
		fields(body, c, zone(c), nationalNumbers, null);
		return Json.mergeOptions(body, c.providerOptions());
	}

	/**
	 * {@code PATCH {prefix}/{id}}: only what the patch touches; {@code zone} is the campaign's time zone after it.
	 * A new zone alone would move the schedule, its dates and times being local to the zone: the instants the
	 * patch leaves are sent again in the new zone, from {@code current} (the schedule as read, or null).
	 */
	static ObjectNode updateBody(CampaignPatch patch, String zone, boolean nationalNumbers, Campaign.Schedule current) {
		ObjectNode body = Json.object();
		fields(body, patch.values(), zone, nationalNumbers, patch);
		Campaign.Schedule moved = patch.values().schedule();
		if (current != null && moved != null && moved.timezone() != null && !moved.timezone().equals(current.timezone())) {
			if (moved.startAt() == null) {
				putLocal(body, "dateStart", "timeStart", current.startAt(), zone);
			}
			if (moved.endAt() == null) {
				putLocal(body, "dateEnd", "timeEnd", current.endAt(), zone);
			}
		}
		return Json.mergeOptions(body, patch.values().providerOptions());
	}

	private static void fields(ObjectNode body, Campaign c, String zone, boolean nationalNumbers, CampaignPatch patch) {
		Json.put(body, "name", c.name());
		if (c.status() != null) {
			body.put("state", "paused".equals(c.status()) ? "PAUSED" : "READY");
		}
		Json.put(body, "callerId", c.callerId() == null ? null : PhoneNumbers.northAmericanDigits(c.callerId()).orElse(null));
		if (c.contacts() != null) {
			ArrayNode numbers = body.putArray("numbers");
			c.contacts().forEach(contact -> numbers.add(number(contact, nationalNumbers)));
		}
		Campaign.Schedule s = c.schedule();
		if (s != null) {
			putLocal(body, "dateStart", "timeStart", s.startAt(), zone);
			putLocal(body, "dateEnd", "timeEnd", s.endAt(), zone);
			Json.put(body, "timezone", s.timezone());
			if (s.callingHours() != null) {
				Json.put(body, "callHoursStart", s.callingHours().start());
				Json.put(body, "callHoursEnd", s.callingHours().end());
			}
		}
		if (c.pacing() != null) {
			Json.put(body, "callFrequency", c.pacing().secondsBetweenCalls());
		}
		if (c.recording() != null) {
			body.put("recording", c.recording() ? "yes" : "no");
		}
		Campaign.VoicemailDetection vm = c.voicemailDetection();
		if (vm != null) {
			if (vm.enabled() != null) {
				body.put("enableVMDetect", vm.enabled() ? "1" : "0");
			}
			if (vm.onMachine() != null) {
				body.set("matchDestinations", destinations(vm.onMachine(), true));
			}
			if (vm.onHuman() != null) {
				body.set("notMatchDestinations", destinations(vm.onHuman(), true));
			}
		}
		if (c.destinations() != null) {
			body.set("destinations", destinations(c.destinations(), false));
		}
		Json.put(body, "message", c.message());
	}

	private static ObjectNode number(Campaign.Contact contact, boolean national) {
		ObjectNode number = Json.object();
		String phone = contact.phoneNumber();
		number.put("number", national ? PhoneNumbers.northAmericanDigits(phone).orElse(phone) : phone);
		Json.put(number, "description", contact.name());
		if (contact.fields() != null) {
			new TreeMap<>(contact.fields()).forEach(number::put);
		}
		return number;
	}

	/** Requests carry {@code {id, type}} (and {@code order} where given, so nothing is dropped). */
	private static ArrayNode destinations(List<Destination> destinations, boolean ordered) {
		ArrayNode array = Json.array();
		for (Destination d : destinations) {
			ObjectNode node = array.addObject();
			node.put("id", d.id());
			node.put("type", d.type());
			if (d.order() != null || ordered) {
				Json.put(node, "order", d.order());
			}
		}
		return array;
	}

	/** The instant, as the wall-clock date and time in the campaign's zone. */
	static ZonedDateTime local(String rfc3339, String zone) {
		OffsetDateTime instant = CampaignRules.dateTime(rfc3339).orElseThrow();
		return instant.atZoneSameInstant(ZoneId.of(zone));
	}

	/** A VOXO campaign as a normalized campaign, tolerating the documented type conflicts. */
	static Campaign toCampaign(JsonNode v) {
		ObjectNode c = Json.object();
		String id = Json.text(v, "id") != null ? Json.text(v, "id") : Json.text(v, "campaignId");
		c.put("providerCampaignId", id != null && id.endsWith(".0") ? id.substring(0, id.length() - 2) : id);
		Json.put(c, "name", Json.text(v, "name"));
		Json.put(c, "status", status(Json.text(v, "state")));
		String callerId = Json.text(v, "callerId");
		Json.put(c, "callerId", callerId == null ? null : PhoneNumbers.toE164(callerId));
		JsonNode numbers = v.path("numbers");
		if (numbers.isArray()) {
			ArrayNode contacts = c.putArray("contacts");
			for (JsonNode n : numbers) {
				ObjectNode contact = contacts.addObject();
				contact.put("phoneNumber", PhoneNumbers.toE164(Json.text(n, "number")));
				Json.put(contact, "name", Json.text(n, "description"));
				ObjectNode fields = contact.putObject("fields");
				CUSTOM_FIELD_NAMES.forEach(f -> Json.put(fields, f, Json.text(n, f)));
			}
		}
		String zone = Json.text(v, "timezone");
		ObjectNode schedule = c.putObject("schedule");
		Json.put(schedule, "startAt", instant(Json.text(v, "dateStart"), Json.text(v, "timeStart"), zone));
		Json.put(schedule, "endAt", instant(Json.text(v, "dateEnd"), Json.text(v, "timeEnd"), zone));
		Json.put(schedule, "timezone", zone);
		ObjectNode hours = schedule.putObject("callingHours");
		Json.put(hours, "start", hhmm(Json.text(v, "callHoursStart")));
		Json.put(hours, "end", hhmm(Json.text(v, "callHoursEnd")));
		ObjectNode pacing = c.putObject("pacing");
		Json.put(pacing, "secondsBetweenCalls", Json.integer(v, "callFrequency"));
		Json.put(c, "recording", Json.flag(v, "recording"));
		ObjectNode vm = c.putObject("voicemailDetection");
		Json.put(vm, "enabled", Json.flag(v, "enableVMDetect"));
		readDestinations(vm, "onMachine", v.path("matchDestinations"));
		readDestinations(vm, "onHuman", v.path("notMatchDestinations"));
		readDestinations(c, "destinations", v.path("destinations"));
		Json.put(c, "message", Json.text(v, "message"));
		return Json.toCampaign(Json.prune(c));
	}

	private static void readDestinations(ObjectNode target, String name, JsonNode source) {
		if (!source.isArray() || source.isEmpty()) {
			return;
		}
		ArrayNode array = target.putArray(name);
		for (JsonNode d : source) {
			ObjectNode node = array.addObject();
			Json.put(node, "type", Json.text(d, "destType") != null ? Json.text(d, "destType") : Json.text(d, "type"));
			Integer destinationId = Json.integer(d, "id");
			if (destinationId != null) {
				node.put("id", destinationId.longValue());
			}
			Json.put(node, "order", Json.integer(d, "order"));
		}
	}

	private static void putLocal(ObjectNode body, String dateKey, String timeKey, String instant, String zone) {
		if (instant != null) {
			ZonedDateTime local = local(instant, zone);
			body.put(dateKey, local.format(DATE)).put(timeKey, local.format(TIME));
		}
	}

	private static String status(String state) {
		if (state == null) {
			return null;
		}
		return switch (state.toUpperCase()) {
			case "READY", "RUNNING", "ACTIVE", "STARTED", "SCHEDULED" -> "active";
			case "PAUSED", "STOPPED" -> "paused";
			case "COMPLETED", "COMPLETE", "FINISHED", "DONE" -> "completed";
			case "ARCHIVED" -> "archived";
			default -> null;
		};
	}

	/**
	 * Requests use {@code YYYY-MM-DD} and {@code HH:MM}; answers are read leniently, as a database-backed API
	 * may give {@code HH:MM:SS} or a date-time whose first ten characters are the date [inferred].
	 */
	private static String instant(String date, String time, String zone) {
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
	private static String hhmm(String time) {
		try {
			return time == null ? null : LocalTime.parse(time).format(TIME);
		}
		catch (RuntimeException ex) {
			return time;
		}
	}

	private static String zone(Campaign c) {
		return c.schedule() == null ? null : c.schedule().timezone();
	}
}
