package io.campaigngateway.provider.toingg;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.SandboxCampaigns;
import io.campaigngateway.provider.spi.SandboxStatus;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's stand-in for Toingg API v3: the same paths, Bearer check, validation (script of 200+
 * characters) and answer shapes, with at most {@link SandboxStatus#maxCampaigns} campaigns kept in memory (the
 * oldest dropped: then it is not listed and its update is Toingg's 404). Reached over real HTTP by the sandbox
 * connection, so the whole outbound path runs. It plays Toingg, so it shares none of the adapter's wire types.
 */
@Hidden
@RestController
@RequestMapping(ToinggProviderFactory.SANDBOX_PATH)
class ToinggSandbox {

	private static final List<String> VOICES = List.of("Aarav", "Meera", "Olivia", "James");

	private static final List<String> LANGUAGES = List.of("english", "hindi");

	private final SandboxCampaigns<ObjectNode> campaigns;

	private final SandboxStatus sandbox;

	ToinggSandbox(SandboxStatus sandbox) {
		this.sandbox = sandbox;
		this.campaigns = new SandboxCampaigns<>(sandbox);
	}

	@PostMapping("/create_campaign")
	ResponseEntity<Object> createWithoutSlash() {
		return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)
			.header("Location", ToinggProviderFactory.SANDBOX_PATH + "/create_campaign/")
			.build();
	}

	@PostMapping("/create_campaign/")
	ResponseEntity<Object> create(@RequestHeader(value = "Authorization", required = false) String auth,
			@RequestBody JsonNode model) {
		ResponseEntity<Object> refused = refuse(auth, model, List.of("body"));
		if (refused != null) {
			return refused;
		}
		String id = HexFormat.of().formatHex(randomBytes());
		campaigns.add(id, (ObjectNode) model);
		return ok("Campaign created successfully", Json.object().put("campaignId", id));
	}

	@PostMapping("/update_campaign")
	ResponseEntity<Object> update(@RequestHeader(value = "Authorization", required = false) String auth,
			@RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuse(auth, body.path("campaignModelData"), List.of("body", "campaignModelData"));
		if (refused != null) {
			return refused;
		}
		String id = Json.text(body, "campId");
		if (id == null || campaigns.change(id, old -> (ObjectNode) body.get("campaignModelData")) == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Json.object().put("detail", "Campaign not found"));
		}
		return ok("Campaign updated successfully", Json.object().put("campaignId", id));
	}

	/** Newest first (the gateway always asks {@code sort=-1}; other orders are not emulated). */
	@GetMapping("/get_campaigns")
	ResponseEntity<Object> list(@RequestHeader(value = "Authorization", required = false) String auth,
			@RequestParam(defaultValue = "0") int skip, @RequestParam(defaultValue = "10") int limit) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		ArrayNode detail = Json.array();
		if (skip < 0) {
			issue(detail, List.of("query"), "skip", "Input should be greater than or equal to 0", "greater_than_equal");
		}
		if (limit < 0) {
			issue(detail, List.of("query"), "limit", "Input should be greater than or equal to 0", "greater_than_equal");
		}
		if (!detail.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Json.object().set("detail", detail));
		}
		ArrayNode result = Json.array();
		campaigns.newestFirst(skip, limit).forEach(entry -> {
			ObjectNode item = result.addObject();
			item.put("campId", entry.getKey());
			item.set("campaignModelData", entry.getValue());
		});
		return ok("Campaigns fetched", result);
	}

	@GetMapping("/get_supported_voices")
	ResponseEntity<Object> voices(@RequestHeader(value = "Authorization", required = false) String auth) {
		return authorized(auth) ? ok("Voices fetched", Json.object().set("voice", Json.strings(VOICES))) : unauthorized();
	}

	@GetMapping("/get_supported_languages")
	ResponseEntity<Object> languages(@RequestHeader(value = "Authorization", required = false) String auth) {
		return authorized(auth) ? ok("Languages fetched", Json.object().set("languages", Json.strings(LANGUAGES)))
				: unauthorized();
	}

	private ResponseEntity<Object> refuse(String auth, JsonNode model, List<String> loc) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		ArrayNode detail = Json.array();
		if (!model.isObject()) {
			ObjectNode item = detail.addObject();
			item.set("loc", Json.strings(loc));
			item.put("msg", "Input should be a valid dictionary");
			item.put("type", "dict_type");
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Json.object().set("detail", detail));
		}
		for (String field : List.of("title", "voice", "language", "script")) {
			if (!model.path(field).isString() || model.path(field).asString().isBlank()) {
				issue(detail, loc, field, "Field required", "missing");
			}
		}
		String script = Json.text(model, "script");
		if (script != null && !script.isBlank() && script.length() < 200) {
			issue(detail, loc, "script", "The script should have a minimum of 200 characters.", "string_too_short");
		}
		String voice = Json.text(model, "voice");
		if (voice != null && !voice.isBlank() && !VOICES.contains(voice)) {
			issue(detail, loc, "voice", "Unsupported voice", "value_error");
		}
		String language = Json.text(model, "language");
		if (language != null && !language.isBlank() && !LANGUAGES.contains(language)) {
			issue(detail, loc, "language", "Unsupported language", "value_error");
		}
		return detail.isEmpty() ? null
				: ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Json.object().set("detail", detail));
	}

	private static void issue(ArrayNode detail, List<String> loc, String field, String msg, String type) {
		List<String> path = new ArrayList<>(loc);
		path.add(field);
		ObjectNode item = detail.addObject();
		item.set("loc", Json.strings(path));
		item.put("msg", msg);
		item.put("type", type);
	}

	private boolean authorized(String auth) {
		return sandbox.active() && ("Bearer " + ToinggProviderFactory.SANDBOX_TOKEN).equals(auth);
	}

	private ResponseEntity<Object> unauthorized() {
		HttpStatus status = sandbox.active() ? HttpStatus.UNAUTHORIZED : HttpStatus.NOT_FOUND;
		return ResponseEntity.status(status).body(Json.object().put("detail", sandbox.active() ? "Not authenticated" : "Not Found"));
	}

	private static ResponseEntity<Object> ok(String message, JsonNode result) {
		ObjectNode body = Json.object().put("status", true).put("message", message);
		body.set("result", result);
		return ResponseEntity.ok(body);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[12];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}
}
