package io.campaigngateway.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.campaigngateway.support.MutableClock;
import org.junit.jupiter.api.Test;

class SlidingWindowRateLimiterTests {

	@Test
	void letsTheLimitThroughThenMakesTheNextWaitUntilTheWindowHasPassed() {
		MutableClock clock = new MutableClock();
		SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(3, clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.reserve(Duration.ZERO)).isEqualTo(RequestPermits.Permit.after(Duration.ZERO));
			clock.advance(Duration.ofSeconds(10));
		}
		assertThat(limiter.reserve(Duration.ofSeconds(5))).as("refused, saying when one is free")
			.isEqualTo(RequestPermits.Permit.refused(Duration.ofSeconds(30)));
		assertThat(limiter.reserve(Duration.ofSeconds(30))).isEqualTo(RequestPermits.Permit.after(Duration.ofSeconds(30)));
	}

	@Test
	void neverLetsMoreThanTheLimitIntoAnySixtySeconds() {
		MutableClock clock = new MutableClock();
		SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(2, clock);
		Instant[] starts = new Instant[6];
		for (int i = 0; i < starts.length; i++) {
			Duration wait = limiter.reserve(Duration.ofMinutes(10)).delay();
			starts[i] = clock.instant().plus(wait);
			clock.advance(Duration.ofSeconds(1));
		}
		for (int i = 2; i < starts.length; i++) {
			assertThat(Duration.between(starts[i - 2], starts[i])).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
		}
	}
}
