package io.campaigngateway.api.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.campaigngateway.api.openapi.CampaignFields.Field;
import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.campaign.CampaignSchema.Arr;
import io.campaigngateway.campaign.CampaignSchema.Node;
import io.campaigngateway.campaign.CampaignSchema.Obj;
import io.campaigngateway.campaign.CampaignSchema.Scalar;
import io.campaigngateway.campaign.CampaignSchema;
import io.campaigngateway.campaign.CampaignStatus;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The Campaign resource's schemas, walked from the reader's {@link CampaignSchema}, so the document has exactly the
 * fields the service reads: {@code Campaign} (an answer), {@code CampaignCreate} and the merge patch
 * {@code CampaignPatch} with its {@code *Patch} objects. Lists and maps may be {@code null} everywhere, which makes
 * generated clients leave out the ones their caller never set instead of sending them empty; in a patch every
 * field may be {@code null} (cleared) but the connection, the name and the status, which a campaign always has.
 */
final class CampaignSchemas {

	private static final Set<String> NOT_CLEARABLE = Set.of("connection", "name", "status");

	/** The gateway's own fields, which no provider carries: they route the campaign. */
	private static final Set<String> GATEWAY_FIELDS = Set.of("connection");

	/** The Campaign itself, as the path of its fields' parent. */
	private static final List<String> TOP = List.of("");

	private static final String READ_ONLY_NOTE = " Read-only: ignored on input, so a campaign read back can be sent back.";

	private final Carriage carriage;

	private final Map<String, Schema<?>> components = new LinkedHashMap<>();

	private CampaignSchemas(Carriage carriage) {
		this.carriage = carriage;
	}

	/** Every schema of the Campaign resource, by component name. */
	static Map<String, Schema<?>> build(Carriage carriage) {
		CampaignSchemas schemas = new CampaignSchemas(carriage);
		schemas.enums();
		Schema<?> answer = schemas.object(CampaignSchema.CAMPAIGN, TOP, false, false);
		answer.required(List.of("id", "connection", "provider", "providerCampaignId"));
		schemas.components.put("Campaign", answer.description("A campaign in the normalized shape, as its provider"
				+ " reports it. A field the provider does not report is left out."));
		Schema<?> create = schemas.object(CampaignSchema.CAMPAIGN, TOP, false, true);
		create.required(List.of("connection"));
		schemas.components.put("CampaignCreate", create.description("A campaign to create at the connection it names."
				+ " A field the connection's provider cannot carry (see `fields` in `GET /connections/{name}`) is a 422"
				+ " naming it, except an empty list or object, or `null`, which carry nothing and are taken as absent."
				+ " An unknown field is a 422; read-only fields are ignored."));
		Schema<?> patch = schemas.object(CampaignSchema.CAMPAIGN, TOP, true, true);
		schemas.components.put("CampaignPatch", patch.description("A JSON Merge Patch of a campaign (RFC 7396): the"
				+ " fields present change, nothing else. `null` clears a field where the provider can clear it (a 422"
				+ " `not-clearable` where it cannot); a list is replaced whole; an empty list or object for a field the"
				+ " provider cannot carry is taken as absent. Read-only fields are ignored, and so is a value the"
				+ " campaign already has where an update could not set it, so a campaign read back can be sent back."));
		return schemas.components;
	}

	private void enums() {
		components.put("CampaignStatus", strings(Arrays.stream(CampaignStatus.values()).map(CampaignStatus::value).toList())
			.description("A campaign's lifecycle state."));
		components.put("Provider", strings(carriage.providers()).description("A provider the gateway has connections to."));
		components.put("RetryBackoff", strings(CampaignRules.BACKOFF).description("How a retry interval grows."));
		components.put("RetryOutcome", strings(CampaignRules.RETRY_ON).description("A call outcome that is retried."));
	}

	/**
	 * The schema of an object of the Campaign found at {@code paths} (a list's item schema serves every list of
	 * them); {@code input} lists the read-only fields too, marked so.
	 */
	private Schema<?> object(Obj obj, List<String> paths, boolean patch, boolean input) {
		Schema<?> schema = new Schema<>().types(types("object")).additionalProperties(Boolean.FALSE);
		List<String> required = new ArrayList<>();
		obj.properties().forEach((name, node) -> {
			List<String> children = paths.stream().map(path -> path.isEmpty() ? name : path + "." + name).toList();
			String child = children.get(0);
			Field field = CampaignFields.at(child);
			if (node == Scalar.READ_ONLY) {
				schema.addProperty(name, readOnly(field, input));
				return;
			}
			Schema<?> property = property(node, child, field, patch && !NOT_CLEARABLE.contains(child));
			if (!GATEWAY_FIELDS.contains(child)) {
				property.description(property.getDescription() + " " + carriage.of(children, node));
			}
			schema.addProperty(name, property);
			if (field.required && !patch) {
				required.add(name);
			}
		});
		return required.isEmpty() ? schema : schema.required(required);
	}

	private Schema<?> property(Node node, String path, Field field, boolean clearable) {
		Schema<?> schema;
		if (node instanceof Obj obj) {
			schema = ref(component(obj, path, field.component, clearable));
			return (clearable ? nullable(schema) : schema).description(field.description);
		}
		if (node instanceof Arr arr) {
			return new Schema<>().types(types("array", "null")).items(item(arr.element(), path, field))
				.description(field.description);
		}
		schema = switch ((Scalar) node) {
			case STRING -> field.enumeration == null ? constrained(new Schema<>().types(types("string")), field)
					: ref(field.enumeration);
			case INTEGER -> constrained(new Schema<>().types(types("integer")).format("int32"), field);
			case BOOLEAN -> new Schema<>().types(types("boolean"));
			case STRING_MAP -> nullable(new Schema<>().types(types("object"))
				.additionalProperties(new Schema<>().types(types("string"))));
			case ANY_OBJECT -> new Schema<>().types(types("object", "null"));
			case READ_ONLY -> throw new IllegalStateException(path);
		};
		if (clearable && schema.get$ref() != null) {
			schema = nullable(schema);
		}
		else if (clearable && !schema.getTypes().contains("null")) {
			schema.getTypes().add("null");
		}
		return schema.description(field.description);
	}

	/** A list's items: objects by their schema (a patch replaces a list whole), values by the field's constraints. */
	private Schema<?> item(Node element, String path, Field field) {
		if (element instanceof Obj obj) {
			return ref(component(obj, path, field.component, false));
		}
		return field.enumeration != null ? ref(field.enumeration) : constrained(new Schema<>().types(types("string")), field);
	}

	/** The name of an object's schema, built on first use; a patch's objects are the {@code *Patch} schemas. */
	private String component(Obj obj, String path, String name, boolean patch) {
		String component = patch ? name + "Patch" : name;
		if (!components.containsKey(component)) {
			components.put(component, null); // reserved: built once, whichever path reaches it first
			Schema<?> schema = object(obj, CampaignFields.pathsOf(name), patch, true);
			Field field = CampaignFields.at(path);
			String description = (field.item != null ? field.item : field.description)
					+ (patch ? " In a PATCH: the fields present change, `null` clears one where the provider can." : "");
			components.put(component, schema.description(description));
		}
		return component;
	}

	private Schema<?> readOnly(Field field, boolean input) {
		Schema<?> schema = field.enumeration != null ? ref(field.enumeration)
				: constrained(new Schema<>().types(types("string")), field);
		return schema.readOnly(true).description(field.description + (input ? READ_ONLY_NOTE : ""));
	}

	private static Schema<?> constrained(Schema<?> schema, Field field) {
		if (field.format != null) {
			schema.format(field.format);
		}
		if (field.pattern != null) {
			schema.pattern(field.pattern);
		}
		if (field.minimum != null) {
			schema.minimum(new BigDecimal(field.minimum.toString()));
		}
		if (field.maximum != null) {
			schema.maximum(new BigDecimal(field.maximum.toString()));
		}
		if (field.minLength != null) {
			schema.minLength(field.minLength);
		}
		if (field.example != null) {
			example(schema, field.example);
		}
		return schema;
	}

	static Schema<?> strings(List<String> values) {
		Schema<?> schema = new Schema<>().types(types("string"));
		values.forEach(value -> enumerate(schema, value));
		return schema;
	}

	/** Adds an example value ({@code examples}, as OpenAPI 3.1 has it). */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema<?> example(Schema<?> schema, Object value) {
		((Schema) schema).setExamples(new ArrayList<>(List.of(value)));
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void enumerate(Schema<?> schema, Object value) {
		((Schema) schema).addEnumItemObject(value);
	}

	/** {@code anyOf: [schema, {type: "null"}]}: the shape generators make an optional, clearable value of. */
	private static Schema<?> nullable(Schema<?> schema) {
		return new Schema<>().anyOf(List.of(schema, new Schema<>().types(types("null"))));
	}

	private static Schema<?> ref(String component) {
		return new Schema<>().$ref("#/components/schemas/" + component);
	}

	static Set<String> types(String... types) {
		return new LinkedHashSet<>(List.of(types));
	}
}
