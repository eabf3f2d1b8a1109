package io.campaigngateway.provider.toingg;

import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ErrorClassifier;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import tools.jackson.databind.JsonNode;

/**
 * Toingg is a FastAPI service: validation errors are {@code {"detail": [{"loc", "msg", "type"}]}} and the
 * rest (most likely) {@code {"detail": "…"}}. Each {@code loc} is mapped back to the caller's field.
 */
final class ToinggErrors implements ErrorClassifier {

	@Override
	public GatewayException classify(ProviderResponse response, Operation operation) {
		JsonNode detail = response.bodyOrEmpty().path("detail");
		List<FieldProblem> errors = new ArrayList<>();
		String message = detail.isString() ? detail.asString() : null;
		if (detail.isArray()) {
			for (JsonNode item : detail) {
				errors.add(new FieldProblem(pointer(item.path("loc")), Json.text(item, "type"), Json.text(item, "msg")));
			}
			message = errors.size() + " field(s) rejected";
		}
		return UpstreamProblems.byStatus("toingg", response, response.status(), message, errors);
	}

	/** {@code ["body", "campaignModelData", "script"]} → {@code /agent/script}. */
	static String pointer(JsonNode loc) {
		String last = null;
		for (JsonNode part : loc) {
			String name = part.asString();
			if (!"body".equals(name) && !"campaignModelData".equals(name) && !part.isNumber()) {
				last = name;
			}
		}
		if (last == null) {
			return null;
		}
		return ToinggFields.named(last).map(ToinggFields.Spec::pointer).orElse(null);
	}
}
