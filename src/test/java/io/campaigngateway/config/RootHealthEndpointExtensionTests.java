package io.campaigngateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.DefaultHealthContributorRegistry;

/**
 * Every component named in {@code gateway.health.excluded-from-root} is shown at the root without counting in its
 * status, and keeps its own status on its own path; any other component still counts.
 */
class RootHealthEndpointExtensionTests {

	private final DefaultHealthContributorRegistry registry = new DefaultHealthContributorRegistry();

	private final RootHealthEndpointExtension health = new RootHealthEndpointExtension(registry, null,
			HealthEndpointGroups.of(new ShowEverything(), Map.of()), null, Set.of("connections", "store"));

	RootHealthEndpointExtensionTests() {
		registry.registerContributor("ping", indicator(Status.UP));
		Map<String, HealthIndicator> connections = new LinkedHashMap<>();
		connections.put("voxo", indicator(Status.UP));
		// a connection may carry the name of an excluded component: below the root it counts like any other
		connections.put("store", indicator(Status.DOWN));
		registry.registerContributor("connections", CompositeHealthContributor.fromMap(connections));
		registry.registerContributor("store", indicator(Status.DOWN));
	}

	@Test
	void everyExcludedComponentIsShownDownWhileTheRootStaysUp() {
		WebEndpointResponse<HealthDescriptor> root = get();

		assertThat(root.getStatus()).isEqualTo(200);
		assertThat(root.getBody().getStatus()).isEqualTo(Status.UP);
		Map<String, HealthDescriptor> components = ((CompositeHealthDescriptor) root.getBody()).getComponents();
		assertThat(components.get("connections").getStatus()).isEqualTo(Status.DOWN);
		assertThat(components.get("store").getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void anExcludedComponentsOwnPathAnswersItsOwnStatus() {
		assertThat(get("store").getStatus()).isEqualTo(503);
		WebEndpointResponse<HealthDescriptor> connections = get("connections");
		assertThat(connections.getStatus()).isEqualTo(503);
		assertThat(connections.getBody().getStatus()).isEqualTo(Status.DOWN);
		assertThat(get("connections", "store").getStatus()).isEqualTo(503);
		assertThat(get("connections", "voxo").getStatus()).isEqualTo(200);
	}

	@Test
	void aComponentNotExcludedStillMakesTheRootDown() {
		registry.registerContributor("db", indicator(Status.DOWN));

		WebEndpointResponse<HealthDescriptor> root = get();

		assertThat(root.getStatus()).isEqualTo(503);
		assertThat(root.getBody().getStatus()).isEqualTo(Status.DOWN);
	}

	private WebEndpointResponse<HealthDescriptor> get(String... path) {
		return health.health(ApiVersion.V3, WebServerNamespace.SERVER, SecurityContext.NONE, false, path);
	}

	private static HealthIndicator indicator(Status status) {
		return () -> Health.status(status).build();
	}

	/** The primary group as the gateway configures it: every component, shown with its details. */
	private static final class ShowEverything implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return true;
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return true;
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return true;
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return StatusAggregator.getDefault();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return HttpCodeStatusMapper.DEFAULT;
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return null;
		}
	}
}
