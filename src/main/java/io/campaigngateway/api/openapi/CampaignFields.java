package io.campaigngateway.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.campaigngateway.campaign.CampaignId;
import io.campaigngateway.campaign.CampaignRules;

/**
 * What the API document says about each field of the Campaign resource, by dotted path: its description and the
 * constraints the service enforces (CampaignRules), and for an object the name of its schema. The shape itself —
 * which fields exist and their JSON types — comes from the reader's {@code CampaignSchema}; which providers carry
 * each field comes from the connections' capabilities.
 */
final class CampaignFields {

	static final String E164 = "^\\+[1-9][0-9]{6,14}$";

	static final String CONNECTION_NAME = "^" + CampaignId.CONNECTION_NAME + "$";

	/** Not blank: at least one character that is not white space. */
	static final String NOT_BLANK = "\\S";

	/**
	 * How one field is documented; {@code component} names an object's schema (or its items'), {@code enumeration}
	 * the enum schema of its values. Filled in once, while the table is built.
	 */
	static final class Field {

		final String description;

		String format;

		String pattern;

		Number minimum;

		Number maximum;

		Integer minLength;

		String example;

		String component;

		String enumeration;

		boolean required;

		/** For a list of objects: what one of them is (its schema's description). */
		String item;

		Field(String description) {
			this.description = description;
		}

		Field format(String value) {
			format = value;
			return this;
		}

		Field pattern(String value) {
			pattern = value;
			return this;
		}

		Field range(Number min, Number max) {
			minimum = min;
			maximum = max;
			return this;
		}

		Field minLength(int value) {
			minLength = value;
			return this;
		}

		Field example(String value) {
			example = value;
			return this;
		}

		Field component(String name) {
			component = name;
			return this;
		}

		Field enumeration(String name) {
			enumeration = name;
			return this;
		}

		Field item(String description) {
			item = description;
			return this;
		}

		/** Required in the object that holds it, by the rules of a whole campaign (a patch may leave it out). */
		Field required() {
			required = true;
			return this;
		}
	}

	private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

	static {
		add("id", "The campaign's id, `{connection}:{providerCampaignId}`.").example(ApiExamples.CAMPAIGN_ID);
		add("provider", "The provider behind the connection.").enumeration("Provider");
		add("providerCampaignId", "The provider's own id of the campaign.");
		add("createdAt", "When the provider created the campaign, where the provider reports it.").format("date-time");
		add("updatedAt", "When the provider last changed the campaign, where the provider reports it.").format("date-time");
		add("connection", "The connection the campaign lives at (`GET /connections` lists them): required on create. It"
				+ " cannot change: on PATCH only the campaign's own connection is accepted.").pattern(CONNECTION_NAME)
			.example(ApiExamples.CONNECTION);
		add("name", "The campaign's name.").pattern(NOT_BLANK);
		add("status", "The campaign's lifecycle state; on PATCH, the state to move it to (the state it has is no"
				+ " change). A state the provider cannot express is a 422.").enumeration("CampaignStatus");
		add("callerId", "The number the calls come from, in E.164 form.").pattern(E164);
		add("contacts", "The numbers to call. A PATCH replaces the list whole.").component("Contact")
			.item("One number to call.");
		add("contacts.phoneNumber", "The number to call, in E.164 form.").pattern(E164).required();
		add("contacts.name", "The name of the person called.");
		add("contacts.fields", "Values for the call script, by name.");
		add("contactLists", "Lists of numbers kept at the provider, by the provider's own ids.").pattern(NOT_BLANK);
		add("schedule", "When calling may happen.").component("Schedule");
		add("schedule.startAt", "When calling may begin: an RFC 3339 date-time with its offset.").format("date-time");
		add("schedule.endAt", "When calling must stop: an RFC 3339 date-time with its offset, after `startAt`.")
			.format("date-time");
		add("schedule.timezone", "The campaign's local time zone: an IANA zone id.").example("America/Chicago");
		add("schedule.callingHours", "The daily window in which calls are made, in the campaign's local time.")
			.component("CallingHours");
		add("schedule.callingHours.start", "When the daily window opens, 24-hour `HH:mm`.")
			.pattern("^" + CampaignRules.HH_MM_PATTERN + "$").example("09:00").required();
		add("schedule.callingHours.end", "When the daily window closes, 24-hour `HH:mm`, after `start`.")
			.pattern("^" + CampaignRules.HH_MM_PATTERN + "$").example("17:00").required();
		add("pacing", "How fast the numbers are dialled.").component("Pacing");
		add("pacing.secondsBetweenCalls", "Seconds between two calls.").range(CampaignRules.MIN_SECONDS_BETWEEN_CALLS, null);
		add("pacing.callsPerMinute", "Calls started per minute.").range(1, null);
		add("retry", "Retries of calls that did not connect.").component("Retry");
		add("retry.maxRetries", "How many times a call is retried.").range(0, CampaignRules.MAX_RETRIES);
		add("retry.intervalMinutes", "Minutes between two attempts; required when `maxRetries` is above 0.").range(1, null);
		add("retry.backoff", "How the interval grows from one retry to the next.").enumeration("RetryBackoff");
		add("retry.retryOn", "The call outcomes that are retried.").enumeration("RetryOutcome");
		add("recording", "Whether calls are recorded.");
		add("voicemailDetection", "Answering-machine detection, and where each kind of answer is routed.")
			.component("VoicemailDetection");
		add("voicemailDetection.enabled", "Whether answering machines are detected.");
		add("voicemailDetection.onMachine", "Where a call a machine answers is routed.").component("Destination")
			.item("A place a call is routed to.");
		add("voicemailDetection.onHuman", "Where a call a person answers is routed.").component("Destination")
			.item("A place a call is routed to.");
		add("destinations", "Where a connected call is routed.").component("Destination")
			.item("A place a call is routed to.");
		add("destinations.type", "The kind of destination, as the provider names it.").pattern(NOT_BLANK).required();
		add("destinations.id", "The destination's id at the provider.").range(1, null).format("int64").required();
		add("destinations.order", "The order in which destinations are tried.").range(0, null);
		add("message", "Text played or sent on the call.");
		add("callFlowUrl", "The provider's call flow that handles a connected call: an absolute http or https URL.")
			.format("uri");
		add("agent", "The AI voice agent that talks to the people called.").component("Agent");
		add("agent.voice", "The voice the agent speaks with; a connection's catalogues"
				+ " (`GET /connections/{name}/{catalogue}`) list the values its provider takes.");
		add("agent.language", "The language the agent speaks; a connection's catalogues list the values its provider takes.");
		add("agent.script", "What the agent is told to do.").minLength(CampaignRules.MIN_SCRIPT_LENGTH);
		add("agent.firstLine", "The first sentence the agent says.");
		add("agent.tone", "The agent's tone of voice, e.g. `friendly`.");
		add("agent.purpose", "The purpose of the call, e.g. `renewal reminder`.");
		add("agent.knowledgeBase", "A knowledge base the agent draws on, by the provider's id.");
		add("agent.postCallAnalysis", "What is extracted from each call once it has ended.").component("PostCallAnalysis");
		add("agent.postCallAnalysis.enabled", "Whether calls are analysed.");
		add("agent.postCallAnalysis.schema", "What to extract, as field name to type, e.g. `{\"wantsRenewal\": \"boolean\"}`."
				+ " A PATCH merges it key by key.");
		add("callbacks", "The provider's webhooks: URLs it calls when something happens.").component("Callbacks");
		add("callbacks.callStatus", "Called when a call's status changes.").format("uri");
		add("callbacks.contactCompleted", "Called when every attempt at a contact has ended.").format("uri");
		add("callbacks.campaignStatus", "Called when the campaign's status changes.").format("uri");
		add("allowDuplicateNumbers", "Whether a number listed twice is called twice.");
		add("customField", "A value the provider passes back in its webhooks.");
		add("providerOptions", "Provider fields by the provider's own names, sent as they are and merged last: for what"
				+ " the normalized model does not cover, or cannot say. A name the provider does not document is a 422;"
				+ " on PATCH, `null` clears an option where the provider can clear it.");
		// the items of voicemailDetection's lists are destinations too
		for (String list : new String[] { "voicemailDetection.onMachine", "voicemailDetection.onHuman" }) {
			for (String member : new String[] { "type", "id", "order" }) {
				FIELDS.put(list + "." + member, FIELDS.get("destinations." + member));
			}
		}
	}

	private CampaignFields() {
	}

	/** The documentation of the field at {@code path}; every field of the Campaign has one. */
	static Field at(String path) {
		Field field = FIELDS.get(path);
		if (field == null) {
			throw new IllegalStateException("The Campaign field " + path + " is not documented in " + CampaignFields.class.getSimpleName());
		}
		return field;
	}

	static Set<String> paths() {
		return FIELDS.keySet();
	}

	/** The paths of the objects (or lists of objects) whose schema is {@code component}, in the resource's order. */
	static List<String> pathsOf(String component) {
		return FIELDS.entrySet().stream()
			.filter(entry -> component.equals(entry.getValue().component))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Field add(String path, String description) {
		Field field = new Field(description);
		FIELDS.put(path, field);
		return field;
	}
}
