package io.campaigngateway.provider.toingg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import io.campaigngateway.provider.spi.SandboxStatus;
import io.campaigngateway.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Toingg emulator on its own: bounded, newest first, Toingg's answer shapes. */
class ToinggSandboxTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String AUTH = "Bearer " + ToinggProviderFactory.SANDBOX_TOKEN;

	private final ToinggSandbox sandbox = new ToinggSandbox(new SandboxStatus() {

		@Override
		public boolean active() {
			return true;
		}

		@Override
		public int maxCampaigns() {
			return 3;
		}
	});

	@Test
	void keepsAtMostItsBoundDroppingTheOldestWhichThenIsToinggsNotFound() {
		List<String> ids = IntStream.rangeClosed(1, 4).mapToObj(this::create).toList();

		ResponseEntity<Object> first = sandbox.update(AUTH, update(ids.get(0), "Renamed"));
		ResponseEntity<Object> last = sandbox.update(AUTH, update(ids.get(3), "Renamed"));

		assertThat(first.getStatusCode().value()).isEqualTo(404);
		assertThat(json(first).path("detail").asString()).isEqualTo("Campaign not found");
		assertThat(last.getStatusCode().value()).isEqualTo(200);
		assertThat(listedIds(0, 10)).containsExactly(ids.get(3), ids.get(2), ids.get(1));
	}

	@Test
	void listsNewestFirstPagedBySkipAndLimitInToinggsArrayShape() {
		List<String> ids = IntStream.rangeClosed(1, 3).mapToObj(this::create).toList();

		JsonNode page = json(sandbox.list(AUTH, 1, 1));

		assertThat(page.path("status").asBoolean()).isTrue();
		assertThat(page.path("result").size()).isEqualTo(1);
		assertThat(page.path("result").get(0).path("campId").asString()).isEqualTo(ids.get(1));
		assertThat(page.path("result").get(0).path("campaignModelData").path("title").asString()).isEqualTo("Campaign 2");
		assertThat(listedIds(2, 5)).containsExactly(ids.get(0));
		assertThat(listedIds(3, 5)).isEmpty();
	}

	@Test
	void refusesANegativeSkipOrLimitAsFastApiWould() {
		ResponseEntity<Object> answer = sandbox.list(AUTH, -1, -2);

		assertThat(answer.getStatusCode().value()).isEqualTo(422);
		assertThat(json(answer).path("detail").findValuesAsString("type")).containsExactly("greater_than_equal", "greater_than_equal");
		assertThat(json(answer).path("detail").get(0).path("loc").toString()).isEqualTo("[\"query\",\"skip\"]");
	}

	@Test
	void stillRedirectsTheUnslashedCreateAndValidatesTheModel() {
		ResponseEntity<Object> redirect = sandbox.createWithoutSlash();
		ResponseEntity<Object> refused = sandbox.create(AUTH, MAPPER.readTree("""
				{"title": "t", "voice": "Nobody", "language": "klingon", "script": "short"}"""));
		ResponseEntity<Object> notAnObject = sandbox.create(AUTH, MAPPER.readTree("[1]"));

		assertThat(redirect.getStatusCode().value()).isEqualTo(307);
		assertThat(redirect.getHeaders().getFirst("Location")).endsWith("/create_campaign/");
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(json(refused).path("detail").findValuesAsString("type"))
			.containsExactly("string_too_short", "value_error", "value_error");
		assertThat(json(notAnObject).path("detail").get(0).path("type").asString()).isEqualTo("dict_type");
	}

	@Test
	void checksTheBearerToken() {
		assertThat(sandbox.list("Bearer wrong", 0, 10).getStatusCode().value()).isEqualTo(401);
		assertThat(sandbox.create(null, model("x")).getStatusCode().value()).isEqualTo(401);
	}

	private String create(int n) {
		return json(sandbox.create(AUTH, model("Campaign " + n))).path("result").path("campaignId").asString();
	}

	private List<String> listedIds(int skip, int limit) {
		return json(sandbox.list(AUTH, skip, limit)).path("result").findValuesAsString("campId");
	}

	private static JsonNode model(String title) {
		return MAPPER.readTree("""
				{"title": "%s", "voice": "Meera", "language": "english", "script": "%s"}""".formatted(title, Fixtures.SCRIPT));
	}

	private static JsonNode update(String id, String title) {
		return MAPPER.readTree("{\"campId\": \"%s\", \"campaignModelData\": %s}".formatted(id, model(title)));
	}

	private static JsonNode json(ResponseEntity<Object> answer) {
		return MAPPER.valueToTree(answer.getBody());
	}
}
