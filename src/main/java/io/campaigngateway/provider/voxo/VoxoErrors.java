package io.campaigngateway.provider.voxo;

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
 * VOXO runs on FeathersJS, whose errors are {@code {name, message, code, className, errors}} [inferred]:
 * {@code errors} names VOXO fields, mapped back to the caller's pointers where they match.
 */
final class VoxoErrors implements ErrorClassifier {

	private static final Map<String, String> POINTERS = Map.ofEntries(Map.entry("name", "/name"),
			Map.entry("state", "/status"), Map.entry("callerId", "/callerId"), Map.entry("numbers", "/contacts"),
			Map.entry("dateStart", "/schedule/startAt"), Map.entry("timeStart", "/schedule/startAt"),
			Map.entry("dateEnd", "/schedule/endAt"), Map.entry("timeEnd", "/schedule/endAt"),
			Map.entry("timezone", "/schedule/timezone"), Map.entry("callHoursStart", "/schedule/callingHours/start"),
			Map.entry("callHoursEnd", "/schedule/callingHours/end"),
			Map.entry("callFrequency", "/pacing/secondsBetweenCalls"), Map.entry("recording", "/recording"),
			Map.entry("enableVMDetect", "/voicemailDetection/enabled"),
			Map.entry("matchDestinations", "/voicemailDetection/onMachine"),
			Map.entry("notMatchDestinations", "/voicemailDetection/onHuman"),
			Map.entry("destinations", "/destinations"), Map.entry("message", "/message"));

	@Override
	public GatewayException classify(ProviderResponse response, Operation operation) {
		JsonNode body = response.bodyOrEmpty();
		List<FieldProblem> errors = new ArrayList<>();
		JsonNode details = body.path("errors");
		if (details.isObject()) {
			for (Map.Entry<String, JsonNode> entry : details.properties()) {
				errors.add(new FieldProblem(pointer(entry.getKey()), "upstream", message(entry.getValue())));
			}
		}
		else if (details.isArray()) {
			for (JsonNode item : details) {
				String field = Json.text(item, "path") != null ? Json.text(item, "path") : Json.text(item, "field");
				errors.add(new FieldProblem(field == null ? null : pointer(field), "upstream", message(item)));
			}
		}
		Integer code = Json.integer(body, "code");
		int status = code != null && code >= 400 && code < 600 && response.status() < 500 ? code : response.status();
		return UpstreamProblems.byStatus("voxo", response, status, Json.text(body, "message"), errors);
	}

	/** {@code numbers.2.number} → {@code /contacts/2/phoneNumber}; unknown names keep no pointer. */
	static String pointer(String field) {
		String[] parts = field.split("[.\\[\\]]+");
		if ("numbers".equals(parts[0]) && parts.length > 1 && parts[1].matches("\\d+")) {
			return "/contacts/" + parts[1] + contactPart(parts.length > 2 ? parts[2] : "number");
		}
		return POINTERS.get(parts[0]);
	}

	/** Where a {@code numbers[]} entry's field came from in the caller's contact ({@link VoxoMapper}). */
	private static String contactPart(String voxoField) {
		if (voxoField.equals("number")) {
			return "/phoneNumber";
		}
		if (voxoField.equals("description")) {
			return "/name";
		}
		return VoxoMapper.CUSTOM_FIELDS.contains(voxoField) ? "/fields/" + voxoField : "";
	}

	private static String message(JsonNode value) {
		if (value.isString()) {
			return value.asString();
		}
		String message = Json.text(value, "message");
		return message != null ? message : value.toString();
	}
}
