package io.campaigngateway.provider.http;

import java.time.Duration;
import java.util.function.Supplier;

/** The per-connection values its client works with. */
public record ConnectionSettings(String name, String provider, Supplier<String> baseUrl, Duration responseTimeout,
		int requestsPerMinute, Duration rateLimitMaxWait, Duration circuitOpenFor, RetrySettings retry) {
}
