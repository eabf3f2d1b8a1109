package io.campaigngateway.provider.exotel;

import io.campaigngateway.provider.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exotel's request and response envelopes, in one place. [conflict] The classic docs, Exotel's own samples and
 * its maintained SDK wrap requests as {@code {"campaigns": [{…}]}} with {@code from} as a JSON array; newer
 * docs show them unwrapped with {@code from} as a comma-separated string. We send the vendor samples' form.
 */
final class ExotelEnvelope {

	private ExotelEnvelope() {
	}

	static ObjectNode wrap(ObjectNode campaign) {
		ObjectNode body = Json.object();
		body.putArray("campaigns").add(campaign);
		return body;
	}

	/** {@code response[0]} of {@code {"request_id", "method", "http_code", "response": [{code, status, data}]}}. */
	static JsonNode item(JsonNode body) {
		JsonNode response = body == null ? null : body.path("response");
		if (response != null && response.isArray() && !response.isEmpty()) {
			return response.get(0);
		}
		return response != null && response.isObject() ? response : null;
	}

	static boolean isFailure(JsonNode item) {
		return item != null && ("failure".equalsIgnoreCase(Json.text(item, "status")) || item.has("error_data"));
	}
}
