package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Request bodies sent with {@code Content-Encoding}: gzip is read, within the body limit; other codings are a 415. */
class CompressedBodyTests extends WireMockGatewayTest {

	private static final String CREATE = """
			{"connection": "voxo", "name": "Reminders", "callerId": "+12025550143",
			 "contacts": [{"phoneNumber": "+13125550178", "name": "Ada"}],
			 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00", "timezone": "America/Chicago"}}""";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aGzipBodyIsReadAsTheJsonItPacks() throws Exception {
		HttpResponse<String> answer = post("/campaigns?dryRun=true", "gzip", gzip(CREATE));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode sent = json(answer).path("requests").path(0).path("body");
		assertThat(sent.path("name").asString()).isEqualTo("Reminders");
		assertThat(sent.path("numbers").path(0).path("description").asString()).isEqualTo("Ada");
	}

	@Test
	void aBodyThatIsNotTheGzipItSaysIsMalformed() throws Exception {
		byte[] packed = gzip(CREATE);

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
		byte[] packed = gzip("{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}");

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

	private HttpResponse<String> post(String path, String coding, byte[] body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + MAIN_KEY)
			.header("Content-Type", "application/json")
			.header("Content-Encoding", coding)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return packed.toByteArray();
	}

	private static JsonNode json(HttpResponse<String> answer) {
		return JsonMapper.builder().build().readTree(answer.body());
	}
}
