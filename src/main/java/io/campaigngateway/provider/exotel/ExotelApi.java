package io.campaigngateway.provider.exotel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * Exotel's campaign API v2 on the wire, named as Exotel names it (seed 003 and the provider notes): the one
 * declaration of Exotel's field names. The mapper builds and reads these records; the error classifier's
 * field-to-pointer table and the capabilities' option names are derived from the {@link Field} marks below
 * ({@link ExotelFields}).
 */
final class ExotelApi {

	private ExotelApi() {
	}

	/**
	 * What the gateway makes of an Exotel campaign field: the JSON pointer of the caller's field it carries (empty
	 * when none does), and whether {@code providerOptions} may set it (not what only Exotel writes, nor
	 * {@code action}, which the caller's {@code status} sets).
	 */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Field {

		String pointer() default "";

		boolean option() default true;
	}

	/**
	 * A campaign: the request fields of a create or an update, and those an answer adds ({@code id} on). A
	 * request leaves the answer's fields null; an answer has no {@code action}.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Campaign(
			@Field(pointer = "/contacts") ExotelNumbers from,
			@Field(pointer = "/contactLists") List<String> lists,
			@Field(pointer = "/callerId") String caller_id,
			@Field(pointer = "/callFlowUrl") String url,
			@Field(pointer = "/name") String name,
			@Field String type,
			@Field(pointer = "/allowDuplicateNumbers") Boolean call_duplicate_numbers,
			@Field(pointer = "/retry") Retries retries,
			@Field Schedule schedule,
			@Field String mode,
			@Field(pointer = "/pacing/callsPerMinute") Integer throttle,
			@Field(pointer = "/message") String read_via_text,
			@Field(pointer = "/callbacks/callStatus") String call_status_callback,
			@Field(pointer = "/callbacks/contactCompleted") String call_schedule_callback,
			@Field(pointer = "/callbacks/campaignStatus") String status_callback,
			@Field(pointer = "/customField") String custom_field,
			@Field(pointer = "/status", option = false) String action,
			@Field(option = false) String id,
			@Field(option = false) String account_sid,
			@Field String campaign_type,
			@Field(option = false) String status,
			@Field(option = false) ExotelTime date_created,
			@Field(option = false) ExotelTime date_updated,
			@Field(option = false) JsonNode stats) {

		/** A request: the fields a caller sets, none of an answer's. */
		static Campaign request(ExotelNumbers from, List<String> lists, String caller_id, String url, String name, String type,
				Boolean call_duplicate_numbers, Retries retries, Schedule schedule, String mode, Integer throttle,
				String read_via_text, String call_status_callback, String call_schedule_callback,
				String status_callback, String custom_field, String action) {
			return new Campaign(from, lists, caller_id, url, name, type, call_duplicate_numbers, retries, schedule, mode,
					throttle, read_via_text, call_status_callback, call_schedule_callback, status_callback, custom_field,
					action, null, null, null, null, null, null, null);
		}

		/** Names the campaign without its numbers: logs never see them. */
		@Override
		public String toString() {
			return "ExotelApi.Campaign[id=" + id + ", name=" + name + ", status=" + status + ", action=" + action
					+ ", from=" + from + "]";
		}

		Campaign withFrom(ExotelNumbers numbers) {
			return new Campaign(numbers, lists, caller_id, url, name, type, call_duplicate_numbers, retries, schedule, mode,
					throttle, read_via_text, call_status_callback, call_schedule_callback, status_callback, custom_field,
					action, id, account_sid, campaign_type, status, date_created, date_updated, stats);
		}

		Campaign withAction(String newAction) {
			return new Campaign(from, lists, caller_id, url, name, type, call_duplicate_numbers, retries, schedule, mode,
					throttle, read_via_text, call_status_callback, call_schedule_callback, status_callback, custom_field,
					newAction, id, account_sid, campaign_type, status, date_created, date_updated, stats);
		}
	}

	/** {@code interval_mins} is "mandatory when number_of_retries is specified" (seed 003). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Retries(
			@Field(pointer = "/retry/maxRetries") Integer number_of_retries,
			@Field(pointer = "/retry/intervalMinutes") Integer interval_mins,
			@Field(pointer = "/retry/backoff") String mechanism,
			@Field(pointer = "/retry/retryOn") List<String> on_status) {

		boolean isEmpty() {
			return number_of_retries == null && interval_mins == null && mechanism == null && on_status == null;
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Schedule(
			@Field(pointer = "/schedule/startAt") ExotelTime send_at,
			@Field(pointer = "/schedule/endAt") ExotelTime end_at) {
	}

	/** {@code {"campaigns": [{…}]}}: the wrapped request body (the vendor's samples), {@code from} as an array. */
	record Campaigns(List<JsonNode> campaigns) {
	}

	/**
	 * Every answer: {@code {request_id, method, http_code, response: [{code, status, data | error_data}]}}. A
	 * {@code response} that is one object rather than a list of one is read as the list of it.
	 */
	record Answer(String request_id, String method, Integer http_code,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Item> response, Metadata metadata) {
	}

	/** One item of an answer: its {@code code} may differ from the HTTP status (a 409 inside a 200). */
	record Item(Integer code, String status, Campaign data, ErrorData error_data) {

		boolean failed() {
			return "failure".equalsIgnoreCase(status) || error_data != null;
		}
	}

	/** Exotel's own error {@code code} is only shown, so it is read as text, whatever JSON type it comes as. */
	record ErrorData(String code, String description, String message) {
	}

	/** A list's page: how many campaigns there are in all, and which of them this answer holds. */
	record Metadata(Integer total, Integer offset, Integer limit) {
	}

	/** The older error shape of some endpoints and of 429s. */
	record Refusal(RestException RestException) {
	}

	record RestException(Integer Status, String Message, String Code) {
	}
}
