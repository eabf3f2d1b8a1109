package io.campaigngateway.provider.voxo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.SandboxCampaigns;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's stand-in for VOXO API v2: login at {@code /authentication}, Bearer check, the seed's rules
 * ({@link VoxoSandboxChecks}), Feathers-style errors, the unwrapped campaign answers and a Feathers page for the
 * list, with at most {@link SandboxStatus#maxCampaigns} campaigns kept in memory (the oldest dropped, then
 * answered as Feathers' NotFound).
 */
@Hidden
@RestController
@RequestMapping(VoxoProviderFactory.SANDBOX_PATH)
class VoxoSandbox {

	private static final String CAMPAIGNS = "/v2/admin/call-campaigns";

	/** Logins remembered: an older token is refused (401), and a client logs in again. */
	private static final int MAX_TOKENS = 1_000;

	private final SandboxCampaigns<ObjectNode> campaigns;

	private final Set<String> tokens = Collections.newSetFromMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > MAX_TOKENS;
		}
	});

	private final AtomicLong ids = new AtomicLong(100);

	private final SandboxStatus sandbox;

	VoxoSandbox(SandboxStatus sandbox) {
		this.sandbox = sandbox;
		this.campaigns = new SandboxCampaigns<>(sandbox);
	}

	@PostMapping("/authentication")
	ResponseEntity<Object> login(@RequestBody JsonNode body) {
		if (!sandbox.active()) {
			return VoxoSandboxAnswers.error(HttpStatus.NOT_FOUND, "NotFound", "Page not found", Json.object());
		}
		if (!"local".equals(Json.text(body, "strategy")) || !VoxoProviderFactory.SANDBOX_EMAIL.equals(Json.text(body, "email"))
				|| !VoxoProviderFactory.SANDBOX_PASSWORD.equals(Json.text(body, "password"))) {
			return VoxoSandboxAnswers.error(HttpStatus.UNAUTHORIZED, "NotAuthenticated", "Invalid login", Json.object());
		}
		String token = "sandbox-voxo-" + UUID.randomUUID();
		synchronized (tokens) {
			tokens.add(token);
		}
		ObjectNode answer = Json.object().put("accessToken", token);
		answer.putObject("user").put("id", 1).put("email", VoxoProviderFactory.SANDBOX_EMAIL)
			.put("tenantId", VoxoProviderFactory.SANDBOX_TENANT);
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	@PostMapping(CAMPAIGNS)
	ResponseEntity<Object> create(@RequestHeader(value = "Authorization", required = false) String auth,
			@RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuse(auth, body, true);
		if (refused != null) {
			return refused;
		}
		long id = ids.incrementAndGet();
		ObjectNode campaign = VoxoSandboxAnswers.merged(VoxoSandboxAnswers.blank(id), body);
		campaigns.add(String.valueOf(id), campaign);
		return ResponseEntity.status(HttpStatus.CREATED).body(campaign);
	}

	/** A stored campaign is never changed in place: an update stores a changed copy, so reads never see half of one. */
	@PatchMapping(CAMPAIGNS + "/{id}")
	ResponseEntity<Object> update(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String id, @RequestBody JsonNode body) {
		ResponseEntity<Object> refused = refuse(auth, body, false);
		if (refused != null) {
			return refused;
		}
		ObjectNode campaign = campaigns.change(id, current -> VoxoSandboxAnswers.merged(current, body));
		return campaign == null ? VoxoSandboxAnswers.notFound(id) : ResponseEntity.ok(campaign);
	}

	@GetMapping(CAMPAIGNS + "/{id}")
	ResponseEntity<Object> read(@RequestHeader(value = "Authorization", required = false) String auth,
			@PathVariable String id) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		ObjectNode campaign = campaigns.get(id);
		return campaign == null ? VoxoSandboxAnswers.notFound(id) : ResponseEntity.ok(campaign);
	}

	/** Feathers' find: {@code $limit} (default 10, at most 50), {@code $skip}, {@code $sort[id]} 1 or -1. */
	@GetMapping(CAMPAIGNS)
	ResponseEntity<Object> list(@RequestHeader(value = "Authorization", required = false) String auth,
			@RequestParam Map<String, String> query) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		VoxoSandboxAnswers.Query find = VoxoSandboxAnswers.Query.of(query);
		if (find == null) {
			return VoxoSandboxAnswers.error(HttpStatus.BAD_REQUEST, "BadRequest", "Invalid query " + query.keySet(),
					Json.object());
		}
		List<Map.Entry<String, ObjectNode>> page;
		int total;
		synchronized (campaigns) { // its own lock: the count and the page agree
			total = campaigns.size();
			if (find.newestFirst()) {
				page = campaigns.newestFirst(find.skip(), find.limit());
			}
			else {
				int from = Math.max(0, total - find.skip() - find.limit());
				page = new ArrayList<>(campaigns.newestFirst(from, Math.max(0, total - find.skip() - from)));
				Collections.reverse(page);
			}
		}
		return ResponseEntity.ok(VoxoSandboxAnswers.page(total, find, page.stream().map(Map.Entry::getValue).toList()));
	}

	private ResponseEntity<Object> refuse(String auth, JsonNode body, boolean create) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		ObjectNode errors = VoxoSandboxChecks.errors(body, create);
		return errors.isEmpty() ? null
				: VoxoSandboxAnswers.error(HttpStatus.BAD_REQUEST, "BadRequest", "Validation failed", errors);
	}

	private boolean authorized(String auth) {
		if (!sandbox.active() || auth == null || !auth.startsWith("Bearer ")) {
			return false;
		}
		synchronized (tokens) {
			return tokens.contains(auth.substring(7));
		}
	}

	private ResponseEntity<Object> unauthorized() {
		return sandbox.active()
				? VoxoSandboxAnswers.error(HttpStatus.UNAUTHORIZED, "NotAuthenticated", "Not authenticated", Json.object())
				: VoxoSandboxAnswers.error(HttpStatus.NOT_FOUND, "NotFound", "Page not found", Json.object());
	}
}
