package io.campaigngateway.provider.spi;

import java.util.Collection;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small JSON helpers for adapters and emulators: building bodies, reading a scalar, merging patches and options. */
public final class Json {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static ObjectNode object() {
		return NODES.objectNode();
	}

	public static ArrayNode array() {
		return NODES.arrayNode();
	}

	/** A scalar as text (numbers and booleans too); null when absent or null. */
	public static String text(JsonNode node, String name) {
		JsonNode value = node == null ? null : node.get(name);
		return value == null || value.isNull() || value.isContainer() ? null : value.asString();
	}

	public static ArrayNode strings(Collection<String> values) {
		ArrayNode array = array();
		values.forEach(array::add);
		return array;
	}

	/** RFC 7396 all the way down: objects merge key by key, a null removes its key, anything else replaces. */
	public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch.deepCopy();
		}
		ObjectNode merged = target != null && target.isObject() ? (ObjectNode) target.deepCopy() : object();
		for (Map.Entry<String, JsonNode> property : patch.properties()) {
			if (property.getValue().isNull()) {
				merged.remove(property.getKey());
			}
			else {
				merged.set(property.getKey(), mergePatch(merged.get(property.getKey()), property.getValue()));
			}
		}
		return merged;
	}

	/** {@code providerOptions}: provider fields sent as they are, merged last; a null removes the field. */
	public static ObjectNode mergeOptions(ObjectNode body, Map<String, Object> options) {
		if (options != null) {
			options.forEach((name, value) -> {
				if (value == null) {
					body.remove(name);
				}
				else {
					body.set(name, tree(value));
				}
			});
		}
		return body;
	}

	/** A value of the normalized model (a map, a list, a record) as JSON. */
	public static JsonNode tree(Object value) {
		return MAPPER.valueToTree(value);
	}
}
