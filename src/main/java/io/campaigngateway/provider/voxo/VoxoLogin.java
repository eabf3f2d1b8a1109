package io.campaigngateway.provider.voxo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.ProviderAuth;
import io.campaigngateway.provider.spi.ProviderExchange;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * VOXO auth by login: {@code POST /authentication {"strategy": "local", email, password}} → {@code accessToken}.
 * The token is cached and shared: requests that need one while a login runs wait for it, and a 401 replaces the
 * token once (only if it is still the one that was rejected), so a burst of 401s never becomes a storm of logins.
 * The login goes out like any request of the connection: it takes a rate-limit permit and carries the request id.
 */
final class VoxoLogin implements ProviderAuth {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> HEADERS = Map.of("Content-Type", MediaType.APPLICATION_JSON_VALUE,
			"Accept", MediaType.APPLICATION_JSON_VALUE);

	private final String email;

	private final String password;

	private final ProviderExchange exchanges;

	private final Supplier<String> baseUrl;

	private final Duration maxWait;

	private final ReentrantLock loggingIn = new ReentrantLock();

	private volatile String token;

	/** Counts logins, so a request that waited for one that failed gets that failure instead of trying again. */
	private volatile long logins;

	private GatewayException lastFailure;

	VoxoLogin(String email, String password, ProviderExchange exchanges, Supplier<String> baseUrl, Duration maxWait) {
		this.email = email;
		this.password = password;
		this.exchanges = exchanges;
		this.baseUrl = baseUrl;
		this.maxWait = maxWait;
	}

	@Override
	public Map<String, String> headers() {
		String current = token;
		return Map.of("Authorization", "Bearer " + (current != null ? current : login(null)));
	}

	@Override
	public Map<String, String> maskedHeaders() {
		return Map.of("Authorization", "Bearer ***");
	}

	@Override
	public List<String> secrets() {
		List<String> secrets = new ArrayList<>(List.of(password));
		String current = token;
		if (current != null) {
			secrets.add(current);
		}
		return secrets;
	}

	/** Only the request that holds the current token starts a new login; the rest use the one it gets. */
	@Override
	public boolean refresh(Map<String, String> rejected) {
		login(rejected.getOrDefault("Authorization", "").replaceFirst("^Bearer ", ""));
		return true;
	}

	/** The token to use now: the current one unless it is {@code rejected} (or there is none), else a new login's. */
	private String login(String rejected) {
		long seen = logins;
		loggingIn.lock();
		try {
			String current = token;
			if (current != null && !current.equals(rejected)) {
				return current;
			}
			if (logins != seen && lastFailure != null) {
				throw lastFailure;
			}
			logins++;
			token = null;
			try {
				token = accessToken();
				lastFailure = null;
				return token;
			}
			catch (GatewayException ex) {
				lastFailure = ex;
				throw ex;
			}
		}
		finally {
			loggingIn.unlock();
		}
	}

	private String accessToken() {
		// bytes, not objects: nothing that logs what it encodes ever sees the password
		byte[] body = JSON.writeValueAsBytes(Map.of("strategy", "local", "email", email, "password", password));
		// a login that cannot be sent or answered fails the request like any exchange of the connection
		ProviderExchange.Answer answer = exchanges.exchange("POST", URI.create(baseUrl.get() + "/authentication"),
				HEADERS, body, "login", maxWait);
		return accessToken(answer.status(), answer.body());
	}

	private static String accessToken(int status, byte[] body) {
		String accessToken = null;
		try {
			accessToken = Json.text(JSON.readTree(body), "accessToken");
		}
		catch (JacksonException ex) {
			// no token: reported below
		}
		if (status == 401 || status == 403) {
			throw new GatewayException(ProblemType.UPSTREAM_AUTH, "The provider rejected the gateway's credentials",
					"voxo refused the connection's email and password (" + status + ")");
		}
		if (status / 100 != 2 || accessToken == null) {
			throw new GatewayException(ProblemType.UPSTREAM_ERROR, "The provider failed",
					"logging in to voxo answered " + status + " without an accessToken");
		}
		return accessToken;
	}

	@Override
	public String toString() {
		return "VoxoLogin[email=" + email + ", password=***]";
	}
}
