package io.campaigngateway.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How long a request may take to arrive: its line and headers from its first byte, its body from the headers' end.
 * {@code cuts} hears of every request cut off for missing one.
 */
record RequestDeadlines(Duration headers, Duration body, Cuts cuts) {

	enum Phase {
		HEADERS, BODY;

		String tag() {
			return name().toLowerCase();
		}
	}

	/** Told of each request cut off, on the thread that cuts it. */
	interface Cuts {

		void cut(Phase phase, String remoteAddress, Duration after);
	}

	/** Nanoseconds left of a phase begun at {@code startNanos} ({@code System.nanoTime()}); zero or less: missed. */
	static long left(Duration deadline, long startNanos) {
		return deadline.toNanos() - (System.nanoTime() - startNanos);
	}

	/** A socket read timeout (ms, -1 for none) shortened to end with the phase, never below 1 ms (0 means none). */
	static long readTimeoutWithin(long readTimeoutMillis, long leftNanos) {
		long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(leftNanos) + 1);
		return readTimeoutMillis > 0 ? Math.min(readTimeoutMillis, left) : left;
	}
}
