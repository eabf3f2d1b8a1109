package io.campaigngateway.campaign;

/** The problem types of contract §5, with the HTTP status each one answers with. */
public enum ProblemType {

	MALFORMED_REQUEST(400, "malformed-request"),
	VALIDATION(422, "validation"),
	UNAUTHORIZED(401, "unauthorized"),
	FORBIDDEN(403, "forbidden"),
	NOT_FOUND(404, "not-found"),
	METHOD_NOT_ALLOWED(405, "method-not-allowed"),
	NOT_ACCEPTABLE(406, "not-acceptable"),
	CONFLICT(409, "conflict"),
	PRECONDITION_FAILED(412, "precondition-failed"),
	PAYLOAD_TOO_LARGE(413, "payload-too-large"),
	UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
	UPSTREAM_VALIDATION(422, "upstream-validation"),
	RATE_LIMITED(429, "rate-limited"),
	INTERNAL(500, "internal"),
	UPSTREAM_AUTH(502, "upstream-auth"),
	UPSTREAM_ERROR(502, "upstream-error"),
	UNAVAILABLE(503, "unavailable"),
	UPSTREAM_TIMEOUT(504, "upstream-timeout");

	public static final String BASE_URI = "https://campaign-gateway/problems/";

	private final int status;

	private final String slug;

	ProblemType(int status, String slug) {
		this.status = status;
		this.slug = slug;
	}

	public int status() {
		return status;
	}

	public String uri() {
		return BASE_URI + slug;
	}
}
