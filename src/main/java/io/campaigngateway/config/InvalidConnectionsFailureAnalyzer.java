package io.campaigngateway.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints bad connection settings as a readable list instead of a stack trace. */
class InvalidConnectionsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConnectionsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidConnectionsException cause) {
		String description = "Campaign Gateway cannot start: " + cause.problems().size()
				+ " connection setting(s) are missing or malformed:\n  - " + String.join("\n  - ", cause.problems());
		String action = "Set them in application.yml (gateway.connections.<name>.<property>) or as environment"
				+ " variables (GATEWAY_CONNECTIONS_<NAME>_<PROPERTY>, e.g. GATEWAY_CONNECTIONS_EXOTEL_APITOKEN)."
				+ " The README's Configuration section lists every property.";
		return new FailureAnalysis(description, action, cause);
	}
}
