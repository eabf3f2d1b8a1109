package io.campaigngateway.provider.voxo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.PhoneNumbers;

/** VOXO's own rules (seed 002), checked before anything is sent. */
final class VoxoRules {

	private VoxoRules() {
	}

	static List<FieldProblem> check(Campaign c, CampaignPatch patch) {
		List<FieldProblem> problems = new ArrayList<>();
		if (patch == null) {
			required(problems, c.name(), "/name");
			required(problems, c.callerId(), "/callerId");
			required(problems, c.contacts() == null || c.contacts().isEmpty() ? null : c.contacts(), "/contacts");
			Campaign.Schedule s = c.schedule();
			required(problems, s == null ? null : s.startAt(), "/schedule/startAt");
			required(problems, s == null ? null : s.endAt(), "/schedule/endAt");
			required(problems, s == null ? null : s.timezone(), "/schedule/timezone");
		}
		else {
			patch.clearedPointers().forEach(pointer -> problems.add(new FieldProblem(pointer, "not-clearable",
					"voxo cannot clear a field: send a new value instead")));
		}
		if (c.name() != null && c.name().length() < 3) {
			problems.add(new FieldProblem("/name", "min-length", "must be at least 3 characters for voxo"));
		}
		if (c.status() != null && !"active".equals(c.status()) && !"paused".equals(c.status())) {
			problems.add(new FieldProblem("/status", "unsupported-value", "voxo campaigns can only be active or paused"));
		}
		if (c.callerId() != null && PhoneNumbers.isE164(c.callerId())
				&& VoxoNumbers.northAmericanDigits(c.callerId()).isEmpty()) {
			problems.add(new FieldProblem("/callerId", "pattern", "must be a North American (+1) number for voxo"));
		}
		if (c.contacts() != null) {
			for (int i = 0; i < c.contacts().size(); i++) {
				Map<String, String> fields = c.contacts().get(i).fields();
				if (fields == null) {
					continue;
				}
				if (patch != null) {
					// VOXO's update takes numbers as {number, description, disposition}; field1 … field9 only on create
					problems.add(new FieldProblem("/contacts/" + i + "/fields", FieldProblem.UNSUPPORTED_ON_UPDATE,
							"voxo takes a contact's custom fields only when the campaign is created"));
					continue;
				}
				for (String key : fields.keySet()) {
					if (!VoxoFields.CUSTOM_FIELDS.contains(key)) {
						problems.add(new FieldProblem("/contacts/" + i + "/fields" + FieldProblem.pointer(key),
								"unsupported", "voxo carries custom fields only as field1 … field9"));
					}
				}
			}
		}
		return problems;
	}

	private static void required(List<FieldProblem> problems, Object value, String pointer) {
		if (value == null) {
			problems.add(new FieldProblem(pointer, "required", "is required by voxo to create a campaign"));
		}
	}
}
