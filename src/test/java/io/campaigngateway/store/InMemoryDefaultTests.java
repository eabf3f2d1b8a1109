package io.campaigngateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.idempotency.IdempotencyStore;
import io.campaigngateway.idempotency.InMemoryIdempotencyStore;
import io.campaigngateway.service.LocalUpdateTurns;
import io.campaigngateway.service.UpdateTurns;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without {@code spring.data.redis.*} nothing needs Redis: the stores stay in the process and health is UP. */
class InMemoryDefaultTests extends WireMockGatewayTest {

	@Autowired
	IdempotencyStore idempotency;

	@Autowired
	UpdateTurns turns;

	@Test
	void withoutRedisPropertiesTheStoresLiveInTheProcessAndHealthShowsThemUp() {
		Answer health = gateway.get("/actuator/health");

		assertThat(idempotency).isInstanceOf(InMemoryIdempotencyStore.class);
		assertThat(turns).isInstanceOf(LocalUpdateTurns.class);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
		assertThat(health.json().path("components").path("store").path("status").asString()).isEqualTo("UP");
		assertThat(health.json().path("components").path("store").path("details").path("type").asString()).isEqualTo("in-memory");
		assertThat(health.json().path("components").has("redis")).as("Boot's own Redis check is off").isFalse();
	}
}
