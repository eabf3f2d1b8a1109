package io.campaigngateway.config;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;

/**
 * The web side of {@code /actuator/health}, as Boot's, except that the root status leaves out the components of
 * {@code gateway.health.excluded-from-root}: they are still shown there with their own status, and their own paths
 * ({@code /actuator/health/connections}) still answer 503 while they are down.
 * <p>
 * Boot has no property for this: the primary group's membership decides both what is shown and what is counted,
 * and its status aggregator sees statuses without their names. Its extension point that sees the names is
 * {@link #aggregateDescriptors}, which also aggregates every sub-path under the primary group; so the root alone
 * is answered by a second instance whose aggregation leaves the names out, and every other path by Boot's own.
 */
class RootHealthEndpointExtension extends HealthEndpointWebExtension {

	private final HealthEndpointWebExtension root;

	RootHealthEndpointExtension(HealthContributorRegistry registry, ReactiveHealthContributorRegistry fallbackRegistry,
			HealthEndpointGroups groups, Duration slowContributorLoggingThreshold, Set<String> excludedFromRoot) {
		super(registry, fallbackRegistry, groups, slowContributorLoggingThreshold);
		this.root = new RootOnly(registry, fallbackRegistry, groups, slowContributorLoggingThreshold, excludedFromRoot);
	}

	@Override
	public WebEndpointResponse<HealthDescriptor> health(ApiVersion apiVersion, WebServerNamespace serverNamespace,
			SecurityContext securityContext, boolean showAll, String... path) {
		return path.length == 0 ? root.health(apiVersion, serverNamespace, securityContext, showAll, path)
				: super.health(apiVersion, serverNamespace, securityContext, showAll, path);
	}

	/** Asked only for the root, so its one aggregation with group names is the root's own. */
	private static final class RootOnly extends HealthEndpointWebExtension {

		private final Set<String> excluded;

		RootOnly(HealthContributorRegistry registry, ReactiveHealthContributorRegistry fallbackRegistry,
				HealthEndpointGroups groups, Duration slowContributorLoggingThreshold, Set<String> excluded) {
			super(registry, fallbackRegistry, groups, slowContributorLoggingThreshold);
			this.excluded = excluded;
		}

		@Override
		protected HealthDescriptor aggregateDescriptors(ApiVersion apiVersion, Map<String, HealthDescriptor> contributions,
				StatusAggregator statusAggregator, boolean showComponents, Set<String> groupNames) {
			if (groupNames == null) { // a composite below the root (connections itself): its status is its own
				return super.aggregateDescriptors(apiVersion, contributions, statusAggregator, showComponents, null);
			}
			Set<Status> counted = contributions.entrySet().stream()
				.filter(component -> !excluded.contains(component.getKey()))
				.map(component -> component.getValue().getStatus())
				.collect(Collectors.toSet());
			Status status = statusAggregator.getAggregateStatus(counted);
			return super.aggregateDescriptors(apiVersion, contributions, statuses -> status, showComponents, groupNames);
		}
	}
}
