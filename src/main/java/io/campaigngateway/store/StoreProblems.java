package io.campaigngateway.store;

import java.time.Duration;
import java.util.List;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;

/** The 503s of the shared store: the request needed it, so nothing was sent. */
final class StoreProblems {

	/** Lettuce reconnects at most 1 s apart: a retry after that meets the store again if it is back. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private StoreProblems() {
	}

	static GatewayException unavailable(String what) {
		return unavailable("The shared store is unavailable", what);
	}

	static GatewayException unavailable(String title, String detail) {
		return new GatewayException(ProblemType.UNAVAILABLE, title, detail + "; nothing was sent. Repeat the request shortly",
				List.of(), null, RETRY_AFTER);
	}
}
