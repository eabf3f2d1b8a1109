package io.campaigngateway.provider.exotel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.campaigngateway.provider.spi.ProviderAuth;

/** HTTP Basic with the API key and token, as an explicit header: never in a URL that could be logged. */
final class ExotelBasicAuth implements ProviderAuth {

	private final String apiKey;

	private final String apiToken;

	private final Map<String, String> headers;

	ExotelBasicAuth(String apiKey, String apiToken) {
		this.apiKey = apiKey;
		this.apiToken = apiToken;
		String credentials = Base64.getEncoder().encodeToString((apiKey + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
		this.headers = Map.of("Authorization", "Basic " + credentials);
	}

	@Override
	public Map<String, String> headers() {
		return headers;
	}

	@Override
	public Map<String, String> maskedHeaders() {
		return Map.of("Authorization", "Basic ***");
	}

	@Override
	public List<String> secrets() {
		return List.of(apiKey, apiToken, headers.get("Authorization").substring(6));
	}

	@Override
	public String toString() {
		return "ExotelBasicAuth[***]";
	}
}
