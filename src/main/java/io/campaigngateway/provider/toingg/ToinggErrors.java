package io.campaigngateway.provider.toingg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	/** Toingg model names and where they came from in the normalized campaign. */
	private static final Map<String, String> POINTERS = Map.ofEntries(
			Map.entry("title", "/name"), Map.entry("voice", "/agent/voice"), Map.entry("language", "/agent/language"),
			Map.entry("script", "/agent/script"), Map.entry("purpose", "/agent/purpose"),
			Map.entry("knowledgeBase", "/agent/knowledgeBase"), Map.entry("calendar", "/schedule/callingHours"),
			Map.entry("firstLine", "/agent/firstLine"), Map.entry("tone", "/agent/tone"),
			Map.entry("postCallAnalysis", "/agent/postCallAnalysis/enabled"),
			Map.entry("postCallAnalysisSchema", "/agent/postCallAnalysis/schema"),
			Map.entry("timeZone", "/schedule/timezone"));

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
		if (POINTERS.containsKey(last)) {
			return POINTERS.get(last);
		}
		return ToinggMapper.EXTRA_FIELDS.contains(last) ? "/providerOptions/" + last : null;
	}
}
