package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.SandboxGatewayTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What generated clients send, at each provider's sandbox: empty lists and objects (and, on a create, nulls) for
 * fields the provider cannot carry ask for nothing and are taken as absent — the same requests go out as without
 * them — and a campaign read back can be sent back as its own patch.
 */
class SentBackCampaignTests extends SandboxGatewayTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String TOINGG = """
			{"connection": "toingg", "name": "Sent-back renewals",
			 "agent": {"voice": "Meera", "language": "english", "script": "%s", "firstLine": "Hello."},
			 "schedule": {"timezone": "Asia/Kolkata", "callingHours": {"start": "10:00", "end": "22:00"}}}"""
		.formatted(Fixtures.SCRIPT);

	static final String VOXO = """
			{"connection": "voxo", "name": "Sent-back reminders", "callerId": "+12025550143",
			 "contacts": [{"phoneNumber": "+13125550178", "name": "Ada", "fields": {"field1": "Tuesday"}},
			              {"phoneNumber": "+13125550179"}],
			 "schedule": {"startAt": "2036-12-01T09:00:00-06:00", "endAt": "2036-12-05T17:00:00-06:00",
			              "timezone": "America/Chicago"}}""";

	static final String EXOTEL = """
			{"connection": "exotel", "name": "Sent-back deliveries", "callerId": "+918047123456",
			 "contacts": [{"phoneNumber": "+919876543210"}],
			 "schedule": {"startAt": "2036-12-01T09:00:00+05:30", "endAt": "2036-12-01T18:00:00+05:30"}}""";

	@Test
	void emptyFieldsToinggCannotCarryAreAbsent() {
		String empties = """
				{"contacts": [], "contactLists": [], "destinations": [], "callbacks": {}, "pacing": {},
				 "retry": {"retryOn": []}, "voicemailDetection": {"onMachine": [], "onHuman": []},
				 "providerOptions": {}, "schedule": {"startAt": null}, "callerId": null, "status": null}""";
		sameRequestsWithAndWithout(TOINGG, empties);
		assertThat(gateway.post("/campaigns", merged(TOINGG, empties)).status()).isEqualTo(201);
	}

	@Test
	void emptyFieldsVoxoCannotCarryAreAbsent() {
		String empties = """
				{"contactLists": [], "callbacks": {}, "retry": {"retryOn": []}, "agent": {"postCallAnalysis": {"schema": {}}},
				 "pacing": {"callsPerMinute": null}, "callFlowUrl": null, "customField": null}""";
		sameRequestsWithAndWithout(VOXO, empties);
		assertThat(gateway.post("/campaigns", merged(VOXO, empties)).status()).isEqualTo(201);
	}

	@Test
	void emptyFieldsExotelCannotCarryAreAbsent() {
		String empties = """
				{"destinations": [], "agent": {}, "voicemailDetection": {"onMachine": []}, "recording": null,
				 "contacts": [{"phoneNumber": "+919876543210", "fields": {}}]}""";
		sameRequestsWithAndWithout(EXOTEL, empties);
		assertThat(gateway.post("/campaigns", merged(EXOTEL, empties)).status()).isEqualTo(201);
	}

	@Test
	void anEmptyListInAPatchIsAbsentButANullStillAsksToClearAndIsRefused() {
		String id = created(TOINGG).path("id").asString();

		Answer patched = gateway.patch("/campaigns/" + id, "{\"name\": \"Renamed\", \"contacts\": [], \"callbacks\": {}}");
		Answer cleared = gateway.patch("/campaigns/" + id, "{\"contacts\": null}");

		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		assertThat(patched.json().path("name").asString()).isEqualTo("Renamed");
		assertThat(cleared.status()).isEqualTo(422);
		assertThat(cleared.pointers()).containsExactly("/contacts");
	}

	@Test
	void aToinggCampaignReadBackCanBeSentBack() {
		JsonNode read = readBack(created(TOINGG));
		ObjectNode sentBack = withClientEmpties(read);
		sentBack.put("name", "Sent back and renamed");

		Answer answer = gateway.patch("/campaigns/" + read.path("id").asString(), sentBack.toString());

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("name").asString()).isEqualTo("Sent back and renamed");
		assertThat(answer.json().path("agent")).isEqualTo(read.path("agent"));
	}

	/** VOXO takes a contact's custom fields on create only: sent back as they are, they are no change. */
	@Test
	void aVoxoCampaignReadBackCanBeSentBack() {
		JsonNode read = readBack(created(VOXO));
		assertThat(read.path("contacts").get(0).path("fields").path("field1").asString()).isEqualTo("Tuesday");
		ObjectNode sentBack = withClientEmpties(read);
		sentBack.put("name", "Sent back and renamed");

		Answer answer = gateway.patch("/campaigns/" + read.path("id").asString(), sentBack.toString());
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		Answer unchanged = gateway.patch("/campaigns/" + read.path("id").asString(), withClientEmpties(answer.json()).toString());
		ObjectNode changedContact = withClientEmpties(answer.json());
		((ObjectNode) changedContact.path("contacts").get(0)).put("name", "Grace");
		Answer refused = gateway.patch("/campaigns/" + read.path("id").asString(), changedContact.toString());

		assertThat(answer.json().path("name").asString()).isEqualTo("Sent back and renamed");
		assertThat(answer.json().path("contacts")).isEqualTo(read.path("contacts"));
		assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
		assertThat(unchanged.json()).isEqualTo(answer.json());
		assertThat(refused.status()).as("a changed list still carries the fields an update cannot set").isEqualTo(422);
		assertThat(refused.pointers()).containsExactly("/contacts/0/fields");
	}

	/**
	 * The gateway takes the campaign as read as a patch; what the update then sends is the adapter's (a status the
	 * campaign already has is no action once the adapter compares it with the campaign as read).
	 */
	@Test
	void anExotelCampaignReadBackIsTakenAsAPatch() {
		JsonNode read = readBack(created(EXOTEL));
		ObjectNode sentBack = withClientEmpties(read);

		Answer planned = gateway.patch("/campaigns/" + read.path("id").asString() + "/dry-run", sentBack.toString());
		Answer sent = gateway.patch("/campaigns/" + read.path("id").asString(), sentBack.toString());

		assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
		assertThat(sent.status()).as("the same campaign again changes nothing, status included: " + sent).isEqualTo(200);
		assertThat(gateway.get("/campaigns/" + read.path("id").asString()).json().path("name"))
			.isEqualTo(read.path("name"));
	}

	/** The dry runs of a body with the empties and without them plan the same requests, bodies and all. */
	private void sameRequestsWithAndWithout(String campaign, String empties) {
		Answer plain = gateway.post("/campaigns/dry-run", campaign);
		Answer withEmpties = gateway.post("/campaigns/dry-run", merged(campaign, empties));
		assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
		assertThat(withEmpties.status()).as(withEmpties.toString()).isEqualTo(200);
		assertThat(requests(withEmpties)).isEqualTo(requests(plain));
	}

	private static List<JsonNode> requests(Answer plan) {
		List<JsonNode> requests = new ArrayList<>();
		plan.json().path("requests").forEach(request -> {
			ObjectNode shown = ((ObjectNode) request).deepCopy();
			shown.remove("headers"); // the request id differs
			requests.add(shown);
		});
		return requests;
	}

	/** The campaign with the extra members laid over it, object by object. */
	private static String merged(String campaign, String extra) {
		ObjectNode body = (ObjectNode) JSON.readTree(campaign);
		lay((ObjectNode) JSON.readTree(extra), body);
		return body.toString();
	}

	private static void lay(ObjectNode extra, ObjectNode body) {
		extra.properties().forEach(member -> {
			if (member.getValue().isObject() && body.get(member.getKey()) instanceof ObjectNode inner) {
				lay((ObjectNode) member.getValue(), inner);
			}
			else {
				body.set(member.getKey(), member.getValue());
			}
		});
	}

	private JsonNode created(String campaign) {
		Answer created = gateway.post("/campaigns", campaign);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	private JsonNode readBack(JsonNode created) {
		Answer read = gateway.get("/campaigns/" + created.path("id").asString());
		assertThat(read.status()).isEqualTo(200);
		return read.json();
	}

	/** The campaign as a generated Java client sends a model it read: empty lists for those the answer lacked. */
	private static ObjectNode withClientEmpties(JsonNode read) {
		ObjectNode body = ((ObjectNode) read).deepCopy();
		for (String list : new String[] { "contacts", "contactLists", "destinations" }) {
			if (!body.has(list)) {
				body.putArray(list);
			}
		}
		return body;
	}
}
