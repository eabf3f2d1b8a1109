package io.campaigngateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SharedStoreSettingsTests {

	@Test
	void redisIsUsedExactlyWhenBootsOwnPropertiesNameAServer() {
		assertThat(StoreMode.redisConfigured(new MockEnvironment())).isFalse();
		assertThat(StoreMode.redisConfigured(new MockEnvironment().withProperty("spring.data.redis.timeout", "2s")
			.withProperty("spring.data.redis.connect-timeout", "1s"))).as("bounds alone switch nothing on").isFalse();
		assertThat(StoreMode.redisConfigured(new MockEnvironment().withProperty("spring.data.redis.url", "redis://r:6379"))).isTrue();
		assertThat(StoreMode.redisConfigured(new MockEnvironment().withProperty("spring.data.redis.host", "redis"))).isTrue();
		assertThat(StoreMode.redisConfigured(new MockEnvironment().withProperty("spring.data.redis.sentinel.master", "m"))).isTrue();
		assertThat(StoreMode.redisConfigured(new MockEnvironment().withProperty("spring.data.redis.cluster.nodes[0]", "r1:6379"))).isTrue();
		assertThat(StoreMode.redisConfigured(new MockEnvironment().withProperty("spring.data.redis.cluster.nodes", "r1:6379,r2:6379"))).isTrue();
	}

	@Test
	void storeSettingsThatCannotWorkAreNamedOneLineEach() {
		GatewayProperties.Store bad = new GatewayProperties.Store(" ", Duration.ZERO, Duration.ofSeconds(-1),
				Duration.ofSeconds(30), Duration.ofSeconds(-1));

		assertThat(StoreConfiguration.problems(bad)).containsExactly("gateway.store.key-prefix must not be blank, e.g. cg:",
				"gateway.store.in-flight-timeout must be a positive duration such as 15s",
				"gateway.store.turn-lease must be a positive duration such as 15s",
				"gateway.store.rate-limit-margin must be 0 or a positive duration such as 1s");
		assertThat(StoreConfiguration.problems(new GatewayProperties.Store("cg:", Duration.ofMinutes(2),
				Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ZERO))).isEmpty();
	}
}
