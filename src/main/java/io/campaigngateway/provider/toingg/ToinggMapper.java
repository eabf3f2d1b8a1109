package io.campaigngateway.provider.toingg;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.Campaign.Agent;
import io.campaigngateway.campaign.Campaign.CallingHours;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.PatchedWindows;
import io.campaigngateway.provider.spi.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Pure translation between the normalized campaign and Toingg's campaign model (seeds 000 and 001). Toingg's
 * update carries the whole model, so a patch is laid over the model read back from Toingg: fields the
 * caller did not mention keep Toingg's values.
 */
final class ToinggMapper {

	/** The documented extra model fields, reachable through providerOptions. */
	static final Set<String> EXTRA_FIELDS = Set.of("flowName", "systemPrompt", "maxCallTimeout",
			"inactiveCallTimeout", "isFreeflow", "timeZone");

	private record Field(String path, String key, Function<Campaign, Object> value, JsonNode blank) {
	}

	/** The seed's model, in the seed's order, each with the value a create sends when the caller gave none. */
	private static final List<Field> MODEL = List.of(
			new Field("name", "title", Campaign::name, StringNode.valueOf("")),
			new Field("agent.voice", "voice", c -> agent(c).voice(), StringNode.valueOf("")),
			new Field("agent.language", "language", c -> agent(c).language(), StringNode.valueOf("")),
			new Field("agent.script", "script", c -> agent(c).script(), StringNode.valueOf("")),
			new Field("agent.purpose", "purpose", c -> agent(c).purpose(), StringNode.valueOf("")),
			new Field("agent.knowledgeBase", "knowledgeBase", c -> agent(c).knowledgeBase(), StringNode.valueOf("")),
			new Field("schedule.callingHours", "calendar", c -> null, StringNode.valueOf("")),
			new Field("agent.firstLine", "firstLine", c -> agent(c).firstLine(), StringNode.valueOf("")),
			new Field("agent.tone", "tone", c -> agent(c).tone(), StringNode.valueOf("")),
			new Field("agent.postCallAnalysis.enabled", "postCallAnalysis",
					c -> agent(c).postCallAnalysis() == null ? null : agent(c).postCallAnalysis().enabled(),
					BooleanNode.FALSE),
			new Field("agent.postCallAnalysis.schema", "postCallAnalysisSchema",
					c -> agent(c).postCallAnalysis() == null ? null : agent(c).postCallAnalysis().schema(),
					Json.object()));

	/**
	 * What {@code providerOptions} may set: every model field Toingg documents. The ones the normalized campaign
	 * also covers are for what it cannot say (a {@code calendar} of weekdays only, say); merged last, they win.
	 */
	static final Set<String> OPTION_NAMES = Stream.concat(MODEL.stream().map(Field::key), EXTRA_FIELDS.stream())
		.collect(Collectors.toUnmodifiableSet());

	private ToinggMapper() {
	}

	/** Toingg's name for the model field a Campaign path maps to ({@code name} → {@code title}). */
	static String modelKey(String path) {
		return MODEL.stream().filter(field -> field.path().equals(path)).findFirst().orElseThrow().key();
	}

	/** The flat body of {@code POST /create_campaign/}. */
	static ObjectNode createBody(Campaign c) {
		ObjectNode model = Json.object();
		for (Field field : MODEL) {
			Object value = field.value().apply(c);
			model.set(field.key(), value == null ? field.blank().deepCopy() : Json.tree(value));
		}
		String zone = c.schedule() == null ? null : c.schedule().timezone();
		CallingHours hours = c.schedule() == null ? null : c.schedule().callingHours();
		if (hours != null) {
			model.put("calendar", ToinggCalendar.write(hours, zone));
		}
		Json.put(model, "timeZone", zone);
		mergeOptions(model, c.providerOptions());
		return model;
	}

	/** The body of {@code POST /update_campaign}: the current model with the patch laid over it. */
	static ObjectNode updateBody(String campId, JsonNode currentModel, CampaignPatch patch) {
		ObjectNode model = Json.object();
		for (Field field : MODEL) {
			JsonNode current = currentModel.get(field.key());
			model.set(field.key(), current == null || current.isNull() ? field.blank().deepCopy() : current.deepCopy());
		}
		for (String extra : EXTRA_FIELDS) {
			if (currentModel.hasNonNull(extra)) {
				model.set(extra, currentModel.get(extra).deepCopy());
			}
		}
		Campaign v = patch.values();
		for (Field field : MODEL) {
			if (patch.touches(field.path()) && !"calendar".equals(field.key())) {
				Object value = field.value().apply(v);
				model.set(field.key(), value == null ? field.blank().deepCopy() : Json.tree(value));
			}
		}
		JsonNode schemaPatch = patch.document().path("agent").path("postCallAnalysis").path("schema");
		if (schemaPatch.isObject()) { // the schema is the caller's own object: its keys merge too (RFC 7396)
			model.set("postCallAnalysisSchema", Json.mergePatch(currentModel.get("postCallAnalysisSchema"), schemaPatch));
		}
		boolean hoursChanged = patch.touches("schedule.callingHours");
		boolean zoneChanged = patch.touches("schedule.timezone");
		String zone = zoneChanged ? zone(v) : Json.text(currentModel, "timeZone");
		if (zoneChanged) {
			model.remove("timeZone");
			Json.put(model, "timeZone", zone);
		}
		if (hoursChanged || zoneChanged) {
			CallingHours current = ToinggCalendar.read(Json.text(currentModel, "calendar"));
			CallingHours hours = hoursChanged ? PatchedWindows.callingHours(patch, current) : current;
			if (hours != null && hours.start() != null && hours.end() != null) {
				model.put("calendar", ToinggCalendar.write(hours, zone));
			}
			else if (hoursChanged && hours == null) {
				model.put("calendar", "");
			}
		}
		mergeOptions(model, v.providerOptions());
		ObjectNode body = Json.object();
		body.set("campaignModelData", model);
		body.put("campId", campId);
		return body;
	}

	/** The options over the model; an option cleared with null that names a seed field sends that field's blank. */
	private static void mergeOptions(ObjectNode model, Map<String, Object> options) {
		Json.mergeOptions(model, options);
		if (options != null) {
			MODEL.stream()
				.filter(field -> options.containsKey(field.key()) && options.get(field.key()) == null)
				.forEach(field -> model.set(field.key(), field.blank().deepCopy()));
		}
	}

	/** A Toingg model as a normalized campaign. */
	static Campaign toCampaign(String campId, JsonNode model) {
		ObjectNode c = Json.object();
		c.put("providerCampaignId", campId);
		putText(c, "name", model, "title");
		ObjectNode agent = c.putObject("agent");
		for (String key : List.of("voice", "language", "script", "firstLine", "tone", "purpose", "knowledgeBase")) {
			putText(agent, key, model, key);
		}
		ObjectNode analysis = agent.putObject("postCallAnalysis");
		Json.put(analysis, "enabled", Json.flag(model, "postCallAnalysis"));
		JsonNode schema = model.get("postCallAnalysisSchema");
		if (schema != null && schema.isObject() && !schema.isEmpty()) {
			analysis.set("schema", schema.deepCopy());
		}
		ObjectNode schedule = c.putObject("schedule");
		Json.put(schedule, "timezone", Json.text(model, "timeZone"));
		ObjectNode options = c.putObject("providerOptions");
		String calendar = Json.text(model, "calendar");
		CallingHours hours = ToinggCalendar.read(calendar);
		if (hours != null) {
			schedule.putObject("callingHours").put("start", hours.start()).put("end", hours.end());
		}
		else if (calendar != null && !calendar.isBlank()) { // one callingHours cannot say is shown as Toingg has it
			options.put("calendar", calendar);
		}
		for (String extra : EXTRA_FIELDS) {
			if (!"timeZone".equals(extra) && model.hasNonNull(extra)) {
				options.set(extra, model.get(extra).deepCopy());
			}
		}
		return Json.toCampaign(Json.prune(c));
	}

	/**
	 * Finds a campaign's model in a {@code get_campaigns} result, which public clients read two ways: an array
	 * of {@code {campId, campaignModelData}}, or an object keyed by campaign id.
	 */
	static JsonNode findModel(JsonNode result, String campId) {
		if (result == null) {
			return null;
		}
		if (result.isArray()) {
			for (JsonNode entry : result) {
				if (campId.equals(Json.text(entry, "campId")) || campId.equals(Json.text(entry, "_id"))) {
					return entry.has("campaignModelData") ? entry.get("campaignModelData") : entry;
				}
			}
			return null;
		}
		JsonNode entry = result.get(campId);
		if (entry == null || !entry.isObject()) {
			return null;
		}
		return entry.has("campaignModelData") ? entry.get("campaignModelData") : entry;
	}

	private static void putText(ObjectNode target, String name, JsonNode model, String key) {
		String value = Json.text(model, key);
		if (value != null && !value.isEmpty()) {
			target.put(name, value);
		}
	}

	private static Agent agent(Campaign c) {
		return c.agent() == null ? new Agent(null, null, null, null, null, null, null, null) : c.agent();
	}

	private static String zone(Campaign c) {
		return c.schedule() == null ? null : c.schedule().timezone();
	}
}
