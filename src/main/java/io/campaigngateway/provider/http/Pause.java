package io.campaigngateway.provider.http;

import java.time.Duration;

/** Waits on the request's own (virtual) thread: before a permit's start, or between attempts. */
final class Pause {

	private Pause() {
	}

	/** Sleeps; an interrupted wait (the gateway is stopping) ends the call without sending. */
	static void of(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to call the provider", ex);
		}
	}
}
