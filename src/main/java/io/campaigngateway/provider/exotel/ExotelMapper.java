package io.campaigngateway.provider.exotel;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.provider.spi.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pure translation between the normalized campaign and an Exotel campaign (seed 003). Updates are sparse at the
 * top level: Exotel changes only the parameters sent. Whether it merges a partial {@code schedule} or
 * {@code retries} object is not documented, so this adapter leans on the safe side and always sends those two
 * whole, completed from the campaign as read. The normalized {@code status} becomes an {@code action} on update.
 */
final class ExotelMapper {

	static final Map<String, String> ACTIONS = Map.of("paused", "pause", "active", "resume", "completed", "complete",
			"archived", "archive");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final List<String> SCHEDULE_PARTS = List.of("send_at", "end_at");

	private static final List<String> RETRIES_PARTS = List.of("number_of_retries", "interval_mins", "mechanism", "on_status");

	private ExotelMapper() {
	}

	/** The campaign of {@code POST /campaigns}; {@code type} is always {@code trans}, the only one allowed. */
	static ObjectNode createCampaign(Campaign c) {
		ObjectNode campaign = fields(c);
		campaign.put("type", "trans");
		return Json.mergeOptions(campaign, c.providerOptions());
	}

	/**
	 * The campaign of {@code PUT /campaigns/{id}}: only the patch's fields, and the lifecycle action; a partial
	 * {@code schedule} or {@code retries} is completed from {@code current} (the campaign as read, or null).
	 */
	static ObjectNode updateCampaign(Campaign patch, JsonNode current) {
		ObjectNode campaign = fields(patch);
		if (patch.status() != null) {
			campaign.put("action", ACTIONS.get(patch.status()));
		}
		if (current != null) {
			completeFrom(current, campaign, "schedule", SCHEDULE_PARTS);
			completeFrom(current, campaign, "retries", RETRIES_PARTS);
		}
		return Json.mergeOptions(campaign, patch.providerOptions());
	}

	private static void completeFrom(JsonNode current, ObjectNode campaign, String object, List<String> parts) {
		if (!campaign.path(object).isObject() || !current.path(object).isObject()) {
			return;
		}
		ObjectNode whole = Json.object();
		for (String part : parts) {
			JsonNode value = current.get(object).get(part);
			if (value != null && !value.isNull()) {
				whole.set(part, value.deepCopy());
			}
		}
		whole.setAll((ObjectNode) campaign.get(object));
		campaign.set(object, whole);
	}

	private static ObjectNode fields(Campaign c) {
		ObjectNode e = Json.object();
		Json.put(e, "name", c.name());
		Json.put(e, "caller_id", c.callerId());
		if (c.contacts() != null) {
			ArrayNode from = e.putArray("from");
			c.contacts().forEach(contact -> from.add(contact.phoneNumber()));
		}
		if (c.contactLists() != null) {
			e.set("lists", Json.strings(c.contactLists()));
		}
		Json.put(e, "url", c.callFlowUrl());
		Json.put(e, "read_via_text", c.message());
		if (c.schedule() != null && (c.schedule().startAt() != null || c.schedule().endAt() != null)) {
			ObjectNode schedule = e.putObject("schedule");
			Json.put(schedule, "send_at", c.schedule().startAt());
			Json.put(schedule, "end_at", c.schedule().endAt());
		}
		if (c.retry() != null) {
			ObjectNode retries = e.putObject("retries");
			Json.put(retries, "number_of_retries", c.retry().maxRetries());
			Json.put(retries, "interval_mins", c.retry().intervalMinutes());
			if (c.retry().backoff() != null) {
				retries.put("mechanism", "exponential".equals(c.retry().backoff()) ? "Exponential" : "Linear");
			}
			if (c.retry().retryOn() != null) {
				retries.set("on_status", Json.strings(c.retry().retryOn()));
			}
		}
		if (c.pacing() != null && c.pacing().callsPerMinute() != null) {
			e.put("mode", "custom");
			e.put("throttle", c.pacing().callsPerMinute());
		}
		if (c.callbacks() != null) {
			Json.put(e, "call_status_callback", c.callbacks().callStatus());
			Json.put(e, "call_schedule_callback", c.callbacks().contactCompleted());
			Json.put(e, "status_callback", c.callbacks().campaignStatus());
		}
		Json.put(e, "call_duplicate_numbers", c.allowDuplicateNumbers());
		Json.put(e, "custom_field", c.customField());
		return e;
	}

	/** An Exotel campaign ({@code response[0].data}) as a normalized campaign. */
	static Campaign toCampaign(JsonNode data) {
		ObjectNode c = Json.object();
		c.put("providerCampaignId", Json.text(data, "id"));
		Json.put(c, "name", Json.text(data, "name"));
		Json.put(c, "status", status(Json.text(data, "status")));
		Json.put(c, "callerId", Json.text(data, "caller_id"));
		JsonNode from = data.path("from");
		if (from.isArray() || from.isString()) {
			ArrayNode contacts = c.putArray("contacts");
			Iterable<String> numbers = from.isArray() ? from.valueStream().map(JsonNode::asString).toList()
					: Arrays.stream(from.asString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
			numbers.forEach(number -> contacts.addObject().put("phoneNumber", number));
		}
		if (data.path("lists").isArray()) {
			c.set("contactLists", data.get("lists").deepCopy());
		}
		Json.put(c, "callFlowUrl", Json.text(data, "url"));
		Json.put(c, "message", Json.text(data, "read_via_text"));
		ObjectNode schedule = c.putObject("schedule");
		Json.put(schedule, "startAt", dateTime(Json.text(data.path("schedule"), "send_at")));
		Json.put(schedule, "endAt", dateTime(Json.text(data.path("schedule"), "end_at")));
		JsonNode retries = data.path("retries");
		if (retries.isObject()) {
			ObjectNode retry = c.putObject("retry");
			Json.put(retry, "maxRetries", Json.integer(retries, "number_of_retries"));
			Json.put(retry, "intervalMinutes", Json.integer(retries, "interval_mins"));
			String mechanism = Json.text(retries, "mechanism");
			Json.put(retry, "backoff", mechanism == null ? null : mechanism.toLowerCase(Locale.ROOT));
			if (retries.path("on_status").isArray()) {
				retry.set("retryOn", retries.get("on_status").deepCopy());
			}
		}
		if ("custom".equalsIgnoreCase(Json.text(data, "mode"))) {
			c.putObject("pacing").put("callsPerMinute", Json.integer(data, "throttle"));
		}
		ObjectNode callbacks = c.putObject("callbacks");
		Json.put(callbacks, "callStatus", Json.text(data, "call_status_callback"));
		Json.put(callbacks, "contactCompleted", Json.text(data, "call_schedule_callback"));
		Json.put(callbacks, "campaignStatus", Json.text(data, "status_callback"));
		Json.put(c, "allowDuplicateNumbers", Json.flag(data, "call_duplicate_numbers"));
		Json.put(c, "customField", Json.text(data, "custom_field"));
		Json.put(c, "createdAt", dateTime(Json.text(data, "date_created")));
		Json.put(c, "updatedAt", dateTime(Json.text(data, "date_updated")));
		return Json.toCampaign(Json.prune(c));
	}

	/** Exotel's campaign states (any case) in the normalized lifecycle; Failed and Canceled have ended. */
	static String status(String exotel) {
		if (exotel == null) {
			return null;
		}
		return switch (exotel.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT)) {
			case "created", "inprogress", "scheduled", "running" -> "active";
			case "paused" -> "paused";
			case "completed", "failed", "canceled", "cancelled" -> "completed";
			case "archived" -> "archived";
			default -> null;
		};
	}

	/** RFC 3339 as given, or Exotel's {@code yyyy-MM-dd HH:mm:ss} (its timestamps' form) read as UTC. */
	static String dateTime(String text) {
		if (text == null || CampaignRules.dateTime(text).isPresent()) {
			return text;
		}
		return timestamp(text).map(at -> at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).orElse(null);
	}

	/** The instant of an Exotel date-time in either form; empty when absent or unreadable. */
	static Optional<OffsetDateTime> instant(String text) {
		return CampaignRules.dateTime(text).or(() -> timestamp(text));
	}

	private static Optional<OffsetDateTime> timestamp(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.of(LocalDateTime.parse(text.trim(), TIMESTAMP), ZoneOffset.UTC));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
