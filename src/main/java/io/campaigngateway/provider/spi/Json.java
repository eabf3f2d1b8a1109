package io.campaigngateway.provider.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.Campaign;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small tolerant JSON helpers for the wire mappers: providers send nulls, numbers as strings, and so on. */
public final class Json {

	public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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

	public static Integer integer(JsonNode node, String name) {
		String text = text(node, name);
		if (text == null) {
			return null;
		}
		try {
			return (int) Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A boolean that providers may send as true/false, 1/0, "1"/"0", "yes"/"no". */
	public static Boolean flag(JsonNode node, String name) {
		String text = text(node, name);
		if (text == null) {
			return null;
		}
		return switch (text.trim().toLowerCase()) {
			case "true", "1", "yes", "on" -> true;
			case "false", "0", "no", "off", "" -> false;
			default -> null;
		};
	}

	public static void put(ObjectNode node, String name, String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

	public static void put(ObjectNode node, String name, Integer value) {
		if (value != null) {
			node.put(name, value);
		}
	}

	public static void put(ObjectNode node, String name, Boolean value) {
		if (value != null) {
			node.put(name, value);
		}
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

	/** A normalized campaign from its JSON form, as reverse mappers build it. */
	public static Campaign toCampaign(ObjectNode normalized) {
		return MAPPER.treeToValue(normalized, Campaign.class);
	}

	/** A value of the normalized model (a map, a list, a record) as JSON. */
	public static JsonNode tree(Object value) {
		return MAPPER.valueToTree(value);
	}

	/**
	 * Drops nulls and empty objects, in lists too, so a reverse mapping shows only what the provider reported.
	 * A {@code schema} is the caller's own JSON document and stays as it is.
	 */
	public static ObjectNode prune(ObjectNode node) {
		List<String> empty = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			JsonNode value = property.getValue();
			if ("schema".equals(property.getKey())) {
				continue;
			}
			pruneWithin(value);
			if (value.isNull() || value.isObject() && value.isEmpty()) {
				empty.add(property.getKey());
			}
		}
		node.remove(empty);
		return node;
	}

	private static void pruneWithin(JsonNode value) {
		if (value.isObject()) {
			prune((ObjectNode) value);
		}
		else if (value.isArray()) {
			value.forEach(Json::pruneWithin);
		}
	}
}
