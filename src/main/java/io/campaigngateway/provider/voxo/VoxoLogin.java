package io.campaigngateway.provider.voxo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.campaign.RequestContext;
import io.campaigngateway.provider.Json;
import io.campaigngateway.provider.ProviderAuth;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * VOXO auth by login: {@code POST /authentication {"strategy": "local", email, password}} → {@code accessToken}.
 * The token is cached and shared: concurrent requests wait on one login, and a 401 replaces the token once
 * (only if it is still the one that was rejected), so a burst of 401s never becomes a storm of logins.
 */
final class VoxoLogin implements ProviderAuth {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String email;

	private final String password;

	private final WebClient webClient;

	private final Supplier<String> baseUrl;

	private final Duration timeout;

	private final AtomicReference<Session> session = new AtomicReference<>();

	/** One login: its cached answer, and the token it gave once it has given one. */
	private final class Session {

		private final Mono<String> token;

		private volatile String value;

		Session() {
			this.token = login().doOnNext(issued -> value = issued)
				.cache(issued -> Duration.ofDays(365), error -> Duration.ZERO, () -> Duration.ZERO);
		}
	}

	VoxoLogin(String email, String password, WebClient webClient, Supplier<String> baseUrl, Duration timeout) {
		this.email = email;
		this.password = password;
		this.webClient = webClient;
		this.baseUrl = baseUrl;
		this.timeout = timeout;
	}

	@Override
	public Mono<Map<String, String>> headers() {
		return current().token.map(value -> Map.of("Authorization", "Bearer " + value));
	}

	@Override
	public Map<String, String> maskedHeaders() {
		return Map.of("Authorization", "Bearer ***");
	}

	@Override
	public List<String> secrets() {
		List<String> secrets = new ArrayList<>(List.of(password));
		Session current = session.get();
		if (current != null && current.value != null) {
			secrets.add(current.value);
		}
		return secrets;
	}

	/** Only the request that holds the current session's token starts a new login; the rest wait for it. */
	@Override
	public Mono<Boolean> refresh(Map<String, String> rejected) {
		Session current = session.get();
		String rejectedToken = rejected.getOrDefault("Authorization", "").replaceFirst("^Bearer ", "");
		if (current != null && rejectedToken.equals(current.value)) {
			session.compareAndSet(current, new Session());
		}
		return Mono.just(true);
	}

	private Session current() {
		Session current = session.get();
		if (current == null) {
			session.compareAndSet(null, new Session());
			current = session.get();
		}
		return current;
	}

	/**
	 * The login call; a session caches its answer, and a failed login is not cached. It carries the request id of
	 * the request that needed it, as every call made for a request does.
	 */
	private Mono<String> login() {
		// bytes, not objects: the codecs log what they encode and decode at DEBUG, and this holds secrets
		byte[] body = JSON.writeValueAsBytes(Map.of("strategy", "local", "email", email, "password", password));
		return Mono.deferContextual(context -> webClient.post()
			.uri(baseUrl.get() + "/authentication")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.headers(headers -> context.<String>getOrEmpty(RequestContext.REQUEST_ID)
				.ifPresent(id -> headers.set(RequestContext.REQUEST_ID_HEADER, id)))
			.bodyValue(body)
			.exchangeToMono(response -> response.bodyToMono(byte[].class)
				.defaultIfEmpty(new byte[0])
				.map(answer -> accessToken(response.statusCode().value(), answer))))
			.timeout(timeout)
			.onErrorMap(ex -> !(ex instanceof GatewayException), ex -> new GatewayException(ProblemType.UPSTREAM_ERROR,
					"The provider could not be reached", "logging in to voxo failed: " + ex.getClass().getSimpleName()));
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
