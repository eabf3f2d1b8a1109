package io.campaigngateway.provider.http;

import java.time.Duration;

/**
 * How reads and updates are retried: at most {@code maxAttempts} in all, backoff from {@code firstBackoff}
 * doubling up to {@code maxBackoff} with jitter, a provider's Retry-After honoured up to
 * {@code maxRetryAfter}, and never past {@code maxTotal}.
 */
public record RetrySettings(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter,
		Duration maxTotal) {

	public static final RetrySettings DEFAULTS = new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(2),
			Duration.ofSeconds(5), Duration.ofSeconds(20));
}
