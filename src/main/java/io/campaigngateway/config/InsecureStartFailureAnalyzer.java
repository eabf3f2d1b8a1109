package io.campaigngateway.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains why the gateway refuses to start open in front of real providers. */
class InsecureStartFailureAnalyzer extends AbstractFailureAnalyzer<SecurityConfiguration.InsecureStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SecurityConfiguration.InsecureStartException cause) {
		return new FailureAnalysis("Campaign Gateway cannot start: " + cause.getMessage() + ".",
				"Add gateway.security.api-keys[0].name and gateway.security.api-keys[0].sha256 (the hex SHA-256 of the"
						+ " key: echo -n \"$KEY\" | sha256sum), or set gateway.security.enabled=false on purpose.",
				cause);
	}
}
