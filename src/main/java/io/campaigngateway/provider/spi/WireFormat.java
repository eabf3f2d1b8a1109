package io.campaigngateway.provider.spi;

import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a provider's answer into its wire records, tolerantly where providers vary (fields the records do not
 * name are ignored, numbers may come as strings) and strictly where a value would be bent: {@code 3.9} is not the
 * whole number 3, and a number out of range is not its nearest neighbour. What cannot be read is a 502 naming the
 * provider's field.
 */
public final class WireFormat {

	private static final JsonMapper READER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.build();

	private WireFormat() {
	}

	/** {@code node} (a part of {@code response}'s body) as a {@code type}. */
	public static <T> T read(String provider, ProviderResponse response, JsonNode node, Class<T> type) {
		try {
			return READER.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw UpstreamProblems.garbage(provider, response, "its field '" + field(ex) + "' cannot be read ("
					+ ex.getOriginalMessage().lines().findFirst().orElse("").replaceAll("`[^`]*`", "").strip() + ")");
		}
	}

	/** The provider's name for where reading failed: {@code numbers[2].callFrequency}. */
	static String field(JacksonException ex) {
		return ex.getPath().stream()
			.map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}
}
