package io.campaigngateway.provider.http;

import java.time.Clock;
import java.time.Duration;

/**
 * Where the rate-limit window of each connection lives: in this process, or shared by every replica (Redis).
 * One window per connection name: replicas that name a connection alike share its budget.
 */
@FunctionalInterface
public interface RateLimits {

	/** The window the limit counts in: contract §1's "any 60-second window". */
	Duration WINDOW = Duration.ofSeconds(60);

	/** The window of {@code connection}, which allows {@code requestsPerMinute} (at least 1). */
	RequestPermits window(String connection, int requestsPerMinute);

	/** Each window in this process: the guarantee holds per replica. */
	static RateLimits inMemory(Clock clock) {
		return (connection, requestsPerMinute) -> new SlidingWindowRateLimiter(requestsPerMinute, clock);
	}
}
