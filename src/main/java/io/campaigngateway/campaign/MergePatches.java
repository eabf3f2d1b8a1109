package io.campaigngateway.campaign;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a JSON Merge Patch (RFC 7396) would change in a document. A value is unchanged when merging it gives the
 * value the document has: the same JSON, where two date-times are the same instant, a number's scale does not
 * matter and a member that is null or {@code {}} is no member; a null of a member the document does not have; or an
 * object whose members are all unchanged.
 */
public final class MergePatches {

	private MergePatches() {
	}

	/** A copy of {@code patch} with only the members that would change {@code document}. */
	public static ObjectNode changes(ObjectNode patch, JsonNode document) {
		ObjectNode changes = patch.objectNode();
		for (Map.Entry<String, JsonNode> member : patch.properties()) {
			JsonNode current = document == null ? null : document.get(member.getKey());
			JsonNode value = member.getValue();
			if (value instanceof ObjectNode object && (current == null || current.isObject())) {
				ObjectNode nested = changes(object, current);
				if (!nested.isEmpty()) {
					changes.set(member.getKey(), nested);
				}
			}
			else if (!unchanged(value, current)) {
				changes.set(member.getKey(), value);
			}
		}
		return changes;
	}

	private static boolean unchanged(JsonNode value, JsonNode current) {
		if (value.isNull()) {
			return current == null || absent(current);
		}
		return current != null && same(value, current);
	}

	/** Equal JSON, date-times compared as instants and numbers by value. */
	private static boolean same(JsonNode a, JsonNode b) {
		if (a.isString() && b.isString()) {
			return a.asString().equals(b.asString()) || sameInstant(a.asString(), b.asString());
		}
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		if (a.isArray() && b.isArray()) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (!same(a.get(i), b.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (a.isObject() && b.isObject()) {
			return sameMembers(a, b) && sameMembers(b, a);
		}
		return a.equals(b);
	}

	/** Every member of {@code a} is in {@code b}; a null or an empty object is no member. */
	private static boolean sameMembers(JsonNode a, JsonNode b) {
		for (Map.Entry<String, JsonNode> member : a.properties()) {
			JsonNode other = b.get(member.getKey());
			if (absent(member.getValue()) ? !(other == null || absent(other)) : other == null || !same(member.getValue(), other)) {
				return false;
			}
		}
		return true;
	}

	private static boolean absent(JsonNode value) {
		return value.isNull() || value.isObject() && value.isEmpty();
	}

	private static boolean sameInstant(String a, String b) {
		return CampaignRules.dateTime(a)
			.flatMap(at -> CampaignRules.dateTime(b).map(bt -> at.isEqual(bt)))
			.orElse(false);
	}
}
