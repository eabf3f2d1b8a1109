package io.campaigngateway.api;

import java.util.List;
import java.util.regex.Pattern;

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

	/** "(32, from `StreamReadConstraints.getMaxNestingDepth()`)" — the limit stays, its source goes. */
	private static final Pattern LIMIT_SOURCE = Pattern.compile(", from `[^`]*`\\)");

	/** "…: enable `JsonReadFeature.ALLOW_…` to allow", "(not recognized as one since Feature …)". */
	private static final Pattern ADVICE = Pattern.compile("(:|;)? *(enable `| \\(not recognized as one).*$");

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
			String why = reason(ex.getOriginalMessage());
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "The request body is malformed",
					"The body is not valid JSON" + where + why, List.of(new FieldProblem("", "json", "not valid JSON" + where)),
					null, null);
		}
	}

	/**
	 * Jackson's reason in the caller's terms: its messages name its own features and classes ("enable
	 * `JsonReadFeature…`", "bound as `tools.jackson…`"), which a caller cannot act on and must not see.
	 */
	private static String reason(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("").replaceAll("[^\\x20-\\x7E]", "?");
		if (line.startsWith("Trailing token")) {
			return ": more content after the JSON value";
		}
		line = ADVICE.matcher(LIMIT_SOURCE.matcher(line).replaceAll(")")).replaceAll("");
		if (line.isBlank() || line.contains("`") || line.contains("Feature") || line.contains("jackson")) {
			return "";
		}
		return ": " + (line.length() > 200 ? line.substring(0, 200) : line);
	}
}
