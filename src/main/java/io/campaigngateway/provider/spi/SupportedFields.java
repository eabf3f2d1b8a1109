package io.campaigngateway.provider.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.campaigngateway.campaign.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds what a body carries that a provider cannot: every present field whose dotted path is neither one of
 * the provider's fields nor inside one. Reported at the highest such field, never dropped.
 */
public final class SupportedFields {

	private final String provider;

	private final Set<String> fields;

	/** Every path above a supported field ({@code contacts} for {@code contacts.phoneNumber}): looked up, not searched. */
	private final Set<String> parents;

	public SupportedFields(String provider, Set<String> fields) {
		this.provider = provider;
		this.fields = fields;
		Set<String> above = new HashSet<>();
		for (String field : fields) {
			for (String parent = parent(field); !parent.isEmpty(); parent = parent(parent)) {
				above.add(parent);
			}
		}
		this.parents = Set.copyOf(above);
	}

	public List<FieldProblem> unsupportedIn(JsonNode document, Set<String> ignoredTopLevel) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : document.properties()) {
			if (!ignoredTopLevel.contains(property.getKey())) {
				check(property.getValue(), property.getKey(), FieldProblem.pointer(property.getKey()), problems);
			}
		}
		return problems;
	}

	/**
	 * Removes, in place, what a field the provider cannot carry holds when it holds nothing: {@code []}, {@code {}},
	 * an object of such values, and, when {@code nullIsAbsent} (a create), {@code null}. Generated clients send
	 * empty lists and maps for fields their caller never set, and a campaign read back carries them too: they ask
	 * for nothing, so they are no reason to refuse. Answers whether anything was removed.
	 */
	public boolean dropEmpty(ObjectNode document, Set<String> ignoredTopLevel, boolean nullIsAbsent) {
		boolean dropped = false;
		for (String name : List.copyOf(document.propertyNames())) {
			if (!ignoredTopLevel.contains(name)) {
				dropped |= dropEmpty(document, name, name, nullIsAbsent);
			}
		}
		return dropped;
	}

	/** Removes {@code parent}'s member {@code name} (at {@code path}) if it carries nothing the provider cannot carry. */
	private boolean dropEmpty(ObjectNode parent, String name, String path, boolean nullIsAbsent) {
		JsonNode value = parent.get(name);
		if (covered(path)) {
			return false;
		}
		if (!parents.contains(path)) {
			if (empty(value, nullIsAbsent)) {
				parent.remove(name);
				return true;
			}
			return false;
		}
		if (value instanceof ObjectNode object) {
			boolean dropped = dropEmptyMembers(object, path, nullIsAbsent);
			if (dropped && object.isEmpty()) {
				parent.remove(name); // held nothing but what was dropped
			}
			return dropped;
		}
		boolean dropped = false;
		if (value.isArray()) {
			for (JsonNode element : value) {
				if (element instanceof ObjectNode object) {
					dropped |= dropEmptyMembers(object, path, nullIsAbsent);
				}
			}
		}
		return dropped;
	}

	private boolean dropEmptyMembers(ObjectNode object, String path, boolean nullIsAbsent) {
		boolean dropped = false;
		for (String child : List.copyOf(object.propertyNames())) {
			dropped |= dropEmpty(object, child, path + "." + child, nullIsAbsent);
		}
		return dropped;
	}

	private static boolean empty(JsonNode value, boolean nullIsAbsent) {
		if (value.isNull()) {
			return nullIsAbsent;
		}
		if (value.isArray()) {
			return value.isEmpty();
		}
		return value.isObject() && value.valueStream().allMatch(member -> empty(member, nullIsAbsent));
	}

	private void check(JsonNode value, String path, String pointer, List<FieldProblem> problems) {
		if (covered(path)) {
			return;
		}
		boolean partlySupported = parents.contains(path);
		if (partlySupported && value.isNull()) {
			return; // a patch clearing fields the provider carries: whether it can clear them is the provider's rule
		}
		if (partlySupported && value.isObject()) {
			for (Map.Entry<String, JsonNode> property : value.properties()) {
				check(property.getValue(), path + "." + property.getKey(),
						pointer + FieldProblem.pointer(property.getKey()), problems);
			}
		}
		else if (partlySupported && value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				check(value.get(i), path, pointer + "/" + i, problems);
			}
		}
		else {
			problems.add(new FieldProblem(pointer, "unsupported", provider + " cannot carry this field"));
		}
	}

	private boolean covered(String path) {
		for (String prefix = path; !prefix.isEmpty(); prefix = parent(prefix)) {
			if (fields.contains(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static String parent(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? "" : path.substring(0, dot);
	}
}
