package io.campaigngateway.api;

import java.util.List;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses callers' bodies strictly: duplicate keys, NaN, invalid UTF-8, raw control characters and absurd
 * nesting are all a 400 that says where, never a 500.
 */
@Component
class JsonBodies {

	private final JsonMapper strict = JsonMapper.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(32)
				.maxNumberLength(64)
				.maxStringLength(2_000_000)
				.build())
			.build())
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	JsonNode parse(byte[] body) {
		if (body == null || body.length == 0) {
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "The request body is malformed",
					"A JSON object is required as the body");
		}
		try {
			return strict.readTree(body);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
			String why = ex.getOriginalMessage() == null ? "" : ": " + firstLine(ex.getOriginalMessage());
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "The request body is malformed",
					"The body is not valid JSON" + where + why, List.of(new FieldProblem("", "json", "not valid JSON" + where)),
					null, null);
		}
	}

	private static String firstLine(String message) {
		String line = message.lines().findFirst().orElse("");
		line = line.replaceAll("[^\\x20-\\x7E]", "?");
		return line.length() > 200 ? line.substring(0, 200) : line;
	}
}
