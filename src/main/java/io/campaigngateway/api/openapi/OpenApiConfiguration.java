package io.campaigngateway.api.openapi;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.swagger.v3.core.util.ObjectMapperFactory;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/** The API document's frame (info, auth) and how it is written; {@link OpenApiDocument} fills it in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// swagger-core knows Jackson 2's JsonNode, not Jackson 3's: it would document the node's getters (isArray…)
		SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema().description("A JSON object"));
	}

	/** What a YAML 1.1 reader (PyYAML, SnakeYAML, openapi-generator's parser) reads as a number or a date. */
	static final Pattern YAML11_AMBIGUOUS = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
			+ "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+");

	@Bean
	OpenAPI gatewayOpenApi() {
		return new OpenAPI()
			.components(new Components().addSecuritySchemes("bearerAuth", new SecurityScheme()
				.type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.description("An API key the gateway is configured with (by its SHA-256), sent as"
						+ " `Authorization: Bearer <key>`. A gateway on its sandbox alone with no key configured"
						+ " accepts every caller.")))
			.addSecurityItem(new SecurityRequirement().addList("bearerAuth"))
			.info(new Info().title("Campaign Gateway")
				.version("1.2")
				.contact(new Contact().name("Campaign Gateway maintainers"))
				.description("""
						One REST API for outbound call campaigns, whichever provider runs them. A campaign lives at a \
						connection (one configured account at one provider); its id is `{connection}:{providerCampaignId}`.

						Authenticate with `Authorization: Bearer <key>`. Errors are RFC 9457 problems \
						(`application/problem+json`), every invalid field with its JSON pointer. Every answer carries \
						`X-Request-Id`.

						A dry run (`POST /campaigns/dry-run`, `PATCH /campaigns/{id}/dry-run`) changes nothing at the \
						provider and answers the requests the gateway would send. Which providers carry which field, \
						and the provider names, are those of the connections the serving gateway has."""));
	}

	/**
	 * The YAML form quotes what a YAML 1.1 reader would misread: unquoted, {@code 10:00} is the number 600 there and
	 * {@code 2036-12-01T09:00:00-06:00} a timestamp. Otherwise the settings of swagger-core's own YAML writer.
	 */
	@Bean
	ObjectMapperProvider springdocObjectMapperProvider(SpringDocConfigProperties properties) {
		ObjectMapper yaml = ObjectMapperFactory.createYaml31(YAMLFactory.builder()
			.stringQuotingChecker(new StringQuotingChecker.Default() {
				@Override
				public boolean needToQuoteValue(String value) {
					return super.needToQuoteValue(value) || YAML11_AMBIGUOUS.matcher(value).matches();
				}
			})
			.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
			.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
			.enable(YAMLGenerator.Feature.SPLIT_LINES)
			.enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
			.build());
		ObjectMapperProvider.sortOutput(yaml, properties);
		return new ObjectMapperProvider(properties) {
			@Override
			public ObjectMapper yamlMapper() {
				return yaml;
			}
		};
	}
}
