package io.campaigngateway.provider.exotel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.campaigngateway.provider.spi.SandboxStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Exotel emulator on its own: a bounded store, Exotel's list and 404 shapes, and the seed's retries rule. */
class ExotelSandboxTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
			(ExotelProviderFactory.SANDBOX_KEY + ":" + ExotelProviderFactory.SANDBOX_TOKEN).getBytes(StandardCharsets.UTF_8));

	private static final String SID = ExotelProviderFactory.SANDBOX_SID;

	private final ExotelSandbox sandbox = new ExotelSandbox(new SandboxStatus() {
		@Override
		public boolean active() {
			return true;
		}

		@Override
		public int maxCampaigns() {
			return 3;
		}
	});

	private JsonNode create(String name, String retries) {
		ResponseEntity<Object> created = sandbox.create(AUTH, SID, MAPPER.readTree("""
				{"campaigns": [{"name": "%s", "caller_id": "+918047123456", "from": ["+919876543210"]%s}]}"""
			.formatted(name, retries == null ? "" : ", \"retries\": " + retries)));
		return (JsonNode) created.getBody();
	}

	private static String id(JsonNode answer) {
		return answer.path("response").path(0).path("data").path("id").asString();
	}

	@Test
	void keepsAtMostItsBoundAndADroppedCampaignReadsAsExotelsNotFound() {
		String first = id(create("First campaign", null));
		for (String name : new String[] { "Second campaign", "Third campaign", "Fourth campaign" }) {
			create(name, null);
		}

		ResponseEntity<Object> dropped = sandbox.read(AUTH, SID, first);

		assertThat(dropped.getStatusCode().value()).isEqualTo(404);
		JsonNode item = ((JsonNode) dropped.getBody()).path("response").path(0);
		assertThat(item.path("status").asString()).isEqualTo("failure");
		assertThat(item.path("code").asInt()).isEqualTo(404);
		assertThat(item.path("error_data").path("description").asString()).contains(first);
	}

	@Test
	void listsNewestFirstInExotelsEnvelopeByOffsetAndLimit() {
		for (String name : new String[] { "First campaign", "Second campaign", "Third campaign" }) {
			create(name, null);
		}

		JsonNode page = (JsonNode) sandbox.list(AUTH, SID, "1", "2").getBody();
		JsonNode all = (JsonNode) sandbox.list(AUTH, SID, null, null).getBody();

		assertThat(page.path("response").findValuesAsString("name")).containsExactly("Second campaign", "First campaign");
		assertThat(page.path("response").valueStream().map(item -> item.path("status").asString())).containsOnly("success");
		assertThat(page.path("metadata")).isEqualTo(MAPPER.readTree("{\"total\": 3, \"offset\": 1, \"limit\": 2}"));
		assertThat(all.path("response").size()).isEqualTo(3);
		assertThat(all.path("metadata").path("limit").asInt()).as("Exotel's default").isEqualTo(20);
		assertThat(sandbox.list(AUTH, SID, "0", "501").getStatusCode().value()).isEqualTo(400);
		assertThat(sandbox.list(AUTH, SID, "-1", "2").getStatusCode().value()).isEqualTo(400);
		assertThat(sandbox.list("Basic nope", SID, "0", "2").getStatusCode().value()).isEqualTo(401);
	}

	/** Seed 003: interval_mins is "mandatory when number_of_retries is specified", a count of 0 included. */
	@Test
	void refusesARetryCountWithoutAnInterval() {
		assertThat(create("Retried campaign", "{\"number_of_retries\": 0}").path("response").path(0).path("error_data")
			.path("description").asString()).isEqualTo("interval_mins is mandatory when number_of_retries is specified");
		assertThat(create("Retried campaign", "{\"number_of_retries\": 2}").path("http_code").asInt()).isEqualTo(400);
		assertThat(create("Retried campaign", "{\"number_of_retries\": 2, \"interval_mins\": 5}").path("http_code").asInt())
			.isEqualTo(200);
		assertThat(create("Retried campaign", "{\"mechanism\": \"Linear\"}").path("http_code").asInt()).isEqualTo(200);
	}
}
