package io.campaigngateway.provider.exotel;

import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import io.campaigngateway.provider.spi.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exotel's request and response envelopes, in one place. [conflict] The classic docs, Exotel's own samples and
 * its maintained SDK wrap requests as {@code {"campaigns": [{…}]}} with {@code from} as a JSON array; newer
 * docs show them unwrapped with {@code from} as a comma-separated string. We send the vendor samples' form
 * unless a connection says {@code body-form: flat}; answers are read in either shape.
 */
final class ExotelEnvelope {

	/** How a connection sends request bodies. */
	enum Form {

		WRAPPED, FLAT;

		static Optional<Form> of(String text) {
			if (text == null || text.isBlank()) {
				return Optional.of(WRAPPED);
			}
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
				case "wrapped" -> Optional.of(WRAPPED);
				case "flat" -> Optional.of(FLAT);
				default -> Optional.empty();
			};
		}
	}

	private ExotelEnvelope() {
	}

	static ObjectNode body(ObjectNode campaign, Form form) {
		if (form == Form.FLAT) {
			ObjectNode flat = campaign.deepCopy();
			JsonNode from = flat.get("from");
			if (from != null && from.isArray()) {
				StringJoiner numbers = new StringJoiner(",");
				from.forEach(number -> numbers.add(number.asString()));
				flat.put("from", numbers.toString());
			}
			return flat;
		}
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
