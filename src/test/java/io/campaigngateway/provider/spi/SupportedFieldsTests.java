package io.campaigngateway.provider.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SupportedFieldsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SupportedFields fields = new SupportedFields("acme",
			Set.of("name", "contacts.phoneNumber", "schedule.timezone", "retry", "providerOptions"));

	@Test
	void dropsEmptyListsAndObjectsOfFieldsTheProviderCannotCarry() {
		ObjectNode body = body("""
				{"name": "n", "destinations": [], "agent": {}, "callbacks": {"callStatus": null},
				 "voicemailDetection": {"onMachine": [], "onHuman": []}}""");

		assertThat(fields.dropEmpty(body, Set.of(), false)).isTrue();

		assertThat(body).as("a null asks to clear, except on a create")
			.isEqualTo(body("{\"name\": \"n\", \"callbacks\": {\"callStatus\": null}}"));
		assertThat(fields.unsupportedIn(body, Set.of())).extracting(problem -> problem.pointer())
			.containsExactly("/callbacks");
	}

	@Test
	void dropsNullsOfFieldsTheProviderCannotCarryOnACreate() {
		ObjectNode body = body("{\"name\": \"n\", \"callerId\": null, \"callbacks\": {\"callStatus\": null}, \"message\": null}");

		fields.dropEmpty(body, Set.of(), true);

		assertThat(body).isEqualTo(body("{\"name\": \"n\"}"));
	}

	@Test
	void looksInsideWhatTheProviderPartlyCarries() {
		ObjectNode body = body("""
				{"contacts": [{"phoneNumber": "+13125550178", "fields": {}}, {"phoneNumber": "+13125550179", "name": "Ada"}],
				 "schedule": {"timezone": "UTC", "startAt": null, "callingHours": {}}}""");

		fields.dropEmpty(body, Set.of(), true);

		assertThat(body).isEqualTo(body("""
				{"contacts": [{"phoneNumber": "+13125550178"}, {"phoneNumber": "+13125550179", "name": "Ada"}],
				 "schedule": {"timezone": "UTC"}}"""));
		assertThat(fields.unsupportedIn(body, Set.of())).extracting(problem -> problem.pointer())
			.containsExactly("/contacts/1/name");
	}

	@Test
	void keepsWhatTheProviderCarriesAndWhatHoldsSomething() {
		ObjectNode body = body("""
				{"contacts": [], "retry": {}, "providerOptions": {}, "destinations": [{}], "agent": {"voice": ""},
				 "schedule": {}}""");

		assertThat(fields.dropEmpty(body, Set.of(), true)).isFalse();

		assertThat(fields.unsupportedIn(body, Set.of())).extracting(problem -> problem.pointer())
			.containsExactly("/destinations", "/agent");
	}

	@Test
	void leavesTheFieldsItIsToldToIgnore() {
		ObjectNode body = body("{\"connection\": null}");

		assertThat(fields.dropEmpty(body, Set.of("connection"), true)).isFalse();
		assertThat(body.has("connection")).isTrue();
	}

	private static ObjectNode body(String json) {
		return (ObjectNode) JSON.readTree(json);
	}
}
