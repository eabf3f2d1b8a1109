package io.campaigngateway.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/** The Lua scripts in {@code resources/store/}: each step on the shared state is one of them, run atomically. */
@SuppressWarnings("rawtypes")
final class StoreScripts {

	static final RedisScript<List> IDEM_CLAIM = list("idem-claim");

	static final RedisScript<Long> IDEM_COMPLETE = number("idem-complete");

	static final RedisScript<Long> IDEM_RELEASE = number("idem-release");

	static final RedisScript<List> RATE_RESERVE = list("rate-reserve");

	static final RedisScript<List> TURN_ACQUIRE = list("turn-acquire");

	static final RedisScript<Long> TURN_LEAVE = number("turn-leave");

	static final RedisScript<Long> TURN_RENEW = number("turn-renew");

	static final RedisScript<Long> TURN_RELEASE = number("turn-release");

	static final List<RedisScript<?>> ALL = List.of(IDEM_CLAIM, IDEM_COMPLETE, IDEM_RELEASE, RATE_RESERVE, TURN_ACQUIRE,
			TURN_LEAVE, TURN_RENEW, TURN_RELEASE);

	private StoreScripts() {
	}

	private static RedisScript<List> list(String name) {
		return RedisScript.of(text(name), List.class);
	}

	private static RedisScript<Long> number(String name) {
		return RedisScript.of(text(name), Long.class);
	}

	/** Read once: a script from a resource would be checked for changes (and its SHA-1 under a lock) at every call. */
	private static String text(String name) {
		try {
			return new ClassPathResource("store/" + name + ".lua").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
