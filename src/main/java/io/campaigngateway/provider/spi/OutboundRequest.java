package io.campaigngateway.provider.spi;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP request to a provider, as a dry run shows it: the headers here are the ones safe to show (auth
 * masked); the connection's client adds the real credentials when it sends.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboundRequest(String method, String url, Map<String, String> headers, JsonNode body) {

	/** The same request with one more header, as the client adds it when it sends. */
	public OutboundRequest withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new OutboundRequest(method, url, more, body);
	}

	/** Method and URL only: bodies carry phone numbers, and logs must not. */
	@Override
	public String toString() {
		return "OutboundRequest[" + method + " " + url + "]";
	}
}
