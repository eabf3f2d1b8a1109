package io.campaigngateway.provider.exotel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.provider.spi.Json;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the Exotel emulator checks, as the real API does (seed 003, the provider notes), and how it answers: its
 * own envelope with success and failure items. It reads plain JSON, never the adapter's wire records: it plays
 * Exotel, and sharing the adapter's types would hide a mismatch between the two.
 */
final class ExotelSandboxRules {

	/** What may change once send_at has passed (seed 003). */
	static final Set<String> AFTER_START = Set.of("action", "status_callback", "call_status_callback",
			"call_schedule_callback");

	/** action → the states it may start from, and the state it leads to. */
	private static final Map<String, String[]> TRANSITIONS = Map.of("pause", new String[] { "Created,InProgress", "Paused" },
			"resume", new String[] { "Paused", "InProgress" }, "complete", new String[] { "Paused", "Completed" },
			"archive", new String[] { "Completed", "Archived" });

	private ExotelSandboxRules() {
	}

	/** Why Exotel would refuse these fields (400), or null. */
	static String invalid(JsonNode c, boolean create) {
		if (create && Json.text(c, "caller_id") == null) {
			return "caller_id is mandatory";
		}
		if (create && !c.has("from") && !c.has("lists")) {
			return "Either from or lists is mandatory";
		}
		if (c.has("from") && (!c.get("from").isArray() || c.get("from").size() > 5000 || c.get("from").isEmpty())) {
			return "from must be an array of 1 to 5000 numbers";
		}
		if (c.has("lists") && (!c.get("lists").isArray() || c.get("lists").size() > 5)) {
			return "lists must be an array of at most 5 list sids";
		}
		if (c.has("name") && (Json.text(c, "name") == null || Json.text(c, "name").length() <= 3)) {
			return "name must be longer than 3 characters";
		}
		if (c.has("type") && !"trans".equals(Json.text(c, "type"))) {
			return "type must be trans";
		}
		String retries = retries(c.path("retries"));
		if (retries != null) {
			return retries;
		}
		if ("custom".equals(Json.text(c, "mode")) && whole(c.path("throttle")) == null) {
			return "throttle is mandatory when mode is custom";
		}
		for (String field : new String[] { "send_at", "end_at" }) {
			String value = Json.text(c.path("schedule"), field);
			if (value != null && CampaignRules.dateTime(value).isEmpty()) {
				return field + " must be an RFC 3339 date-time";
			}
		}
		return null;
	}

	private static String retries(JsonNode retries) {
		Integer count = whole(retries.path("number_of_retries"));
		if (retries.has("number_of_retries") && (count == null || count < 0 || count > 3)) {
			return "number_of_retries must be between 0 and 3";
		}
		// seed 003: "Mandatory when number_of_retries is specified", whatever the count
		if (retries.has("number_of_retries") && whole(retries.path("interval_mins")) == null) {
			return "interval_mins is mandatory when number_of_retries is specified";
		}
		String mechanism = Json.text(retries, "mechanism");
		if (mechanism != null && !Set.of("Linear", "Exponential").contains(mechanism)) {
			return "mechanism must be Linear or Exponential";
		}
		return null;
	}

	/** A whole number, given as one or as its digits; null for anything else. */
	private static Integer whole(JsonNode value) {
		if (value.isIntegralNumber() && value.canConvertToInt()) {
			return value.intValue();
		}
		return value.isString() && value.asString().matches("-?[0-9]{1,9}") ? Integer.valueOf(value.asString()) : null;
	}

	/** The state an action leads to from {@code state}, or null when Exotel refuses it there. */
	static String after(String action, String state) {
		String[] transition = TRANSITIONS.get(action);
		return transition != null && Set.of(transition[0].split(",")).contains(state) ? transition[1] : null;
	}

	/** A campaign without send_at starts at once; one whose send_at has passed has started. */
	static boolean started(JsonNode data) {
		String sendAt = Json.text(data.path("schedule"), "send_at");
		return sendAt == null || !CampaignRules.dateTime(sendAt).get().isAfter(OffsetDateTime.now());
	}

	static ResponseEntity<Object> success(String method, JsonNode... campaigns) {
		ObjectNode body = envelope(method, 200);
		for (JsonNode data : campaigns) {
			ObjectNode item = ((ArrayNode) body.get("response")).addObject().put("code", 200).put("status", "success");
			item.set("data", data);
		}
		return ResponseEntity.ok(body);
	}

	static ResponseEntity<Object> failure(String method, int status, int code, String message, String description) {
		ObjectNode body = envelope(method, status);
		ObjectNode item = ((ArrayNode) body.get("response")).addObject().put("code", status).put("status", "failure");
		item.putObject("error_data").put("code", code).put("message", message).put("description", description);
		return ResponseEntity.status(status).body(body);
	}

	static ResponseEntity<Object> notFound(String method, String id) {
		return failure(method, 404, 1002, "Not found", "Campaign " + id + " does not exist");
	}

	private static ObjectNode envelope(String method, int status) {
		ObjectNode body = Json.object().put("request_id", UUID.randomUUID().toString().replace("-", ""))
			.put("method", method).put("http_code", status);
		body.putArray("response");
		return body;
	}

	static String now() {
		return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
