package io.campaigngateway.provider.voxo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.ErrorClassifier;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import io.campaigngateway.provider.spi.WireFormat;
import io.campaigngateway.provider.voxo.VoxoApi.FeathersError;
import tools.jackson.databind.JsonNode;

/**
 * VOXO runs on FeathersJS, whose errors are {@code {name, message, code, className, errors}} [inferred]:
 * {@code errors} names VOXO fields, mapped back to the caller's pointers by {@link VoxoFields#pointer}.
 */
final class VoxoErrors implements ErrorClassifier {

	private static final FeathersError NOTHING_SAID = new FeathersError(null, null, null, null, null);

	@Override
	public GatewayException classify(ProviderResponse response, Operation operation) {
		FeathersError error = feathersError(response);
		List<FieldProblem> errors = new ArrayList<>();
		JsonNode details = error.errors() == null ? Json.object() : error.errors();
		if (details.isObject()) {
			for (Map.Entry<String, JsonNode> entry : details.properties()) {
				errors.add(new FieldProblem(VoxoFields.pointer(entry.getKey()), "upstream", message(entry.getValue())));
			}
		}
		else if (details.isArray()) {
			for (JsonNode item : details) {
				String field = Json.text(item, "path") != null ? Json.text(item, "path") : Json.text(item, "field");
				errors.add(new FieldProblem(field == null ? null : VoxoFields.pointer(field), "upstream", message(item)));
			}
		}
		Integer code = error.code();
		int status = code != null && code >= 400 && code < 600 && response.status() < 500 ? code : response.status();
		return UpstreamProblems.byStatus("voxo", response, status, error.message(), errors);
	}

	/**
	 * The error as Feathers shapes it; an answer in another shape (an HTML page from a proxy, a {@code code} that
	 * is no status) says nothing beyond its HTTP status, which then decides alone.
	 */
	private static FeathersError feathersError(ProviderResponse response) {
		if (!response.json() || !response.bodyOrEmpty().isObject()) {
			return NOTHING_SAID;
		}
		try {
			return WireFormat.read("voxo", response, response.body(), FeathersError.class);
		}
		catch (GatewayException ex) {
			return NOTHING_SAID;
		}
	}

	private static String message(JsonNode value) {
		if (value.isString()) {
			return value.asString();
		}
		String message = Json.text(value, "message");
		return message != null ? message : value.toString();
	}
}
