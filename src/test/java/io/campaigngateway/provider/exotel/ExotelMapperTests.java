package io.campaigngateway.provider.exotel;

import static io.campaigngateway.support.Campaigns.campaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.campaign.Campaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ExotelMapperTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void createIsAlwaysTransactional() {
		assertThat(ExotelMapper.createCampaign(campaign("{\"name\": \"abcd\"}")).path("type").asString()).isEqualTo("trans");
		assertThat(ExotelMapper.updateCampaign(campaign("{\"name\": \"abcd\"}"), null).has("type")).isFalse();
	}

	@Test
	void numbersListsAndCallerId() {
		ObjectNode e = ExotelMapper.createCampaign(campaign("""
				{"callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}], "contactLists": ["a", "b"]}"""));
		assertThat(e.path("caller_id").asString()).isEqualTo("+918047123456");
		assertThat(e.path("from").toString()).isEqualTo("[\"+919876543210\"]");
		assertThat(e.path("lists").toString()).isEqualTo("[\"a\",\"b\"]");
	}

	@Test
	void flowMessageScheduleAndCustomField() {
		ObjectNode e = ExotelMapper.createCampaign(campaign("""
				{"callFlowUrl": "http://my.exotel.com/a/exoml/start_voice/1", "message": "hello", "customField": "c",
				 "allowDuplicateNumbers": false, "schedule": {"startAt": "2026-12-01T09:00:00+05:30"}}"""));
		assertThat(e.path("url").asString()).endsWith("/1");
		assertThat(e.path("read_via_text").asString()).isEqualTo("hello");
		assertThat(e.path("custom_field").asString()).isEqualTo("c");
		assertThat(e.path("call_duplicate_numbers").asBoolean()).isFalse();
		assertThat(e.path("schedule").toString()).isEqualTo("{\"send_at\":\"2026-12-01T09:00:00+05:30\"}");
	}

	@Test
	void retryPacingAndCallbacks() {
		ObjectNode e = ExotelMapper.createCampaign(campaign("""
				{"retry": {"maxRetries": 1, "intervalMinutes": 5, "backoff": "linear", "retryOn": ["failed"]},
				 "pacing": {"callsPerMinute": 12},
				 "callbacks": {"callStatus": "https://a.example/1", "contactCompleted": "https://a.example/2", "campaignStatus": "https://a.example/3"}}"""));
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
		assertThat(ExotelMapper.updateCampaign(campaign("{\"status\": \"" + status + "\"}"), null).path("action").asString()).isEqualTo(action);
	}

	@ParameterizedTest
	@CsvSource({ "Created,active", "InProgress,active", "in_progress,active", "PAUSED,paused", "Completed,completed",
			"Archived,archived", "Failed,completed", "canceled,completed", "Deleted,", "'',"})
	void readsExotelStatusInAnyCase(String exotel, String normalized) {
		assertThat(ExotelMapper.status(exotel)).isEqualTo(normalized);
	}

	@Test
	void readsACampaignBack() {
		Campaign c = ExotelMapper.toCampaign(MAPPER.readTree("""
				{"id": "x1", "name": "n", "from": "+919876543210, +919876543211,", "mode": "custom", "throttle": 9,
				 "retries": {"number_of_retries": 2, "interval_mins": 3, "mechanism": "Exponential"},
				 "date_created": "2026-01-02 03:04:05"}"""));
		assertThat(c.providerCampaignId()).isEqualTo("x1");
		assertThat(c.contacts()).extracting(Campaign.Contact::phoneNumber).containsExactly("+919876543210", "+919876543211");
		assertThat(c.pacing().callsPerMinute()).isEqualTo(9);
		assertThat(c.retry()).isEqualTo(new Campaign.Retry(2, 3, "exponential", null));
		assertThat(c.createdAt()).isEqualTo("2026-01-02T03:04:05Z");
	}

	@Test
	void wrapsTheCampaignInTheSamplesEnvelopeOrSendsItFlat() {
		ObjectNode campaign = MAPPER.createObjectNode().put("name", "n");
		campaign.putArray("from").add("+919876543210").add("+919876543211");

		assertThat(ExotelEnvelope.body(campaign, ExotelEnvelope.Form.WRAPPED).toString())
			.isEqualTo("{\"campaigns\":[{\"name\":\"n\",\"from\":[\"+919876543210\",\"+919876543211\"]}]}");
		assertThat(ExotelEnvelope.body(campaign, ExotelEnvelope.Form.FLAT).toString())
			.isEqualTo("{\"name\":\"n\",\"from\":\"+919876543210,+919876543211\"}");
		assertThat(ExotelEnvelope.Form.of(null)).contains(ExotelEnvelope.Form.WRAPPED);
		assertThat(ExotelEnvelope.Form.of("boxed")).isEmpty();
	}
}
