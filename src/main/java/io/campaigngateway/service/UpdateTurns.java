package io.campaigngateway.service;

import java.util.function.Function;

/**
 * Runs the updates of one campaign one at a time, in the order they arrive: an update built from the campaign as
 * read (a whole-model write, a change checked against the current state) would otherwise start from the same
 * read as another and undo it.
 */
public interface UpdateTurns {

	/** {@code update}, run once every earlier update of {@code campaign} has ended, however it ended. */
	<T> T inTurn(String campaign, Function<Turn, T> update);

	/** The turn an update holds. */
	interface Turn {

		/**
		 * Called just before the write is sent: throws when this turn is no longer held (a shared lease that ran
		 * out while the update was reading), so two writers never overlap.
		 */
		void confirm();
	}
}
