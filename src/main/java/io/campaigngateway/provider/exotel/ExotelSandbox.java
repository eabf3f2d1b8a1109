package io.campaigngateway.provider.exotel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.SandboxCampaigns;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's stand-in for Exotel's campaign API v2: Basic auth, the wrapped envelope, the limits, the
 * after-send_at rule, the lifecycle actions, failure items and the list, newest first. It keeps at most
 * {@link SandboxStatus#maxCampaigns} campaigns, dropping the oldest: reading a dropped one is Exotel's 404.
 * A stored campaign is never changed in place: an update stores a changed copy.
 */
@Hidden
@RestController
@RequestMapping(ExotelProviderFactory.SANDBOX_PATH + "/v2/accounts/{sid}/campaigns")
class ExotelSandbox {

	/** Exotel's largest page. */
	static final int MAX_LIMIT = 500;

	private final SandboxCampaigns<ObjectNode> campaigns;

	private final SandboxStatus sandbox;

	ExotelSandbox(SandboxStatus sandbox) {
		this.sandbox = sandbox;
		this.campaigns = new SandboxCampaigns<>(sandbox);
	}

	@PostMapping
	ResponseEntity<Object> create(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String sid, @RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuseAccess(auth, sid, "POST");
		if (refused != null) {
			return refused;
		}
		JsonNode campaign = body.path("campaigns").path(0);
		String invalid = !campaign.isObject() ? "body must be {\"campaigns\": [ {…} ]}" : ExotelSandboxRules.invalid(campaign, true);
		if (invalid != null) {
			return ExotelSandboxRules.failure("POST", 400, 1001, "Invalid parameters", invalid);
		}
		String id = UUID.randomUUID().toString().replace("-", "");
		String now = ExotelSandboxRules.now();
		ObjectNode data = ((ObjectNode) campaign).deepCopy();
		data.put("id", id).put("account_sid", sid).put("campaign_type", "static").put("date_created", now)
			.put("date_updated", now);
		if (!data.has("name")) {
			data.put("name", "Campaign " + now);
		}
		data.put("status", ExotelSandboxRules.started(data) ? "InProgress" : "Created");
		data.putObject("stats");
		campaigns.add(id, data);
		return ExotelSandboxRules.success("POST", data);
	}

	@PutMapping("/{id}")
	ResponseEntity<Object> update(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String sid, @PathVariable String id, @RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuseAccess(auth, sid, "PUT");
		if (refused != null) {
			return refused;
		}
		JsonNode change = body.path("campaigns").path(0);
		String invalid = !change.isObject() ? "body must be {\"campaigns\": [ {…} ]}" : ExotelSandboxRules.invalid(change, false);
		if (invalid != null) {
			return ExotelSandboxRules.failure("PUT", 400, 1001, "Invalid parameters", invalid);
		}
		AtomicReference<ResponseEntity<Object>> answer = new AtomicReference<>(ExotelSandboxRules.notFound("PUT", id));
		campaigns.change(id, data -> {
			ObjectNode changed = changed(data, change, answer);
			return changed == null ? data : changed;
		});
		return answer.get();
	}

	/** The campaign after the change, or null with the refusal in {@code answer}. */
	private static ObjectNode changed(ObjectNode data, JsonNode change, AtomicReference<ResponseEntity<Object>> answer) {
		boolean started = ExotelSandboxRules.started(data);
		for (String field : change.propertyNames()) {
			if (started && !ExotelSandboxRules.AFTER_START.contains(field)) {
				answer.set(ExotelSandboxRules.failure("PUT", 409, 1003, "Conflict",
						"Only action and callbacks can be updated after send_at: " + field));
				return null;
			}
		}
		ObjectNode changed = data.deepCopy();
		String action = Json.text(change, "action");
		if (action != null) {
			String state = ExotelSandboxRules.after(action, Json.text(data, "status"));
			if (state == null) {
				answer.set(ExotelSandboxRules.failure("PUT", 409, 1004, "Conflict",
						"Cannot " + action + " a campaign that is " + Json.text(data, "status")));
				return null;
			}
			changed.put("status", state);
		}
		change.properties().forEach(property -> {
			if (!"action".equals(property.getKey())) {
				changed.set(property.getKey(), property.getValue().deepCopy());
			}
		});
		changed.put("date_updated", ExotelSandboxRules.now());
		answer.set(ExotelSandboxRules.success("PUT", changed));
		return changed;
	}

	@GetMapping("/{id}")
	ResponseEntity<Object> read(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String sid, @PathVariable String id) {
		ResponseEntity<Object> refused = refuseAccess(auth, sid, "GET");
		if (refused != null) {
			return refused;
		}
		ObjectNode data = campaigns.get(id);
		return data == null ? ExotelSandboxRules.notFound("GET", id) : ExotelSandboxRules.success("GET", data);
	}

	/** {@code GET …/campaigns?offset=&limit=}: newest first, {@code limit} 20 unless given, at most 500. */
	@GetMapping
	ResponseEntity<Object> list(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String sid, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String limit) {
		ResponseEntity<Object> refused = refuseAccess(auth, sid, "GET");
		if (refused != null) {
			return refused;
		}
		Integer from = offset == null ? Integer.valueOf(0) : number(offset);
		Integer size = limit == null ? Integer.valueOf(20) : number(limit);
		if (from == null || size == null || size < 1 || size > MAX_LIMIT) {
			return ExotelSandboxRules.failure("GET", 400, 1001, "Invalid parameters",
					"offset must be a whole number from 0, limit one from 1 to " + MAX_LIMIT);
		}
		JsonNode[] page = campaigns.newestFirst(from, size).stream().map(java.util.Map.Entry::getValue).toArray(JsonNode[]::new);
		ResponseEntity<Object> answer = ExotelSandboxRules.success("GET", page);
		((ObjectNode) answer.getBody()).putObject("metadata").put("total", campaigns.size()).put("offset", from)
			.put("limit", size);
		return answer;
	}

	private static Integer number(String text) {
		return text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
	}

	private ResponseEntity<Object> refuseAccess(String auth, String sid, String method) {
		if (!sandbox.active()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		String expected = "Basic " + Base64.getEncoder().encodeToString((ExotelProviderFactory.SANDBOX_KEY + ":"
				+ ExotelProviderFactory.SANDBOX_TOKEN).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(auth)) {
			return ExotelSandboxRules.failure(method, 401, 1010, "Authentication failed", "Invalid API key or token");
		}
		if (!ExotelProviderFactory.SANDBOX_SID.equals(sid)) {
			return ExotelSandboxRules.failure(method, 403, 1011, "Forbidden", "The credentials do not belong to account " + sid);
		}
		return null;
	}
}
