package io.campaigngateway.campaign;

/** Keys of what travels with a request through the reactive chain, from the web layer to the providers. */
public final class RequestContext {

	/** The request's {@code X-Request-Id}, forwarded to the provider. */
	public static final String REQUEST_ID = "gateway.requestId";

	private RequestContext() {
	}
}
