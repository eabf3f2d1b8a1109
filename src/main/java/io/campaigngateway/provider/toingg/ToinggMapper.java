package io.campaigngateway.provider.toingg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.Campaign.Agent;
import io.campaigngateway.campaign.Campaign.CallingHours;
import io.campaigngateway.campaign.Campaign.PostCallAnalysis;
import io.campaigngateway.campaign.Campaign.Schedule;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.PatchedWindows;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.toingg.ToinggApi.CampaignModel;
import io.campaigngateway.provider.toingg.ToinggApi.UpdateRequest;
import io.campaigngateway.provider.toingg.ToinggFields.Spec;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pure translation between the normalized campaign and Toingg's {@link CampaignModel} (seeds 000 and 001). Toingg's
 * update carries the whole model, so a patch is laid over the model read back from Toingg: fields the caller did not
 * mention keep Toingg's values, those the gateway does not model included.
 */
final class ToinggMapper {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	static final String CALENDAR = ToinggFields.carrying("schedule.callingHours").name();

	static final String SCHEMA = ToinggFields.carrying("agent.postCallAnalysis.schema").name();

	private ToinggMapper() {
	}

	/** The model a campaign asks for: what it gives and nothing else (no blanks, no options). */
	static CampaignModel model(Campaign c) {
		Agent a = c.agent() == null ? new Agent(null, null, null, null, null, null, null, null) : c.agent();
		PostCallAnalysis analysis = a.postCallAnalysis() == null ? new PostCallAnalysis(null, null) : a.postCallAnalysis();
		String zone = c.schedule() == null ? null : c.schedule().timezone();
		CallingHours hours = c.schedule() == null ? null : c.schedule().callingHours();
		String calendar = ToinggCalendar.writable(hours) ? ToinggCalendar.write(hours, zone) : null;
		return new CampaignModel(c.name(), a.voice(), a.language(), a.script(), a.purpose(), a.knowledgeBase(), calendar,
				a.firstLine(), a.tone(), analysis.enabled(),
				analysis.schema() == null ? null : MAPPER.valueToTree(analysis.schema()), zone, null, null, null, null,
				null, null);
	}

	/** The model a create sends: the campaign's, every seed field present (its blank when not given), options last. */
	static CampaignModel createModel(Campaign c) {
		ObjectNode model = withBlanks(MAPPER.valueToTree(model(c)));
		mergeOptions(model, c.providerOptions());
		return MAPPER.treeToValue(model, CampaignModel.class);
	}

	/** The body of {@code POST /update_campaign}: the current model with the patch laid over it. */
	static UpdateRequest updateRequest(String campId, CampaignModel current, CampaignPatch patch) {
		ObjectNode model = withBlanks(MAPPER.valueToTree(current));
		Campaign v = patch.values();
		ObjectNode asked = MAPPER.valueToTree(model(v));
		for (Spec spec : ToinggFields.ALL) {
			if (!spec.carries().isEmpty() && !CALENDAR.equals(spec.name()) && patch.touches(spec.carries())) {
				JsonNode value = asked.has(spec.name()) ? asked.get(spec.name()) : spec.blank();
				if (value == null) {
					model.remove(spec.name());
				}
				else {
					model.set(spec.name(), value);
				}
			}
		}
		JsonNode schemaPatch = patch.document().path("agent").path("postCallAnalysis").path("schema");
		if (schemaPatch.isObject()) { // the schema is the caller's own object: its keys merge too (RFC 7396)
			model.set(SCHEMA, Json.mergePatch(current.postCallAnalysisSchema(), schemaPatch));
		}
		String calendar = calendar(current, patch);
		if (calendar != null) {
			model.put(CALENDAR, calendar);
		}
		mergeOptions(model, v.providerOptions());
		return new UpdateRequest(MAPPER.treeToValue(model, CampaignModel.class), campId);
	}

	/** The calendar a patch of the calling hours or the zone makes, the other parts kept from the model; null: as it is. */
	private static String calendar(CampaignModel current, CampaignPatch patch) {
		boolean hoursChanged = patch.touches("schedule.callingHours");
		boolean zoneChanged = patch.touches("schedule.timezone");
		if (!hoursChanged && !zoneChanged) {
			return null;
		}
		String zone = zoneChanged ? zone(patch.values()) : current.timeZone();
		CallingHours read = ToinggCalendar.read(current.calendar());
		CallingHours hours = hoursChanged ? PatchedWindows.callingHours(patch, read) : read;
		if (ToinggCalendar.writable(hours)) {
			return ToinggCalendar.write(hours, zone);
		}
		return hoursChanged && hours == null ? "" : null;
	}

	/** The model as JSON, the seed fields first in the seeds' order, each present (its blank if Toingg had none). */
	private static ObjectNode withBlanks(ObjectNode given) {
		ObjectNode model = Json.object();
		for (Spec spec : ToinggFields.ALL) {
			JsonNode value = given.get(spec.name());
			JsonNode sent = value == null || value.isNull() ? spec.blank() : value;
			if (sent != null) {
				model.set(spec.name(), sent);
			}
		}
		given.properties().forEach(property -> {
			if (!model.has(property.getKey()) && ToinggFields.named(property.getKey()).isEmpty()) {
				model.set(property.getKey(), property.getValue());
			}
		});
		return model;
	}

	/** The options over the model; an option cleared with null that names a seed field sends that field's blank. */
	private static void mergeOptions(ObjectNode model, Map<String, Object> options) {
		Json.mergeOptions(model, options);
		if (options != null) {
			ToinggFields.ALL.stream()
				.filter(spec -> spec.blank() != null && options.containsKey(spec.name()) && options.get(spec.name()) == null)
				.forEach(spec -> model.set(spec.name(), spec.blank()));
		}
	}

	/** A Toingg model as a normalized campaign; blank texts are absent, a calendar callingHours cannot say is an option. */
	static Campaign toCampaign(String campId, CampaignModel m) {
		Map<String, Object> options = new LinkedHashMap<>();
		CallingHours hours = ToinggCalendar.read(m.calendar());
		if (hours == null && m.calendar() != null && !m.calendar().isBlank()) {
			options.put(CALENDAR, m.calendar());
		}
		for (Spec spec : ToinggFields.ALL) {
			Object value = spec.valueIn(m);
			if (spec.carries().isEmpty() && value != null) {
				options.put(spec.name(), value);
			}
		}
		Map<String, Object> schema = m.postCallAnalysisSchema() == null || m.postCallAnalysisSchema().isEmpty() ? null
				: MAPPER.convertValue(m.postCallAnalysisSchema(), new TypeReference<Map<String, Object>>() {
				});
		PostCallAnalysis analysis = m.postCallAnalysis() == null && schema == null ? null
				: new PostCallAnalysis(m.postCallAnalysis(), schema);
		Agent agent = new Agent(text(m.voice()), text(m.language()), text(m.script()), text(m.firstLine()),
				text(m.tone()), text(m.purpose()), text(m.knowledgeBase()), analysis);
		Schedule schedule = new Schedule(null, null, text(m.timeZone()), hours);
		return new Campaign(null, null, null, campId, text(m.title()), null, null, null, null,
				schedule.equals(new Schedule(null, null, null, null)) ? null : schedule, null, null, null, null, null,
				null, null, agent.equals(new Agent(null, null, null, null, null, null, null, null)) ? null : agent, null,
				null, null, options.isEmpty() ? null : Collections.unmodifiableMap(options), null, null);
	}

	private static String text(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static String zone(Campaign c) {
		return c.schedule() == null ? null : c.schedule().timezone();
	}
}
