package io.campaigngateway.provider.http;

import java.time.Clock;
import java.time.Duration;

/**
 * At most {@code limit} requests start in any 60-second window. Each request reserves the earliest instant
 * at which it keeps that promise; a request whose instant is further away than the allowed wait gets none.
 * Exact (a sliding log of the last {@code limit} starts), unlike fixed-window or token-bucket limiters that
 * let up to twice the limit through around a window edge.
 */
public final class SlidingWindowRateLimiter implements RequestPermits {

	static final Duration WINDOW = RateLimits.WINDOW;

	private final long[] starts;

	private final Clock clock;

	private int oldest;

	private long lastStart;

	public SlidingWindowRateLimiter(int limit, Clock clock) {
		this.starts = new long[limit];
		this.clock = clock;
		java.util.Arrays.fill(starts, Long.MIN_VALUE / 2);
	}

	@Override
	public synchronized Permit reserve(Duration maxWait) {
		long now = clock.millis();
		long start = Math.max(Math.max(now, starts[oldest] + WINDOW.toMillis()), lastStart);
		if (start - now > maxWait.toMillis()) {
			return Permit.refused(Duration.ofMillis(Math.max(0, starts[oldest] + WINDOW.toMillis() - now)));
		}
		starts[oldest] = start;
		oldest = (oldest + 1) % starts.length;
		lastStart = start;
		return Permit.after(Duration.ofMillis(start - now));
	}
}
