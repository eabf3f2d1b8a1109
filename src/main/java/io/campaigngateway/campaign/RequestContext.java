package io.campaigngateway.campaign;

/** Keys of what travels with a request through the reactive chain, from the web layer to the providers. */
public final class RequestContext {

	/** The request's {@code X-Request-Id}, forwarded to the provider. */
	public static final String REQUEST_ID = "gateway.requestId";

	/** The header that carries it, from the caller and on to the provider. */
	public static final String REQUEST_ID_HEADER = "X-Request-Id";

	/** A {@code java.util.concurrent.atomic.LongAdder} that provider calls add their time to, in nanoseconds. */
	public static final String PROVIDER_NANOS = "gateway.providerNanos";

	private RequestContext() {
	}
}
