package io.campaigngateway.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.campaigngateway.campaign.GatewayException;

/** The connections this gateway routes to, by name. Built once at start-up. */
public final class ConnectionRegistry {

	private final Map<String, Connection> connections = new LinkedHashMap<>();

	public ConnectionRegistry(Collection<Connection> connections) {
		connections.forEach(c -> this.connections.put(c.name(), c));
	}

	public Optional<Connection> find(String name) {
		return Optional.ofNullable(connections.get(name));
	}

	public Connection require(String name) {
		return find(name).orElseThrow(() -> GatewayException.notFound("No connection named '" + name + "' is configured"));
	}

	public Collection<Connection> all() {
		return connections.values();
	}

	public boolean onlySandbox() {
		return connections.values().stream().allMatch(Connection::sandbox);
	}
}
