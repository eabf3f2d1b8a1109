package io.campaigngateway.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.api.filter.WarmUpRequests;
import io.campaigngateway.service.Connection;
import io.campaigngateway.service.ConnectionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Sends the gateway's own API a few rounds of requests that end before any provider is called (malformed and
 * invalid bodies, an id that cannot exist, the connection lists) and one outbound request to itself, so that
 * class loading and first-call work are done before the first caller arrives. Runs before the gateway reports
 * ready: Spring Boot marks readiness once the application runners have returned.
 */
@Component
class WarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private static final int ROUNDS = 3;

	private final WarmUpRequests requests;

	private final ConnectionRegistry registry;

	private final LocalServer server;

	private final WebClient.Builder webClients;

	/** Read at run time, not as a bean condition: the image's Spring AOT mode fixes conditions at build time. */
	private final boolean enabled;

	WarmUp(WarmUpRequests requests, ConnectionRegistry registry, LocalServer server, WebClient.Builder webClients,
			@Value("${gateway.warm-up.enabled:true}") boolean enabled) {
		this.enabled = enabled;
		this.requests = requests;
		this.registry = registry;
		this.server = server;
		this.webClients = webClients;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		long start = System.nanoTime();
		String token = requests.open();
		int sent = 0;
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			for (int round = 0; round < ROUNDS; round++) {
				for (HttpRequest request : requests(token)) {
					http.send(request, HttpResponse.BodyHandlers.discarding());
					sent++;
				}
			}
			// the outbound stack (WebClient, Reactor Netty's event loops and codecs), on a loopback call
			webClients.build().get().uri(server.url() + "/connections").header(WarmUpRequests.HEADER, token)
				.exchangeToMono(response -> response.releaseBody())
				.block(Duration.ofSeconds(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | IOException ex) {
			// a warm-up that cannot finish only leaves the first requests slower
			log.debug("Warm-up ended early", ex);
		}
		finally {
			requests.close();
		}
		log.info("Warmed up the request paths with {} requests in {} ms", sent, (System.nanoTime() - start) / 1_000_000);
	}

	/** Requests that every connection answers without calling its provider. */
	private List<HttpRequest> requests(String token) {
		List<HttpRequest> all = new ArrayList<>(List.of(get("/connections", token), post("/campaigns", "{", token)));
		for (Connection connection : registry.all()) {
			String name = connection.name();
			all.add(get("/connections/" + name, token));
			all.add(post("/campaigns?dryRun=true", "{\"connection\": \"" + name + "\", \"warmUp\": true}", token));
			all.add(post("/campaigns", "{\"connection\": \"" + name + "\", \"warmUp\": true}", token));
			all.add(request("PATCH", "/campaigns/" + name + ":000000000000000000000001", "{\"warmUp\": true}", token));
			all.add(get("/campaigns/" + name + ":not*an*id", token));
			all.add(get("/campaigns?connection=" + name + "&limit=0", token));
		}
		return all;
	}

	private HttpRequest get(String path, String token) {
		return request("GET", path, null, token);
	}

	private HttpRequest post(String path, String body, String token) {
		return request("POST", path, body, token);
	}

	private HttpRequest request(String method, String path, String body, String token) {
		return HttpRequest.newBuilder(URI.create(server.url() + path))
			.header(WarmUpRequests.HEADER, token)
			.header("Content-Type", "PATCH".equals(method) ? "application/merge-patch+json" : "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(5))
			.build();
	}
}
