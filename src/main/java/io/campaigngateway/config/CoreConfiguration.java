package io.campaigngateway.config;

import io.campaigngateway.campaign.CampaignReader;
import io.campaigngateway.service.CampaignService;
import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.service.UpdateTurns;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Wires the core, which knows nothing of Spring, and describes the API for Swagger UI. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	static {
		// swagger-core knows Jackson 2's JsonNode, not Jackson 3's: it would document the node's getters (isArray…)
		SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema().description("A JSON object"));
	}

	@Bean
	CampaignService campaignService(ConnectionRegistry registry, JsonMapper mapper, UpdateTurns turns) {
		return new CampaignService(registry, new CampaignReader(mapper), turns);
	}

	@Bean
	OpenAPI gatewayOpenApi() {
		return new OpenAPI()
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"))
			.info(new Info().title("Campaign Gateway")
			.version("1.1")
			.description("One REST API for outbound call campaigns at Toingg, VOXO and Exotel. Errors are RFC 9457"
					+ " problems (application/problem+json). Authenticate with Authorization: Bearer <key>."));
	}
}
