package io.campaigngateway.provider.exotel;

import static io.campaigngateway.support.Campaigns.campaign;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.campaigngateway.campaign.Campaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.WireFormat;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ExotelMapperTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** The campaign's fields as a connection sends them (the wrapped form's inner object). */
	private static ObjectNode json(ExotelApi.Campaign campaign) {
		return ExotelEnvelope.fields(campaign, null, ExotelEnvelope.Form.WRAPPED);
	}

	/** An Exotel campaign read from JSON as an answer's {@code data} is read. */
	static ExotelApi.Campaign data(String json) {
		JsonNode node = MAPPER.readTree(json);
		return WireFormat.read("exotel", new ProviderResponse(200, new HttpHeaders(), node, true), node,
				ExotelApi.Campaign.class);
	}

	@Test
	void createIsAlwaysTransactional() {
		assertThat(json(ExotelMapper.createCampaign(campaign("{\"name\": \"abcd\"}"))).path("type").asString()).isEqualTo("trans");
		assertThat(json(ExotelMapper.updateCampaign(campaign("{\"name\": \"abcd\"}"), null)).has("type")).isFalse();
	}

	@Test
	void numbersListsAndCallerId() {
		ObjectNode e = json(ExotelMapper.createCampaign(campaign("""
				{"callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}], "contactLists": ["a", "b"]}""")));
		assertThat(e.path("caller_id").asString()).isEqualTo("+918047123456");
		assertThat(e.path("from").toString()).isEqualTo("[\"+919876543210\"]");
		assertThat(e.path("lists").toString()).isEqualTo("[\"a\",\"b\"]");
	}

	@Test
	void flowMessageScheduleAndCustomField() {
		ObjectNode e = json(ExotelMapper.createCampaign(campaign("""
				{"callFlowUrl": "http://my.exotel.com/a/exoml/start_voice/1", "message": "hello", "customField": "c",
				 "allowDuplicateNumbers": false, "schedule": {"startAt": "2026-12-01T09:00:00+05:30"}}""")));
		assertThat(e.path("url").asString()).endsWith("/1");
		assertThat(e.path("read_via_text").asString()).isEqualTo("hello");
		assertThat(e.path("custom_field").asString()).isEqualTo("c");
		assertThat(e.path("call_duplicate_numbers").asBoolean()).isFalse();
		assertThat(e.path("schedule").toString()).isEqualTo("{\"send_at\":\"2026-12-01T09:00:00+05:30\"}");
	}

	@Test
	void retryPacingAndCallbacks() {
		ObjectNode e = json(ExotelMapper.createCampaign(campaign("""
				{"retry": {"maxRetries": 1, "intervalMinutes": 5, "backoff": "linear", "retryOn": ["failed"]},
				 "pacing": {"callsPerMinute": 12},
				 "callbacks": {"callStatus": "https://a.example/1", "contactCompleted": "https://a.example/2", "campaignStatus": "https://a.example/3"}}""")));
		assertThat(e.path("retries").toString())
			.isEqualTo("{\"number_of_retries\":1,\"interval_mins\":5,\"mechanism\":\"Linear\",\"on_status\":[\"failed\"]}");
		assertThat(e.path("mode").asString()).isEqualTo("custom");
		assertThat(e.path("throttle").asInt()).isEqualTo(12);
		assertThat(e.path("call_status_callback").asString()).endsWith("/1");
		assertThat(e.path("call_schedule_callback").asString()).endsWith("/2");
		assertThat(e.path("status_callback").asString()).endsWith("/3");
	}

	@ParameterizedTest
	@CsvSource({ "paused,pause", "active,resume", "completed,complete", "archived,archive" })
	void statusOnUpdateIsAnAction(String status, String action) {
		assertThat(json(ExotelMapper.updateCampaign(campaign("{\"status\": \"" + status + "\"}"), null)).path("action").asString()).isEqualTo(action);
	}

	@ParameterizedTest
	@CsvSource({ "Created,active", "InProgress,active", "in_progress,active", "PAUSED,paused", "Completed,completed",
			"Archived,archived", "Failed,completed", "canceled,completed", "Deleted,", "'',"})
	void readsExotelStatusInAnyCase(String exotel, String normalized) {
		assertThat(ExotelLifecycle.status(exotel)).isEqualTo(normalized);
	}

	@Test
	void readsACampaignBack() {
		Campaign c = ExotelMapper.toCampaign(data("""
				{"id": "x1", "name": "n", "from": "+919876543210, +919876543211,", "mode": "custom", "throttle": 9,
				 "retries": {"number_of_retries": 2, "interval_mins": 3, "mechanism": "Exponential"},
				 "date_created": "2026-01-02 03:04:05"}"""));
		assertThat(c.providerCampaignId()).isEqualTo("x1");
		assertThat(c.contacts()).extracting(Campaign.Contact::phoneNumber).containsExactly("+919876543210", "+919876543211");
		assertThat(c.pacing().callsPerMinute()).isEqualTo(9);
		assertThat(c.retry()).isEqualTo(new Campaign.Retry(2, 3, "exponential", null));
		assertThat(c.createdAt()).isEqualTo("2026-01-02T03:04:05Z");
	}

	/** Issue 31 point 10: number_of_retries only with an interval_mins; a count of 0 without one is Exotel's default. */
	@Test
	void aCreateSendsNoRetryCountOfZeroWithoutAnInterval() {
		assertThat(json(ExotelMapper.createCampaign(campaign("{\"retry\": {\"maxRetries\": 0}}"))).has("retries")).isFalse();
		assertThat(json(ExotelMapper.createCampaign(campaign("{\"retry\": {\"maxRetries\": 0, \"backoff\": \"linear\"}}")))
			.path("retries").toString()).isEqualTo("{\"mechanism\":\"Linear\"}");
		assertThat(json(ExotelMapper.createCampaign(campaign("{\"retry\": {\"maxRetries\": 0, \"intervalMinutes\": 5}}")))
			.path("retries").toString()).isEqualTo("{\"number_of_retries\":0,\"interval_mins\":5}");
	}

	@Test
	void anUpdatedRetryCountTakesTheIntervalOfTheCampaignAsRead() {
		ExotelApi.Campaign asRead = data("""
				{"id": "x1", "retries": {"number_of_retries": 1, "interval_mins": 7, "mechanism": "Linear"}}""");

		assertThat(json(ExotelMapper.updateCampaign(campaign("{\"retry\": {\"maxRetries\": 3}}"), asRead)).path("retries")
			.toString()).isEqualTo("{\"number_of_retries\":3,\"interval_mins\":7,\"mechanism\":\"Linear\"}");
		assertThat(json(ExotelMapper.updateCampaign(campaign("{\"retry\": {\"backoff\": \"exponential\"}}"), asRead))
			.path("retries").toString()).isEqualTo("{\"number_of_retries\":1,\"interval_mins\":7,\"mechanism\":\"Exponential\"}");
	}

	@Test
	void aRetryCountOfZeroWithoutAnIntervalIsSentOnlyWhereItChangesTheCampaign() {
		ExotelApi.Campaign none = data("{\"id\": \"x1\", \"retries\": {\"number_of_retries\": 0}}");
		ExotelApi.Campaign two = data("{\"id\": \"x1\", \"retries\": {\"number_of_retries\": 2}}");

		assertThat(json(ExotelMapper.updateCampaign(campaign("{\"retry\": {\"maxRetries\": 0}}"), none)).has("retries")).isFalse();
		assertThat(json(ExotelMapper.updateCampaign(campaign("{\"retry\": {\"maxRetries\": 0}}"), two)).path("retries")
			.toString()).as("for the rules to refuse: the interval cannot be found").isEqualTo("{\"number_of_retries\":0}");
	}

	@Test
	void readsEveryFieldOfACampaignBack() {
		Campaign c = ExotelMapper.toCampaign(data("""
				{"id": "x1", "account_sid": "acme1", "name": "Delivery", "type": "trans", "campaign_type": "static",
				 "caller_id": "+918047123456", "from": ["+919876543210"], "lists": ["l1"], "url": "http://my.exotel.com/a/1",
				 "read_via_text": "hi", "schedule": {"send_at": "2099-12-01T09:00:00+05:30", "end_at": "2099-12-01 12:30:00"},
				 "retries": {"number_of_retries": 1, "interval_mins": 5, "mechanism": "Linear", "on_status": ["busy"]},
				 "mode": "auto", "throttle": 30, "call_status_callback": "https://h.example/1",
				 "call_schedule_callback": "https://h.example/2", "status_callback": "https://h.example/3",
				 "call_duplicate_numbers": "false", "custom_field": "c", "status": "InProgress",
				 "date_created": "2026-01-02T03:04:05Z", "date_updated": "2026-01-02 03:04:06", "stats": {"calls": 3}}"""));

		assertThat(Json.tree(c)).isEqualTo(((ObjectNode) Json.tree(campaign("""
				{"providerCampaignId": "x1", "name": "Delivery", "status": "active", "callerId": "+918047123456",
				 "contacts": [{"phoneNumber": "+919876543210"}], "contactLists": ["l1"], "callFlowUrl": "http://my.exotel.com/a/1",
				 "message": "hi", "schedule": {"startAt": "2099-12-01T09:00:00+05:30", "endAt": "2099-12-01T12:30:00Z"},
				 "retry": {"maxRetries": 1, "intervalMinutes": 5, "backoff": "linear", "retryOn": ["busy"]},
				 "callbacks": {"callStatus": "https://h.example/1", "contactCompleted": "https://h.example/2",
				               "campaignStatus": "https://h.example/3"},
				 "allowDuplicateNumbers": false, "customField": "c"}""")))
			.put("providerCampaignId", "x1").put("createdAt", "2026-01-02T03:04:05Z").put("updatedAt", "2026-01-02T03:04:06Z"));
	}

	@Test
	void wrapsTheCampaignInTheSamplesEnvelopeOrSendsItFlat() {
		ExotelApi.Campaign campaign = ExotelApi.Campaign.request(ExotelNumbers.of(List.of("+919876543210", "+919876543211")),
				null, null, null, "n", null, null, null, null, null, null, null, null, null, null, null, null);

		assertThat(MAPPER.readTree(body(campaign, ExotelEnvelope.Form.WRAPPED)))
			.isEqualTo(MAPPER.readTree("{\"campaigns\":[{\"name\":\"n\",\"from\":[\"+919876543210\",\"+919876543211\"]}]}"));
		assertThat(MAPPER.readTree(body(campaign, ExotelEnvelope.Form.FLAT)))
			.isEqualTo(MAPPER.readTree("{\"name\":\"n\",\"from\":\"+919876543210,+919876543211\"}"));
		assertThat(ExotelEnvelope.Form.of(null)).contains(ExotelEnvelope.Form.WRAPPED);
		assertThat(ExotelEnvelope.Form.of("boxed")).isEmpty();
	}

	private static String body(ExotelApi.Campaign campaign, ExotelEnvelope.Form form) {
		return ExotelEnvelope.body(ExotelEnvelope.fields(campaign, null, form), form).toString();
	}
}
