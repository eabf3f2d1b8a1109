package io.campaigngateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignId;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.CampaignReader;
import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.PreparedCall;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import tools.jackson.databind.JsonNode;

/**
 * Decides what happens to a campaign request: reads and checks the body, routes it to its connection, and
 * either shows the provider calls (dry run) or makes them.
 */
public final class CampaignService {

	private static final Set<String> NOT_PROVIDER_FIELDS = Set.of("connection");

	/**
	 * The problem codes that say a value cannot be set by an update, whatever it is: sent as the campaign already
	 * has it (a campaign read back and sent back), it is no change, so no problem.
	 */
	private static final Set<String> NOT_ON_UPDATE = Set.of(FieldProblem.UNSUPPORTED_ON_UPDATE);

	public static final int MIN_LIMIT = 1;

	public static final int MAX_LIMIT = 100;

	public static final int DEFAULT_LIMIT = 20;

	private final ConnectionRegistry registry;

	private final CampaignReader reader;

	private final UpdateTurns turns;

	public CampaignService(ConnectionRegistry registry, CampaignReader reader, UpdateTurns turns) {
		this.registry = registry;
		this.reader = reader;
		this.turns = turns;
	}

	public Campaign create(JsonNode body, Caller caller) {
		Routed<Campaign> routed = checkCreate(body, caller);
		Campaign created = routed.connection().adapter().prepareCreate(routed.value()).send().get();
		return identify(created, routed.connection());
	}

	public DryRun planCreate(JsonNode body, Caller caller) {
		Routed<Campaign> routed = checkCreate(body, caller);
		return dryRun(routed.connection(), routed.connection().adapter().prepareCreate(routed.value()));
	}

	/**
	 * Changes the campaign in its turn; with a {@code precondition} (a PATCH's If-Match), only if the campaign as
	 * read now meets it. The read, the check and the change take one turn, so no other update comes between.
	 */
	public Campaign update(String id, JsonNode body, Caller caller, Predicate<Campaign> precondition) {
		CampaignId campaignId = CampaignId.parse(id);
		Checked checked = checkUpdate(campaignId, body, caller);
		Connection connection = checked.connection();
		if (checked.patch().isEmpty() && precondition == null) {
			return read(campaignId, connection);
		}
		return turns.inTurn(campaignId.toString(), turn -> {
			Campaign current = precondition != null || checked.unchangedOnly() != null ? read(campaignId, connection) : null;
			if (precondition != null && !precondition.test(current)) {
				throw GatewayException.preconditionFailed("The campaign is no longer as it was read: read it again"
						+ " (GET /campaigns/" + campaignId + ") and send its new ETag in If-Match");
			}
			CampaignPatch patch = changes(checked, current);
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
		Checked checked = checkUpdate(campaignId, body, caller);
		Connection connection = checked.connection();
		CampaignPatch patch = changes(checked, checked.unchangedOnly() == null ? null : read(campaignId, connection));
		if (patch.isEmpty()) {
			return new DryRun(connection.name(), connection.provider(), List.of());
		}
		return dryRun(connection, connection.adapter().prepareUpdate(campaignId.providerCampaignId(), patch));
	}

	public Campaign read(String id, Caller caller) {
		CampaignId campaignId = CampaignId.parse(id);
		return read(campaignId, route(campaignId, caller));
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

	private record Routed<T>(Connection connection, T value) {
	}

	private Routed<Campaign> checkCreate(JsonNode body, Caller caller) {
		CampaignReader.Document document = reader.read(body);
		Campaign campaign = document.campaign();
		List<FieldProblem> problems = new ArrayList<>(document.unknownFields());
		if (campaign.connection() == null) {
			problems.add(new FieldProblem("/connection", "required", "is required: the name of a configured connection"));
			throw GatewayException.invalid(null, withRules(problems, campaign));
		}
		Connection connection = registry.find(campaign.connection()).orElse(null);
		if (connection == null) {
			problems.add(new FieldProblem("/connection", "unknown-connection",
					"no connection named '" + campaign.connection() + "' is configured"));
			throw GatewayException.invalid(null, withRules(problems, campaign));
		}
		caller.checkMayUse(connection.name());
		if (connection.adapter().capabilities().supportedFields().dropEmpty(document.node(), NOT_PROVIDER_FIELDS, true)) {
			document = reader.retyped(document);
			campaign = document.campaign();
		}
		problems.addAll(providerProblems(connection, document, campaign, null));
		if (!problems.isEmpty()) {
			throw GatewayException.invalid(connection.provider(), problems);
		}
		return new Routed<>(connection, campaign);
	}

	/**
	 * A patch that passed every check ({@code unchangedOnly} null), or whose only problems are values an update
	 * cannot set (a contact's custom fields at a provider that takes them on create only, say): those are checked
	 * again against the campaign as read, where a value it already has is no change.
	 */
	private record Checked(Connection connection, CampaignPatch patch, List<FieldProblem> unchangedOnly) {
	}

	/** The patch to send, given the campaign as read (null: not read, which a patch that passed does not need). */
	private CampaignPatch changes(Checked checked, Campaign current) {
		if (checked.unchangedOnly() == null) {
			return checked.patch();
		}
		CampaignPatch changes = reader.withoutUnchanged(checked.patch(), current);
		List<FieldProblem> problems = providerProblems(checked.connection(),
				new CampaignReader.Document(changes.document(), changes.values(), List.of()), changes.values(), changes);
		if (!problems.isEmpty()) {
			throw GatewayException.invalid(checked.connection().provider(), problems);
		}
		return changes;
	}

	private Checked checkUpdate(CampaignId id, JsonNode body, Caller caller) {
		Connection connection = route(id, caller);
		CampaignReader.Document document = reader.read(body);
		List<FieldProblem> problems = new ArrayList<>(document.unknownFields());
		JsonNode connectionField = document.node().remove("connection");
		// the same name again is harmless; another name, or a null (a merge patch's "remove"), would be a change
		if (connectionField != null && (connectionField.isNull() || !id.connection().equals(connectionField.asString()))) {
			problems.add(new FieldProblem("/connection", "immutable", "cannot change: the campaign lives at '" + id.connection() + "'"));
		}
		if (connection.adapter().capabilities().supportedFields().dropEmpty(document.node(), NOT_PROVIDER_FIELDS, false)) {
			document = reader.retyped(document);
		}
		CampaignPatch patch = new CampaignPatch(document.node(), document.campaign());
		problems.addAll(providerProblems(connection, document, document.campaign(), patch));
		if (problems.isEmpty()) {
			return new Checked(connection, patch, null);
		}
		if (problems.stream().allMatch(problem -> NOT_ON_UPDATE.contains(problem.code()))) {
			return new Checked(connection, patch, problems);
		}
		throw GatewayException.invalid(connection.provider(), problems);
	}

	private Connection route(CampaignId id, Caller caller) {
		Connection connection = registry.require(id.connection());
		caller.checkMayUse(connection.name());
		if (!connection.adapter().acceptsId(id.providerCampaignId())) {
			throw GatewayException.notFound("No campaign '" + id.providerCampaignId() + "' can exist at " + connection.provider());
		}
		return connection;
	}

	private static List<FieldProblem> providerProblems(Connection connection, CampaignReader.Document document,
			Campaign campaign, CampaignPatch patch) {
		ProviderCapabilities capabilities = connection.adapter().capabilities();
		List<FieldProblem> unsupported = capabilities.supportedFields().unsupportedIn(document.node(), NOT_PROVIDER_FIELDS);
		List<FieldProblem> problems = new ArrayList<>(unsupported);
		if (campaign.providerOptions() != null) {
			for (String option : campaign.providerOptions().keySet()) {
				if (!capabilities.optionNames().contains(option)) {
					problems.add(new FieldProblem("/providerOptions" + FieldProblem.pointer(option), "unknown-option",
							"'" + option + "' is not a documented " + capabilities.provider() + " field"));
				}
			}
		}
		List<FieldProblem> rules = new ArrayList<>(CampaignRules.check(campaign, patch == null));
		rules.addAll(connection.adapter().validate(campaign, patch));
		for (FieldProblem rule : rules) {
			boolean alreadyUnsupported = unsupported.stream().anyMatch(u -> rule.pointer().startsWith(u.pointer()));
			if (!alreadyUnsupported && !problems.contains(rule)) {
				problems.add(rule);
			}
		}
		return problems;
	}

	private static List<FieldProblem> withRules(List<FieldProblem> problems, Campaign campaign) {
		problems.addAll(CampaignRules.check(campaign));
		return problems;
	}

	private static Campaign identify(Campaign campaign, Connection connection) {
		return campaign.identifiedAs(connection.name(), connection.provider(), campaign.providerCampaignId());
	}

	private static DryRun dryRun(Connection connection, PreparedCall call) {
		return new DryRun(connection.name(), connection.provider(), call.requests());
	}

}
