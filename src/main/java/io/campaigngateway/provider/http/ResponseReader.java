package io.campaigngateway.provider.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import io.campaigngateway.provider.spi.ProviderAuth;
import io.campaigngateway.provider.spi.ProviderResponse;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Reads provider answers as JSON and removes every secret from them before anything else sees them. */
final class ResponseReader {

	private static final Set<String> SECRET_NAMES = Set.of("token", "accesstoken", "access_token", "password",
			"apikey", "api_key", "api-key", "apitoken", "api_token", "api-token", "authorization", "secret");

	private static final int MAX_TEXT = 2_000;

	private static final int MIN_SECRET = 6;

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
		if (bytes.length == 0) {
			return new ProviderResponse(status, headers, null, false);
		}
		try {
			return new ProviderResponse(status, headers, scrub(mapper.readTree(bytes)), true);
		}
		catch (JacksonException ex) {
			String text = withoutSecrets(new String(bytes, StandardCharsets.UTF_8));
			String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
			return new ProviderResponse(status, headers, text.isBlank() ? null : StringNode.valueOf(shown), false);
		}
	}

	/**
	 * Removes the connection's secrets from text a provider echoed. Secrets shorter than a real credential
	 * are left alone: replacing a one-letter test token would mangle every answer.
	 */
	private String withoutSecrets(String text) {
		String clean = text;
		for (String secret : auth.secrets()) {
			if (secret != null && secret.length() >= MIN_SECRET) {
				clean = clean.replace(secret, "***");
			}
		}
		return clean;
	}

	/** Hides the values of secret-named fields, and any secret quoted in a string, anywhere in the answer. */
	private JsonNode scrub(JsonNode node) {
		if (node.isObject()) {
			ObjectNode object = (ObjectNode) node;
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				JsonNode value = property.getValue();
				if (SECRET_NAMES.contains(property.getKey().toLowerCase()) && !value.isContainer()) {
					property.setValue(StringNode.valueOf("***"));
				}
				else if (value.isString()) {
					property.setValue(StringNode.valueOf(withoutSecrets(value.asString())));
				}
				else {
					scrub(value);
				}
			}
		}
		else if (node.isArray()) {
			ArrayNode array = (ArrayNode) node;
			for (int i = 0; i < array.size(); i++) {
				JsonNode item = array.get(i);
				array.set(i, item.isString() ? StringNode.valueOf(withoutSecrets(item.asString())) : scrub(item));
			}
		}
		else if (node.isString()) {
			return StringNode.valueOf(withoutSecrets(node.asString()));
		}
		return node;
	}
}
