package io.campaigngateway.api.filter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.campaigngateway.api.problem.Problems;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.config.ApiKeys;
import io.campaigngateway.service.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <key>} on every path but health, the API documents and the sandbox emulators
 * (which check provider-style credentials themselves). The caller found is what the service authorizes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiKeyFilter extends OncePerRequestFilter {

	private static final String ATTRIBUTE = ApiKeyFilter.class.getName();

	private static final List<String> OPEN_PREFIXES = List.of("/actuator/health", "/swagger-ui", "/v3/api-docs",
			"/sandbox/", "/error");

	private final ApiKeys keys;

	private final Problems problems;

	private final WarmUpRequests warmUp;

	ApiKeyFilter(ApiKeys keys, Problems problems, WarmUpRequests warmUp) {
		this.keys = keys;
		this.problems = problems;
		this.warmUp = warmUp;
	}

	public static Caller caller(HttpServletRequest request) {
		Object caller = request.getAttribute(ATTRIBUTE);
		return caller instanceof Caller known ? known : Caller.ANYONE;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (keys.open() || isOpen(request.getRequestURI()) || warmUp.isWarmUp(request)) {
			chain.doFilter(request, response);
			return;
		}
		String header = request.getHeader("Authorization");
		Optional<Caller> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
				? keys.caller(header.substring(7).trim()) : Optional.empty();
		if (caller.isEmpty()) {
			problems.write(new GatewayException(ProblemType.UNAUTHORIZED, "Unauthorized",
					header == null ? "An API key is required: Authorization: Bearer <key>" : "The API key is not valid"),
					request, response);
			return;
		}
		request.setAttribute(ATTRIBUTE, caller.get());
		chain.doFilter(request, response);
	}

	private static boolean isOpen(String path) {
		return path.equals("/swagger-ui.html") || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}
}
