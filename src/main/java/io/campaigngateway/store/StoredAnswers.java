package io.campaigngateway.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.idempotency.IdempotencyStore.StoredAnswer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A first answer as JSON in the shared store, so that any replica replays it: the status, {@code Location}, the body
 * exactly as the first replica wrote it (with the gateway's own mapper), or the problem it ended with (rebuilt, so it
 * is rendered with the replaying request's own id). Versioned ({@code "v": 1}) so that the format can change.
 */
final class StoredAnswers {

	private static final int VERSION = 1;

	private final JsonMapper mapper;

	StoredAnswers(JsonMapper mapper) {
		this.mapper = mapper;
	}

	String write(StoredAnswer answer) {
		ObjectNode node = mapper.createObjectNode();
		node.put("v", VERSION);
		node.put("status", answer.status());
		if (answer.location() != null) {
			node.put("location", answer.location());
		}
		if (answer.body() != null) {
			node.set("body", mapper.valueToTree(answer.body()));
		}
		if (answer.problem() != null) {
			node.set("problem", problem(answer.problem()));
		}
		return mapper.writeValueAsString(node);
	}

	StoredAnswer read(String json) {
		JsonNode node = mapper.readTree(json);
		JsonNode problem = node.get("problem");
		return new StoredAnswer(node.path("status").asInt(), node.path("location").asString(null),
				present(node.get("body")), problem == null ? null : problem(problem));
	}

	private static JsonNode present(JsonNode node) {
		return node == null || node.isNull() ? null : node;
	}

	private ObjectNode problem(GatewayException problem) {
		ObjectNode node = mapper.createObjectNode();
		node.put("type", problem.type().name());
		node.put("title", problem.title());
		node.put("detail", problem.detail());
		ArrayNode errors = node.putArray("errors");
		for (FieldProblem error : problem.errors()) {
			errors.add(mapper.valueToTree(error));
		}
		if (problem.upstream() != null) {
			ObjectNode upstream = node.putObject("upstream");
			upstream.put("status", problem.upstream().status());
			if (problem.upstream().body() != null) {
				upstream.set("body", mapper.valueToTree(problem.upstream().body()));
			}
		}
		if (problem.retryAfter() != null) {
			node.put("retryAfterMillis", problem.retryAfter().toMillis());
		}
		return node;
	}

	private static GatewayException problem(JsonNode node) {
		List<FieldProblem> errors = new ArrayList<>();
		for (JsonNode error : node.path("errors")) {
			errors.add(new FieldProblem(error.path("pointer").asString(null), error.path("code").asString(null),
					error.path("message").asString(null)));
		}
		JsonNode upstream = node.get("upstream");
		JsonNode retryAfter = node.get("retryAfterMillis");
		return new GatewayException(ProblemType.valueOf(node.path("type").asString()), node.path("title").asString(null),
				node.path("detail").asString(null), errors,
				upstream == null ? null : new GatewayException.Upstream(upstream.path("status").asInt(), present(upstream.get("body"))),
				retryAfter == null ? null : Duration.ofMillis(retryAfter.asLong()));
	}
}
