package io.campaigngateway.provider.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

	/**
	 * {@code Retry-After}: seconds, as Exotel sends it on 429 and 503, or an HTTP date (RFC 9110 allows both; a
	 * proxy in front of a provider may send the date); a date already past means now.
	 */
	public Optional<Duration> retryAfter() {
		return retryAfter(Instant.now());
	}

	Optional<Duration> retryAfter(Instant now) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String trimmed = value.trim();
		if (trimmed.matches("[0-9]{1,6}")) {
			return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
		}
		try {
			Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}
}
