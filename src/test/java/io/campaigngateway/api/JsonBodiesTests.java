package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/**
 * Well-formed JSON within the body limit is never called invalid; the gateway's own bounds (nesting, a number's
 * length) are a 422 pointing at the value and naming the bound.
 */
class JsonBodiesTests {

	private final JsonBodies bodies = new JsonBodies(DataSize.ofMegabytes(4));

	@Test
	void aStringAsLongAsTheBodyLimitAllowsIsRead() {
		String message = "x".repeat(3 * 1024 * 1024);

		JsonNode body = parse("{\"connection\": \"voxo\", \"message\": \"" + message + "\"}");

		assertThat(body.path("message").asString()).hasSize(message.length());
	}

	@Test
	void aLongNameAndALongNumberAreRead() {
		String name = "n".repeat(100_000);
		String digits = "9".repeat(900);

		JsonNode body = parse("{\"" + name + "\": 1, \"pacing\": {\"callsPerMinute\": " + digits + "}}");

		assertThat(body.has(name)).isTrue();
		assertThat(body.path("pacing").path("callsPerMinute").bigIntegerValue().toString()).isEqualTo(digits);
	}

	@Test
	void nestingPastTheBoundIsA422AtTheValue() {
		String deep = "[".repeat(40) + "]".repeat(40);

		GatewayException refusal = refusal("{\"providerOptions\": {\"a\": " + deep + "}}");

		assertThat(refusal.type()).isEqualTo(ProblemType.VALIDATION);
		FieldProblem problem = refusal.errors().get(0);
		assertThat(problem.pointer()).startsWith("/providerOptions/a/0/0");
		assertThat(problem.message()).contains("nested deeper").contains(String.valueOf(JsonBodies.MAX_DEPTH));
		assertThat(refusal.getMessage()).contains("/providerOptions/a/0").doesNotContain("JSON");
	}

	@Test
	void aNumberPastTheBoundIsA422AtTheValue() {
		GatewayException refusal = refusal("{\"pacing\": {\"callsPerMinute\": " + "1".repeat(1_001) + "}}");

		assertThat(refusal.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(refusal.errors()).singleElement().satisfies(problem -> {
			assertThat(problem.pointer()).isEqualTo("/pacing/callsPerMinute");
			assertThat(problem.message()).contains(String.valueOf(JsonBodies.MAX_NUMBER_LENGTH));
		});
	}

	@Test
	void malformedJsonIsStillA400SayingWhere() {
		GatewayException trailing = refusal("{\"name\": \"a\"} {}");
		GatewayException duplicate = refusal("{\"name\": \"a\", \"name\": \"b\"}");

		assertThat(trailing.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
		assertThat(trailing.getMessage()).contains("more content after the JSON value");
		assertThat(duplicate.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
		assertThat(duplicate.getMessage()).contains("line 1");
		assertThat(parse("   ").isMissingNode()).isTrue();
	}

	private JsonNode parse(String json) {
		return bodies.parse(json.getBytes(StandardCharsets.UTF_8));
	}

	private GatewayException refusal(String json) {
		return catchThrowableOfType(GatewayException.class, () -> parse(json));
	}
}
