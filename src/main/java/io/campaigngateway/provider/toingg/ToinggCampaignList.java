package io.campaigngateway.provider.toingg;

import java.util.LinkedHashMap;
import java.util.Map;

import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import io.campaigngateway.provider.spi.WireFormat;
import io.campaigngateway.provider.toingg.ToinggApi.CampaignModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of {@code get_campaigns}, whose {@code result} public clients read two ways [conflict]: an array of
 * {@code {campId, campaignModelData}} (some with {@code _id}, some with the model's fields beside the id), or an
 * object keyed by campaign id. The adapter accepts both and reads the array into the keyed shape, in Toingg's order.
 * It leans strict on what it reads: an entry without an id is an answer it cannot read (a 502), never skipped.
 */
record ToinggCampaignList(ProviderResponse response, ObjectNode byId, int entries) {

	private static final String CAMP_ID = "campId";

	private static final String MONGO_ID = "_id";

	private static final String MODEL = "campaignModelData";

	/** A campaign id → model node, for either shape of the answer's {@code result}. */
	static ToinggCampaignList of(ProviderResponse response) {
		JsonNode result = response.bodyOrEmpty().path("result");
		if (!response.json() || !(result.isArray() || result.isObject())) {
			throw UpstreamProblems.garbage("toingg", response, "its campaign list has no result");
		}
		ObjectNode byId = Json.object();
		if (result.isArray()) {
			for (int i = 0; i < result.size(); i++) {
				JsonNode entry = result.get(i);
				String id = Json.text(entry, CAMP_ID) != null ? Json.text(entry, CAMP_ID) : Json.text(entry, MONGO_ID);
				if (!entry.isObject() || id == null) {
					throw UpstreamProblems.garbage("toingg", response,
							"its campaign list's result[" + i + "] has no " + CAMP_ID + " or " + MONGO_ID);
				}
				byId.set(id, model((ObjectNode) entry, response, "result[" + i + "]"));
			}
		}
		else {
			for (Map.Entry<String, JsonNode> entry : result.properties()) {
				if (!entry.getValue().isObject()) {
					throw UpstreamProblems.garbage("toingg", response, "its campaign list's result." + entry.getKey()
							+ " is not a campaign");
				}
				byId.set(entry.getKey(), model((ObjectNode) entry.getValue(), response, "result." + entry.getKey()));
			}
		}
		return new ToinggCampaignList(response, byId, result.size());
	}

	/** An entry's model: its {@code campaignModelData}, or the entry itself without the ids when the fields are beside them. */
	private static ObjectNode model(ObjectNode entry, ProviderResponse response, String where) {
		if (entry.has(MODEL)) {
			if (!entry.get(MODEL).isObject()) {
				throw UpstreamProblems.garbage("toingg", response, "its " + where + "." + MODEL + " is not an object");
			}
			return (ObjectNode) entry.get(MODEL);
		}
		ObjectNode model = entry.deepCopy();
		model.remove(CAMP_ID);
		model.remove(MONGO_ID);
		return model;
	}

	boolean has(String campId) {
		return byId.has(campId);
	}

	/** One campaign's model, read strictly: a number Toingg sends that the model cannot hold is a 502 naming it. */
	CampaignModel model(String campId) {
		return read(Json.object().set(campId, byId.get(campId))).get(campId);
	}

	/** Every campaign's model, in Toingg's order. */
	Map<String, CampaignModel> models() {
		return read(byId);
	}

	private Map<String, CampaignModel> read(JsonNode keyed) {
		return WireFormat.read("toingg", response, keyed, ModelsById.class);
	}

	/** Campaign id → model, as the keyed shape holds them. */
	static final class ModelsById extends LinkedHashMap<String, CampaignModel> {

		private static final long serialVersionUID = 1L;
	}
}
