package io.campaigngateway.api.problem;

import java.io.IOException;

import io.campaigngateway.api.filter.AccessLogFilter;
import io.campaigngateway.api.filter.RequestIdFilter;
import io.campaigngateway.api.filter.WarmUpRequests;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Renders a {@link GatewayException} as {@code application/problem+json}, for the handler and the filters. */
@Component
public class Problems {

	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final JsonMapper mapper;

	private final MeterRegistry registry;

	private final WarmUpRequests warmUp;

	Problems(JsonMapper mapper, MeterRegistry registry, WarmUpRequests warmUp) {
		this.mapper = mapper;
		this.registry = registry;
		this.warmUp = warmUp;
	}

	public ResponseEntity<ProblemBody> entity(GatewayException ex, HttpServletRequest request) {
		count(ex, request);
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(ex.type().status()).contentType(PROBLEM_JSON);
		headers(ex, request).forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
		return builder.body(body(ex, request));
	}

	/** For filters, which answer before Spring MVC sees the request. */
	public void write(GatewayException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		count(ex, request);
		response.setStatus(ex.type().status());
		response.setContentType(PROBLEM_JSON.toString());
		headers(ex, request).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		mapper.writeValue(response.getOutputStream(), body(ex, request));
	}

	/** Marks the request with its problem for the access log, and counts the caller's invalid requests. */
	private void count(GatewayException ex, HttpServletRequest request) {
		String slug = ex.type().uri().substring(ProblemType.BASE_URI.length());
		request.setAttribute(AccessLogFilter.PROBLEM, slug);
		boolean callersMistake = ex.type() == ProblemType.VALIDATION || ex.type() == ProblemType.MALFORMED_REQUEST;
		if (callersMistake && !warmUp.isWarmUp(request)) {
			registry.counter("gateway.validation.refusals", "type", slug).increment();
		}
	}

	private static ProblemBody body(GatewayException ex, HttpServletRequest request) {
		return new ProblemBody(ex.type().uri(), ex.title(), ex.type().status(), ex.detail(), instance(request),
				RequestIdFilter.requestId(request), ex.errors(), ex.upstream());
	}

	private static HttpHeaders headers(GatewayException ex, HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		if (ex.retryAfter() != null) {
			long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		}
		if (ex.type() == ProblemType.UNAUTHORIZED) {
			// RFC 6750 §3.1: an error code only when credentials were sent
			headers.set(HttpHeaders.WWW_AUTHENTICATE, request.getHeader(HttpHeaders.AUTHORIZATION) == null ? "Bearer"
					: "Bearer error=\"invalid_token\"");
		}
		return headers;
	}

	/** The path the problem is about; only the gateway's own, never a query string a caller made up. */
	private static String instance(HttpServletRequest request) {
		Object original = request.getAttribute("jakarta.servlet.error.request_uri");
		String uri = original instanceof String text ? text : request.getRequestURI();
		return uri != null && uri.length() <= 300 && uri.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f) ? uri : null;
	}
}
