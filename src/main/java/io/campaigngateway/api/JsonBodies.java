package io.campaigngateway.api;

import java.util.List;
import java.util.regex.Pattern;

import io.campaigngateway.api.filter.BodyLimitFilter;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.config.GatewayProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Parses callers' bodies strictly: duplicate keys, NaN, invalid UTF-8, raw control characters and trailing content
 * are a 400 that says where, never a 500. Any well-formed body within {@code gateway.limits.max-request-body} parses:
 * no string or name is longer than the body it is in. What stays bounded — nesting, a number's digits — is a limit
 * of the gateway on a value, so a 422 that points at the value and names the limit, never "not valid JSON".
 */
@Component
class JsonBodies {

	/**
	 * A campaign is four levels deep; the free-form parts ({@code providerOptions}, {@code agent.postCallAnalysis.schema})
	 * get the rest. Bounded because the code that walks a body after parsing (reading, fingerprints, the mappers)
	 * recurses, and a body of nothing but brackets would otherwise take it off the end of its stack.
	 */
	static final int MAX_DEPTH = 32;

	/**
	 * Far more digits than any field takes (the largest are 64-bit), and few enough to parse fast: a big number is
	 * turned into a BigInteger or BigDecimal, whose cost grows faster than its length.
	 */
	static final int MAX_NUMBER_LENGTH = 1000;

	/** "(32, from `StreamReadConstraints.getMaxNestingDepth()`)" — the limit stays, its source goes. */
	private static final Pattern LIMIT_SOURCE = Pattern.compile(", from `[^`]*`\\)");

	/** "…: enable `JsonReadFeature.ALLOW_…` to allow", "(not recognized as one since Feature …)". */
	private static final Pattern ADVICE = Pattern.compile("(:|;)? *(enable `| \\(not recognized as one).*$");

	private final long bodyLimit;

	private final JsonMapper strict;

	@Autowired
	JsonBodies(GatewayProperties properties) {
		this(properties.limits().maxRequestBody());
	}

	JsonBodies(DataSize maxRequestBody) {
		this.bodyLimit = maxRequestBody.toBytes();
		// a body holds at most as many characters as it has bytes, so any value within it is within these
		int valueLimit = (int) Math.min(Integer.MAX_VALUE, bodyLimit);
		this.strict = JsonMapper.builder(JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder()
					.maxDocumentLength(bodyLimit)
					.maxStringLength(valueLimit)
					.maxNameLength(valueLimit)
					.maxNestingDepth(MAX_DEPTH)
					.maxNumberLength(MAX_NUMBER_LENGTH)
					.build())
				.build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();
	}

	JsonNode parse(byte[] body) {
		if (body == null || body.length == 0) {
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "The request body is malformed",
					"A JSON object is required as the body");
		}
		try (JsonParser parser = strict.createParser(body)) {
			try {
				JsonNode tree = strict.readTree(parser);
				return tree == null ? MissingNode.getInstance() : tree; // nothing but white space, as readTree(byte[]) says
			}
			catch (StreamConstraintsException ex) { // where the parser stopped, while it is still open
				throw overLimit(ex, parser.streamReadContext().pathAsPointer().toString());
			}
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

	/** A well-formed body past one of the gateway's own limits: the value it stopped at, and the limit. */
	private GatewayException overLimit(StreamConstraintsException ex, String pointer) {
		String message = String.valueOf(ex.getOriginalMessage());
		if (message.startsWith("Document length")) { // the body limit, checked before reading: kept here all the same
			return BodyLimitFilter.tooLarge(bodyLimit);
		}
		String limit = message.startsWith("Document nesting depth")
				? "is nested deeper than the gateway reads (" + MAX_DEPTH + " levels)"
				: message.startsWith("Number value length")
						? "is a number with more characters than the gateway reads (" + MAX_NUMBER_LENGTH + ")"
						: "is longer than the gateway reads (" + bodyLimit + " characters)";
		return new GatewayException(ProblemType.VALIDATION, "The campaign is not valid",
				(pointer.isEmpty() ? "The body" : pointer) + " " + limit, List.of(new FieldProblem(pointer, "limit", limit)),
				null, null);
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
