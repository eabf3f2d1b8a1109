package io.campaigngateway.provider.spi;

import tools.jackson.databind.JsonNode;

/**
 * A connection's client to its provider, as an adapter uses it: base URL, auth, request id, timeouts, rate
 * limit, circuit breaker, retries and error classification are all the client's, set once per connection.
 */
public interface ProviderClient {

	/** A request to {@code path} under the connection's base URL, as a dry run may show it (secrets masked). */
	OutboundRequest request(String method, String path, JsonNode body);

	/** Sends the request; a 2xx answer comes back, anything else as the caller's problem. */
	default ProviderResponse send(OutboundRequest request, Operation operation) {
		return send(request, operation, null);
	}

	/** Sends the request, noting in {@code earlier} whether a retry followed an attempt that may have taken effect. */
	ProviderResponse send(OutboundRequest request, Operation operation, EarlierAttempts earlier);
}
