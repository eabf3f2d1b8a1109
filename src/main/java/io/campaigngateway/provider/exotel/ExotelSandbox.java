package io.campaigngateway.provider.exotel;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.SandboxStatus;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's stand-in for Exotel's campaign API v2: Basic auth, the wrapped envelope, the limits, the
 * after-send_at rule, the lifecycle actions and failure items, with campaigns kept in memory.
 */
@Hidden
@RestController
@RequestMapping(ExotelProviderFactory.SANDBOX_PATH + "/v2/accounts/{sid}/campaigns")
class ExotelSandbox {

	private static final Set<String> AFTER_START = Set.of("action", "status_callback", "call_status_callback",
			"call_schedule_callback");

	/** action → the states it may start from, and the state it leads to. */
	private static final Map<String, String[]> TRANSITIONS = Map.of("pause", new String[] { "Created,InProgress", "Paused" },
			"resume", new String[] { "Paused", "InProgress" }, "complete", new String[] { "Paused", "Completed" },
			"archive", new String[] { "Completed", "Archived" });

	private final Map<String, ObjectNode> campaigns = new ConcurrentHashMap<>();

	private final SandboxStatus sandbox;

	ExotelSandbox(SandboxStatus sandbox) {
		this.sandbox = sandbox;
	}

	@PostMapping
	ResponseEntity<Object> create(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String sid, @RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuseAccess(auth, sid, "POST");
		if (refused != null) {
			return refused;
		}
		JsonNode campaign = body.path("campaigns").path(0);
		String invalid = !campaign.isObject() ? "body must be {\"campaigns\": [ {…} ]}" : invalid(campaign, true);
		if (invalid != null) {
			return failure("POST", 400, 1001, "Invalid parameters", invalid);
		}
		String id = UUID.randomUUID().toString().replace("-", "");
		String now = now();
		ObjectNode data = ((ObjectNode) campaign).deepCopy();
		data.put("id", id).put("account_sid", sid).put("campaign_type", "static").put("date_created", now)
			.put("date_updated", now);
		if (!data.has("name")) {
			data.put("name", "Campaign " + now);
		}
		String sendAt = Json.text(data.path("schedule"), "send_at");
		data.put("status", sendAt != null && CampaignRules.dateTime(sendAt).get().isAfter(OffsetDateTime.now())
				? "Created" : "InProgress");
		data.putObject("stats");
		campaigns.put(id, data);
		return success("POST", HttpStatus.OK, data);
	}

	@PutMapping("/{id}")
	ResponseEntity<Object> update(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String sid, @PathVariable String id, @RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuseAccess(auth, sid, "PUT");
		if (refused != null) {
			return refused;
		}
		ObjectNode data = campaigns.get(id);
		if (data == null) {
			return failure("PUT", 404, 1002, "Not found", "Campaign " + id + " does not exist");
		}
		JsonNode change = body.path("campaigns").path(0);
		String invalid = !change.isObject() ? "body must be {\"campaigns\": [ {…} ]}" : invalid(change, false);
		if (invalid != null) {
			return failure("PUT", 400, 1001, "Invalid parameters", invalid);
		}
		String sendAt = Json.text(data.path("schedule"), "send_at");
		boolean started = sendAt == null || !CampaignRules.dateTime(sendAt).get().isAfter(OffsetDateTime.now());
		for (String field : change.propertyNames()) {
			if (started && !AFTER_START.contains(field)) {
				return failure("PUT", 409, 1003, "Conflict", "Only action and callbacks can be updated after send_at: " + field);
			}
		}
		String action = Json.text(change, "action");
		if (action != null) {
			String[] transition = TRANSITIONS.get(action);
			if (transition == null || !Set.of(transition[0].split(",")).contains(Json.text(data, "status"))) {
				return failure("PUT", 409, 1004, "Conflict", "Cannot " + action + " a campaign that is " + Json.text(data, "status"));
			}
			data.put("status", transition[1]);
		}
		change.properties().forEach(property -> {
			if (!"action".equals(property.getKey())) {
				data.set(property.getKey(), property.getValue().deepCopy());
			}
		});
		data.put("date_updated", now());
		return success("PUT", HttpStatus.OK, data);
	}

	@GetMapping("/{id}")
	ResponseEntity<Object> read(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String sid, @PathVariable String id) {
		ResponseEntity<Object> refused = refuseAccess(auth, sid, "GET");
		if (refused != null) {
			return refused;
		}
		ObjectNode data = campaigns.get(id);
		return data == null ? failure("GET", 404, 1002, "Not found", "Campaign " + id + " does not exist")
				: success("GET", HttpStatus.OK, data);
	}

	private static String invalid(JsonNode c, boolean create) {
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
		JsonNode retries = c.path("retries");
		Integer count = Json.integer(retries, "number_of_retries");
		if (count != null && (count < 0 || count > 3)) {
			return "number_of_retries must be between 0 and 3";
		}
		if (count != null && count > 0 && Json.integer(retries, "interval_mins") == null) {
			return "interval_mins is mandatory when number_of_retries is specified";
		}
		String mechanism = Json.text(retries, "mechanism");
		if (mechanism != null && !Set.of("Linear", "Exponential").contains(mechanism)) {
			return "mechanism must be Linear or Exponential";
		}
		if ("custom".equals(Json.text(c, "mode")) && Json.integer(c, "throttle") == null) {
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

	private ResponseEntity<Object> refuseAccess(String auth, String sid, String method) {
		if (!sandbox.active()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		String expected = "Basic " + Base64.getEncoder().encodeToString((ExotelProviderFactory.SANDBOX_KEY + ":"
				+ ExotelProviderFactory.SANDBOX_TOKEN).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(auth)) {
			return failure(method, 401, 1010, "Authentication failed", "Invalid API key or token");
		}
		if (!ExotelProviderFactory.SANDBOX_SID.equals(sid)) {
			return failure(method, 403, 1011, "Forbidden", "The credentials do not belong to account " + sid);
		}
		return null;
	}

	private static ResponseEntity<Object> success(String method, HttpStatus status, ObjectNode data) {
		ObjectNode item = Json.object().put("code", status.value()).put("status", "success");
		item.set("data", data);
		return ResponseEntity.status(status).body(envelope(method, status.value(), item));
	}

	private static ResponseEntity<Object> failure(String method, int status, int code, String message, String description) {
		ObjectNode item = Json.object().put("code", status).put("status", "failure");
		item.putObject("error_data").put("code", code).put("message", message).put("description", description);
		return ResponseEntity.status(status).body(envelope(method, status, item));
	}

	private static ObjectNode envelope(String method, int status, ObjectNode item) {
		ObjectNode body = Json.object().put("request_id", UUID.randomUUID().toString().replace("-", ""))
			.put("method", method).put("http_code", status);
		body.putArray("response").add(item);
		return body;
	}

	private static String now() {
		return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
