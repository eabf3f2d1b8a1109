package io.campaigngateway.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON shape of the Campaign resource: which names exist and which JSON type each one takes. The reader
 * checks bodies against it and providers' field lists are dotted paths into it.
 */
public final class CampaignSchema {

	/** A node of the schema tree. */
	public sealed interface Node permits Scalar, Obj, Arr {
	}

	/** A leaf of one JSON type; {@code ANY_OBJECT} and {@code STRING_MAP} are free-form objects. */
	public enum Scalar implements Node {
		STRING("a string"), INTEGER("a whole number"), BOOLEAN("true or false"),
		STRING_MAP("an object of string values"), ANY_OBJECT("an object"), READ_ONLY("ignored");

		private final String description;

		Scalar(String description) {
			this.description = description;
		}

		public String description() {
			return description;
		}
	}

	public record Obj(Map<String, Node> properties) implements Node {
	}

	public record Arr(Node element) implements Node {
	}

	private static final Obj DESTINATION = obj("type", Scalar.STRING, "id", Scalar.INTEGER, "order", Scalar.INTEGER);

	public static final Obj CAMPAIGN = obj(
			"id", Scalar.READ_ONLY, "provider", Scalar.READ_ONLY, "providerCampaignId", Scalar.READ_ONLY,
			"createdAt", Scalar.READ_ONLY, "updatedAt", Scalar.READ_ONLY,
			"connection", Scalar.STRING,
			"name", Scalar.STRING,
			"status", Scalar.STRING,
			"callerId", Scalar.STRING,
			"contacts", new Arr(obj("phoneNumber", Scalar.STRING, "name", Scalar.STRING, "fields", Scalar.STRING_MAP)),
			"contactLists", new Arr(Scalar.STRING),
			"schedule", obj("startAt", Scalar.STRING, "endAt", Scalar.STRING, "timezone", Scalar.STRING,
					"callingHours", obj("start", Scalar.STRING, "end", Scalar.STRING)),
			"pacing", obj("secondsBetweenCalls", Scalar.INTEGER, "callsPerMinute", Scalar.INTEGER),
			"retry", obj("maxRetries", Scalar.INTEGER, "intervalMinutes", Scalar.INTEGER, "backoff", Scalar.STRING,
					"retryOn", new Arr(Scalar.STRING)),
			"recording", Scalar.BOOLEAN,
			"voicemailDetection", obj("enabled", Scalar.BOOLEAN, "onMachine", new Arr(DESTINATION),
					"onHuman", new Arr(DESTINATION)),
			"destinations", new Arr(DESTINATION),
			"message", Scalar.STRING,
			"callFlowUrl", Scalar.STRING,
			"agent", obj("voice", Scalar.STRING, "language", Scalar.STRING, "script", Scalar.STRING,
					"firstLine", Scalar.STRING, "tone", Scalar.STRING, "purpose", Scalar.STRING,
					"knowledgeBase", Scalar.STRING,
					"postCallAnalysis", obj("enabled", Scalar.BOOLEAN, "schema", Scalar.ANY_OBJECT)),
			"callbacks", obj("callStatus", Scalar.STRING, "contactCompleted", Scalar.STRING,
					"campaignStatus", Scalar.STRING),
			"allowDuplicateNumbers", Scalar.BOOLEAN,
			"customField", Scalar.STRING,
			"providerOptions", Scalar.ANY_OBJECT);

	private CampaignSchema() {
	}

	/**
	 * The dotted paths a provider declaring {@code declared} carries, in the schema's order: each declared field,
	 * every field inside one, and every object whose fields are all carried — so a caller finds {@code agent}
	 * as well as {@code agent.voice}, and {@code retry.maxRetries} as well as {@code retry}.
	 */
	public static List<String> carriedPaths(Set<String> declared) {
		List<String> paths = new ArrayList<>();
		collect(CAMPAIGN, "", declared, false, paths);
		if (!paths.containsAll(declared)) {
			List<String> unknown = declared.stream().filter(field -> !paths.contains(field)).sorted().toList();
			throw new IllegalArgumentException("Not fields of a Campaign: " + unknown);
		}
		return List.copyOf(paths);
	}

	/** Adds the carried paths at and below {@code path}; answers whether all of it is carried. */
	private static boolean collect(Node node, String path, Set<String> declared, boolean covered, List<String> paths) {
		boolean whole = covered || declared.contains(path);
		Node shape = node instanceof Arr array ? array.element() : node;
		if (!(shape instanceof Obj object)) {
			if (whole) {
				paths.add(path);
			}
			return whole;
		}
		List<String> inside = new ArrayList<>();
		boolean all = true;
		for (Map.Entry<String, Node> property : object.properties().entrySet()) {
			if (property.getValue() != Scalar.READ_ONLY) {
				String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
				all &= collect(property.getValue(), child, declared, whole, inside);
			}
		}
		if (all && !path.isEmpty()) {
			paths.add(path);
		}
		paths.addAll(inside);
		return all;
	}

	private static Obj obj(Object... namesAndNodes) {
		Map<String, Node> properties = new LinkedHashMap<>();
		for (int i = 0; i < namesAndNodes.length; i += 2) {
			properties.put((String) namesAndNodes[i], (Node) namesAndNodes[i + 1]);
		}
		return new Obj(Collections.unmodifiableMap(properties)); // ordered: GET /connections lists fields in the resource's order
	}
}
