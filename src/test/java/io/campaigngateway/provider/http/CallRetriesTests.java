package io.campaigngateway.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.Operation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class CallRetriesTests {

	private static final RetrySettings SETTINGS = new RetrySettings(4, Duration.ofMillis(200), Duration.ofSeconds(2),
			Duration.ofSeconds(5), Duration.ofSeconds(20));

	private final CallRetries retries = new CallRetries("voxo", SETTINGS, new ProviderMetrics(new SimpleMeterRegistry()));

	private static CallFailure failure(boolean mayHaveReachedProvider, Duration retryAfter) {
		return new CallFailure(new GatewayException(ProblemType.UPSTREAM_ERROR, "failed", "voxo answered 503", List.of(),
				null, retryAfter), mayHaveReachedProvider, true, true);
	}

	/** Attempts as often as the budget allows, failing each time; answers how many attempts there were. */
	private static int attempts(CallRetries retries, Operation operation, CallFailure failure) {
		CallRetries.Budget budget = retries.budget(operation, null);
		int attempts = 1;
		for (Duration delay = budget.next(failure); delay != null; delay = budget.next(failure)) {
			Pause.of(delay);
			attempts++;
		}
		assertThat(budget.lastFailure()).isSameAs(failure);
		return attempts;
	}

	@Test
	void backoffDoublesFromTheFirstUpToTheCapWithJitterInItsUpperHalf() {
		CallFailure failure = failure(true, null);

		for (int draw = 0; draw < 50; draw++) { // the jitter is random: many draws, every one in its range
			assertThat(retries.delay(failure, 0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
			assertThat(retries.delay(failure, 1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
			assertThat(retries.delay(failure, 3)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1600));
			assertThat(retries.delay(failure, 4)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
			assertThat(retries.delay(failure, 60)).as("no overflow").isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
		}
	}

	@Test
	void theProvidersRetryAfterIsHonouredUpToTheCap() {
		assertThat(retries.delay(failure(true, Duration.ofSeconds(3)), 0)).isEqualTo(Duration.ofSeconds(3));
		assertThat(retries.delay(failure(true, Duration.ofSeconds(5)), 0)).isEqualTo(Duration.ofSeconds(5));
		assertThat(retries.delay(failure(true, Duration.ofSeconds(60)), 0)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void readsGoAgainUpToMaxAttemptsButACreateThatMayHaveArrivedNever() {
		CallRetries quick = new CallRetries("voxo", new RetrySettings(3, Duration.ofMillis(1), Duration.ofMillis(2),
				Duration.ofSeconds(1), Duration.ofSeconds(5)), new ProviderMetrics(new SimpleMeterRegistry()));

		assertThat(attempts(quick, Operation.READ, failure(true, null))).isEqualTo(3);
		assertThat(attempts(quick, Operation.CREATE, failure(true, null))).isEqualTo(1);
		assertThat(attempts(quick, Operation.CREATE, failure(false, null))).as("it never left").isEqualTo(3);
	}

	@Test
	void noRetryStartsThatWouldEndPastTheTotalBudget() {
		CallRetries budgeted = new CallRetries("voxo", new RetrySettings(10, Duration.ofMillis(1), Duration.ofMillis(2),
				Duration.ofSeconds(1), Duration.ofMillis(300)), new ProviderMetrics(new SimpleMeterRegistry()));

		// each wait is the provider's 200 ms: the first ends inside the 300 ms budget, the second would not
		assertThat(attempts(budgeted, Operation.UPDATE, failure(true, Duration.ofMillis(200)))).isEqualTo(2);
	}
}
