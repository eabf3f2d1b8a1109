package io.campaigngateway.api.openapi;

import static io.campaigngateway.api.openapi.ApiProblems.object;
import static io.campaigngateway.api.openapi.ApiProblems.string;
import static io.campaigngateway.api.openapi.CampaignSchemas.types;

import java.util.Arrays;
import java.util.List;

import io.campaigngateway.provider.spi.Operation;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The answers besides campaigns and problems: a dry run, a page of campaigns, connections and catalogues. Answers
 * stay open ({@code additionalProperties} unset), so they can grow without breaking a generated client.
 */
final class ApiSchemas {

	private ApiSchemas() {
	}

	static void addTo(Components components, Carriage carriage) {
		components.addSchemas("DryRun", object("What a dry run answers: the requests the gateway would send to the"
				+ " provider, in order, with secrets masked as `***`. Nothing was sent that changes anything.",
				List.of("connection", "provider", "requests"))
			.addProperty("connection", string("The connection."))
			.addProperty("provider", ref("Provider"))
			.addProperty("requests", array(ref("OutboundRequest"), "The requests, in the order they would be sent.")));
		components.addSchemas("OutboundRequest", object("One request to the provider, as the gateway would send it.",
				List.of("method", "url", "headers"))
			.addProperty("method", CampaignSchemas.example(string("The HTTP method."), "POST"))
			.addProperty("url", string("The URL, secrets masked.").format("uri"))
			.addProperty("headers", new Schema<>().types(types("object"))
				.additionalProperties(new Schema<>().types(types("string")))
				.description("The headers, secrets masked; `X-Request-Id` is the request's own."))
			.addProperty("body", new Schema<>().description("The JSON body, if the request has one.")));
		components.addSchemas("CampaignList", object("One page of a connection's campaigns.", List.of("campaigns", "next"))
			.addProperty("campaigns", array(ref("Campaign"), "The campaigns, newest first where the provider orders them."))
			.addProperty("next", new Schema<>().types(types("string", "null"))
				.description("The cursor of the next page (`cursor=` on the next request), or `null` after the last.")));
		List<String> operations = Arrays.stream(Operation.values()).map(Operation::value).toList();
		components.addSchemas("Connection", object("A connection the caller may use: one configured account at one"
				+ " provider.", List.of("name", "provider", "sandbox", "operations", "fields", "catalogues"))
			.addProperty("name", string("The connection's name: the first part of its campaigns' ids.")
				.pattern(CampaignFields.CONNECTION_NAME))
			.addProperty("provider", ref("Provider"))
			.addProperty("sandbox", new Schema<>().types(types("boolean"))
				.description("Whether it points at the gateway's built-in emulator of the provider."))
			.addProperty("operations", array(new Schema<>().types(types("string")), "What the gateway can do with its"
					+ " campaigns: " + String.join(", ", operations.stream().map(value -> "`" + value + "`").toList()) + "."))
			.addProperty("fields", array(new Schema<>().types(types("string")), "The Campaign fields its provider"
					+ " carries, as dotted paths (`schedule.startAt`), objects carried whole included (`retry`): a field"
					+ " not listed is a 422 naming it."))
			.addProperty("catalogues", array(new Schema<>().types(types("string")), "The catalogues its provider"
					+ " offers, for `GET /connections/{name}/{catalogue}`.")));
		components.addSchemas("ConnectionList", object("The connections the caller may use.", List.of("connections"))
			.addProperty("connections", array(ref("Connection"), "In configuration order.")));
		Schema<?> catalogue = object("A catalogue: the values a provider takes for a field, under the catalogue's"
				+ " name.", List.of("connection"))
			.addProperty("connection", string("The connection."));
		carriage.catalogues().forEach(name -> catalogue.addProperty(name,
				array(new Schema<>(), "The `" + name + "` catalogue, when it is the one asked for.")));
		components.addSchemas("Catalogue", catalogue);
	}

	private static Schema<?> array(Schema<?> items, String description) {
		return new Schema<>().types(types("array")).items(items).description(description);
	}

	private static Schema<?> ref(String component) {
		return new Schema<>().$ref("#/components/schemas/" + component);
	}
}
