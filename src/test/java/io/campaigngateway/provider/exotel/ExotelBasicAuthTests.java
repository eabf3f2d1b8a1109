package io.campaigngateway.provider.exotel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExotelBasicAuthTests {

	private final ExotelBasicAuth auth = new ExotelBasicAuth("key-1", "token-1");

	@Test
	void sendsTheKeyAsUserAndTheTokenAsPassword() {
		String encoded = Base64.getEncoder().encodeToString("key-1:token-1".getBytes(StandardCharsets.UTF_8));

		assertThat(auth.headers()).containsExactlyEntriesOf(Map.of("Authorization", "Basic " + encoded));
		assertThat(auth.secrets()).as("the encoded pair is a secret too").containsExactlyInAnyOrder("key-1", "token-1", encoded);
	}

	@Test
	void showsNoCredentialAnywhereItCanBeSeen() {
		assertThat(auth.maskedHeaders()).containsEntry("Authorization", "Basic ***");
		assertThat(auth.toString()).doesNotContain("key-1", "token-1");
	}
}
