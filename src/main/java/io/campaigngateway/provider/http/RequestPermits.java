package io.campaigngateway.provider.http;

import java.time.Duration;

/**
 * A connection's rate limit: at most N requests reach the provider in any 60-second window, every request
 * counting (retries, redirects, re-sends after a 401, logins). Each request reserves the earliest instant at
 * which it keeps that promise. The window lives in this process or, shared by every replica, in Redis.
 */
public interface RequestPermits {

	/**
	 * The wait before this request may start, or a refusal (nothing reserved) when it is longer than maxWait.
	 *
	 * @throws Unavailable when a shared window cannot be consulted: the request must not be sent
	 */
	Permit reserve(Duration maxWait);

	/**
	 * The shared window did not answer (its store is unreachable or too slow): nothing may be sent, since the
	 * request could take the provider over its budget. Carries no stack trace; the cause names the store's failure.
	 */
	final class Unavailable extends RuntimeException {

		public Unavailable(String message, Throwable cause) {
			super(message, cause, false, false);
		}
	}

	/** A granted permit's delay before sending, or a refusal with the delay until a request could start. */
	record Permit(boolean granted, Duration delay) {

		public static Permit after(Duration delay) {
			return new Permit(true, delay);
		}

		public static Permit refused(Duration untilFree) {
			return new Permit(false, untilFree);
		}
	}
}
