package io.campaigngateway.provider.exotel;

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
 * Exotel failures come as a failure item ({@code status: failure, error_data {code, description, message}}),
 * whose {@code code} decides (it may differ from the HTTP status), or as {@code {"RestException": {Status,
 * Message, Code}}} on older endpoints and 429s.
 */
final class ExotelErrors implements ErrorClassifier {

	/** Exotel parameter names and where they came from in the normalized campaign. */
	static final Map<String, String> POINTERS = Map.ofEntries(Map.entry("caller_id", "/callerId"),
			Map.entry("from", "/contacts"), Map.entry("lists", "/contactLists"), Map.entry("url", "/callFlowUrl"),
			Map.entry("read_via_text", "/message"), Map.entry("send_at", "/schedule/startAt"),
			Map.entry("end_at", "/schedule/endAt"), Map.entry("retries", "/retry"),
			Map.entry("number_of_retries", "/retry/maxRetries"), Map.entry("interval_mins", "/retry/intervalMinutes"),
			Map.entry("mechanism", "/retry/backoff"), Map.entry("on_status", "/retry/retryOn"),
			Map.entry("throttle", "/pacing/callsPerMinute"), Map.entry("call_status_callback", "/callbacks/callStatus"),
			Map.entry("call_schedule_callback", "/callbacks/contactCompleted"),
			Map.entry("status_callback", "/callbacks/campaignStatus"),
			Map.entry("call_duplicate_numbers", "/allowDuplicateNumbers"), Map.entry("custom_field", "/customField"),
			Map.entry("action", "/status"), Map.entry("name", "/name"));

	@Override
	public GatewayException classify(ProviderResponse response, Operation operation) {
		JsonNode body = response.bodyOrEmpty();
		JsonNode item = ExotelEnvelope.item(body);
		if (ExotelEnvelope.isFailure(item)) {
			JsonNode error = item.path("error_data");
			String message = firstOf(Json.text(error, "description"), Json.text(error, "message"));
			Integer code = Json.integer(item, "code");
			int status = code != null && code >= 400 && code < 600 ? code : response.status();
			return UpstreamProblems.byStatus("exotel", response, status, message, fieldsNamedIn(error));
		}
		JsonNode rest = body.path("RestException");
		if (rest.isObject()) {
			Integer code = Json.integer(rest, "Status");
			int status = code != null && code >= 400 && code < 600 ? code : response.status();
			return UpstreamProblems.byStatus("exotel", response, status, Json.text(rest, "Message"), List.of());
		}
		return UpstreamProblems.byStatus("exotel", response, response.status(), null, List.of());
	}

	/** The caller's fields that Exotel's error text names, for its 400s. */
	static List<FieldProblem> fieldsNamedIn(JsonNode error) {
		String text = (firstOf(Json.text(error, "description"), "") + " " + firstOf(Json.text(error, "message"), ""))
			.toLowerCase();
		List<FieldProblem> problems = new ArrayList<>();
		POINTERS.forEach((name, pointer) -> {
			if (text.matches("(?s).*\\b" + name + "\\b.*")) {
				problems.add(new FieldProblem(pointer, "upstream", firstOf(Json.text(error, "description"), Json.text(error, "message"))));
			}
		});
		return problems;
	}

	private static String firstOf(String a, String b) {
		return a != null && !a.isBlank() ? a : b;
	}
}
