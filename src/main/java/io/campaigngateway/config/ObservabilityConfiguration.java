package io.campaigngateway.config;

import java.util.LinkedHashMap;
import java.util.Map;

import io.campaigngateway.provider.http.ProviderGuards;
import io.campaigngateway.provider.http.ProviderMetrics;
import io.campaigngateway.service.Connection;
import io.campaigngateway.service.ConnectionRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health per connection, from what its calls last did (probes never call providers), kept out of the gateway's
 * own status: a provider outage must not make the gateway unhealthy.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	/** {@code connections}: DOWN while a circuit is open; the sandbox and the last call shown as details. */
	@Bean
	CompositeHealthContributor connectionsHealthContributor(ConnectionRegistry registry, ProviderGuards guards,
			ProviderMetrics metrics) {
		Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
		for (Connection connection : registry.all()) {
			indicators.put(connection.name(), () -> health(connection, guards, metrics));
		}
		return CompositeHealthContributor.fromMap(indicators);
	}

	/** Replaces Boot's own (it backs off when one exists): {@code /actuator/health} without the outside dependencies' status. */
	@Bean
	HealthEndpointWebExtension rootHealthEndpointExtension(HealthContributorRegistry registry,
			ObjectProvider<ReactiveHealthContributorRegistry> fallbackRegistry, HealthEndpointGroups groups,
			HealthEndpointProperties properties, RootHealthProperties root) {
		return new RootHealthEndpointExtension(registry, fallbackRegistry.getIfAvailable(), groups,
				properties.getLogging().getSlowIndicatorThreshold(), root.excludedFromRoot());
	}

	private static Health health(Connection connection, ProviderGuards guards, ProviderMetrics metrics) {
		CircuitBreaker.State state = guards.circuitBreaker(connection.name())
			.map(CircuitBreaker::getState)
			.orElse(CircuitBreaker.State.CLOSED);
		Health.Builder health = state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN
				? Health.down() : Health.up();
		health.withDetail("provider", connection.provider())
			.withDetail("sandbox", connection.sandbox())
			.withDetail("circuit", state.name().toLowerCase());
		metrics.lastCall(connection.name()).ifPresent(last -> health.withDetail("lastCall", Map.of("at",
				last.at().toString(), "outcome", last.outcome(), "status", last.status())));
		return health.build();
	}
}
