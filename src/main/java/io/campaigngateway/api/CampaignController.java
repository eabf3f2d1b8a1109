package io.campaigngateway.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.Set;
import java.util.function.Predicate;

import io.campaigngateway.api.filter.AccessLogFilter;
import io.campaigngateway.api.filter.ApiKeyFilter;
import io.campaigngateway.api.filter.RequestIdFilter;
import io.campaigngateway.api.openapi.ApiExamples;
import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.idempotency.IdempotentCreates;
import io.campaigngateway.service.CampaignList;
import io.campaigngateway.service.CampaignService;
import io.campaigngateway.service.DryRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/**
 * {@code /campaigns}: thin on purpose. The service decides; a request waits for the provider on its own virtual thread.
 */
@RestController
@RequestMapping(path = "/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
class CampaignController {

	private static final String MERGE_PATCH = "application/merge-patch+json";

	private final CampaignService service;

	private final JsonBodies bodies;

	private final IdempotentCreates idempotent;

	CampaignController(CampaignService service, JsonBodies bodies, IdempotentCreates idempotent) {
		this.service = service;
		this.bodies = bodies;
		this.idempotent = idempotent;
	}

	@Operation(summary = "Create a campaign at the connection named in the body",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = Campaign.class),
							examples = { @ExampleObject(name = "toingg", value = ApiExamples.TOINGG_CREATE),
									@ExampleObject(name = "voxo", value = ApiExamples.VOXO_CREATE),
									@ExampleObject(name = "exotel", value = ApiExamples.EXOTEL_CREATE) })))
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(schema = @Schema(implementation = Campaign.class)))
	@ApiResponse(responseCode = "200", description = "Dry run: the requests the gateway would send",
			content = @Content(schema = @Schema(implementation = DryRun.class)))
	@DryRunParameter
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> create(@RequestBody(required = false) byte[] body,
			@Parameter(description = "Replays the first answer for the same key and body within 24 hours") @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request) {
		boolean dryRun = QueryParameters.dryRun(request);
		JsonNode campaign = bodies.parse(body);
		request.setAttribute(AccessLogFilter.CONNECTION, campaign.path("connection").asString(null));
		if (dryRun) {
			return shown(service.planCreate(campaign, ApiKeyFilter.caller(request)), request);
		}
		return idempotent.create(idempotencyKey, campaign, ApiKeyFilter.caller(request),
				() -> created(service.create(campaign, ApiKeyFilter.caller(request))));
	}

	@Operation(summary = "Change the fields present in the body, nothing else (JSON Merge Patch)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = Campaign.class),
							examples = @ExampleObject(name = "rename", value = ApiExamples.PATCH))))
	@ApiResponse(responseCode = "200", description = "The campaign after the change (or, with dryRun, the requests)",
			content = @Content(schema = @Schema(implementation = Campaign.class)))
	@DryRunParameter
	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH })
	ResponseEntity<Object> update(@PathVariable String id, @RequestBody(required = false) byte[] body,
			@Parameter(description = "Change the campaign only if it is still as read: its ETag from GET (412 otherwise); a dry run does not check it") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletRequest request) {
		Predicate<Campaign> precondition = CampaignTags.ifMatch(ifMatch);
		return QueryParameters.dryRun(request)
				? shown(service.planUpdate(id, bodies.parse(body), ApiKeyFilter.caller(request)), request)
				: ok(service.update(id, bodies.parse(body), ApiKeyFilter.caller(request), precondition));
	}

	@Operation(summary = "Read a campaign back from its provider, in the normalized shape")
	@ApiResponse(responseCode = "200", description = "The campaign; its ETag is what PATCH takes in If-Match",
			headers = @Header(name = HttpHeaders.ETAG, description = "The campaign's entity tag", schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = Campaign.class)))
	@ApiResponse(responseCode = "304", description = "Not modified: If-None-Match names the campaign's ETag", content = @Content,
			headers = @Header(name = HttpHeaders.ETAG, description = "The campaign's entity tag", schema = @Schema(type = "string")))
	@Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, schema = @Schema(type = "string"),
			description = "304 without a body while the campaign's ETag is one of these")
	@GetMapping("/{id}")
	ResponseEntity<Campaign> read(@PathVariable String id, HttpServletRequest request) {
		// Spring MVC answers a GET's If-None-Match itself, from the ETag on the answer
		Campaign campaign = service.read(id, ApiKeyFilter.caller(request));
		return ResponseEntity.ok().eTag(CampaignTags.of(campaign).formattedTag()).body(campaign);
	}

	@Operation(summary = "The campaigns of one connection, newest first where the provider orders them, a page at a time")
	@GetMapping
	ResponseEntity<CampaignList> list(
			@Parameter(description = "The connection whose campaigns to list", required = true) @RequestParam(required = false) String connection,
			@Parameter(description = "How many campaigns a page holds: 1 to 100", schema = @Schema(type = "integer", defaultValue = "20", minimum = "1", maximum = "100")) @RequestParam(required = false) String limit,
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

	/** Documents {@link QueryParameters#dryRun}'s one parameter, which the handlers read themselves to refuse any other. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(name = QueryParameters.DRY_RUN, in = ParameterIn.QUERY,
			description = "true: show the outbound requests instead of sending them (no other parameter is accepted)",
			schema = @Schema(type = "boolean", defaultValue = "false"))
	@interface DryRunParameter {
	}

	private static ResponseEntity<Object> ok(Object body) {
		return ResponseEntity.ok(body);
	}

	/** A dry run shows the request id too (RequestIdFilter gives every request one): the client sends it. */
	private static ResponseEntity<Object> shown(DryRun plan, HttpServletRequest request) {
		return ok(plan.withHeader(RequestIdFilter.HEADER, RequestIdFilter.requestId(request)));
	}

	private static ResponseEntity<Object> created(Campaign campaign) {
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/campaigns/" + campaign.id())).body(campaign);
	}
}
