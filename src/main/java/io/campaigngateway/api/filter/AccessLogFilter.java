package io.campaigngateway.api.filter;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.campaign.RequestContext;
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
import org.springframework.web.servlet.HandlerMapping;

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

	private static final String CAMPAIGNS = "/campaigns/";

	private static final String CONNECTIONS = "/connections/";

	private final MeterRegistry registry;

	private final ConnectionRegistry connections;

	AccessLogFilter(MeterRegistry registry, ConnectionRegistry connections) {
		this.registry = registry;
		this.connections = connections;
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
			finish(request, response, timing);
		}
	}

	private void finish(HttpServletRequest request, HttpServletResponse response, RequestTiming timing) {
		String route = route(request);
		String connection = connection(request);
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
	private String connection(HttpServletRequest request) {
		Object named = request.getAttribute(CONNECTION);
		String candidate = named instanceof String text ? text : null;
		if (candidate == null) {
			String rest = Objects.requireNonNullElse(afterCollection(request.getRequestURI()), "");
			int end = 0;
			while (end < rest.length() && rest.charAt(end) != ':' && rest.charAt(end) != '/') {
				end++;
			}
			candidate = rest.substring(0, end);
		}
		return connections.find(candidate).isPresent() ? candidate : "none";
	}

	private static String route(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern instanceof String template) {
			return template;
		}
		String uri = request.getRequestURI();
		return uri.startsWith("/actuator") || uri.startsWith("/sandbox/") ? uri.replaceAll("/[^/]*[0-9][^/]*$", "/{id}") : apiRoute(uri);
	}

	/** A request refused before Spring MVC matched it (401, 403, 413): the API's route by the path's shape. */
	public static String apiRoute(String uri) {
		if (uri.equals("/campaigns") || uri.equals("/connections")) {
			return uri;
		}
		String rest = afterCollection(uri);
		if (rest == null) {
			return "unmatched";
		}
		int slash = rest.indexOf('/');
		if (uri.startsWith(CAMPAIGNS)) {
			return slash < 0 ? "/campaigns/{id}" : "unmatched";
		}
		String tail = slash < 0 ? "" : rest.substring(slash);
		return tail.isEmpty() || tail.equals("/voices") || tail.equals("/languages") ? "/connections/{name}" + tail
				: "unmatched";
	}

	/** What follows {@code /campaigns/} or {@code /connections/} in a path (an id, a name, …), or null. */
	private static String afterCollection(String uri) {
		if (uri.startsWith(CAMPAIGNS)) {
			return uri.substring(CAMPAIGNS.length());
		}
		return uri.startsWith(CONNECTIONS) ? uri.substring(CONNECTIONS.length()) : null;
	}

	static String operation(String method, String route, String dryRun) {
		String plan = "true".equalsIgnoreCase(dryRun) ? "dry-run-" : "";
		return switch (method + " " + route) {
			case "POST /campaigns" -> plan + "create";
			case "PATCH /campaigns/{id}" -> plan + "update";
			case "GET /campaigns/{id}" -> "read";
			case "GET /connections" -> "list-connections";
			case "GET /connections/{name}/voices", "GET /connections/{name}/languages" -> "catalogue";
			default -> route.startsWith("/sandbox") ? "sandbox" : "other";
		};
	}

	private static double tenths(double millis) {
		return Math.round(millis * 10) / 10.0;
	}
}
