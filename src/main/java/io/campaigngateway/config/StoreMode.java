package io.campaigngateway.config;

import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Redis is the shared store exactly when Spring Boot's own connection properties name a server
 * ({@code spring.data.redis.url}, {@code .host}, {@code .cluster.nodes}, {@code .sentinel.master} or
 * {@code .masterreplica.nodes}; {@code SPRING_DATA_REDIS_URL} in the environment). Decided at run time in plain bean
 * methods, never by a {@code @Conditional}: the image runs Spring AOT, where conditions were fixed when the jar was
 * built (without these properties), and a property condition would silently keep the in-memory stores.
 */
final class StoreMode {

	private StoreMode() {
	}

	static boolean redisConfigured(Environment env) {
		Binder binder = Binder.get(env);
		return StringUtils.hasText(env.getProperty("spring.data.redis.url"))
				|| StringUtils.hasText(env.getProperty("spring.data.redis.host"))
				|| StringUtils.hasText(env.getProperty("spring.data.redis.sentinel.master"))
				|| !nodes(binder, "spring.data.redis.cluster.nodes").isEmpty()
				|| !nodes(binder, "spring.data.redis.masterreplica.nodes").isEmpty();
	}

	private static List<String> nodes(Binder binder, String property) {
		return binder.bind(property, Bindable.listOf(String.class)).orElse(List.of());
	}
}
