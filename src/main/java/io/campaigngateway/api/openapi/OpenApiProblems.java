package io.campaigngateway.api.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.campaigngateway.api.problem.ProblemBody;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents contract §5's problem answers on each operation that can give them, so the document shows the error
 * shape too and a reader of one operation does not have to guess which of the table's rows apply to it.
 */
@Component
class OpenApiProblems implements OpenApiCustomizer {

	private static final Map<String, String> PROBLEMS = Map.ofEntries(
			Map.entry("400", "malformed-request: not JSON, a wrong JSON type, a malformed id or query parameter"),
			Map.entry("401", "unauthorized: missing or wrong API key"),
			Map.entry("403", "forbidden: the key may not use this connection"),
			Map.entry("404", "not-found: unknown connection, or no such campaign at the provider"),
			Map.entry("406", "not-acceptable: the Accept header excludes JSON"),
			Map.entry("409", "conflict: the provider refuses the change in the campaign's state, or the keyed create is in flight"),
			Map.entry("412", "precondition-failed: the campaign has changed since the read whose ETag If-Match names"),
			Map.entry("413", "payload-too-large"),
			Map.entry("415", "unsupported-media-type: the body is not sent as JSON, or in a Content-Encoding other than gzip"),
			Map.entry("422", "validation (our checks) or upstream-validation (the provider's), each field by JSON pointer or query parameter"),
			Map.entry("429", "rate-limited, with Retry-After"),
			Map.entry("502", "upstream-auth or upstream-error: the provider failed"),
			Map.entry("503", "unavailable: the circuit to the connection is open, or the shared store (Redis) does not answer; with Retry-After"),
			Map.entry("504", "upstream-timeout"));

	/** What a call to the provider can end in. */
	private static final List<String> PROVIDER_CALL = List.of("429", "502", "503", "504");

	/** By method and path; an operation not listed gets every problem. */
	private static final Map<String, List<String>> STATUSES = Map.of(
			"POST /campaigns", with(PROVIDER_CALL, "400", "401", "403", "406", "409", "413", "415", "422"),
			"PATCH /campaigns/{id}", with(PROVIDER_CALL, "400", "401", "403", "404", "406", "409", "412", "413", "415", "422"),
			"GET /campaigns/{id}", with(PROVIDER_CALL, "400", "401", "403", "404", "406"),
			"GET /connections", List.of("401", "406"),
			"GET /connections/{name}", List.of("401", "403", "404", "406"),
			"GET /campaigns", with(PROVIDER_CALL, "400", "401", "403", "406", "422"),
			"GET /connections/{name}/{catalogue}", with(PROVIDER_CALL, "401", "403", "404", "406"));

	@Override
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = ModelConverters.getInstance(true).readAll(ProblemBody.class);
		schemas.forEach(openApi.getComponents()::addSchemas);
		Content problem = new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemBody")));
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			for (String status : statuses(method, path)) {
				if (!operation.getResponses().containsKey(status)) {
					operation.getResponses()
						.addApiResponse(status, new ApiResponse().description(PROBLEMS.get(status)).content(problem));
				}
			}
		}));
	}

	private static List<String> statuses(PathItem.HttpMethod method, String path) {
		return STATUSES.getOrDefault(method + " " + path, PROBLEMS.keySet().stream().sorted().toList());
	}

	private static List<String> with(List<String> common, String... statuses) {
		return Stream.concat(Arrays.stream(statuses), common.stream()).sorted().toList();
	}
}
