package io.campaigngateway.provider.voxo;

import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.provider.voxo.VoxoApi.CampaignNumber;
import io.campaigngateway.provider.voxo.VoxoApi.CreateCampaignRequest;
import io.campaigngateway.provider.voxo.VoxoApi.Destination;
import io.campaigngateway.provider.voxo.VoxoApi.UpdateCampaignRequest;

/**
 * Pure translation of the normalized campaign into VOXO's requests (seed 002); {@link VoxoAnswers} reads VOXO's
 * answers back. VOXO's update is sparse, so an update carries exactly the fields the patch touches. Dates and
 * times are local to the campaign's {@code timezone}; the instant the caller gave is kept across daylight-saving
 * changes.
 */
final class VoxoMapper {

	private VoxoMapper() {
	}

	/** {@code POST {prefix}}: every field the caller gave, with {@code tenantId} and {@code tech}. */
	static CreateCampaignRequest createRequest(Campaign c, long tenantId, boolean nationalNumbers) {
		Campaign.Schedule s = c.schedule();
		String zone = s == null ? null : s.timezone();
		return new CreateCampaignRequest(tenantId, fields(c, "VOICE", zone, nationalNumbers,
				s == null ? null : s.startAt(), s == null ? null : s.endAt()));
	}

	/**
	 * {@code PATCH {prefix}/{id}}: only what the patch touches; {@code zone} is the campaign's time zone after it.
	 * A new zone alone would move the schedule, its dates and times being local to the zone: the instants the
	 * patch leaves are sent again in the new zone, from {@code current} (the schedule as read, or null).
	 */
	static UpdateCampaignRequest updateRequest(CampaignPatch patch, String zone, boolean nationalNumbers,
			Campaign.Schedule current) {
		Campaign.Schedule moved = patch.values().schedule();
		boolean newZone = current != null && moved != null && moved.timezone() != null
				&& !moved.timezone().equals(current.timezone());
		String startAt = moved == null ? null : moved.startAt();
		String endAt = moved == null ? null : moved.endAt();
		return fields(patch.values(), null, zone, nationalNumbers,
				startAt == null && newZone ? current.startAt() : startAt, endAt == null && newZone ? current.endAt() : endAt);
	}

	private static UpdateCampaignRequest fields(Campaign c, String tech, String zone, boolean nationalNumbers,
			String startAt, String endAt) {
		Campaign.Schedule s = c.schedule();
		Campaign.CallingHours hours = s == null ? null : s.callingHours();
		Campaign.VoicemailDetection vm = c.voicemailDetection();
		return new UpdateCampaignRequest(tech, c.name(), state(c.status()),
				VoxoTimes.date(startAt, zone), VoxoTimes.time(startAt, zone),
				VoxoTimes.date(endAt, zone), VoxoTimes.time(endAt, zone),
				c.callerId() == null ? null : VoxoNumbers.northAmericanDigits(c.callerId()).orElse(c.callerId()),
				c.recording() == null ? null : c.recording() ? "yes" : "no",
				c.message(),
				c.contacts() == null ? null : c.contacts().stream().map(contact -> number(contact, nationalNumbers)).toList(),
				destinations(c.destinations()),
				s == null ? null : s.timezone(),
				c.pacing() == null ? null : c.pacing().secondsBetweenCalls(),
				vm == null ? null : destinations(vm.onMachine()),
				vm == null ? null : destinations(vm.onHuman()),
				vm == null || vm.enabled() == null ? null : vm.enabled() ? "1" : "0",
				hours == null ? null : hours.start(),
				hours == null ? null : hours.end());
	}

	private static String state(String status) {
		return status == null ? null : "paused".equals(status) ? "PAUSED" : "READY";
	}

	/** A contact's number as the caller gave it (E.164), or its ten digits with {@code number-format: national}. */
	private static CampaignNumber number(Campaign.Contact contact, boolean nationalNumbers) {
		String phone = contact.phoneNumber();
		String number = nationalNumbers ? VoxoNumbers.northAmericanDigits(phone).orElse(phone) : phone;
		Map<String, String> fields = contact.fields() == null ? Map.of() : contact.fields();
		String[] custom = VoxoFields.CUSTOM_FIELDS.stream().map(fields::get).toArray(String[]::new);
		return new CampaignNumber(number, contact.name(), null, custom[0], custom[1], custom[2], custom[3], custom[4],
				custom[5], custom[6], custom[7], custom[8]);
	}

	/** Requests carry {@code {id, type, order}}, {@code order} where the caller gave one. */
	private static List<Destination> destinations(List<Campaign.Destination> destinations) {
		return destinations == null ? null
				: destinations.stream().map(d -> new Destination(d.id(), d.type(), d.order())).toList();
	}
}
