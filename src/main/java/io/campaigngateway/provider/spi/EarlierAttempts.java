package io.campaigngateway.provider.spi;

/**
 * Whether a call was retried after an attempt that may have reached the provider: set by the client as it
 * retries, read by an adapter whose request the provider does not take twice (a provider that refuses a second
 * pause, though the first may have been the one that paused the campaign).
 */
public final class EarlierAttempts {

	private volatile boolean mayHaveTakenEffect;

	public void retriedAfterOneThatMayHaveReachedTheProvider() {
		mayHaveTakenEffect = true;
	}

	public boolean mayHaveTakenEffect() {
		return mayHaveTakenEffect;
	}
}
