package io.campaigngateway.service;

import java.util.Set;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;

/** Who is calling: the name of their key and the connections it may use ({@code null} = all). */
public record Caller(String name, Set<String> connections) {

	public static final Caller ANYONE = new Caller("anonymous", null);

	public boolean mayUse(String connection) {
		return connections == null || connections.contains(connection);
	}

	public void checkMayUse(String connection) {
		if (!mayUse(connection)) {
			throw new GatewayException(ProblemType.FORBIDDEN, "Forbidden",
					"This API key may not use the connection '" + connection + "'");
		}
	}
}
