package io.campaigngateway.provider.http;

import java.time.Duration;

import io.campaigngateway.campaign.GatewayException;

/**
 * One failed attempt at a provider call, with what decides what happens next: whether the request may have
 * reached the provider, whether the failure is the kind that passes (worth another attempt), and whether it is
 * the provider's fault (it counts against the connection's circuit).
 */
final class CallFailure extends RuntimeException {

	private final GatewayException problem;

	private final boolean mayHaveReachedProvider;

	private final boolean transientFailure;

	private final boolean providerFault;

	CallFailure(GatewayException problem, boolean mayHaveReachedProvider, boolean transientFailure,
			boolean providerFault) {
		super(problem.getMessage(), null, false, false);
		this.problem = problem;
		this.mayHaveReachedProvider = mayHaveReachedProvider;
		this.transientFailure = transientFailure;
		this.providerFault = providerFault;
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

	boolean providerFault() {
		return providerFault;
	}

	Duration retryAfter() {
		return problem.retryAfter();
	}
}
