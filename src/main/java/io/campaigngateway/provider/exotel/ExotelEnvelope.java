package io.campaigngateway.provider.exotel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import io.campaigngateway.provider.spi.WireFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exotel's request and answer envelopes, in one place. [conflict] The classic docs, Exotel's own samples and its
 * maintained SDK wrap requests as {@code {"campaigns": [{…}]}} with {@code from} as a JSON array; newer docs show
 * them unwrapped with {@code from} as a comma-separated string. We send the vendor samples' form unless a
 * connection says {@code body-form: flat}; answers are read in either shape. Answers are read strictly
 * ({@link WireFormat}): a number that is not whole, or out of range, is a 502 naming Exotel's field.
 */
final class ExotelEnvelope {

	static final String PROVIDER = "exotel";

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

	/** The campaign's fields as sent in the connection's form, {@code providerOptions} merged last, as they are. */
	static ObjectNode fields(ExotelApi.Campaign campaign, Map<String, Object> options, Form form) {
		ExotelApi.Campaign sent = form == Form.FLAT && campaign.from() != null
				? campaign.withFrom(campaign.from().commaSeparated()) : campaign;
		return Json.mergeOptions((ObjectNode) Json.tree(sent), options);
	}

	static JsonNode body(ObjectNode fields, Form form) {
		return form == Form.FLAT ? fields : Json.tree(new ExotelApi.Campaigns(List.of(fields)));
	}

	/** The one campaign of an answer to a create, a read or an update; a failure item, even in a 2xx answer, fails. */
	static ExotelApi.Campaign campaign(ProviderResponse response, ExotelErrors errors, Operation operation) {
		ExotelApi.Answer answer = answer(response);
		List<ExotelApi.Item> items = answer == null || answer.response() == null ? List.of() : answer.response();
		if (items.stream().anyMatch(ExotelApi.Item::failed)) {
			throw errors.classify(response, operation);
		}
		if (items.isEmpty()) {
			throw UpstreamProblems.garbage(PROVIDER, response, "its answer has no response[0].data.id");
		}
		return identified(response, items.get(0).data(), "response[0]");
	}

	/**
	 * Each campaign of a list's answer, in its order, read one item at a time, so that translating a page holds
	 * no second copy of it; answers how many items it had. [inferred] A {@code response} that is absent is an
	 * empty page, one object a page of one.
	 */
	static int eachCampaign(ProviderResponse response, ExotelErrors errors, Consumer<ExotelApi.Campaign> campaigns) {
		JsonNode items = response.bodyOrEmpty().path("response");
		if (items.isMissingNode() || items.isNull()) {
			return 0;
		}
		if (!items.isArray() && !items.isObject()) {
			throw UpstreamProblems.garbage(PROVIDER, response, "its response is neither a list of items nor an item");
		}
		List<JsonNode> list = items.isArray() ? items.valueStream().toList() : List.of(items);
		for (int i = 0; i < list.size(); i++) {
			ExotelApi.Item item = WireFormat.read(PROVIDER, response, list.get(i), ExotelApi.Item.class);
			if (item == null) {
				throw UpstreamProblems.garbage(PROVIDER, response, "its response[" + i + "] is null");
			}
			if (item.failed()) {
				throw errors.classify(response, Operation.LIST);
			}
			campaigns.accept(identified(response, item.data(), "response[" + i + "]"));
		}
		return list.size();
	}

	/** A list answer's {@code metadata}, when it has one. */
	static Optional<ExotelApi.Metadata> metadata(ProviderResponse response) {
		JsonNode metadata = response.bodyOrEmpty().path("metadata");
		return metadata.isObject()
				? Optional.of(WireFormat.read(PROVIDER, response, metadata, ExotelApi.Metadata.class)) : Optional.empty();
	}

	/**
	 * The first failure item of an answer, for the error classifier: an answer that cannot be read has none, and
	 * its HTTP status judges it.
	 */
	static Optional<ExotelApi.Item> failure(ProviderResponse response) {
		try {
			ExotelApi.Answer answer = answer(response);
			return answer == null || answer.response() == null ? Optional.empty()
					: answer.response().stream().filter(ExotelApi.Item::failed).findFirst();
		}
		catch (GatewayException unreadable) {
			return Optional.empty();
		}
	}

	/** The answer's envelope; null for an empty body (or JSON's null), which holds no item. */
	private static ExotelApi.Answer answer(ProviderResponse response) {
		JsonNode body = response.bodyOrEmpty();
		return body.isNull() || body.isMissingNode() ? null : WireFormat.read(PROVIDER, response, body, ExotelApi.Answer.class);
	}

	private static ExotelApi.Campaign identified(ProviderResponse response, ExotelApi.Campaign data, String item) {
		if (data == null || data.id() == null || data.id().isBlank()) {
			throw UpstreamProblems.garbage(PROVIDER, response, "its " + item + " has no data.id");
		}
		return data;
	}
}
