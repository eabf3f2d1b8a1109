package io.campaigngateway.api;

import java.net.URI;
import java.util.Set;
import java.util.function.Predicate;

import io.campaigngateway.api.filter.AccessLogFilter;
import io.campaigngateway.api.filter.ApiKeyFilter;
import io.campaigngateway.api.filter.RequestIdFilter;
import io.campaigngateway.api.openapi.ApiExamples;
import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignId;
import io.campaigngateway.idempotency.IdempotentCreates;
import io.campaigngateway.service.CampaignList;
import io.campaigngateway.service.CampaignService;
import io.campaigngateway.service.DryRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /campaigns}: thin on purpose. The service decides; a request waits for the provider on its own virtual thread.
 * A dry run has routes of its own, so each route answers one type; {@code ?dryRun=true} on a create or an update
 * (contract §3) answers the same.
 */
@RestController
@RequestMapping(path = "/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "campaigns", description = "Create, read, change and list campaigns at any connection, or see what a change would send")
class CampaignController {

	private static final String MERGE_PATCH = "application/merge-patch+json";

	private static final String CAMPAIGN = "#/components/schemas/Campaign";

	private static final String PATCH = "#/components/schemas/CampaignPatch";

	private static final String DRY_RUN = "#/components/schemas/DryRun";

	private final CampaignService service;

	private final JsonBodies bodies;

	private final IdempotentCreates idempotent;

	CampaignController(CampaignService service, JsonBodies bodies, IdempotentCreates idempotent) {
		this.service = service;
		this.bodies = bodies;
		this.idempotent = idempotent;
	}

	@Operation(operationId = "createCampaign", summary = "Create a campaign at the connection named in the body",
			description = "Answers the campaign as its provider now holds it, with `Location`. A body may be sent gzipped"
					+ " (`Content-Encoding: gzip`). `?dryRun=true` answers a `DryRun` instead, as"
					+ " `POST /campaigns/dry-run` does (contract §3); typed clients call that.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/CampaignCreate"))))
	@ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(ref = CAMPAIGN)))
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> create(@org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
		if (QueryParameters.dryRun(request)) {
			return planCreate(body, request);
		}
		JsonNode campaign = campaign(body, request);
		return idempotent.create(idempotencyKey, campaign, ApiKeyFilter.caller(request),
				() -> created(service.create(campaign, ApiKeyFilter.caller(request))));
	}

	@Operation(operationId = "dryRunCreateCampaign", summary = "Show the requests a create would send, without sending them",
			description = "Checks the campaign as a create does and answers the provider requests it would make, secrets"
					+ " masked; nothing is sent. The same as `POST /campaigns?dryRun=true`.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/CampaignCreate"))))
	@ApiResponse(responseCode = "200", description = "The requests", content = @Content(schema = @Schema(ref = DRY_RUN)))
	@PostMapping(path = "/dry-run", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> dryRunCreate(@org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body,
			HttpServletRequest request) {
		QueryParameters.none(request);
		return planCreate(body, request);
	}

	@Operation(operationId = "updateCampaign", summary = "Change the fields present in the body, nothing else",
			description = "A JSON Merge Patch (RFC 7396), sent as `application/merge-patch+json` or `application/json`"
					+ " (gzipped if you like): a field left out keeps its value, `null` clears a field where the provider"
					+ " can clear it, a list is replaced whole. Answers the campaign after the change. `?dryRun=true`"
					+ " answers a `DryRun` instead, as `PATCH /campaigns/{id}/dry-run` does (contract §3); typed clients"
					+ " call that.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(ref = PATCH), examples = {
							@ExampleObject(name = "rename", summary = "Rename the campaign",
									description = "Only the name changes.", value = ApiExamples.PATCH),
							@ExampleObject(name = "clear", summary = "Clear the agent's first line",
									description = "`null` clears a field where the provider can clear it.", value = ApiExamples.CLEAR) }),
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = PATCH)) }))
	@ApiResponse(responseCode = "200", description = "The campaign after the change", content = @Content(schema = @Schema(ref = CAMPAIGN)))
	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH })
	ResponseEntity<Object> update(@PathVariable String id,
			@org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request) {
		Predicate<Campaign> precondition = CampaignTags.ifMatch(ifMatch);
		return QueryParameters.dryRun(request) ? planUpdate(id, body, request)
				: ok(service.update(id, bodies.parse(body), ApiKeyFilter.caller(request), precondition));
	}

	@Operation(operationId = "dryRunUpdateCampaign", summary = "Show the requests a change would send, without sending them",
			description = "Checks the patch as an update does and answers the provider requests it would make (a read"
					+ " it needs first is made), secrets masked; nothing that changes anything is sent. `If-Match` is not"
					+ " checked. The same as `PATCH /campaigns/{id}?dryRun=true`.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(ref = PATCH)),
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = PATCH)) }))
	@ApiResponse(responseCode = "200", description = "The requests", content = @Content(schema = @Schema(ref = DRY_RUN)))
	@PatchMapping(path = "/{id}/dry-run", consumes = { MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH })
	ResponseEntity<Object> dryRunUpdate(@PathVariable String id,
			@org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body, HttpServletRequest request) {
		QueryParameters.none(request);
		return planUpdate(id, body, request);
	}

	@Operation(operationId = "getCampaign", summary = "Read a campaign back from its provider, in the normalized shape",
			description = "Answers with the campaign's `ETag`: send it in `If-Match` on a PATCH to change the campaign only"
					+ " if it is still as read, or in `If-None-Match` here for a 304 while it is unchanged.")
	@ApiResponse(responseCode = "200", description = "The campaign", content = @Content(schema = @Schema(ref = CAMPAIGN)))
	@ApiResponse(responseCode = "304", description = "Not modified: `If-None-Match` names the campaign's `ETag`", content = @Content)
	@GetMapping("/{id}")
	ResponseEntity<Campaign> read(@PathVariable String id, HttpServletRequest request) {
		// Spring MVC answers a GET's If-None-Match itself, from the ETag on the answer
		Campaign campaign = service.read(id, ApiKeyFilter.caller(request));
		return ResponseEntity.ok().eTag(CampaignTags.of(campaign).formattedTag()).body(campaign);
	}

	@Operation(operationId = "listCampaigns", summary = "List a connection's campaigns, a page at a time",
			description = "Newest first where the provider orders them. A connection whose provider cannot list is a 422"
					+ " naming `connection`.")
	@ApiResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(ref = "#/components/schemas/CampaignList")))
	@GetMapping
	ResponseEntity<CampaignList> list(
			@Parameter(description = "The connection whose campaigns to list", required = true, example = ApiExamples.CONNECTION,
					schema = @Schema(pattern = "^" + CampaignId.CONNECTION_NAME + "$")) @RequestParam(required = false) String connection,
			@Parameter(description = "How many campaigns a page holds", schema = @Schema(type = "integer", defaultValue = "20",
					minimum = "1", maximum = "100")) @RequestParam(required = false) String limit,
			@Parameter(description = "The next page: the `next` of the page before, as it was given") @RequestParam(required = false) String cursor,
			HttpServletRequest request) {
		Set<String> accepted = Set.of("connection", "limit", "cursor");
		QueryParameters.single(request, "connection", accepted);
		QueryParameters.single(request, "cursor", accepted);
		String size = QueryParameters.single(request, "limit", accepted);
		request.setAttribute(AccessLogFilter.CONNECTION, connection);
		return ResponseEntity.ok(service.list(connection, size == null ? CampaignService.DEFAULT_LIMIT : wholeNumber("limit", size),
				cursor, ApiKeyFilter.caller(request)));
	}

	private static int wholeNumber(String name, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw QueryParameters.malformed(name, "must be a whole number");
		}
	}

	private static ResponseEntity<Object> ok(Object body) {
		return ResponseEntity.ok(body);
	}

	private ResponseEntity<Object> planCreate(byte[] body, HttpServletRequest request) {
		return shown(service.planCreate(campaign(body, request), ApiKeyFilter.caller(request)), request);
	}

	private ResponseEntity<Object> planUpdate(String id, byte[] body, HttpServletRequest request) {
		return shown(service.planUpdate(id, bodies.parse(body), ApiKeyFilter.caller(request)), request);
	}

	/** A create's body; its connection names the access log's. */
	private JsonNode campaign(byte[] body, HttpServletRequest request) {
		JsonNode campaign = bodies.parse(body);
		request.setAttribute(AccessLogFilter.CONNECTION, campaign.path("connection").asString(null));
		return campaign;
	}

	/** A dry run shows the request id too (RequestIdFilter gives every request one): the client sends it. */
	private static ResponseEntity<Object> shown(DryRun plan, HttpServletRequest request) {
		return ok(plan.withHeader(RequestIdFilter.HEADER, RequestIdFilter.requestId(request)));
	}

	private static ResponseEntity<Object> created(Campaign campaign) {
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/campaigns/" + campaign.id())).body(campaign);
	}
}
