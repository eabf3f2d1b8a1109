package io.campaigngateway.provider.voxo;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.SandboxStatus;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's stand-in for VOXO API v2: login at {@code /authentication}, Bearer check, the seed's
 * patterns, Feathers-style errors, and the unwrapped campaign answers, kept in memory.
 */
@Hidden
@RestController
@RequestMapping(VoxoProviderFactory.SANDBOX_PATH)
class VoxoSandbox {

	private static final Map<String, Pattern> PATTERNS = Map.of(
			"dateStart", Pattern.compile("^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$"),
			"dateEnd", Pattern.compile("^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$"),
			"timeStart", Pattern.compile("^([01]\\d|2[0-3]):([0-5]\\d)$"),
			"timeEnd", Pattern.compile("^([01]\\d|2[0-3]):([0-5]\\d)$"),
			"callHoursStart", Pattern.compile("^([01]\\d|2[0-3]):([0-5]\\d)$"),
			"callHoursEnd", Pattern.compile("^([01]\\d|2[0-3]):([0-5]\\d)$"),
			"callerId", Pattern.compile("^[1-9]\\d{9}$"));

	private static final Set<String> FIELDS = Set.of("tenantId", "name", "tech", "state", "dateStart", "timeStart",
			"dateEnd", "timeEnd", "callerId", "recording", "message", "numbers", "destinations", "timezone",
			"callFrequency", "matchDestinations", "notMatchDestinations", "enableVMDetect", "callHoursStart",
			"callHoursEnd");

	private final Map<Long, ObjectNode> campaigns = new ConcurrentHashMap<>();

	private final Set<String> tokens = ConcurrentHashMap.newKeySet();

	private final AtomicLong ids = new AtomicLong(100);

	private final SandboxStatus sandbox;

	VoxoSandbox(SandboxStatus sandbox) {
		this.sandbox = sandbox;
	}

	@PostMapping("/authentication")
	ResponseEntity<Object> login(@RequestBody JsonNode body) {
		if (!sandbox.active()) {
			return error(HttpStatus.NOT_FOUND, "NotFound", "Page not found", Json.object());
		}
		if (!"local".equals(Json.text(body, "strategy")) || !VoxoProviderFactory.SANDBOX_EMAIL.equals(Json.text(body, "email"))
				|| !VoxoProviderFactory.SANDBOX_PASSWORD.equals(Json.text(body, "password"))) {
			return error(HttpStatus.UNAUTHORIZED, "NotAuthenticated", "Invalid login", Json.object());
		}
		String token = "sandbox-voxo-" + UUID.randomUUID();
		tokens.add(token);
		ObjectNode answer = Json.object().put("accessToken", token);
		answer.putObject("user").put("id", 1).put("email", VoxoProviderFactory.SANDBOX_EMAIL)
			.put("tenantId", VoxoProviderFactory.SANDBOX_TENANT);
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	@PostMapping("/v2/admin/call-campaigns")
	ResponseEntity<Object> create(@RequestHeader(value = "Authorization", required = false) String auth,
			@RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuse(auth, body, true);
		if (refused != null) {
			return refused;
		}
		long id = ids.incrementAndGet();
		ObjectNode campaign = blank(id);
		merge(campaign, body);
		campaigns.put(id, campaign);
		return ResponseEntity.status(HttpStatus.CREATED).body(campaign);
	}

	@PatchMapping("/v2/admin/call-campaigns/{id}")
	ResponseEntity<Object> update(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String id, @RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuse(auth, body, false);
		if (refused != null) {
			return refused;
		}
		ObjectNode campaign = find(id);
		if (campaign == null) {
			return notFound(id);
		}
		merge(campaign, body);
		return ResponseEntity.ok(campaign);
	}

	@GetMapping("/v2/admin/call-campaigns/{id}")
	ResponseEntity<Object> read(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String id) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		ObjectNode campaign = find(id);
		return campaign == null ? notFound(id) : ResponseEntity.ok(campaign);
	}

	private ResponseEntity<Object> refuse(String auth, JsonNode body, boolean create) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		ObjectNode errors = Json.object();
		body.properties().forEach(property -> {
			if (!FIELDS.contains(property.getKey())) {
				errors.put(property.getKey(), "is not allowed");
			}
		});
		PATTERNS.forEach((field, pattern) -> {
			String value = Json.text(body, field);
			if (body.has(field) && (value == null || !pattern.matcher(value).matches())) {
				errors.put(field, "does not match " + pattern.pattern());
			}
		});
		if (body.has("name") && (Json.text(body, "name") == null || Json.text(body, "name").length() < 3)) {
			errors.put("name", "must NOT have fewer than 3 characters");
		}
		if (body.has("callFrequency") && !(body.get("callFrequency").isNumber() && body.get("callFrequency").asDouble() > 9)) {
			errors.put("callFrequency", "must be > 9");
		}
		check(errors, body, "state", Set.of("READY", "PAUSED"));
		check(errors, body, "tech", Set.of("VOICE"));
		check(errors, body, "recording", Set.of("yes", "no"));
		check(errors, body, "enableVMDetect", Set.of("1", "0"));
		String zone = Json.text(body, "timezone");
		if (body.has("timezone") && !CampaignRules.isZone(zone)) {
			errors.put("timezone", "must be an IANA time zone");
		}
		if (create && !body.path("tenantId").isNumber()) {
			errors.put("tenantId", "is required");
		}
		if (create && !body.has("name")) {
			errors.put("name", "is required");
		}
		return errors.isEmpty() ? null : error(HttpStatus.BAD_REQUEST, "BadRequest", "Validation failed", errors);
	}

	private static void check(ObjectNode errors, JsonNode body, String field, Set<String> allowed) {
		if (body.has(field) && !(body.get(field).isString() && allowed.contains(body.get(field).asString()))) {
			errors.put(field, "must be one of " + allowed);
		}
	}

	private static ObjectNode blank(long id) {
		ObjectNode campaign = Json.object();
		campaign.put("id", id).put("tenantId", VoxoProviderFactory.SANDBOX_TENANT).putNull("name").put("type", "CALL");
		for (String field : new String[] { "dateStart", "dateEnd", "callerId", "callDelay", "state", "lastrun",
				"dialtimeout", "tech", "message", "timeStart", "timeEnd", "timezone", "callFrequency", "callHoursStart",
				"callHoursEnd", "recording" }) {
			campaign.putNull(field);
		}
		campaign.put("state", "READY");
		campaign.putArray("numbers");
		campaign.putArray("destinations");
		campaign.put("enableVMDetect", 0);
		campaign.putArray("matchDestinations");
		campaign.putArray("notMatchDestinations");
		return campaign;
	}

	/** Stores as VOXO answers: VM detection as a number, destinations in the response shape. */
	private static void merge(ObjectNode campaign, JsonNode body) {
		body.properties().forEach(property -> {
			String key = property.getKey();
			JsonNode value = property.getValue();
			if ("enableVMDetect".equals(key)) {
				campaign.put(key, Integer.parseInt(value.asString()));
			}
			else if (key.endsWith("estinations") && value.isArray()) {
				var array = campaign.putArray(key);
				for (JsonNode d : value) {
					array.addObject().put("typeSrc", "campaign").put("destType", Json.text(d, "type"))
						.put("id", d.path("id").asLong()).put("order", d.path("order").asInt(0));
				}
			}
			else if (!"tenantId".equals(key)) {
				campaign.set(key, value.deepCopy());
			}
		});
	}

	private ObjectNode find(String id) {
		return id.matches("[0-9]{1,18}") ? campaigns.get(Long.parseLong(id)) : null;
	}

	private boolean authorized(String auth) {
		return sandbox.active() && auth != null && auth.startsWith("Bearer ") && tokens.contains(auth.substring(7));
	}

	private ResponseEntity<Object> unauthorized() {
		return sandbox.active() ? error(HttpStatus.UNAUTHORIZED, "NotAuthenticated", "Not authenticated", Json.object())
				: error(HttpStatus.NOT_FOUND, "NotFound", "Page not found", Json.object());
	}

	private static ResponseEntity<Object> notFound(String id) {
		return error(HttpStatus.NOT_FOUND, "NotFound", "No record found for id '" + id + "'", Json.object());
	}

	private static ResponseEntity<Object> error(HttpStatus status, String name, String message, ObjectNode errors) {
		ObjectNode body = Json.object().put("name", name).put("message", message).put("code", status.value())
			.put("className", name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());
		body.set("errors", errors);
		return ResponseEntity.status(status).body(body);
	}
}
