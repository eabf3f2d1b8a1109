package io.campaigngateway.provider.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class ProviderResponseTests {

	private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

	private static Optional<Duration> retryAfter(String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, value);
		return new ProviderResponse(429, headers, null, false).retryAfter(NOW);
	}

	@Test
	void readsRetryAfterAsSecondsOrAsAnHttpDate() {
		assertThat(retryAfter("7")).contains(Duration.ofSeconds(7));
		assertThat(retryAfter(" 120 ")).contains(Duration.ofSeconds(120));
		assertThat(retryAfter("Tue, 24 Nov 2026 06:00:30 GMT")).contains(Duration.ofSeconds(30));
		assertThat(retryAfter("Tue, 24 Nov 2026 05:59:00 GMT")).as("a date already past").contains(Duration.ZERO);
	}

	@Test
	void ignoresARetryAfterItCannotRead() {
		assertThat(retryAfter("soon")).isEmpty();
		assertThat(retryAfter("-5")).isEmpty();
		assertThat(retryAfter("")).isEmpty();
		assertThat(new ProviderResponse(503, new HttpHeaders(), null, false).retryAfter(NOW)).isEmpty();
	}
}
