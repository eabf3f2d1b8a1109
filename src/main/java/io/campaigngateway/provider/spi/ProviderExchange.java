package io.campaigngateway.provider.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;

/**
 * Single requests through a connection's pool, rate limit and response timeout, carrying the request id, with
 * no auth and no retries: for calls outside the campaign API, such as a login.
 */
public interface ProviderExchange {

	/** Sends the request and answers whatever the provider answers; a rate-limit permit is awaited at most {@code maxWait}. */
	Answer exchange(String method, URI uri, Map<String, String> headers, byte[] body, String operation, Duration maxWait);

	/** What came back: the status, the headers and the body as sent, nothing removed yet. */
	record Answer(int status, HttpHeaders headers, byte[] body) {
	}
}
