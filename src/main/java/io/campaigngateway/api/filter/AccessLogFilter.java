package io.campaigngateway.api.filter;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.campaigngateway.campaign.RequestContext;
import io.campaigngateway.service.ConnectionRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One access line per request, when its answer is complete:
 * method, route template, status, duration, connection, request id and provider time. Also the
 * {@code gateway.requests} timer by operation, outcome and connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AccessLogFilter extends OncePerRequestFilter {

	private static final Logger access = LoggerFactory.getLogger("gateway.access");

	public static final String CONNECTION = AccessLogFilter.class.getName() + ".connection";

	public static final String PROBLEM = AccessLogFilter.class.getName() + ".problem";

	private final MeterRegistry registry;

	private final ConnectionRegistry connections;

	private final ApiRoutes routes;

	private final WarmUpRequests warmUp;

	AccessLogFilter(MeterRegistry registry, ConnectionRegistry connections, ApiRoutes routes, WarmUpRequests warmUp) {
		this.registry = registry;
		this.connections = connections;
		this.routes = routes;
		this.warmUp = warmUp;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestTiming timing = RequestTiming.start(request);
		// the provider calls this request makes, on this thread, forward its id and add their time here
		try (RequestContext.Scope scope = RequestContext.open(RequestIdFilter.requestId(request), timing.providerNanos())) {
			chain.doFilter(request, response);
		}
		finally {
			if (!warmUp.isWarmUp(request)) {
				finish(request, response, timing);
			}
		}
	}

	private void finish(HttpServletRequest request, HttpServletResponse response, RequestTiming timing) {
		ApiRoutes.Route matched = routes.of(request);
		String route = template(request, matched);
		String connection = connection(request, matched);
		String operation = operation(request.getMethod(), route, request.getParameter("dryRun"));
		Object problem = request.getAttribute(PROBLEM);
		String outcome = problem != null ? problem.toString() : response.getStatus() < 400 ? "success" : "error";
		double millis = timing.totalMillis();
		if (!route.startsWith("/actuator") && !route.startsWith("/sandbox")) {
			Timer.builder("gateway.requests")
				.description("Requests to the gateway's API")
				.tags("operation", operation, "outcome", outcome, "connection", connection)
				.register(registry)
				.record((long) (millis * 1e6), TimeUnit.NANOSECONDS);
		}
		// the request id travels in the logging context (MDC), so structured formats show it as a field too
		String requestId = RequestIdFilter.requestId(request);
		// numbers, not text, so a log store can sum and compare them; the line shows them the same way (12.3)
		double durationMs = tenths(millis);
		double providerMs = tenths(timing.providerMillis());
		MDC.put("requestId", requestId);
		try {
			access.atInfo()
				.addKeyValue("method", request.getMethod())
				.addKeyValue("route", route)
				.addKeyValue("status", response.getStatus())
				.addKeyValue("durationMs", durationMs)
				.addKeyValue("connection", connection)
				.addKeyValue("providerMs", providerMs)
				.log("{} {} {} {} ms connection={} provider={} ms requestId={}", request.getMethod(), route,
						response.getStatus(), durationMs, connection, providerMs, requestId);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	/** Only configured names become tag values: what callers type is unbounded. */
	private String connection(HttpServletRequest request, ApiRoutes.Route route) {
		Object named = request.getAttribute(CONNECTION);
		String candidate = named instanceof String text ? text : route.variables().get("name");
		if (candidate == null && route.variables().get("id") != null) {
			String id = route.variables().get("id");
			candidate = id.substring(0, Math.max(0, id.indexOf(':')));
		}
		return candidate != null && connections.find(candidate).isPresent() ? candidate : "none";
	}

	/** The route template; paths outside the API (actuator, sandbox) are shown with their ids folded. */
	private static String template(HttpServletRequest request, ApiRoutes.Route route) {
		String uri = request.getRequestURI();
		if (route == ApiRoutes.Route.UNMATCHED && (uri.startsWith("/actuator") || uri.startsWith("/sandbox/"))) {
			return uri.replaceAll("/[^/]*[0-9][^/]*$", "/{id}");
		}
		return route.template();
	}

	static String operation(String method, String route, String dryRun) {
		String plan = "true".equalsIgnoreCase(dryRun) ? "dry-run-" : "";
		return switch (method + " " + route) {
			case "POST /campaigns" -> plan + "create";
			case "PATCH /campaigns/{id}" -> plan + "update";
			case "POST /campaigns/dry-run" -> "dry-run-create";
			case "PATCH /campaigns/{id}/dry-run" -> "dry-run-update";
			case "GET /campaigns/{id}" -> "read";
			case "GET /connections" -> "list-connections";
			case "GET /campaigns" -> "list";
			case "GET /connections/{name}" -> "connection";
			case "GET /connections/{name}/{catalogue}" -> "catalogue";
			default -> route.startsWith("/sandbox") ? "sandbox" : "other";
		};
	}

	private static double tenths(double millis) {
		return Math.round(millis * 10) / 10.0;
	}
}
