package io.campaigngateway.provider.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.campaigngateway.provider.spi.EarlierAttempts;
import io.campaigngateway.provider.spi.Operation;

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

	/** The retry budget of one call; {@code earlier}, if given, hears of a retry after an attempt that may have had effect. */
	Budget budget(Operation operation, EarlierAttempts earlier) {
		return new Budget(operation, earlier, System.nanoTime() + retry.maxTotal().toNanos());
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

	/** What is left of one call's attempts and time. */
	final class Budget {

		private final Operation operation;

		private final EarlierAttempts earlier;

		private final long deadline;

		private int retries;

		private CallFailure last;

		private Budget(Operation operation, EarlierAttempts earlier, long deadline) {
			this.operation = operation;
			this.earlier = earlier;
			this.deadline = deadline;
		}

		/** The wait before the next attempt after {@code failure}, or null when the failure ends the call. */
		Duration next(CallFailure failure) {
			last = failure;
			boolean safe = failure.transientFailure()
					&& (operation != Operation.CREATE || !failure.mayHaveReachedProvider());
			if (!safe || retries + 1 >= retry.maxAttempts()) {
				return null;
			}
			Duration delay = delay(failure, retries);
			if (System.nanoTime() + delay.toNanos() > deadline) {
				return null;
			}
			retries++;
			metrics.retry(connection, operation);
			if (earlier != null && failure.mayHaveReachedProvider()) {
				earlier.retriedAfterOneThatMayHaveReachedTheProvider();
			}
			return delay;
		}

		/** How long the next attempt may wait for a rate-limit permit: a retry never past the call's total budget. */
		Duration permitWait(Duration maxWait) {
			if (retries == 0) {
				return maxWait;
			}
			Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
			return left.compareTo(maxWait) < 0 ? left : maxWait;
		}

		/** The failure of the attempt before, if there was one. */
		CallFailure lastFailure() {
			return last;
		}
	}
}
