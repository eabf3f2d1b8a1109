package io.campaigngateway.provider.voxo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.campaigngateway.provider.spi.SandboxStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The VOXO emulator on its own: a bounded store (issue 37) and Feathers' paged find (issue 36). */
class VoxoSandboxTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String CAMPAIGN = """
			{"tenantId": 42, "name": "Campaign %d", "tech": "VOICE", "timezone": "America/Chicago"}""";

	private VoxoSandbox emulator;

	private String bearer;

	private static SandboxStatus keeping(int max) {
		return new SandboxStatus() {
			@Override
			public boolean active() {
				return true;
			}

			@Override
			public int maxCampaigns() {
				return max;
			}
		};
	}

	private static JsonNode body(ResponseEntity<Object> answer) {
		return (JsonNode) answer.getBody();
	}

	private void start(int max) {
		emulator = new VoxoSandbox(keeping(max));
		JsonNode login = body(emulator.login(MAPPER.readTree("""
				{"strategy": "local", "email": "%s", "password": "%s"}""".formatted(VoxoProviderFactory.SANDBOX_EMAIL,
				VoxoProviderFactory.SANDBOX_PASSWORD))));
		bearer = "Bearer " + login.path("accessToken").asString();
	}

	private long create(int n) {
		ResponseEntity<Object> created = emulator.create(bearer, MAPPER.readTree(CAMPAIGN.formatted(n)));
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return body(created).path("id").asLong();
	}

	private JsonNode find(Map<String, String> query) {
		ResponseEntity<Object> answer = emulator.list(bearer, query);
		assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
		return body(answer);
	}

	private static List<Long> ids(JsonNode page) {
		return page.path("data").valueStream().map(c -> c.path("id").asLong()).toList();
	}

	@BeforeEach
	void emulatorKeepingTen() {
		start(10);
	}

	@Test
	void keepsAtMostItsBoundAndAnswersADroppedCampaignAsFeathersNotFound() {
		start(3);
		long first = create(1);
		List<Long> kept = List.of(create(2), create(3), create(4));

		ResponseEntity<Object> dropped = emulator.read(bearer, String.valueOf(first));

		assertThat(dropped.getStatusCode().value()).isEqualTo(404);
		assertThat(body(dropped).path("name").asString()).isEqualTo("NotFound");
		assertThat(body(dropped).path("code").asInt()).isEqualTo(404);
		assertThat(body(dropped).path("className").asString()).isEqualTo("not-found");
		assertThat(emulator.update(bearer, String.valueOf(first), MAPPER.readTree("{\"name\": \"Renamed\"}"))
			.getStatusCode().value()).isEqualTo(404);
		kept.forEach(id -> assertThat(emulator.read(bearer, String.valueOf(id)).getStatusCode().value()).isEqualTo(200));
		assertThat(find(Map.of()).path("total").asInt()).isEqualTo(3);
	}

	@Test
	void findsAPageNewestFirstInFeathersShape() {
		List<Long> created = List.of(create(1), create(2), create(3), create(4), create(5));

		JsonNode page = find(Map.of("$limit", "2", "$skip", "1", "$sort[id]", "-1"));

		assertThat(page.path("total").asInt()).isEqualTo(5);
		assertThat(page.path("limit").asInt()).isEqualTo(2);
		assertThat(page.path("skip").asInt()).isEqualTo(1);
		assertThat(ids(page)).containsExactly(created.get(3), created.get(2));
		assertThat(page.path("data").get(0).path("name").asString()).isEqualTo("Campaign 4");
		assertThat(ids(find(Map.of("$limit", "2", "$skip", "1")))).as("Feathers' default: oldest first")
			.containsExactly(created.get(1), created.get(2));
		assertThat(ids(find(Map.of("$skip", "4", "$sort[id]", "1")))).containsExactly(created.get(4));
		assertThat(ids(find(Map.of("$skip", "5", "$sort[id]", "-1")))).isEmpty();
	}

	@Test
	void capsTheLimitAsFeathersPaginateMaxDoesAndSaysSoInTheAnswer() {
		start(100);
		for (int i = 0; i < 60; i++) {
			create(i);
		}

		JsonNode capped = find(Map.of("$limit", "101", "$sort[id]", "-1"));

		assertThat(capped.path("limit").asInt()).isEqualTo(50);
		assertThat(ids(capped)).hasSize(50);
		assertThat(ids(find(new HashMap<>()))).as("Feathers' default page").hasSize(10);
	}

	@Test
	void refusesAQueryItDoesNotEmulate() {
		for (Map<String, String> query : List.of(Map.of("$limit", "x"), Map.of("$sort[name]", "1"), Map.of("state", "READY"),
				Map.of("$sort[id]", "up"), Map.of("$skip", "-1"))) {
			ResponseEntity<Object> refused = emulator.list(bearer, query);
			assertThat(refused.getStatusCode().value()).as(query.toString()).isEqualTo(400);
			assertThat(body(refused).path("name").asString()).isEqualTo("BadRequest");
		}
	}

	@Test
	void checksTheBearerTokenOnEveryPath() {
		assertThat(emulator.list("Bearer nope", Map.of()).getStatusCode().value()).isEqualTo(401);
		assertThat(emulator.list(null, Map.of()).getStatusCode().value()).isEqualTo(401);
		assertThat(emulator.read("Bearer nope", "101").getStatusCode().value()).isEqualTo(401);
		assertThat(emulator.create(null, MAPPER.readTree(CAMPAIGN.formatted(1))).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void anUpdateChangesACopySoAnAnswerAlreadyGivenStaysAsItWas() {
		long id = create(1);
		JsonNode before = body(emulator.read(bearer, String.valueOf(id)));

		emulator.update(bearer, String.valueOf(id), MAPPER.readTree("{\"name\": \"Renamed\", \"enableVMDetect\": \"1\"}"));

		assertThat(before.path("name").asString()).isEqualTo("Campaign 1");
		JsonNode after = body(emulator.read(bearer, String.valueOf(id)));
		assertThat(after.path("name").asString()).isEqualTo("Renamed");
		assertThat(after.path("enableVMDetect").isNumber()).as("VOXO answers a number").isTrue();
	}
}
