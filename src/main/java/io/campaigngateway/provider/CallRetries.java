package io.campaigngateway.provider;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.campaigngateway.campaign.Operation;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * When a connection's call goes out again: transient failures of reads and updates, a create only when it
 * certainly never left; backoff with jitter, the provider's Retry-After up to a cap, never past the total budget.
 */
final class CallRetries {

	private final String connection;

	private final RetrySettings retry;

	private final ProviderMetrics metrics;

	CallRetries(String connection, RetrySettings retry, ProviderMetrics metrics) {
		this.connection = connection;
		this.retry = retry;
		this.metrics = metrics;
	}

	/** The policy for one call; {@code earlier}, if given, hears of a retry after an attempt that may have had effect. */
	Retry policy(Operation operation, EarlierAttempts earlier) {
		long deadline = System.nanoTime() + retry.maxTotal().toNanos();
		return Retry.from(signals -> signals.concatMap(signal -> {
			Throwable failure = signal.failure();
			boolean safe = failure instanceof CallFailure call && call.transientFailure()
					&& (operation != Operation.CREATE || !call.mayHaveReachedProvider());
			if (!safe || signal.totalRetries() + 1 >= retry.maxAttempts()) {
				return Mono.error(failure);
			}
			Duration delay = delay((CallFailure) failure, signal.totalRetries());
			if (System.nanoTime() + delay.toNanos() > deadline) {
				return Mono.error(failure);
			}
			metrics.retry(connection, operation);
			if (earlier != null && ((CallFailure) failure).mayHaveReachedProvider()) {
				earlier.retriedAfterOneThatMayHaveReachedTheProvider();
			}
			return Mono.delay(delay);
		}));
	}

	/** The wait before the next attempt: the provider's Retry-After, capped, or exponential backoff with jitter. */
	Duration delay(CallFailure failure, long retriesSoFar) {
		Duration retryAfter = failure.retryAfter();
		if (retryAfter != null) {
			return retryAfter.compareTo(retry.maxRetryAfter()) > 0 ? retry.maxRetryAfter() : retryAfter;
		}
		long base = retry.firstBackoff().toMillis() << Math.min(retriesSoFar, 16);
		long capped = Math.min(base, retry.maxBackoff().toMillis());
		return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
	}
}
