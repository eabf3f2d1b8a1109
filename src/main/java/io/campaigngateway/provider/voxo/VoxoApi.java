package io.campaigngateway.provider.voxo;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * VOXO API v2's call-campaign wire formats (seed 002), named as VOXO names them. {@link UpdateCampaignRequest} is
 * the one declaration of the campaign fields VOXO takes: the mapper fills it, its {@link Pointer}s map VOXO's
 * field names in an error back to the caller's body ({@link VoxoErrors}), and its components are the names
 * {@code providerOptions} may set.
 */
final class VoxoApi {

	private VoxoApi() {
	}

	/** Where a VOXO field comes from in the caller's campaign: a JSON pointer, below its parent's for list items. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Pointer {

		String value();
	}

	/** {@code POST {prefix}}: the tenant, then the campaign's fields. */
	record CreateCampaignRequest(long tenantId, @JsonUnwrapped UpdateCampaignRequest campaign) {
	}

	/** {@code PATCH {prefix}/{id}} is sparse: a field left null is not sent, and VOXO keeps its value. */
	@JsonInclude(NON_NULL)
	record UpdateCampaignRequest(
			String tech,
			@Pointer("/name") String name,
			@Pointer("/status") String state,
			@Pointer("/schedule/startAt") String dateStart,
			@Pointer("/schedule/startAt") String timeStart,
			@Pointer("/schedule/endAt") String dateEnd,
			@Pointer("/schedule/endAt") String timeEnd,
			@Pointer("/callerId") String callerId,
			@Pointer("/recording") String recording,
			@Pointer("/message") String message,
			@Pointer("/contacts") List<CampaignNumber> numbers,
			@Pointer("/destinations") List<Destination> destinations,
			@Pointer("/schedule/timezone") String timezone,
			@Pointer("/pacing/secondsBetweenCalls") Integer callFrequency,
			@Pointer("/voicemailDetection/onMachine") List<Destination> matchDestinations,
			@Pointer("/voicemailDetection/onHuman") List<Destination> notMatchDestinations,
			@Pointer("/voicemailDetection/enabled") String enableVMDetect,
			@Pointer("/schedule/callingHours/start") String callHoursStart,
			@Pointer("/schedule/callingHours/end") String callHoursEnd) {
	}

	/** An entry of {@code numbers}, sent and answered alike; {@code field1}…{@code field9} go with a create only. */
	@JsonInclude(NON_NULL)
	record CampaignNumber(
			@Pointer("/phoneNumber") String number,
			@Pointer("/name") String description,
			String disposition,
			@Pointer("/fields/field1") String field1,
			@Pointer("/fields/field2") String field2,
			@Pointer("/fields/field3") String field3,
			@Pointer("/fields/field4") String field4,
			@Pointer("/fields/field5") String field5,
			@Pointer("/fields/field6") String field6,
			@Pointer("/fields/field7") String field7,
			@Pointer("/fields/field8") String field8,
			@Pointer("/fields/field9") String field9) {

		List<String> fields() {
			return Arrays.asList(field1, field2, field3, field4, field5, field6, field7, field8, field9);
		}
	}

	/** A destination as requests carry it: {@code {id, type, order}}. */
	@JsonInclude(NON_NULL)
	record Destination(@Pointer("/id") Long id, @Pointer("/type") String type, @Pointer("/order") Integer order) {
	}

	/**
	 * A campaign as VOXO answers it, not wrapped; most fields may be null. Where the sources disagree the reading
	 * leans tolerant: {@code enableVMDetect} and {@code recording} as a number, a string or a boolean [conflict],
	 * destinations in the response shape or the request shape [conflict], and an {@code id} written {@code 6.0}
	 * (or under its older name {@code campaignId}) as 6. Every other number is read strictly ({@code WireFormat}).
	 * The answer's other fields ({@code tenantId, type, callDelay, lastrun, dialtimeout, tech}) say nothing
	 * the normalized campaign carries; left out here, they are ignored, so an odd value there never fails a read.
	 */
	record CallCampaign(
			@JsonAlias("campaignId") @JsonDeserialize(using = VoxoValues.WholeNumber.class) Long id,
			String name,
			String dateStart,
			String dateEnd,
			String callerId,
			String state,
			String message,
			String timeStart,
			String timeEnd,
			String timezone,
			Integer callFrequency,
			String callHoursStart,
			String callHoursEnd,
			@JsonDeserialize(using = VoxoValues.Flag.class) Boolean recording,
			List<CampaignNumber> numbers,
			List<AnsweredDestination> destinations,
			@JsonDeserialize(using = VoxoValues.Flag.class) Boolean enableVMDetect,
			List<AnsweredDestination> matchDestinations,
			List<AnsweredDestination> notMatchDestinations) {
	}

	/** {@code {typeSrc, destType, id, order}} in answers (seed 002), or the request's {@code {id, type, order}}. */
	record AnsweredDestination(String typeSrc, String destType, String type, Long id, Integer order) {

		String kind() {
			return destType != null ? destType : type;
		}
	}

	/**
	 * {@code GET {prefix}} [inferred]: a Feathers page. A server with pagination off answers the bare array instead,
	 * which {@link VoxoList} reads too.
	 */
	record CampaignsPage(Long total, Integer limit, Long skip, List<CallCampaign> data) {
	}

	/** A Feathers error [inferred]: {@code errors} is an object by field name, or a list of {@code {path|field, message}}. */
	record FeathersError(String name, String message, Integer code, String className, JsonNode errors) {
	}
}
