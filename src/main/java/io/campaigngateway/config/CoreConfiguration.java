package io.campaigngateway.config;

import java.time.Clock;

import io.campaigngateway.campaign.CampaignReader;
import io.campaigngateway.idempotency.IdempotencyStore;
import io.campaigngateway.idempotency.InMemoryIdempotencyStore;
import io.campaigngateway.service.CampaignService;
import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.service.LocalUpdateTurns;
import io.campaigngateway.service.UpdateTurns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the core, which knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	@Bean
	CampaignService campaignService(ConnectionRegistry registry, JsonMapper mapper, UpdateTurns turns) {
		return new CampaignService(registry, new CampaignReader(mapper), turns);
	}

	/** The keys of this process; a shared store replaces them when several replicas run. */
	@Bean
	IdempotencyStore idempotencyStore(GatewayProperties properties) {
		return new InMemoryIdempotencyStore(properties.idempotency().retention(), properties.idempotency().maxEntries(),
				Clock.systemUTC());
	}

	/** The turns of this process; a shared store replaces them when several replicas run. */
	@Bean
	UpdateTurns updateTurns() {
		return new LocalUpdateTurns();
	}
}
