package io.campaigngateway.config;

import io.campaigngateway.campaign.CampaignReader;
import io.campaigngateway.service.CampaignService;
import io.campaigngateway.service.ConnectionRegistry;
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
}
