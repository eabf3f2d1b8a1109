package io.campaigngateway.api.filter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The requests the gateway sends itself at start-up, before it reports ready, so the first caller does not pay
 * for class loading and first-call work. They carry a random token that is valid only while the warm-up runs:
 * they pass the key check (nothing they do reaches a provider) and stay out of the access log and the metrics.
 */
@Component
public class WarmUpRequests {

	public static final String HEADER = "X-Gateway-Warm-Up";

	private static final SecureRandom RANDOM = new SecureRandom();

	private volatile String token;

	/** Starts a warm-up: the token its requests carry in {@link #HEADER}. */
	public String open() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		token = HexFormat.of().formatHex(bytes);
		return token;
	}

	public void close() {
		token = null;
	}

	public boolean isWarmUp(HttpServletRequest request) {
		String current = token;
		String presented = current == null ? null : request.getHeader(HEADER);
		return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
				current.getBytes(StandardCharsets.UTF_8));
	}
}
