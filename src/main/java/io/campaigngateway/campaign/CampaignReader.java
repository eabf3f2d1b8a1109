package io.campaigngateway.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.CampaignSchema.Arr;
import io.campaigngateway.campaign.CampaignSchema.Node;
import io.campaigngateway.campaign.CampaignSchema.Obj;
import io.campaigngateway.campaign.CampaignSchema.Scalar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a caller's JSON body against {@link CampaignSchema} without any type coercion. A wrong JSON type is a
 * 400 naming every such field; unknown names are collected as 422 problems for the validation answer, so a
 * typo is never dropped silently.
 */
public final class CampaignReader {

	private final JsonMapper mapper;

	public CampaignReader(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/** A body that has the Campaign's shape: the cleaned document, its typed view and its unknown names. */
	public record Document(ObjectNode node, Campaign campaign, List<FieldProblem> unknownFields) {
	}

	public Document read(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "The request body is malformed",
					"The body must be a JSON object", List.of(new FieldProblem("", "type", "must be a JSON object")),
					null, null);
		}
		ObjectNode node = ((ObjectNode) body).deepCopy();
		List<FieldProblem> malformed = new ArrayList<>();
		List<FieldProblem> unknown = new ArrayList<>();
		walkObject(node, CampaignSchema.CAMPAIGN, "", malformed, unknown, true);
		if (!malformed.isEmpty()) {
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "The request body is malformed",
					malformed.size() == 1 ? "1 field has the wrong JSON type"
							: malformed.size() + " fields have the wrong JSON type",
					malformed, null, null);
		}
		return new Document(node, mapper.treeToValue(node, Campaign.class), unknown);
	}

	/** The same document with its typed view read again, after the caller's body was changed in place. */
	public Document retyped(Document document) {
		return new Document(document.node(), mapper.treeToValue(document.node(), Campaign.class), document.unknownFields());
	}

	/**
	 * The patch without what it would not change in {@code current}: members equal to the campaign's (a campaign
	 * read back and sent back), nulls of fields it does not have, objects left empty — by {@link MergePatches#changes}.
	 */
	public CampaignPatch withoutUnchanged(CampaignPatch patch, Campaign current) {
		ObjectNode document = MergePatches.changes(patch.document(), mapper.valueToTree(current));
		return new CampaignPatch(document, mapper.treeToValue(document, Campaign.class));
	}

	private void walkObject(ObjectNode node, Obj schema, String pointer, List<FieldProblem> malformed,
			List<FieldProblem> unknown, boolean topLevel) {
		List<String> dropped = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			String name = property.getKey();
			String childPointer = pointer + FieldProblem.pointer(name);
			Node child = schema.properties().get(name);
			if (child == null) {
				unknown.add(new FieldProblem(childPointer, "unknown-field", "'" + name + "' is not a field of "
						+ (topLevel ? "a Campaign" : pointer.substring(1).replace('/', '.'))));
				dropped.add(name);
			}
			else if (child == Scalar.READ_ONLY) {
				dropped.add(name);
			}
			else {
				walk(property.getValue(), child, childPointer, malformed, unknown);
			}
		}
		node.remove(dropped);
	}

	private void walk(JsonNode value, Node schema, String pointer, List<FieldProblem> malformed,
			List<FieldProblem> unknown) {
		if (value.isNull()) {
			return;
		}
		if (schema instanceof Obj obj) {
			if (value.isObject()) {
				walkObject((ObjectNode) value, obj, pointer, malformed, unknown, false);
			}
			else {
				malformed.add(wrongType(pointer, "an object"));
			}
		}
		else if (schema instanceof Arr arr) {
			if (!value.isArray()) {
				malformed.add(wrongType(pointer, "an array"));
				return;
			}
			for (int i = 0; i < value.size(); i++) {
				JsonNode element = value.get(i);
				String elementPointer = pointer + "/" + i;
				if (element.isNull()) {
					malformed.add(new FieldProblem(elementPointer, "type", "must not be null"));
				}
				else {
					walk(element, arr.element(), elementPointer, malformed, unknown);
				}
			}
		}
		else if (!matches(value, (Scalar) schema)) {
			malformed.add(wrongType(pointer, schema == Scalar.INTEGER && value.isIntegralNumber()
					? "a whole number between -" + Integer.MAX_VALUE + " and " + Integer.MAX_VALUE
					: ((Scalar) schema).description()));
		}
		else if (value.isString() && hasControlCharacters(value.asString())) {
			malformed.add(new FieldProblem(pointer, "control-character", "must not contain control characters"));
		}
	}

	private static boolean matches(JsonNode value, Scalar scalar) {
		return switch (scalar) {
			case STRING -> value.isString();
			case INTEGER -> value.isIntegralNumber() && value.canConvertToLong()
					&& Math.abs(value.longValue()) <= Integer.MAX_VALUE;
			case BOOLEAN -> value.isBoolean();
			case ANY_OBJECT -> value.isObject();
			case STRING_MAP -> value.isObject() && value.valueStream().allMatch(v -> v.isString() && !hasControlCharacters(v.asString()));
			case READ_ONLY -> true;
		};
	}

	/** Tabs and line breaks are text; other control characters are never part of a campaign. */
	private static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(ch -> (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7f);
	}

	private static FieldProblem wrongType(String pointer, String expected) {
		return new FieldProblem(pointer, "type", "must be " + expected);
	}
}
