package io.campaigngateway.provider.exotel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ProviderResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 31 point 9: nothing read from Exotel is bent. A number that is not whole or out of range, or a date-time in
 * no form Exotel uses, is a 502 naming Exotel's field; the tolerance the notes call for stays.
 */
class ExotelAnswersTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static ExotelApi.Campaign read(String data) {
		ProviderResponse response = new ProviderResponse(200, new HttpHeaders(), MAPPER.readTree("""
				{"request_id": "r1", "method": "GET", "http_code": 200,
				 "response": [{"code": 200, "status": "success", "data": %s}]}""".formatted(data)), true);
		return ExotelEnvelope.campaign(response, new ExotelErrors(), Operation.READ);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"id\": \"x\", \"mode\": \"custom\", \"throttle\": 9.5}|response[0].data.throttle",
			"{\"id\": \"x\", \"throttle\": \"9.5\"}|response[0].data.throttle",
			"{\"id\": \"x\", \"retries\": {\"number_of_retries\": 1e12}}|response[0].data.retries.number_of_retries",
			"{\"id\": \"x\", \"retries\": {\"interval_mins\": 3000000000}}|response[0].data.retries.interval_mins",
			"{\"id\": \"x\", \"schedule\": {\"send_at\": \"next Tuesday\"}}|response[0].data.schedule.send_at",
			"{\"id\": \"x\", \"from\": 919876543210}|response[0].data.from",
			"{\"id\": \"x\", \"call_duplicate_numbers\": \"maybe\"}|response[0].data.call_duplicate_numbers" })
	void aValueThatWouldBeBentIsABadGatewayNamingExotelsField(String data, String field) {
		assertThatThrownBy(() -> read(data)).isInstanceOfSatisfying(GatewayException.class, unreadable -> {
			assertThat(unreadable.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
			assertThat(unreadable.detail()).contains("'" + field + "'");
		});
	}

	@Test
	void keepsTheToleranceTheNotesCallFor() {
		ExotelApi.Campaign campaign = read("""
				{"id": "x", "throttle": "12", "from": "+919876543210,+919876543211", "schedule": {"send_at": ""},
				 "date_created": "2026-01-02 03:04:05", "status": "in_progress", "unknown": {"a": 1}}""");

		assertThat(campaign.throttle()).as("a whole number as text").isEqualTo(12);
		assertThat(campaign.from().numbers()).containsExactly("+919876543210", "+919876543211");
		assertThat(campaign.schedule().send_at()).as("blank: none").isNull();
		assertThat(campaign.date_created().rfc3339()).isEqualTo("2026-01-02T03:04:05Z");
		assertThat(ExotelLifecycle.status(campaign.status())).isEqualTo("active");
	}

	@Test
	void anAnswerWithoutACampaignIsABadGateway() {
		assertThatThrownBy(() -> read("{\"name\": \"no id\"}")).isInstanceOfSatisfying(GatewayException.class,
				unreadable -> assertThat(unreadable.detail()).contains("response[0] has no data.id"));
	}
}
