package io.campaigngateway.provider.exotel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
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
		List<String> keys = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : patch.document().properties()) {
			if (!"status".equals(property.getKey()) && changes(asRead.get(property.getKey()), property.getValue())) {
				keys.add(property.getKey());
			}
		}
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

	/** Whether merging {@code patch} into the campaign's value (RFC 7396) gives another value. */
	static boolean changes(JsonNode current, JsonNode patch) {
		return !same(Json.mergePatch(current, patch), current);
	}

	/** Equal JSON, where date-times are equal as instants and an empty object is no value. */
	private static boolean same(JsonNode a, JsonNode b) {
		if (absent(a) || absent(b)) {
			return absent(a) && absent(b);
		}
		if (a.isString() && b.isString()) {
			return a.asString().equals(b.asString()) || sameInstant(a.asString(), b.asString());
		}
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		if (a.isArray() && b.isArray()) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (!same(a.get(i), b.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (a.isObject() && b.isObject()) {
			return sameProperties(a, b) && sameProperties(b, a);
		}
		return a.equals(b);
	}

	private static boolean sameProperties(JsonNode a, JsonNode b) {
		for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext();) {
			Map.Entry<String, JsonNode> property = it.next();
			if (!same(property.getValue(), b.get(property.getKey()))) {
				return false;
			}
		}
		return true;
	}

	private static boolean absent(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode() || node.isObject() && node.isEmpty();
	}

	private static boolean sameInstant(String a, String b) {
		var at = CampaignRules.dateTime(a);
		var bt = CampaignRules.dateTime(b);
		return at.isPresent() && bt.isPresent() && at.get().isEqual(bt.get());
	}
}
