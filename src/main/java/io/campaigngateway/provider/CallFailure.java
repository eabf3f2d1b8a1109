package io.campaigngateway.provider;

import java.time.Duration;

import io.campaigngateway.campaign.GatewayException;

/**
 * One failed attempt at a provider call, with what decides whether another attempt is safe: whether the
 * request may have reached the provider, and whether the failure is the kind that passes.
 */
final class CallFailure extends RuntimeException {

	private final GatewayException problem;

	private final boolean mayHaveReachedProvider;

	private final boolean transientFailure;

	CallFailure(GatewayException problem, boolean mayHaveReachedProvider, boolean transientFailure) {
		super(problem.getMessage(), null, false, false);
		this.problem = problem;
		this.mayHaveReachedProvider = mayHaveReachedProvider;
		this.transientFailure = transientFailure;
	}

	GatewayException problem() {
		return problem;
	}

	boolean mayHaveReachedProvider() {
		return mayHaveReachedProvider;
	}

	boolean transientFailure() {
		return transientFailure;
	}

	Duration retryAfter() {
		return problem.retryAfter();
	}
}
