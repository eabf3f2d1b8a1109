package io.campaigngateway.store;

import java.time.Duration;
import java.util.List;

import io.campaigngateway.provider.http.RateLimits;
import io.campaigngateway.provider.http.RequestPermits;

/**
 * Rate-limit windows every replica shares: per connection, a sorted set of the reserved start instants
 * ({@code <prefix>rate:{connection}}), and one script per permit that reserves the earliest start keeping "at most N
 * in any window" or refuses, on Redis's clock (the edge argument is in {@code store/rate-reserve.lua}). The window is
 * 60 s plus a margin: the log orders starts, the provider counts arrivals, and the time between the two varies.
 * While Redis does not answer, no permit is given: {@link RequestPermits.Unavailable}, and nothing is sent.
 */
public final class RedisRateLimits implements RateLimits {

	private final RedisStore store;

	private final String windowMillis;

	public RedisRateLimits(RedisStore store, Duration margin) {
		this.store = store;
		this.windowMillis = Long.toString(WINDOW.plus(margin).toMillis());
	}

	@Override
	public RequestPermits window(String connection, int requestsPerMinute) {
		return new Window(connection, store.key("rate", "{" + connection + "}"), Integer.toString(requestsPerMinute));
	}

	private final class Window implements RequestPermits {

		private final String connection;

		private final List<String> key;

		private final String limit;

		private Window(String connection, String key, String limit) {
			this.connection = connection;
			this.key = List.of(key);
			this.limit = limit;
		}

		@Override
		public Permit reserve(Duration maxWait) {
			List<?> reserved;
			try {
				reserved = store.run(StoreScripts.RATE_RESERVE, key, limit, windowMillis, Long.toString(maxWait.toMillis()),
						store.token());
			}
			catch (RuntimeException ex) {
				throw new Unavailable("the shared rate-limit window of connection '" + connection + "' does not answer", ex);
			}
			Duration millis = Duration.ofMillis((Long) reserved.get(1));
			return (Long) reserved.get(0) == 1L ? Permit.after(millis) : Permit.refused(millis);
		}

		@Override
		public String toString() {
			return "RedisRateLimits.Window[" + connection + "]";
		}
	}
}
