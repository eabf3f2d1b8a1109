package io.campaigngateway.provider;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * What a provider answered: status, headers and the body as JSON (secrets already removed); {@code json} is
 * false when the body could not be read as JSON, and {@code body} then holds its text.
 */
public record ProviderResponse(int status, HttpHeaders headers, JsonNode body, boolean json) {

	public boolean ok() {
		return status >= 200 && status < 300;
	}

	public JsonNode bodyOrEmpty() {
		return body == null ? NullNode.getInstance() : body;
	}

	/** {@code Retry-After} in seconds, as Exotel and most providers send it on 429 and 503. */
	public Optional<Duration> retryAfter() {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || !value.trim().matches("[0-9]{1,6}")) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
	}
}
