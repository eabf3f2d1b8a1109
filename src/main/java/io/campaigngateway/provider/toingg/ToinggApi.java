package io.campaigngateway.provider.toingg;

import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Toingg API v3's wire formats, named as Toingg names them (seeds 000 and 001, the newer docs and the public
 * clients). {@link CampaignModel} is the one declaration of Toingg's model fields: the mapper, the error
 * classifier's field pointers, the option names and their types all come from it (see {@link ToinggFields}).
 */
final class ToinggApi {

	private ToinggApi() {
	}

	/** What a model field means to the gateway. */
	@Retention(RUNTIME)
	@Target(RECORD_COMPONENT)
	@interface ModelField {

		/** The Campaign field (dotted path) it carries; empty when only {@code providerOptions} reaches it. */
		String carries() default "";

		/** Toingg requires it: a create must give it and an update cannot clear it. */
		boolean required() default false;

		/** In the seeds' model: a create sends it always, blank when the caller gave none. */
		boolean seed() default false;
	}

	/**
	 * The campaign model: the body of {@code POST /create_campaign/}, {@code campaignModelData} on update, and each
	 * campaign of {@code get_campaigns}. Fields Toingg sends that are not declared here are kept as they came in
	 * {@code unmodelled} and sent back with the whole model, so an update never resets what the gateway does not know.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CampaignModel(
			@ModelField(carries = "name", required = true, seed = true) String title,
			@ModelField(carries = "agent.voice", required = true, seed = true) String voice,
			@ModelField(carries = "agent.language", required = true, seed = true) String language,
			@ModelField(carries = "agent.script", required = true, seed = true) String script,
			@ModelField(carries = "agent.purpose", seed = true) String purpose,
			@ModelField(carries = "agent.knowledgeBase", seed = true) String knowledgeBase,
			@ModelField(carries = "schedule.callingHours", seed = true) String calendar,
			@ModelField(carries = "agent.firstLine", seed = true) String firstLine,
			@ModelField(carries = "agent.tone", seed = true) String tone,
			@ModelField(carries = "agent.postCallAnalysis.enabled", seed = true) Boolean postCallAnalysis,
			@ModelField(carries = "agent.postCallAnalysis.schema", seed = true) ObjectNode postCallAnalysisSchema,
			@ModelField(carries = "schedule.timezone") String timeZone,
			@ModelField String flowName,
			@ModelField String systemPrompt,
			@ModelField Integer maxCallTimeout,
			@ModelField Integer inactiveCallTimeout,
			@ModelField Boolean isFreeflow,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unmodelled) {

		CampaignModel {
			unmodelled = unmodelled == null ? new LinkedHashMap<>() : new LinkedHashMap<>(unmodelled);
		}

		@Override
		public String toString() {
			return "CampaignModel[title=" + title + "]";
		}
	}

	/**
	 * The answer to a create: {@code {"status": true, "message": "…", "result": {"campaignId": "…"}}}. The envelope's
	 * {@code status} and {@code message} are read as they come (only a {@code false} is a refusal): a form the clients
	 * did not show must not turn a change Toingg made into an error.
	 */
	record CreateAnswer(JsonNode status, JsonNode message, CreateResult result) implements Envelope {
	}

	record CreateResult(String campaignId) {
	}

	/** The body of {@code POST /update_campaign}. */
	record UpdateRequest(CampaignModel campaignModelData, String campId) {
	}

	/** Any answer's envelope: a {@code "status": false} in a 200 is a refusal. */
	interface Envelope {

		JsonNode status();

		JsonNode message();

		default boolean refused() {
			return status() != null && status().isBoolean() && !status().asBoolean();
		}
	}

	/** The answer to an update, whose 200 the seeds show untyped ({@code "string"}). */
	record UpdateAnswer(JsonNode status, JsonNode message) implements Envelope {
	}

	/** {@code GET /get_supported_voices}. */
	record SupportedVoices(VoiceResult result) {
	}

	record VoiceResult(JsonNode voice) {
	}

	/** {@code GET /get_supported_languages}. */
	record SupportedLanguages(LanguageResult result) {
	}

	record LanguageResult(JsonNode languages) {
	}
}
