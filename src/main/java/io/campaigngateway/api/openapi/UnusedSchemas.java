package io.campaigngateway.api.openapi;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Removes the schemas nothing references: springdoc describes every type a handler returns or takes, and the
 * document replaces several of them with schemas of its own (the Campaign's, problems, …).
 */
final class UnusedSchemas {

	private static final Pattern REF = Pattern.compile("#/components/schemas/([A-Za-z0-9_.-]+)");

	private UnusedSchemas() {
	}

	@SuppressWarnings("rawtypes")
	static void remove(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Set<String> used = new HashSet<>();
		Set<String> found = refs(openApi.getPaths(), openApi.getComponents().getResponses(),
				openApi.getComponents().getParameters(), openApi.getComponents().getHeaders());
		while (!used.containsAll(found)) {
			found.removeAll(used);
			used.addAll(found);
			found = refs(found.stream().map(schemas::get).toArray());
		}
		schemas.keySet().retainAll(used);
	}

	private static Set<String> refs(Object... parts) {
		Set<String> names = new HashSet<>();
		for (Object part : parts) {
			if (part == null) {
				continue;
			}
			try {
				Matcher ref = REF.matcher(Json31.mapper().writeValueAsString(part));
				while (ref.find()) {
					names.add(ref.group(1));
				}
			}
			catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return names;
	}
}
