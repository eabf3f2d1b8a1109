package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.campaigngateway.support.Gzip;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies sent with {@code Content-Encoding}: gzip is read, within the body limit, as the JSON its Content-Type
 * says; other codings are a 415, and {@code identity} in a list changes nothing.
 */
class CompressedBodyTests extends WireMockGatewayTest {

	private static final String CREATE = """
			{"connection": "voxo", "name": "Reminders", "callerId": "+12025550143",
			 "contacts": [{"phoneNumber": "+13125550178", "name": "Ada"}],
			 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00", "timezone": "America/Chicago"}}""";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aGzipBodyIsReadAsTheJsonItPacks() throws Exception {
		HttpResponse<String> answer = post("/campaigns?dryRun=true", "gzip", Gzip.of(CREATE));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode sent = json(answer).path("requests").path(0).path("body");
		assertThat(sent.path("name").asString()).isEqualTo("Reminders");
		assertThat(sent.path("numbers").path(0).path("description").asString()).isEqualTo("Ada");
	}

	@Test
	void aBodyThatIsNotTheGzipItSaysIsMalformed() throws Exception {
		byte[] packed = Gzip.of(CREATE);

		HttpResponse<String> plain = post("/campaigns", "gzip", CREATE.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> cutShort = post("/campaigns", "gzip", Arrays.copyOf(packed, packed.length / 2));

		for (HttpResponse<String> answer : new HttpResponse[] { plain, cutShort }) {
			assertThat(answer.statusCode()).isEqualTo(400);
			assertThat(json(answer).path("type").asString()).endsWith("/malformed-request");
			assertThat(json(answer).path("detail").asString()).contains("not valid gzip");
		}
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void theLimitAppliesToTheUnpackedBody() throws Exception {
		byte[] packed = Gzip.of("{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}");

		HttpResponse<String> answer = post("/campaigns", "gzip", packed);

		assertThat(packed.length).isLessThan(64 * 1024);
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(json(answer).path("detail").asString()).contains("4 MB");
	}

	@Test
	void anotherContentCodingIs415SayingWhatIsRead() throws Exception {
		HttpResponse<String> answer = post("/campaigns", "br", CREATE.getBytes(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(415);
		assertThat(answer.headers().firstValue("Accept-Encoding")).hasValue("gzip");
		assertThat(json(answer).path("type").asString()).endsWith("/unsupported-media-type");
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void aListOfCodingsIsReadAsWhatItAmountsTo() throws Exception {
		byte[] packed = Gzip.of(CREATE);

		for (String[] codings : new String[][] { { "gzip, identity" }, { "identity, gzip" }, { "identity", "gzip" },
				{ " GZIP " } }) {
			HttpResponse<String> answer = post("/campaigns?dryRun=true", "application/json", packed, codings);
			assertThat(answer.statusCode()).as("%s: %s", List.of(codings), answer.body()).isEqualTo(200);
		}
		HttpResponse<String> plain = post("/campaigns?dryRun=true", "application/json",
				CREATE.getBytes(StandardCharsets.UTF_8), "identity", " , ");
		assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
		HttpResponse<String> twice = post("/campaigns", "application/json", Gzip.of(packed), "gzip, gzip");
		assertThat(twice.statusCode()).isEqualTo(415);
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void aGzipBodyMustStillBeSentAsJson() throws Exception {
		byte[] packed = Gzip.of(CREATE);

		for (String type : List.of("application/xml", "application/x-www-form-urlencoded", "text/plain")) {
			HttpResponse<String> answer = post("/campaigns", type, packed, "gzip");
			assertThat(answer.statusCode()).as("%s: %s", type, answer.body()).isEqualTo(415);
			assertThat(json(answer).path("type").asString()).endsWith("/unsupported-media-type");
		}
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	private HttpResponse<String> post(String path, String coding, byte[] body) throws IOException, InterruptedException {
		return post(path, "application/json", body, coding);
	}

	/** One Content-Encoding line per coding given, in order. */
	private HttpResponse<String> post(String path, String type, byte[] body, String... codings)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + MAIN_KEY)
			.header("Content-Type", type);
		for (String coding : codings) {
			request.header("Content-Encoding", coding);
		}
		return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> answer) {
		return JsonMapper.builder().build().readTree(answer.body());
	}
}
