package io.campaigngateway.campaign;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The normalized campaign of contract §4. Every component is optional: a create carries what the caller
 * sent, a patch only the fields it changes, a read what the provider reports.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Campaign(
		String id,
		String connection,
		String provider,
		String providerCampaignId,
		String name,
		String status,
		String callerId,
		List<Contact> contacts,
		List<String> contactLists,
		Schedule schedule,
		Pacing pacing,
		Retry retry,
		Boolean recording,
		VoicemailDetection voicemailDetection,
		List<Destination> destinations,
		String message,
		String callFlowUrl,
		Agent agent,
		Callbacks callbacks,
		Boolean allowDuplicateNumbers,
		String customField,
		Map<String, Object> providerOptions,
		String createdAt,
		String updatedAt) {

	/** The same campaign as it lives at one connection under the provider's own id. */
	public Campaign identifiedAs(String connectionName, String providerName, String providerId) {
		return new Campaign(CampaignId.format(connectionName, providerId), connectionName, providerName, providerId,
				name, status, callerId, contacts, contactLists, schedule, pacing, retry, recording,
				voicemailDetection, destinations, message, callFlowUrl, agent, callbacks, allowDuplicateNumbers,
				customField, providerOptions, createdAt, updatedAt);
	}

	/** Names the campaign without its contents: logs never see phone numbers or scripts. */
	@Override
	public String toString() {
		return "Campaign[id=" + id + ", connection=" + connection + ", name=" + name + ", status=" + status
				+ ", callerId=" + PhoneNumbers.mask(callerId) + ", contacts=" + (contacts == null ? 0 : contacts.size()) + "]";
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Contact(String phoneNumber, String name, Map<String, String> fields) {

		@Override
		public String toString() {
			return "Contact[" + PhoneNumbers.mask(phoneNumber) + "]";
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Schedule(String startAt, String endAt, String timezone, CallingHours callingHours) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record CallingHours(String start, String end) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Pacing(Integer secondsBetweenCalls, Integer callsPerMinute) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Retry(Integer maxRetries, Integer intervalMinutes, String backoff, List<String> retryOn) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record VoicemailDetection(Boolean enabled, List<Destination> onMachine, List<Destination> onHuman) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Destination(String type, Long id, Integer order) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Agent(String voice, String language, String script, String firstLine, String tone, String purpose,
			String knowledgeBase, PostCallAnalysis postCallAnalysis) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PostCallAnalysis(Boolean enabled, Map<String, Object> schema) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Callbacks(String callStatus, String contactCompleted, String campaignStatus) {
	}
}
