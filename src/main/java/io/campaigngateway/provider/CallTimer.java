package io.campaigngateway.provider;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import reactor.core.publisher.Mono;

/**
 * The deadlines of provider calls, on one timer wheel that ticks every 50 ms. Reactor's {@code timeout(Duration)}
 * schedules each deadline on its parallel scheduler, which wakes one of its threads per call when idle
 * (~0.9 context switches per request at 1,000 req/s, bench/RESULTS.md); adding to the wheel wakes nobody.
 * A deadline fires up to one tick late, which no timeout of seconds notices.
 */
final class CallTimer {

	private static final HashedWheelTimer WHEEL = new HashedWheelTimer(
			new DefaultThreadFactory("provider-deadlines", true), 50, TimeUnit.MILLISECONDS);

	private CallTimer() {
	}

	/** Emits once {@code after} has passed; cancelling it takes the deadline off the wheel. */
	static Mono<Long> deadline(Duration after) {
		return Mono.create(sink -> {
			Timeout timeout = WHEEL.newTimeout(ignored -> sink.success(0L), after.toNanos(), TimeUnit.NANOSECONDS);
			sink.onCancel(timeout::cancel);
		});
	}
}
