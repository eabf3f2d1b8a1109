package io.campaigngateway.provider.exotel;

import static io.campaigngateway.support.Campaigns.campaign;
import static io.campaigngateway.support.Campaigns.patch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.campaigngateway.provider.spi.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The error classifier's field table and the options' names come from the wire records' one declaration, and
 * that declaration agrees with the mapper: each pointer names the caller's field the mapper fills that Exotel
 * field from.
 */
class ExotelFieldsTests {

	/** Every field a create can carry, and a status (an update's action). */
	private static final String FULL = """
			{"name": "Delivery updates", "callerId": "+918047123456", "status": "paused",
			 "contacts": [{"phoneNumber": "+919876543210"}], "contactLists": ["list-1"],
			 "callFlowUrl": "http://my.exotel.com/acme1/exoml/start_voice/12345", "message": "Your parcel arrives today.",
			 "schedule": {"startAt": "2026-12-01T09:00:00+05:30", "endAt": "2026-12-01T18:00:00+05:30"},
			 "retry": {"maxRetries": 2, "intervalMinutes": 10, "backoff": "exponential", "retryOn": ["busy"]},
			 "pacing": {"callsPerMinute": 20},
			 "callbacks": {"callStatus": "https://h.example/1", "contactCompleted": "https://h.example/2", "campaignStatus": "https://h.example/3"},
			 "allowDuplicateNumbers": true, "customField": "order-42"}""";

	@Test
	void theErrorTableNamesEveryExotelFieldThatCarriesACallersField() {
		assertThat(ExotelFields.POINTERS).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("caller_id", "/callerId"),
				Map.entry("from", "/contacts"), Map.entry("lists", "/contactLists"), Map.entry("url", "/callFlowUrl"),
				Map.entry("read_via_text", "/message"), Map.entry("send_at", "/schedule/startAt"),
				Map.entry("end_at", "/schedule/endAt"), Map.entry("retries", "/retry"),
				Map.entry("number_of_retries", "/retry/maxRetries"), Map.entry("interval_mins", "/retry/intervalMinutes"),
				Map.entry("mechanism", "/retry/backoff"), Map.entry("on_status", "/retry/retryOn"),
				Map.entry("throttle", "/pacing/callsPerMinute"), Map.entry("call_status_callback", "/callbacks/callStatus"),
				Map.entry("call_schedule_callback", "/callbacks/contactCompleted"),
				Map.entry("status_callback", "/callbacks/campaignStatus"),
				Map.entry("call_duplicate_numbers", "/allowDuplicateNumbers"), Map.entry("custom_field", "/customField"),
				Map.entry("action", "/status"), Map.entry("name", "/name")));
	}

	@Test
	void providerOptionsTakeTheCampaignFieldsACallerMaySet() {
		assertThat(ExotelFields.OPTION_NAMES).containsExactlyInAnyOrder("from", "lists", "caller_id", "url", "name", "type",
				"campaign_type", "call_duplicate_numbers", "retries", "schedule", "mode", "throttle", "read_via_text",
				"call_status_callback", "call_schedule_callback", "status_callback", "custom_field");
		assertThat(ExotelProvider.CAPABILITIES.optionNames()).isEqualTo(ExotelFields.OPTION_NAMES);
	}

	/** Without the caller's field at a pointer, the mapper sends no Exotel field of that name: the two agree. */
	@Test
	void eachPointerIsTheCallersFieldTheMapperReads() {
		ExotelFields.POINTERS.forEach((exotel, pointer) -> {
			ObjectNode full = (ObjectNode) Json.tree(patch(FULL).document());
			assertThat(find(sent(full), exotel)).as("%s from %s", exotel, pointer).isNotNull();
			ObjectNode without = full.deepCopy();
			JsonNode parent = without.at(pointer.substring(0, pointer.lastIndexOf('/')));
			((ObjectNode) (parent.isMissingNode() ? without : parent)).remove(pointer.substring(pointer.lastIndexOf('/') + 1));
			assertThat(find(sent(without), exotel)).as("%s without %s", exotel, pointer).isNull();
		});
	}

	/** What an update (a create has no action) sends for this caller's campaign. */
	private static JsonNode sent(ObjectNode caller) {
		return ExotelEnvelope.fields(ExotelMapper.updateCampaign(campaign(caller.toString()), null), null,
				ExotelEnvelope.Form.WRAPPED);
	}

	private static JsonNode find(JsonNode sent, String exotel) {
		return sent.has(exotel) ? sent.get(exotel) : sent.findValue(exotel);
	}
}
