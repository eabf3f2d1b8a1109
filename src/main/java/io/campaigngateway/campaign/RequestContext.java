package io.campaigngateway.campaign;

import java.util.concurrent.atomic.LongAdder;

/**
 * What travels with a request from the web layer to the provider calls it makes on its own thread: the
 * {@code X-Request-Id} to forward, and where the provider calls add the time they took.
 */
public final class RequestContext {

	/** The header that carries the request id, from the caller and on to the provider. */
	public static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

	private final String requestId;

	private final LongAdder providerNanos;

	private RequestContext(String requestId, LongAdder providerNanos) {
		this.requestId = requestId;
		this.providerNanos = providerNanos;
	}

	/** Binds a request's context to this thread until the returned scope is closed. */
	public static Scope open(String requestId, LongAdder providerNanos) {
		RequestContext previous = CURRENT.get();
		CURRENT.set(new RequestContext(requestId, providerNanos));
		return () -> {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	/** The request id to forward to the provider, or null outside a request. */
	public static String requestId() {
		RequestContext current = CURRENT.get();
		return current == null ? null : current.requestId;
	}

	/** Adds a provider call's time to the request's provider time (nothing outside a request). */
	public static void addProviderTime(long nanos) {
		RequestContext current = CURRENT.get();
		if (current != null && current.providerNanos != null) {
			current.providerNanos.add(nanos);
		}
	}

	/** The binding of a request's context to a thread, ended by {@link #close}. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();
	}
}
