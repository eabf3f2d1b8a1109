package io.campaigngateway.provider.voxo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import io.campaigngateway.provider.spi.WireFormat;
import io.campaigngateway.provider.voxo.VoxoApi.AnsweredDestination;
import io.campaigngateway.provider.voxo.VoxoApi.CallCampaign;
import io.campaigngateway.provider.voxo.VoxoApi.CampaignNumber;
import tools.jackson.databind.JsonNode;

/**
 * VOXO's campaign answer as a normalized campaign: a pure function of the wire record, which {@link WireFormat}
 * reads strictly (a non-integral or out-of-range number is a 502 naming VOXO's field) but for the tolerances
 * {@link CallCampaign} states. A campaign shows only what VOXO reported: no empty objects.
 */
final class VoxoAnswers {

	private VoxoAnswers() {
	}

	/** An answer that must be one campaign, not wrapped: a 502 when it is not. */
	static CallCampaign campaign(ProviderResponse response) {
		JsonNode body = response.bodyOrEmpty();
		if (!response.json() || !body.isObject()) {
			throw UpstreamProblems.garbage("voxo", response, "its answer is not a campaign");
		}
		return identified(response, WireFormat.read("voxo", response, body, CallCampaign.class), "its answer");
	}

	/** A campaign VOXO answered without its {@code id} is no campaign the gateway can name. */
	static CallCampaign identified(ProviderResponse response, CallCampaign campaign, String where) {
		if (campaign == null || campaign.id() == null) {
			throw UpstreamProblems.garbage("voxo", response, where + " is not a campaign (no id)");
		}
		return campaign;
	}

	static Campaign toCampaign(CallCampaign v) {
		return new Campaign(null, null, null, v.id() == null ? null : String.valueOf(v.id()), v.name(), status(v.state()),
				VoxoNumbers.toE164(v.callerId()), contacts(v.numbers()), null, schedule(v),
				v.callFrequency() == null ? null : new Campaign.Pacing(v.callFrequency(), null), null, v.recording(),
				voicemailDetection(v), destinations(v.destinations()), v.message(), null, null, null, null, null, null,
				null, null);
	}

	/** VOXO's states in its generations; one the gateway does not know is left out, not guessed. */
	private static String status(String state) {
		if (state == null) {
			return null;
		}
		return switch (state.toUpperCase()) {
			case "READY", "RUNNING", "ACTIVE", "STARTED", "SCHEDULED" -> "active";
			case "PAUSED", "STOPPED" -> "paused";
			case "COMPLETED", "COMPLETE", "FINISHED", "DONE" -> "completed";
			case "ARCHIVED" -> "archived";
			default -> null;
		};
	}

	private static List<Campaign.Contact> contacts(List<CampaignNumber> numbers) {
		return numbers == null ? null : numbers.stream()
			.filter(Objects::nonNull) // a null entry carries nothing
			.map(n -> new Campaign.Contact(VoxoNumbers.toE164(n.number()), n.description(), customFields(n)))
			.toList();
	}

	private static Map<String, String> customFields(CampaignNumber number) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> values = number.fields();
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				fields.put(VoxoFields.CUSTOM_FIELDS.get(i), values.get(i));
			}
		}
		return fields.isEmpty() ? null : fields;
	}

	/** Local dates and times are an instant only with the campaign's zone; without it they are left out. */
	private static Campaign.Schedule schedule(CallCampaign v) {
		String zone = v.timezone();
		String start = VoxoTimes.instant(v.dateStart(), v.timeStart(), zone);
		String end = VoxoTimes.instant(v.dateEnd(), v.timeEnd(), zone);
		String hoursStart = VoxoTimes.hhmm(v.callHoursStart());
		String hoursEnd = VoxoTimes.hhmm(v.callHoursEnd());
		Campaign.CallingHours hours = hoursStart == null && hoursEnd == null ? null
				: new Campaign.CallingHours(hoursStart, hoursEnd);
		return start == null && end == null && zone == null && hours == null ? null
				: new Campaign.Schedule(start, end, zone, hours);
	}

	private static Campaign.VoicemailDetection voicemailDetection(CallCampaign v) {
		List<Campaign.Destination> onMachine = destinations(v.matchDestinations());
		List<Campaign.Destination> onHuman = destinations(v.notMatchDestinations());
		return v.enableVMDetect() == null && onMachine == null && onHuman == null ? null
				: new Campaign.VoicemailDetection(v.enableVMDetect(), onMachine, onHuman);
	}

	/** Either shape of a destination [conflict]; none reported (or an empty list) is no list. */
	private static List<Campaign.Destination> destinations(List<AnsweredDestination> destinations) {
		return destinations == null || destinations.isEmpty() ? null : destinations.stream()
			.filter(Objects::nonNull)
			.map(d -> new Campaign.Destination(d.kind(), d.id(), d.order()))
			.toList();
	}
}
