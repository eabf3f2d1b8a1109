package io.campaigngateway.provider.http;

import java.time.Duration;

/**
 * A connection's rate limit: at most N requests reach the provider in any 60-second window, every request
 * counting (retries, redirects, re-sends after a 401, logins). Each request reserves the earliest instant at
 * which it keeps that promise.
 */
public interface RequestPermits {

	/** The wait before this request may start, or a refusal (nothing reserved) when it is longer than maxWait. */
	Permit reserve(Duration maxWait);

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
