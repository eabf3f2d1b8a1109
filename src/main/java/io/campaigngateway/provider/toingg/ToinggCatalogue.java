package io.campaigngateway.provider.toingg;

import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import io.campaigngateway.provider.spi.WireFormat;
import io.campaigngateway.provider.toingg.ToinggApi.SupportedLanguages;
import io.campaigngateway.provider.toingg.ToinggApi.SupportedVoices;
import io.campaigngateway.provider.toingg.ToinggFields.Spec;
import tools.jackson.databind.JsonNode;

/** A catalogue, the endpoint that lists it, and the model field whose values it lists. */
enum ToinggCatalogue {

	VOICES("voices", "/get_supported_voices", "agent.voice", "result.voice"),
	LANGUAGES("languages", "/get_supported_languages", "agent.language", "result.languages");

	final String name;

	final String path;

	final Spec field;

	/** Where Toingg's answer holds the list. */
	private final String answerField;

	ToinggCatalogue(String name, String path, String carries, String answerField) {
		this.name = name;
		this.path = path;
		this.field = ToinggFields.carrying(carries);
		this.answerField = answerField;
	}

	JsonNode values(ProviderResponse response) {
		JsonNode values = this == VOICES
				? voices(WireFormat.read("toingg", response, response.bodyOrEmpty(), SupportedVoices.class))
				: languages(WireFormat.read("toingg", response, response.bodyOrEmpty(), SupportedLanguages.class));
		if (values == null || values.isNull()) {
			throw UpstreamProblems.garbage("toingg", response, "its answer has no " + answerField);
		}
		return values;
	}

	private static JsonNode voices(SupportedVoices answer) {
		return answer.result() == null ? null : answer.result().voice();
	}

	private static JsonNode languages(SupportedLanguages answer) {
		return answer.result() == null ? null : answer.result().languages();
	}
}
