package io.campaigngateway.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.campaigngateway.campaign.CampaignId;
import io.campaigngateway.config.GatewayProperties.ConnectionProperties;
import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.provider.spi.ConnectionContext;
import io.campaigngateway.provider.spi.ProviderFactory;
import io.campaigngateway.provider.spi.SandboxStatus;
import io.campaigngateway.service.Connection;
import io.campaigngateway.service.ConnectionRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Builds the connection registry from {@code gateway.connections} and the provider factories, or the three
 * sandbox connections when none is configured. Every bad setting of every connection is collected first and
 * reported together, one line each.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionsConfiguration {

	private static final Pattern NAME = Pattern.compile(CampaignId.CONNECTION_NAME);

	@Bean
	SandboxStatus sandboxStatus(GatewayProperties properties) {
		boolean active = properties.sandbox().enabled() == null ? properties.connections().isEmpty()
				: properties.sandbox().enabled();
		int maxCampaigns = properties.sandbox().maxCampaigns();
		if (maxCampaigns < 1) {
			throw new InvalidConnectionsException(List.of("gateway.sandbox.max-campaigns must be at least 1"));
		}
		return new SandboxStatus() {
			@Override
			public boolean active() {
				return active;
			}

			@Override
			public int maxCampaigns() {
				return maxCampaigns;
			}
		};
	}

	@Bean
	ConnectionRegistry connectionRegistry(GatewayProperties properties, List<ProviderFactory> factories,
			SandboxStatus sandbox, Environment environment, ProviderClients clients, LocalServer localServer) {
		Map<String, ProviderFactory> byProvider = factories.stream()
			.collect(Collectors.toMap(ProviderFactory::provider, Function.identity()));
		List<String> problems = new ArrayList<>();
		List<Connection> connections = new ArrayList<>();
		Binder binder = Binder.get(environment);
		properties.connections().forEach((name, connection) -> {
			Connection built = configured(name, connection, byProvider, binder, clients, problems);
			if (built != null) {
				connections.add(built);
			}
		});
		if (sandbox.active()) {
			for (ProviderFactory factory : factories) {
				if (!properties.connections().containsKey(factory.provider())) {
					connections.add(sandboxConnection(factory, clients, localServer, problems));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidConnectionsException(problems);
		}
		return new ConnectionRegistry(connections);
	}

	private static Connection configured(String name, ConnectionProperties properties,
			Map<String, ProviderFactory> byProvider, Binder binder, ProviderClients clients, List<String> problems) {
		String prefix = "gateway.connections." + name;
		if (!NAME.matcher(name).matches()) {
			problems.add(prefix + ": the connection name must match [a-z0-9][a-z0-9-]{0,31}");
			return null;
		}
		ProviderFactory factory = properties.provider() == null ? null : byProvider.get(properties.provider());
		if (factory == null) {
			problems.add(prefix + ".provider " + (properties.provider() == null ? "is required" : "is '"
					+ properties.provider() + "'") + "; it must be one of " + String.join(", ", new TreeSet<>(byProvider.keySet())));
			return null;
		}
		String baseUrl = baseUrl(prefix, properties.baseUrl(), problems);
		List<String> unusable = ProviderClients.check(prefix, properties);
		if (!unusable.isEmpty()) {
			problems.addAll(unusable);
			return null;
		}
		return build(name, false, factory, properties, () -> baseUrl, binder, clients, problems);
	}

	private static Connection sandboxConnection(ProviderFactory factory, ProviderClients clients,
			LocalServer localServer, List<String> problems) {
		String name = factory.provider();
		Map<String, String> values = new HashMap<>();
		factory.sandboxProperties().forEach((key, value) -> values.put("gateway.connections." + name + "." + key, value));
		Binder binder = new Binder(new MapConfigurationPropertySource(values));
		// no rate limit: the emulators have no budget to protect, and demos, tests and soak runs would hit Exotel's 30
		ConnectionProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of("p.provider", name,
				"p.rate-limit.requests-per-minute", "0")))
			.bindOrCreate("p", ConnectionProperties.class);
		Supplier<String> baseUrl = () -> localServer.url() + factory.sandboxPath();
		return build(name, true, factory, defaults, baseUrl, binder, clients, problems);
	}

	private static Connection build(String name, boolean sandbox, ProviderFactory factory,
			ConnectionProperties properties, Supplier<String> baseUrl, Binder binder, ProviderClients clients,
			List<String> problems) {
		ConnectionContext context = clients.context(name, factory, properties, baseUrl, binder);
		CampaignProvider adapter = factory.create(context);
		problems.addAll(context.problems());
		return new Connection(name, factory.provider(), sandbox, adapter);
	}

	private static String baseUrl(String prefix, String value, List<String> problems) {
		if (value == null || value.isBlank()) {
			problems.add(prefix + ".base-url is required, e.g. https://api.example.com");
			return "";
		}
		try {
			URI uri = new URI(value.trim());
			if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
					&& uri.getUserInfo() == null) {
				return value.trim().replaceAll("/+$", "");
			}
		}
		catch (Exception ex) {
			// reported below
		}
		problems.add(prefix + ".base-url must be an absolute http(s) URL without credentials");
		return "";
	}
}
