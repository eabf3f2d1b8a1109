package io.campaigngateway.api.filter;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The route of a request and its path variables, from Spring MVC's own route table: what it matched, or — for a
 * request refused before it got there (401, 413, …) — what it would have matched. The variables are decoded, so
 * {@code voxo%3A101} is {@code voxo:101} for routing, logs and metrics alike.
 */
@Component
public class ApiRoutes {

	/** A request's route template ("unmatched" when the API has none) and its decoded path variables. */
	public record Route(String template, Map<String, String> variables) {

		static final Route UNMATCHED = new Route("unmatched", Map.of());
	}

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile List<PathPattern> patterns;

	ApiRoutes(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@SuppressWarnings("unchecked")
	public Route of(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String template) {
			Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			return new Route(template, variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of());
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		PathPattern best = null;
		for (PathPattern pattern : patterns()) {
			if (pattern.matches(path) && (best == null || PathPattern.SPECIFICITY_COMPARATOR.compare(pattern, best) < 0)) {
				best = pattern;
			}
		}
		if (best == null) {
			return Route.UNMATCHED;
		}
		PathPattern.PathMatchInfo match = best.matchAndExtract(path);
		return new Route(best.getPatternString(), match == null ? Map.of() : match.getUriVariables());
	}

	/** Read once: the table is fixed when the application has started. */
	private List<PathPattern> patterns() {
		List<PathPattern> known = patterns;
		if (known == null) {
			known = mappings.getObject().getHandlerMethods().keySet().stream()
				.map(info -> info.getPathPatternsCondition())
				.filter(condition -> condition != null)
				.flatMap(condition -> condition.getPatterns().stream())
				.distinct()
				.toList();
			patterns = known;
		}
		return known;
	}
}
