package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.SandboxGatewayTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** No configuration at all: the three sandbox connections, served over real HTTP by built-in emulators. */
class SandboxTests extends SandboxGatewayTest {

	@Test
	void listsTheThreeSandboxConnectionsWithoutAKey() {
		Answer answer = gateway.get("/connections");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("connections").findValuesAsString("name")).containsExactlyInAnyOrder("toingg", "voxo", "exotel");
		answer.json().path("connections").forEach(c -> assertThat(c.path("sandbox").asBoolean()).isTrue());
	}

	/**
	 * Contract §4's table, column by column: what each provider carries, so a caller can ask before it sends —
	 * every field, and every object carried whole ({@code agent}, {@code retry}), in the resource's order.
	 */
	@Test
	void eachConnectionListsTheFieldsItsProviderCarries() {
		Map<String, JsonNode> byName = new HashMap<>();
		gateway.get("/connections").json().path("connections").forEach(c -> byName.put(c.path("name").asString(), c));

		assertThat(byName.get("toingg").path("fields").valueStream().map(JsonNode::asString)).containsExactly(
				"name", "schedule.timezone", "schedule.callingHours", "schedule.callingHours.start",
				"schedule.callingHours.end", "agent", "agent.voice", "agent.language", "agent.script", "agent.firstLine",
				"agent.tone", "agent.purpose", "agent.knowledgeBase", "agent.postCallAnalysis",
				"agent.postCallAnalysis.enabled", "agent.postCallAnalysis.schema", "providerOptions");
		assertThat(byName.get("voxo").path("fields").valueStream().map(JsonNode::asString)).containsExactly(
				"name", "status", "callerId", "contacts", "contacts.phoneNumber", "contacts.name", "contacts.fields",
				"schedule", "schedule.startAt", "schedule.endAt", "schedule.timezone", "schedule.callingHours",
				"schedule.callingHours.start", "schedule.callingHours.end", "pacing.secondsBetweenCalls", "recording",
				"voicemailDetection", "voicemailDetection.enabled", "voicemailDetection.onMachine",
				"voicemailDetection.onMachine.type", "voicemailDetection.onMachine.id", "voicemailDetection.onMachine.order",
				"voicemailDetection.onHuman", "voicemailDetection.onHuman.type", "voicemailDetection.onHuman.id",
				"voicemailDetection.onHuman.order", "destinations", "destinations.type", "destinations.id",
				"destinations.order", "message", "providerOptions");
		assertThat(byName.get("exotel").path("fields").valueStream().map(JsonNode::asString)).containsExactly(
				"name", "status", "callerId", "contacts.phoneNumber", "contactLists", "schedule.startAt", "schedule.endAt",
				"pacing.callsPerMinute", "retry", "retry.maxRetries", "retry.intervalMinutes", "retry.backoff",
				"retry.retryOn", "message", "callFlowUrl", "callbacks", "callbacks.callStatus", "callbacks.contactCompleted",
				"callbacks.campaignStatus", "allowDuplicateNumbers", "customField", "providerOptions");
		assertThat(gateway.get("/connections/exotel").json()).as("one connection, as the list shows it")
			.isEqualTo(byName.get("exotel"));
		assertThat(gateway.get("/connections/nope").status()).isEqualTo(404);
		byName.values().forEach(c -> assertThat(c.path("operations").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("create", "read", "update", "list"));
		assertThat(byName.get("toingg").path("catalogues").valueStream().map(JsonNode::asString))
			.containsExactly("languages", "voices");
		assertThat(byName.get("voxo").path("catalogues").isEmpty()).isTrue();
	}

	@Test
	void toinggRoundTrip() {
		Answer created = gateway.post("/campaigns", """
				{"connection": "toingg", "name": "Sandbox renewals",
				 "agent": {"voice": "Meera", "language": "english", "script": "%s"},
				 "schedule": {"timezone": "Asia/Kolkata", "callingHours": {"start": "10:00", "end": "22:00"}}}"""
			.formatted(Fixtures.SCRIPT));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asString();

		Answer updated = gateway.patch("/campaigns/" + id, "{\"agent\": {\"tone\": \"calm\"}}");
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

		Answer read = gateway.get("/campaigns/" + id);
		assertThat(read.json().path("agent").path("tone").asString()).isEqualTo("calm");
		assertThat(read.json().path("name").asString()).isEqualTo("Sandbox renewals");
		assertThat(read.json().path("schedule").path("callingHours").path("end").asString()).isEqualTo("22:00");
		assertThat(gateway.get("/connections/toingg/voices").json().path("voices").size()).isPositive();
	}

	@Test
	void aLanguageToinggDoesNotOfferIsRefusedBeforeTheCall() {
		Answer refused = gateway.post("/campaigns", """
				{"connection": "toingg", "name": "n", "agent": {"voice": "Meera", "language": "klingon", "script": "%s"}}"""
			.formatted(Fixtures.SCRIPT));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.type()).endsWith("/validation");
		assertThat(refused.pointers()).containsExactly("/agent/language");
	}

	@Test
	void voxoRoundTripLogsInAndKeepsLocalTimes() {
		Answer created = gateway.post("/campaigns", """
				{"connection": "voxo", "name": "Sandbox reminders", "callerId": "+12025550143",
				 "contacts": [{"phoneNumber": "+13125550178", "name": "Ada"}],
				 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00", "timezone": "America/Chicago"}}""");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asString();

		assertThat(gateway.patch("/campaigns/" + id, "{\"status\": \"paused\"}").status()).isEqualTo(200);

		Answer read = gateway.get("/campaigns/" + id);
		assertThat(read.json().path("status").asString()).isEqualTo("paused");
		assertThat(read.json().path("schedule").path("startAt").asString()).isEqualTo("2026-12-01T09:00:00-06:00");
		assertThat(gateway.get("/campaigns/voxo:99999").status()).isEqualTo(404);
	}

	@Test
	void exotelRoundTripWithLifecycle() {
		Answer created = gateway.post("/campaigns", """
				{"connection": "exotel", "name": "Sandbox delivery", "callerId": "+918047123456",
				 "contacts": [{"phoneNumber": "+919876543210"}],
				 "schedule": {"startAt": "2099-12-01T09:00:00+05:30"}}""");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asString();

		assertThat(gateway.patch("/campaigns/" + id, "{\"name\": \"Renamed delivery\"}").status()).isEqualTo(200);
		assertThat(gateway.patch("/campaigns/" + id, "{\"status\": \"paused\"}").json().path("status").asString()).isEqualTo("paused");
		Answer conflict = gateway.patch("/campaigns/" + id, "{\"status\": \"archived\"}");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(gateway.get("/campaigns/" + id).json().path("name").asString()).isEqualTo("Renamed delivery");
	}

	@Test
	void theEmulatorsCheckProviderCredentials() {
		Answer answer = gateway.send("GET", "/sandbox/toingg/api/v3/get_campaigns", null, null, "Authorization", "Bearer nope");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(gateway.send("GET", "/sandbox/exotel/v2/accounts/sandboxaccount1/campaigns/x", null, null).status()).isEqualTo(401);
	}

	@Test
	void servesSwaggerUiAndTheApiDocument() {
		assertThat(gateway.get("/swagger-ui/index.html").status()).isEqualTo(200);
		assertThat(gateway.get("/v3/api-docs").json().path("paths").has("/campaigns")).isTrue();
		assertThat(gateway.get("/actuator/prometheus").status()).isEqualTo(200);
	}
}
