package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

/** What {@code GET /campaigns} refuses before any provider is asked (the paging itself: each provider's tests). */
class ListCampaignsTests extends WireMockGatewayTest {

	@Test
	void theConnectionIsRequiredAndMustBeConfigured() {
		Answer missing = gateway.get("/campaigns");
		Answer unknown = gateway.get("/campaigns?connection=nowhere");

		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.type()).endsWith("/validation");
		assertThat(missing.json().path("errors").get(0).path("message").asString()).startsWith("connection is required");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().path("errors").get(0).path("message").asString()).contains("'nowhere'");
	}

	@Test
	void theLimitIsAWholeNumberFromOneToAHundred() {
		assertThat(gateway.get("/campaigns?connection=exotel&limit=ten").status()).isEqualTo(400);
		assertThat(gateway.get("/campaigns?connection=exotel&limit=0").status()).isEqualTo(422);
		Answer tooMany = gateway.get("/campaigns?connection=exotel&limit=101");
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.json().path("errors").get(0).path("message").asString()).isEqualTo("limit must be between 1 and 100");
	}

	@Test
	void aMistypedOrRepeatedParameterIsRefused() {
		Answer mistyped = gateway.get("/campaigns?conection=exotel");
		Answer repeated = gateway.get("/campaigns?connection=exotel&connection=voxo");

		assertThat(mistyped.status()).isEqualTo(400);
		assertThat(mistyped.json().path("detail").asString()).contains("'conection'");
		assertThat(repeated.status()).isEqualTo(400);
	}

	@Test
	void aKeyLimitedToOtherConnectionsIsForbidden() {
		Answer answer = new GatewayClient(port, LIMITED_KEY).get("/campaigns?connection=exotel");

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.type()).endsWith("/forbidden");
	}
}
