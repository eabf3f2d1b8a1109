package io.campaigngateway.config;

import java.util.List;

/** Start-up stops here when connection settings are missing or malformed: one line per problem. */
public class InvalidConnectionsException extends RuntimeException {

	private final List<String> problems;

	public InvalidConnectionsException(List<String> problems) {
		super("Invalid connection settings: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
