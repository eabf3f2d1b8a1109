package io.campaigngateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A plain HTTP/1.1 client for the gateway under test: what a backend service would use. */
public final class GatewayClient {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String apiKey;

	public GatewayClient(int port, String apiKey) {
		this.base = "http://127.0.0.1:" + port;
		this.apiKey = apiKey;
	}

	/** What the gateway answered. */
	public record Answer(int status, HttpResponse<String> raw, JsonNode json) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		public String type() {
			return json.path("type").asString("");
		}

		/** The pointers of the problem's field errors, in order. */
		public List<String> pointers() {
			List<String> pointers = new ArrayList<>();
			json.path("errors").forEach(error -> pointers.add(error.path("pointer").asString(null)));
			return pointers;
		}

		@Override
		public String toString() {
			return status + " " + raw.body();
		}
	}

	public Answer get(String path, String... headers) {
		return send("GET", path, null, "application/json", headers);
	}

	public Answer post(String path, String json, String... headers) {
		return send("POST", path, json, "application/json", headers);
	}

	public Answer patch(String path, String json, String... headers) {
		return send("PATCH", path, json, "application/merge-patch+json", headers);
	}

	public Answer send(String method, String path, String body, String contentType, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		boolean auth = true;
		for (int i = 0; i < headers.length; i += 2) {
			if ("Authorization".equalsIgnoreCase(headers[i])) {
				auth = false;
				if (headers[i + 1] == null) {
					continue;
				}
			}
			request.header(headers[i], headers[i + 1]);
		}
		if (auth && apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return exchange(request.build());
	}

	/**
	 * Sends exactly these header lines, in order (a name may come twice), and these bytes: no key, no Content-Type
	 * of its own. For requests whose headers are the point of the test.
	 */
	public Answer sendExactly(String method, String path, byte[] body, List<Map.Entry<String, String>> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		headers.forEach(header -> request.header(header.getKey(), header.getValue()));
		return exchange(request.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
	}

	private Answer exchange(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? MissingNode.getInstance() : parse(response.body());
			return new Answer(response.statusCode(), response, json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode parse(String body) {
		try {
			return MAPPER.readTree(body);
		}
		catch (RuntimeException ex) {
			return MissingNode.getInstance();
		}
	}
}
