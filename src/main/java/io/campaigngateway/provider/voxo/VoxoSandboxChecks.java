package io.campaigngateway.provider.voxo;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.provider.spi.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the VOXO emulator refuses, as seed 002 documents it: unknown fields, the patterns, the enums, a name of 3+
 * characters, {@code callFrequency > 9}, an IANA zone, and a {@code tenantId} and {@code name} on create. Its own
 * list of VOXO's fields, apart from the adapter's wire records: the emulator plays VOXO, so sharing them would
 * hide a mismatch.
 */
final class VoxoSandboxChecks {

	private static final Pattern DATE = Pattern.compile("^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$");

	private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):([0-5]\\d)$");

	private static final Map<String, Pattern> PATTERNS = Map.of("dateStart", DATE, "dateEnd", DATE, "timeStart", TIME,
			"timeEnd", TIME, "callHoursStart", TIME, "callHoursEnd", TIME, "callerId", Pattern.compile("^[1-9]\\d{9}$"));

	private static final Set<String> FIELDS = Set.of("tenantId", "name", "tech", "state", "dateStart", "timeStart",
			"dateEnd", "timeEnd", "callerId", "recording", "message", "numbers", "destinations", "timezone",
			"callFrequency", "matchDestinations", "notMatchDestinations", "enableVMDetect", "callHoursStart",
			"callHoursEnd");

	private VoxoSandboxChecks() {
	}

	/** VOXO's complaints about a create or update body, by field; empty when it takes the body. */
	static ObjectNode errors(JsonNode body, boolean create) {
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
		oneOf(errors, body, "state", Set.of("READY", "PAUSED"));
		oneOf(errors, body, "tech", Set.of("VOICE"));
		oneOf(errors, body, "recording", Set.of("yes", "no"));
		oneOf(errors, body, "enableVMDetect", Set.of("1", "0"));
		if (body.has("timezone") && !CampaignRules.isZone(Json.text(body, "timezone"))) {
			errors.put("timezone", "must be an IANA time zone");
		}
		if (create && !body.path("tenantId").isNumber()) {
			errors.put("tenantId", "is required");
		}
		if (create && !body.has("name")) {
			errors.put("name", "is required");
		}
		return errors;
	}

	private static void oneOf(ObjectNode errors, JsonNode body, String field, Set<String> allowed) {
		if (body.has(field) && !(body.get(field).isString() && allowed.contains(body.get(field).asString()))) {
			errors.put(field, "must be one of " + allowed);
		}
	}
}
