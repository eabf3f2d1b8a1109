package io.campaigngateway.provider.http;

import java.time.Duration;

/** A request found no rate-limit permit within its allowed wait: nothing was sent. */
final class PermitRefused extends RuntimeException {

	private final Duration untilFree;

	PermitRefused(Duration untilFree) {
		super("no rate-limit permit within the allowed wait", null, false, false);
		this.untilFree = untilFree;
	}

	Duration untilFree() {
		return untilFree;
	}
}
