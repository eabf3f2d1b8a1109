package io.campaigngateway.api.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.campaigngateway.api.filter.RequestIdFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The headers the API reads and sends, declared once in {@code components} and referenced where they apply: the
 * request headers as parameters, the response headers as headers.
 */
final class ApiHeaders {

	/** Printable ASCII, no leading or trailing space: what the gateway takes as a caller's request id. */
	private static final String PRINTABLE = "^[\\x21-\\x7E]([\\x20-\\x7E]*[\\x21-\\x7E])?$";

	/** The response headers every answer of the API carries (the filters set them before anything else runs). */
	static final List<String> ON_EVERY_ANSWER = List.of(RequestIdFilter.HEADER, "Cache-Control", "X-Content-Type-Options",
			"X-Frame-Options", "Referrer-Policy", "Content-Security-Policy");

	static final String SERVER_TIMING = "Server-Timing";

	private ApiHeaders() {
	}

	static void addTo(Components components) {
		Map<String, Header> headers = new LinkedHashMap<>();
		headers.put(RequestIdFilter.HEADER, header("The request's id: the caller's own `X-Request-Id` when it sent an"
				+ " acceptable one, otherwise a new one. The gateway sends the same id to the provider.", string()));
		headers.put("Cache-Control", header("`no-store`: answers are not cached.", string()));
		headers.put("X-Content-Type-Options", header("`nosniff`.", string()));
		headers.put("X-Frame-Options", header("`DENY`.", string()));
		headers.put("Referrer-Policy", header("`no-referrer`.", string()));
		headers.put("Content-Security-Policy", header("`default-src 'none'; frame-ancestors 'none'`.", string()));
		headers.put(SERVER_TIMING, header("What the gateway and the providers took, in milliseconds:"
				+ " `gateway;dur=2.1, provider;dur=38.9`.", string()));
		headers.put("Location", header("The created campaign: `/campaigns/{id}`.", string().format("uri-reference")));
		headers.put("ETag", header("The campaign's entity tag, as `If-Match` on PATCH and `If-None-Match` on GET take it.",
				string()));
		headers.put("Retry-After", header("Seconds to wait before trying again.",
				new Schema<>().types(CampaignSchemas.types("integer")).minimum(BigDecimal.ONE)));
		headers.put("WWW-Authenticate", header("`Bearer`, with `error=\"invalid_token\"` when a key was sent.", string()));
		headers.put("Accept-Encoding", header("`gzip`: the one content coding a request body may be sent in.", string()));
		headers.forEach(components::addHeaders);

		components.addParameters("RequestId", header("X-Request-Id", "Your own id for the request (printable, at most"
				+ " 128 characters): echoed in `X-Request-Id`, logged, and sent on to the provider. Without one, or with"
				+ " one that is not acceptable, the gateway makes one.", string().maxLength(128).pattern(PRINTABLE),
				"order-7781-create"));
		components.addParameters("Traceparent", header("traceparent", "A W3C trace context: the gateway continues the"
				+ " trace and sends it on to the provider.", string().pattern("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"),
				"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
		components.addParameters("IdempotencyKey", header("Idempotency-Key", "Makes the create safe to repeat: the same"
				+ " key with the same body within 24 hours answers the first answer again and creates nothing; with"
				+ " another body it is a 422; while the first is still in flight, a 409.",
				string().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]+$"), "create-2036-12-renewals"));
		components.addParameters("IfMatch", header("If-Match", "Change the campaign only if it is still as read: the"
				+ " `ETag` of a `GET` (412 `precondition-failed` otherwise), or `*`.", string(),
				"\"5d41402abc4b2a76b9719d911017c592\""));
		components.addParameters("IfNoneMatch", header("If-None-Match", "Answer 304 without a body while the campaign's"
				+ " `ETag` is one of these.", string(), "\"5d41402abc4b2a76b9719d911017c592\""));
	}

	private static Parameter header(String name, String description, Schema<?> schema, String example) {
		return new Parameter().in("header").name(name).required(false).description(description).schema(schema)
			.example(example);
	}

	private static Header header(String description, Schema<?> schema) {
		return new Header().description(description).schema(schema);
	}

	private static Schema<?> string() {
		return new Schema<>().types(CampaignSchemas.types("string"));
	}

	static Header ref(String name) {
		return new Header().$ref("#/components/headers/" + name);
	}
}
