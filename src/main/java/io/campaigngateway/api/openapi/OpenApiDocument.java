package io.campaigngateway.api.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.campaigngateway.campaign.CampaignId;
import io.campaigngateway.service.Connection;
import io.campaigngateway.service.ConnectionRegistry;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Completes what the controllers' annotations say: the Campaign schemas, problems, headers and path parameters
 * as shared components, referenced from each operation; which providers carry which field and which catalogues
 * exist, from the connections the gateway has; and no schema left that nothing references.
 */
@Component
class OpenApiDocument implements OpenApiCustomizer {

	private static final List<String> PROVIDER_CALL = List.of("429", "502", "503", "504");

	/** The problems each operation can answer, by operation id. */
	private static final Map<String, List<String>> PROBLEMS = Map.of(
			"createCampaign", with(PROVIDER_CALL, "400", "401", "403", "406", "409", "413", "415", "422"),
			"dryRunCreateCampaign", List.of("400", "401", "403", "406", "413", "415", "422"),
			"getCampaign", with(PROVIDER_CALL, "400", "401", "403", "404", "406"),
			"updateCampaign", with(PROVIDER_CALL, "400", "401", "403", "404", "406", "409", "412", "413", "415", "422"),
			"dryRunUpdateCampaign", with(PROVIDER_CALL, "400", "401", "403", "404", "406", "409", "413", "415", "422"),
			"listCampaigns", with(PROVIDER_CALL, "400", "401", "403", "406", "422"),
			"listConnections", List.of("401", "406"),
			"getConnection", List.of("401", "403", "404", "406"),
			"getCatalogue", with(PROVIDER_CALL, "401", "403", "404", "406"));

	/** The request headers an operation reads besides those every operation reads. */
	private static final Map<String, List<String>> HEADERS = Map.of("createCampaign", List.of("IdempotencyKey"),
			"getCampaign", List.of("IfNoneMatch"), "updateCampaign", List.of("IfMatch"));

	private final ConnectionRegistry registry;

	OpenApiDocument(ConnectionRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		Carriage carriage = new Carriage(registry.all());
		CampaignSchemas.build(carriage).forEach(components::addSchemas);
		ApiSchemas.addTo(components, carriage);
		ApiProblems.addTo(components);
		ApiHeaders.addTo(components);
		pathParameters(components, carriage);
		examples(openApi);
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> complete(path, operation)));
		UnusedSchemas.remove(openApi);
	}

	private static void complete(String path, Operation operation) {
		List<Parameter> parameters = new ArrayList<>();
		Stream.of("id:CampaignId", "name:ConnectionName", "catalogue:Catalogue")
			.map(variable -> variable.split(":"))
			.filter(variable -> path.contains("{" + variable[0] + "}"))
			.forEach(variable -> parameters.add(parameter(variable[1])));
		if (operation.getParameters() != null) {
			// the query parameters the annotations declare; path variables and headers are the shared ones
			operation.getParameters().stream().filter(parameter -> "query".equals(parameter.getIn())).forEach(parameters::add);
		}
		HEADERS.getOrDefault(operation.getOperationId(), List.of()).forEach(header -> parameters.add(parameter(header)));
		parameters.add(parameter("RequestId"));
		parameters.add(parameter("Traceparent"));
		operation.setParameters(parameters);
		operation.getResponses().forEach((status, response) -> headers(operation.getOperationId(), status, response));
		for (String status : PROBLEMS.get(operation.getOperationId())) {
			operation.getResponses().addApiResponse(status, new ApiResponse()
				.$ref("#/components/responses/" + ApiProblems.BY_STATUS.get(status).component()));
		}
	}

	private static void headers(String operationId, String status, ApiResponse response) {
		ApiHeaders.ON_EVERY_ANSWER.forEach(header -> response.addHeaderObject(header, ApiHeaders.ref(header)));
		if (response.getContent() != null) {
			response.addHeaderObject(ApiHeaders.SERVER_TIMING, ApiHeaders.ref(ApiHeaders.SERVER_TIMING));
		}
		if ("201".equals(status)) {
			response.addHeaderObject("Location", ApiHeaders.ref("Location"));
		}
		if ("getCampaign".equals(operationId)) {
			response.addHeaderObject("ETag", ApiHeaders.ref("ETag"));
		}
	}

	/** The create examples, shared by the create and its dry run. */
	private static void examples(OpenAPI openApi) {
		Map<String, Example> examples = new TreeMap<>();
		ApiExamples.CREATES.forEach((name, json) -> {
			try {
				com.fasterxml.jackson.databind.JsonNode value = Json31.mapper().readTree(json);
				examples.put(name, new Example().summary("A campaign at the " + value.path("connection").asText()
						+ " connection").value(value));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(name + " is not JSON", ex);
			}
		});
		examples.forEach(openApi.getComponents()::addExamples);
		openApi.getPaths().values().forEach(item -> Stream.ofNullable(item.getPost())
			.filter(operation -> operation.getOperationId().toLowerCase().endsWith("createcampaign"))
			.map(operation -> operation.getRequestBody().getContent().get(MediaType.APPLICATION_JSON_VALUE))
			.forEach(media -> examples.keySet().forEach(name ->
					media.addExamples(name, new Example().$ref("#/components/examples/" + name)))));
	}

	/** The path variables, with examples that work against the gateway that serves this document. */
	private void pathParameters(Components components, Carriage carriage) {
		components.addParameters("CampaignId", path("id", "The campaign's id, `{connection}:{providerCampaignId}`.",
				new Schema<>().types(CampaignSchemas.types("string")).pattern("^" + CampaignId.ID + "$"),
				ApiExamples.CAMPAIGN_ID));
		String withCatalogue = registry.all().stream()
			.filter(connection -> !connection.adapter().capabilities().catalogues().isEmpty())
			.map(Connection::name)
			.min(Comparator.naturalOrder())
			.orElse(ApiExamples.CONNECTION);
		components.addParameters("ConnectionName", path("name", "The connection's name.",
				new Schema<>().types(CampaignSchemas.types("string")).pattern(CampaignFields.CONNECTION_NAME), withCatalogue));
		Schema<?> catalogue = carriage.catalogues().isEmpty() ? new Schema<>().types(CampaignSchemas.types("string"))
				: CampaignSchemas.strings(carriage.catalogues());
		components.addParameters("Catalogue", path("catalogue", "The catalogue: one of the connection's `catalogues`"
				+ " (`GET /connections/{name}`); these are the ones the gateway's providers offer.", catalogue,
				carriage.catalogues().isEmpty() ? null : carriage.catalogues().get(carriage.catalogues().size() - 1)));
	}

	private static Parameter path(String name, String description, Schema<?> schema, String example) {
		return new Parameter().in("path").name(name).required(true).description(description).schema(schema).example(example);
	}

	private static Parameter parameter(String component) {
		return new Parameter().$ref("#/components/parameters/" + component);
	}

	private static List<String> with(List<String> common, String... statuses) {
		return Stream.concat(Arrays.stream(statuses), common.stream()).sorted().toList();
	}
}
