package io.campaigngateway.provider;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@code limit} requests start in any 60-second window. Each request reserves the earliest instant
 * at which it keeps that promise; a request whose instant is further away than the allowed wait gets none.
 * Exact (a sliding log of the last {@code limit} starts), unlike fixed-window or token-bucket limiters that
 * let up to twice the limit through around a window edge.
 */
public final class SlidingWindowRateLimiter {

	static final Duration WINDOW = Duration.ofSeconds(60);

	private final long[] starts;

	private final Clock clock;

	private int oldest;

	private long lastStart;

	SlidingWindowRateLimiter(int limit, Clock clock) {
		this.starts = new long[limit];
		this.clock = clock;
		java.util.Arrays.fill(starts, Long.MIN_VALUE / 2);
	}

	/** The wait before this request may start, or empty (with nothing reserved) when it exceeds maxWait. */
	synchronized Optional<Duration> reserve(Duration maxWait) {
		long now = clock.millis();
		long start = Math.max(Math.max(now, starts[oldest] + WINDOW.toMillis()), lastStart);
		if (start - now > maxWait.toMillis()) {
			return Optional.empty();
		}
		starts[oldest] = start;
		oldest = (oldest + 1) % starts.length;
		lastStart = start;
		return Optional.of(Duration.ofMillis(start - now));
	}

	/** How long until a request could start without waiting. */
	synchronized Duration untilFree() {
		return Duration.ofMillis(Math.max(0, starts[oldest] + WINDOW.toMillis() - clock.millis()));
	}
}
