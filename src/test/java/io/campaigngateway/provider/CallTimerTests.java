package io.campaigngateway.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CallTimerTests {

	@Test
	void aCallPastItsDeadlineFailsWithATimeoutButNotBeforeTheDeadline() {
		long start = System.nanoTime();

		assertThatThrownBy(() -> Mono.never().timeout(CallTimer.deadline(Duration.ofMillis(200))).block(Duration.ofSeconds(5)))
			.hasCauseInstanceOf(TimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void aCallThatAnswersInTimeIsNotCutShort() {
		Mono<String> answer = Mono.delay(Duration.ofMillis(20)).map(ignored -> "answer");

		assertThat(answer.timeout(CallTimer.deadline(Duration.ofSeconds(2))).block(Duration.ofSeconds(5))).isEqualTo("answer");
	}
}
