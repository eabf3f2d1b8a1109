package io.campaigngateway.service;

import java.util.List;
import java.util.function.Predicate;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignId;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.CampaignReader;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.PreparedCall;
import tools.jackson.databind.JsonNode;

/**
 * Decides what happens to a campaign request once {@link CampaignChecks} has read, checked and routed it: shows
 * the provider calls (dry run) or makes them, an update built from the campaign as read in the campaign's turn.
 */
public final class CampaignService {

	public static final int MIN_LIMIT = 1;

	public static final int MAX_LIMIT = 100;

	public static final int DEFAULT_LIMIT = 20;

	private final ConnectionRegistry registry;

	private final CampaignChecks checks;

	private final UpdateTurns turns;

	public CampaignService(ConnectionRegistry registry, CampaignReader reader, UpdateTurns turns) {
		this.registry = registry;
		this.checks = new CampaignChecks(registry, reader);
		this.turns = turns;
	}

	public Campaign create(JsonNode body, Caller caller) {
		CampaignChecks.Routed<Campaign> routed = checks.create(body, caller);
		Campaign created = routed.connection().adapter().prepareCreate(routed.value()).send().get();
		return identify(created, routed.connection());
	}

	public DryRun planCreate(JsonNode body, Caller caller) {
		CampaignChecks.Routed<Campaign> routed = checks.create(body, caller);
		return dryRun(routed.connection(), routed.connection().adapter().prepareCreate(routed.value()));
	}

	/**
	 * Changes the campaign; with a {@code precondition} (a PATCH's If-Match), only if the campaign as read now
	 * meets it. An update that reads the campaign first (here or in the adapter) takes the campaign's turn for the
	 * read and the change, so no update that could be undone comes between; a blind one (a rename) goes at once.
	 */
	public Campaign update(String id, JsonNode body, Caller caller, Predicate<Campaign> precondition) {
		CampaignId campaignId = CampaignId.parse(id);
		CampaignChecks.Checked checked = checks.update(campaignId, body, caller);
		Connection connection = checked.connection();
		if (checked.patch().isEmpty() && precondition == null) {
			return read(campaignId, connection);
		}
		if (precondition == null && !checked.readsCurrent() && !connection.adapter().takesTurn(checked.patch())) {
			PreparedCall call = connection.adapter().prepareUpdate(campaignId.providerCampaignId(), checked.patch());
			return identify(call.send().get(), connection);
		}
		return turns.inTurn(campaignId.toString(), turn -> {
			Campaign current = precondition != null || checked.readsCurrent() ? read(campaignId, connection) : null;
			if (precondition != null && !precondition.test(current)) {
				throw GatewayException.preconditionFailed("The campaign is no longer as it was read: read it again"
						+ " (GET /campaigns/" + campaignId + ") and send its new ETag in If-Match");
			}
			CampaignPatch patch = checks.changes(checked, current);
			if (patch.isEmpty()) {
				return current;
			}
			PreparedCall call = connection.adapter().prepareUpdate(campaignId.providerCampaignId(), patch);
			turn.confirm();
			return identify(call.send().get(), connection);
		});
	}

	public DryRun planUpdate(String id, JsonNode body, Caller caller) {
		CampaignId campaignId = CampaignId.parse(id);
		CampaignChecks.Checked checked = checks.update(campaignId, body, caller);
		Connection connection = checked.connection();
		CampaignPatch patch = checks.changes(checked, checked.readsCurrent() ? read(campaignId, connection) : null);
		if (patch.isEmpty()) {
			return new DryRun(connection.name(), connection.provider(), List.of());
		}
		return dryRun(connection, connection.adapter().prepareUpdate(campaignId.providerCampaignId(), patch));
	}

	public Campaign read(String id, Caller caller) {
		CampaignId campaignId = CampaignId.parse(id);
		return read(campaignId, checks.route(campaignId, caller));
	}

	/** Up to {@code limit} campaigns of a connection, from the page a cursor of an earlier list names (null: the first). */
	public CampaignList list(String connectionName, int limit, String cursor, Caller caller) {
		if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
			throw listProblem("limit must be between " + MIN_LIMIT + " and " + MAX_LIMIT);
		}
		if (connectionName == null || connectionName.isBlank()) {
			throw listProblem("connection is required: the name of a configured connection");
		}
		Connection connection = registry.find(connectionName)
			.orElseThrow(() -> listProblem("connection: no connection named '" + connectionName + "' is configured"));
		caller.checkMayUse(connection.name());
		if (!connection.adapter().capabilities().operations().contains(Operation.LIST)) {
			throw listProblem("connection: " + connection.provider() + " cannot list its campaigns");
		}
		String position = cursor == null ? null : ListCursor.read(cursor, connection.name());
		CampaignPage page = connection.adapter().list(position, limit);
		return new CampaignList(page.campaigns().stream().map(campaign -> identify(campaign, connection)).toList(),
				page.next() == null ? null : ListCursor.write(connection.name(), page.next()));
	}

	private static GatewayException listProblem(String message) {
		return GatewayException.invalid(null, List.of(new FieldProblem(null, "parameter", message)));
	}

	private static Campaign read(CampaignId id, Connection connection) {
		return identify(connection.adapter().read(id.providerCampaignId()), connection);
	}

	private static Campaign identify(Campaign campaign, Connection connection) {
		return campaign.identifiedAs(connection.name(), connection.provider(), campaign.providerCampaignId());
	}

	private static DryRun dryRun(Connection connection, PreparedCall call) {
		return new DryRun(connection.name(), connection.provider(), call.requests());
	}
}
