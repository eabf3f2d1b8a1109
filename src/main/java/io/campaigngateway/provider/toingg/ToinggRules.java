package io.campaigngateway.provider.toingg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.PatchedWindows;
import io.campaigngateway.provider.toingg.ToinggApi.CampaignModel;
import io.campaigngateway.provider.toingg.ToinggFields.OptionType;
import io.campaigngateway.provider.toingg.ToinggFields.Spec;

/** Toingg's own rules for a campaign, checked before anything is sent: required fields, and options of Toingg's types. */
final class ToinggRules {

	private ToinggRules() {
	}

	/** The problems of a create ({@code patch} null) or an update; empty when all hold. */
	static List<FieldProblem> check(Campaign c, CampaignPatch patch) {
		List<FieldProblem> problems = new ArrayList<>();
		CampaignModel asked = ToinggMapper.model(c);
		for (Spec spec : ToinggFields.REQUIRED) {
			boolean missing = spec.valueIn(asked) == null && (patch == null || patch.touches(spec.carries()));
			if (missing) {
				problems.add(new FieldProblem(spec.pointer(), "required",
						patch == null ? "is required by toingg" : "cannot be cleared: toingg requires it"));
			}
		}
		Map<String, Object> options = c.providerOptions();
		if (options != null) {
			ToinggFields.REQUIRED.stream()
				.filter(spec -> options.containsKey(spec.name()) && options.get(spec.name()) == null)
				.forEach(spec -> problems.add(new FieldProblem("/providerOptions/" + spec.name(), "required",
						patch == null ? "must not be null: toingg requires it" : "cannot be cleared: toingg requires it")));
			options.forEach((name, value) -> ToinggFields.named(name).ifPresent(spec -> {
				// an undocumented name is refused as such by the service, not also for its type
				OptionType type = spec.optionType();
				if (value != null && !type.accepts().test(value)) {
					problems.add(new FieldProblem("/providerOptions/" + name, "type", "must be " + type.description()));
				}
			}));
		}
		return problems;
	}

	/** Calling hours a patch names one end of are completed from the model's calendar: their window is checked first. */
	static void checkCallingHours(CampaignModel model, CampaignPatch patch) {
		if (!patch.touches("schedule.callingHours")) {
			return;
		}
		Campaign.CallingHours hours = ToinggCalendar.read(model.calendar());
		List<FieldProblem> problems = PatchedWindows.problems(patch, new Campaign.Schedule(null, null, null, hours), "toingg");
		if (!problems.isEmpty()) {
			throw GatewayException.invalid("toingg", problems);
		}
	}
}
