package io.campaigngateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignId;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.CampaignReader;
import io.campaigngateway.campaign.CampaignRules;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import tools.jackson.databind.JsonNode;

/**
 * Reads a request's body, routes it to its connection and checks it against the rules every campaign obeys, the
 * fields the connection's provider carries and the provider's own rules: every problem in one answer, before
 * anything is sent.
 */
final class CampaignChecks {

	private static final Set<String> NOT_PROVIDER_FIELDS = Set.of("connection");

	private final ConnectionRegistry registry;

	private final CampaignReader reader;

	CampaignChecks(ConnectionRegistry registry, CampaignReader reader) {
		this.registry = registry;
		this.reader = reader;
	}

	record Routed<T>(Connection connection, T value) {
	}

	Routed<Campaign> create(JsonNode body, Caller caller) {
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
	 * A patch that passed every check ({@code readsCurrent} false), or whose only problems are values an update
	 * cannot set (a contact's custom fields at a provider that takes them on create only, say): those are checked
	 * again against the campaign as read, where a value it already has is no change.
	 */
	record Checked(Connection connection, CampaignPatch patch, boolean readsCurrent) {
	}

	/** The patch to send, given the campaign as read (null when {@code readsCurrent} is false). */
	CampaignPatch changes(Checked checked, Campaign current) {
		if (!checked.readsCurrent()) {
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

	Checked update(CampaignId id, JsonNode body, Caller caller) {
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
			return new Checked(connection, patch, false);
		}
		if (problems.stream().allMatch(problem -> FieldProblem.UNSUPPORTED_ON_UPDATE.equals(problem.code()))) {
			return new Checked(connection, patch, true);
		}
		throw GatewayException.invalid(connection.provider(), problems);
	}

	Connection route(CampaignId id, Caller caller) {
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
}
