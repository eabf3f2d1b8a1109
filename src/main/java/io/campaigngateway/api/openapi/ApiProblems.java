package io.campaigngateway.api.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.campaigngateway.api.problem.Problems;
import io.campaigngateway.campaign.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Contract §5's problem answers: the {@code Problem} schema and one shared response per status, each
 * {@code application/problem+json} with the headers that status carries.
 */
final class ApiProblems {

	/** A shared response: its component name, what it means, and the headers it adds to every answer's. */
	record Answer(String component, String description, List<String> headers) {
	}

	static final Map<String, Answer> BY_STATUS = new LinkedHashMap<>();

	static {
		answer("400", "MalformedRequest", "`malformed-request`: the body is not JSON or has a wrong JSON type for a"
				+ " field, the id is not `{connection}:{providerCampaignId}`, or a query parameter or header is malformed");
		answer("401", "Unauthorized", "`unauthorized`: the API key is missing or wrong", "WWW-Authenticate");
		answer("403", "Forbidden", "`forbidden`: the key may not use this connection");
		answer("404", "NotFound", "`not-found`: no such connection, or the provider has no such campaign");
		answer("406", "NotAcceptable", "`not-acceptable`: `Accept` excludes JSON");
		answer("409", "Conflict", "`conflict`: the provider refuses the change in the campaign's current state, or a"
				+ " create with the same `Idempotency-Key` is still in flight");
		answer("412", "PreconditionFailed", "`precondition-failed`: the campaign has changed since the read whose"
				+ " `ETag` `If-Match` names");
		answer("413", "PayloadTooLarge", "`payload-too-large`: the body is larger than the gateway's limit");
		answer("415", "UnsupportedMediaType", "`unsupported-media-type`: the body is not sent as JSON, or in a"
				+ " `Content-Encoding` other than gzip", "Accept-Encoding");
		answer("422", "Unprocessable", "`validation` (the gateway's checks: every invalid, unknown or uncarried field,"
				+ " each by its JSON pointer) or `upstream-validation` (the provider's own, mapped onto your field names)");
		answer("429", "RateLimited", "`rate-limited`: the connection's rate limit or the provider's, retries spent",
				"Retry-After");
		answer("502", "UpstreamFailed", "`upstream-auth` (the provider refuses the gateway's credentials) or"
				+ " `upstream-error` (the provider failed or answered garbage)");
		answer("503", "Unavailable", "`unavailable`: the circuit to the connection is open, or the shared store (Redis) does not answer", "Retry-After");
		answer("504", "UpstreamTimeout", "`upstream-timeout`: the provider did not answer in time");
	}

	private ApiProblems() {
	}

	private static void answer(String status, String component, String description, String... headers) {
		BY_STATUS.put(status, new Answer(component, description, List.of(headers)));
	}

	static void addTo(Components components) {
		components.addSchemas("Problem", problem());
		components.addSchemas("FieldProblem", object("One problem with one field or parameter.", List.of("code", "message"))
			.addProperty("pointer", CampaignSchemas.example(string("A JSON Pointer into the request body (RFC 6901), e.g."
					+ " `/callerId`; absent for a query parameter or header."), "/callerId"))
			.addProperty("code", CampaignSchemas.example(string("What is wrong: `required`, `pattern`, `unsupported`,"
					+ " `unknown-field`, `not-clearable`, `type`, …"), "pattern"))
			.addProperty("message", string("What is wrong, for people.")));
		components.addSchemas("Upstream", object("What the provider answered, secrets removed.", List.of("status"))
			.addProperty("status", new Schema<>().types(CampaignSchemas.types("integer")).format("int32")
				.description("The provider's HTTP status."))
			.addProperty("body", new Schema<>().description("The provider's body, as JSON where it was JSON.")));
		Content content = new Content().addMediaType(Problems.PROBLEM_JSON.toString(),
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
		BY_STATUS.forEach((status, answer) -> {
			ApiResponse response = new ApiResponse().description(answer.description()).content(content);
			ApiHeaders.ON_EVERY_ANSWER.forEach(header -> response.addHeaderObject(header, ApiHeaders.ref(header)));
			answer.headers().forEach(header -> response.addHeaderObject(header, ApiHeaders.ref(header)));
			components.addResponses(answer.component(), response);
		});
	}

	private static Schema<?> problem() {
		List<String> slugs = java.util.Arrays.stream(ProblemType.values())
			.map(type -> "`" + type.uri().substring(ProblemType.BASE_URI.length()) + "`")
			.toList();
		return object("An RFC 9457 problem: every error the API answers.", List.of("type", "title", "status"))
			.addProperty("type", CampaignSchemas.example(string("The kind of problem: `" + ProblemType.BASE_URI
					+ "` and one of " + String.join(", ", slugs) + ".").format("uri"), ProblemType.VALIDATION.uri()))
			.addProperty("title", string("What kind of problem, for people."))
			.addProperty("status", new Schema<>().types(CampaignSchemas.types("integer")).format("int32")
				.minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).description("The HTTP status."))
			.addProperty("detail", string("This occurrence, for people."))
			.addProperty("instance", string("The path the problem is about.").format("uri-reference"))
			.addProperty("requestId", string("The request's `X-Request-Id`."))
			.addProperty("errors", new Schema<>().types(CampaignSchemas.types("array"))
				.items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
				.description("Every invalid field or parameter, all of them in one answer."))
			.addProperty("upstream", new Schema<>().$ref("#/components/schemas/Upstream")
				.description("What the provider answered, when it did."));
	}

	static Schema<?> object(String description, List<String> required) {
		return new Schema<>().types(CampaignSchemas.types("object")).description(description).required(required);
	}

	static Schema<?> string(String description) {
		return new Schema<>().types(CampaignSchemas.types("string")).description(description);
	}
}
