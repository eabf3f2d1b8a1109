package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import reactor.core.publisher.Mono;

class ProviderAnswersTests {

	private final ProviderAnswers answers = new ProviderAnswers();

	@Test
	void onAPlatformThreadTheAnswerStaysReactive() {
		Object answer = answers.answer(Mono.just("campaign"), new MockHttpServletRequest());

		assertThat(answer).isInstanceOf(Mono.class);
		assertThat(((Mono<?>) answer).block()).isEqualTo("campaign");
	}

	/** Runs where virtual threads exist (Java 21+); skipped on Java 17. */
	@Test
	void onAVirtualThreadTheAnswerIsAwaitedThere() throws Exception {
		Method startVirtualThread = virtualThreadStarter();
		assumeTrue(startVirtualThread != null, "virtual threads need Java 21 or newer");
		AtomicReference<Object> answer = new AtomicReference<>();

		Thread thread = (Thread) startVirtualThread.invoke(null, (Runnable) () -> answer.set(answers
			.answer(Mono.just("campaign").delayElement(Duration.ofMillis(50)), new MockHttpServletRequest())));
		thread.join();

		assertThat(answer.get()).isEqualTo("campaign");
	}

	private static Method virtualThreadStarter() {
		try {
			return Thread.class.getMethod("startVirtualThread", Runnable.class);
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}
}
