package io.campaigngateway.provider.exotel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.MergePatches;
import io.campaigngateway.provider.spi.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an update sends, once the campaign has been read: only what the patch changes (a value equal to the
 * campaign's, as a caller sends back a campaign it just read, is no change), the action only when the status is
 * not already the one asked for, and {@code schedule} and {@code retries} whole. Once the campaign has started
 * Exotel lets only the action and the callbacks change (seed 003): changing anything else is refused here, with
 * the instant that decided it, before anything is sent.
 */
final class ExotelUpdates {

	/** The fields to send (empty: nothing changes), the action among them, and the caller's fields that change. */
	record Plan(ObjectNode fields, ExotelLifecycle action, List<String> changed) {
	}

	/** What Exotel lets change at any time (seed 003), as the caller names it. */
	static final Set<String> ALWAYS_CHANGEABLE = Set.of("status", "callbacks");

	/** Reads the patch's changed fields back into a campaign: their names are the Campaign's own, never typed here. */
	private static final JsonMapper CAMPAIGNS = JsonMapper.builder().build();

	private ExotelUpdates() {
	}

	static Plan plan(CampaignPatch patch, ExotelApi.Campaign current, ExotelEnvelope.Form form, OffsetDateTime now) {
		JsonNode asRead = Json.tree(ExotelMapper.toCampaign(current));
		// a value equal to the campaign's is no change; the status is decided on its own below
		List<String> keys = new ArrayList<>(MergePatches.changes(patch.document(), asRead).propertyNames());
		keys.remove("status");
		List<String> changed = keys.stream().map(FieldProblem::pointer).toList();
		List<String> locked = locked(changed);
		Optional<String> started = locked.isEmpty() ? Optional.empty() : ExotelConflicts.started(current, now);
		if (started.isPresent()) {
			throw ExotelConflicts.locked(locked, started.get());
		}
		String status = patch.values().status();
		if (status != null && !status.equals(asRead.path("status").asString(null))) {
			keys.add("status");
		}
		ObjectNode values = (ObjectNode) Json.tree(patch.values());
		values.retain(keys);
		Campaign change = CAMPAIGNS.treeToValue(values, Campaign.class);
		ExotelApi.Campaign campaign = ExotelMapper.updateCampaign(change, current);
		List<FieldProblem> problems = ExotelRules.checkCompleted(campaign, patch);
		if (!problems.isEmpty()) {
			throw GatewayException.invalid(ExotelEnvelope.PROVIDER, problems);
		}
		ExotelLifecycle action = change.status() == null ? null : ExotelLifecycle.leadingTo(change.status()).orElse(null);
		return new Plan(ExotelEnvelope.fields(campaign, change.providerOptions(), form), action, changed);
	}

	/** Of the caller's changed fields (pointers), those Exotel no longer lets change once the campaign has started. */
	static List<String> locked(List<String> changed) {
		return changed.stream().filter(pointer -> !ALWAYS_CHANGEABLE.contains(pointer.substring(1))).toList();
	}
}
