package io.campaigngateway.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SlidingWindowRateLimiterTests {

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void letsTheLimitThroughThenMakesTheNextWaitUntilTheWindowHasPassed() {
		MutableClock clock = new MutableClock();
		SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(3, clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.reserve(Duration.ZERO)).contains(Duration.ZERO);
			clock.now = clock.now.plusSeconds(10);
		}
		assertThat(limiter.reserve(Duration.ofSeconds(5))).isEmpty();
		assertThat(limiter.untilFree()).isEqualTo(Duration.ofSeconds(30));
		assertThat(limiter.reserve(Duration.ofSeconds(30))).contains(Duration.ofSeconds(30));
	}

	@Test
	void neverLetsMoreThanTheLimitIntoAnySixtySeconds() {
		MutableClock clock = new MutableClock();
		SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(2, clock);
		Instant[] starts = new Instant[6];
		for (int i = 0; i < starts.length; i++) {
			Duration wait = limiter.reserve(Duration.ofMinutes(10)).orElseThrow();
			starts[i] = clock.now.plus(wait);
			clock.now = clock.now.plusSeconds(1);
		}
		for (int i = 2; i < starts.length; i++) {
			assertThat(Duration.between(starts[i - 2], starts[i])).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
		}
	}
}
