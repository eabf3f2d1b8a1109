package io.campaigngateway.store;

import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Toingg with state, for read-modify-write races: its campaign list answers the model as last written, and
 * {@code /update_campaign} replaces the whole model, as Toingg's own update does. Attached to stubs by name.
 */
final class ToinggStandIn implements ResponseDefinitionTransformerV2 {

	static final String NAME = "toingg-state";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final String campId;

	private final AtomicReference<JsonNode> model = new AtomicReference<>();

	ToinggStandIn(String campId) {
		this.campId = campId;
	}

	void reset(String modelJson) {
		model.set(MAPPER.readTree(modelJson));
	}

	JsonNode model() {
		return model.get();
	}

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		String body;
		if (event.getRequest().getUrl().startsWith("/update_campaign")) {
			model.set(MAPPER.readTree(event.getRequest().getBodyAsString()).get("campaignModelData"));
			body = "{\"status\": true, \"message\": \"updated\", \"result\": {}}";
		}
		else {
			ObjectNode list = MAPPER.createObjectNode().put("status", true).put("message", "Campaigns fetched");
			list.putArray("result").addObject().put("campId", campId).set("campaignModelData", model.get());
			body = MAPPER.writeValueAsString(list);
		}
		return ResponseDefinitionBuilder.like(event.getResponseDefinition())
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(body)
			.build();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}
}
