package io.campaigngateway.service;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;

/**
 * Runs the updates of one campaign one at a time, in the order they arrive: an update built from the campaign as
 * read (a whole-model write, a change checked against the current state) would otherwise start from the same
 * read as another and undo it.
 */
public interface UpdateTurns {

	/** When a busy campaign's caller may try again. */
	Duration RETRY_AFTER = Duration.ofSeconds(1);

	/**
	 * {@code update}, run once every earlier update of {@code campaign} has ended, however it ended; a 503 ({@link
	 * #busy}) without running it when they have not ended within the configured wait.
	 */
	<T> T inTurn(String campaign, Function<Turn, T> update);

	/** Nothing was sent: the update may be repeated once the campaign's earlier updates are through. */
	static GatewayException busy(String campaign, Duration maxWait) {
		return new GatewayException(ProblemType.UNAVAILABLE, "The campaign is busy", "the earlier updates of " + campaign
				+ " did not end within " + maxWait.toSeconds() + " s; nothing was sent. Repeat the request shortly",
				List.of(), null, RETRY_AFTER);
	}

	/** The turn an update holds. */
	interface Turn {

		/**
		 * Called just before the write is sent: throws when this turn is no longer held (a shared lease that ran
		 * out while the update was reading), so two writers never overlap.
		 */
		void confirm();
	}
}
