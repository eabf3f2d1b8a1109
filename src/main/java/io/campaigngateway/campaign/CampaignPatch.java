package io.campaigngateway.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON Merge Patch (RFC 7396) of a campaign: {@code values} holds what it sets, {@code document} tells
 * present from absent, and an explicit {@code null} asks to clear a field.
 */
public record CampaignPatch(ObjectNode document, Campaign values) {

	/** Whether the patch changes the field at this path: mentions it, or sets one of its parents to null. */
	public boolean touches(String path) {
		JsonNode node = document;
		for (String name : path.split("\\.")) {
			if (node.isNull()) {
				return true;
			}
			node = node.path(name);
			if (node.isMissingNode()) {
				return false;
			}
		}
		return true;
	}

	public boolean isEmpty() {
		return document.isEmpty();
	}

	/** The pointers of every field the patch sets to null. */
	public List<String> clearedPointers() {
		List<String> pointers = new ArrayList<>();
		collectNulls(document, "", pointers);
		return pointers;
	}

	private static void collectNulls(JsonNode node, String pointer, List<String> pointers) {
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			String at = pointer + FieldProblem.pointer(property.getKey());
			if (property.getValue().isNull()) {
				pointers.add(at);
			}
			else if ("providerOptions".equals(property.getKey())) {
				// a provider field set to null is a clear too; values below it are the provider's, taken as they are
				property.getValue().properties().forEach(option -> {
					if (option.getValue().isNull()) {
						pointers.add(at + FieldProblem.pointer(option.getKey()));
					}
				});
			}
			else if (property.getValue().isObject()) {
				collectNulls(property.getValue(), at, pointers);
			}
		}
	}
}
