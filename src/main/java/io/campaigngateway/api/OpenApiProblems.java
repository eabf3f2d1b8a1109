package io.campaigngateway.api;

import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Documents contract §5's problem answers on every operation, so the document shows the error shape too. */
@Component
class OpenApiProblems implements OpenApiCustomizer {

	private static final Map<String, String> PROBLEMS = Map.ofEntries(
			Map.entry("400", "malformed-request: not JSON, a wrong JSON type, a malformed id or query parameter"),
			Map.entry("401", "unauthorized: missing or wrong API key"),
			Map.entry("403", "forbidden: the key may not use this connection"),
			Map.entry("404", "not-found: unknown connection, or no such campaign at the provider"),
			Map.entry("409", "conflict: the provider refuses the change in the campaign's state, or the keyed create is in flight"),
			Map.entry("413", "payload-too-large"),
			Map.entry("422", "validation (our checks) or upstream-validation (the provider's), each field by JSON pointer"),
			Map.entry("429", "rate-limited, with Retry-After"),
			Map.entry("502", "upstream-auth or upstream-error: the provider failed"),
			Map.entry("503", "unavailable: the circuit to the connection is open, with Retry-After"),
			Map.entry("504", "upstream-timeout"));

	@Override
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = ModelConverters.getInstance(true).readAll(ProblemBody.class);
		schemas.forEach(openApi.getComponents()::addSchemas);
		Content problem = new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemBody")));
		openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
				PROBLEMS.forEach((status, description) -> {
					if (!operation.getResponses().containsKey(status)) {
						operation.getResponses().addApiResponse(status, new ApiResponse().description(description).content(problem));
					}
				})));
	}
}
