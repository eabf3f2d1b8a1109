package io.campaigngateway.provider;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Reads provider answers as JSON and removes every secret from them before anything else sees them. */
final class ResponseReader {

	private static final Set<String> SECRET_NAMES = Set.of("token", "accesstoken", "access_token", "password",
			"apikey", "api_key", "api-key", "apitoken", "api_token", "api-token", "authorization", "secret");

	private static final int MAX_TEXT = 2_000;

	private final JsonMapper mapper;

	private final ProviderAuth auth;

	ResponseReader(JsonMapper mapper, ProviderAuth auth) {
		this.mapper = mapper;
		this.auth = auth;
	}

	byte[] bytes(JsonNode body) {
		return mapper.writeValueAsBytes(body);
	}

	ProviderResponse read(int status, HttpHeaders headers, byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		for (String secret : auth.secrets()) {
			if (secret != null && !secret.isEmpty()) {
				text = text.replace(secret, "***");
			}
		}
		if (text.isBlank()) {
			return new ProviderResponse(status, headers, null, false);
		}
		try {
			JsonNode body = mapper.readTree(text);
			return new ProviderResponse(status, headers, scrub(body), true);
		}
		catch (JacksonException ex) {
			String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
			return new ProviderResponse(status, headers, StringNode.valueOf(shown), false);
		}
	}

	/** Hides the values of secret-named fields anywhere in the answer. */
	static JsonNode scrub(JsonNode node) {
		if (node.isObject()) {
			ObjectNode object = (ObjectNode) node;
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				if (SECRET_NAMES.contains(property.getKey().toLowerCase()) && !property.getValue().isContainer()) {
					property.setValue(StringNode.valueOf("***"));
				}
				else {
					scrub(property.getValue());
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(ResponseReader::scrub);
		}
		return node;
	}
}
