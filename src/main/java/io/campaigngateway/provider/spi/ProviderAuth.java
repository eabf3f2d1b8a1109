package io.campaigngateway.provider.spi;

import java.util.List;
import java.util.Map;

/** How one connection proves who it is to its provider. Set once per connection, on its client. */
public interface ProviderAuth {

	/** The headers that authenticate a request, fetched (a login) or refreshed as needed. */
	Map<String, String> headers();

	/** The same headers as a dry run may show them: the secret part replaced by {@code ***}. */
	Map<String, String> maskedHeaders();

	/** Every secret value, so that nothing the provider echoes can carry one back to a caller. */
	List<String> secrets();

	/**
	 * After a 401 to a request sent with {@code rejected}: get fresh credentials if this auth can (once, however
	 * many requests were rejected together); true when the request is worth one more try.
	 */
	default boolean refresh(Map<String, String> rejected) {
		return false;
	}

	/** A fixed bearer token. */
	static ProviderAuth bearer(String token) {
		return new ProviderAuth() {
			@Override
			public Map<String, String> headers() {
				return Map.of("Authorization", "Bearer " + token);
			}

			@Override
			public Map<String, String> maskedHeaders() {
				return Map.of("Authorization", "Bearer ***");
			}

			@Override
			public List<String> secrets() {
				return List.of(token);
			}

			@Override
			public String toString() {
				return "BearerAuth[***]";
			}
		};
	}
}
