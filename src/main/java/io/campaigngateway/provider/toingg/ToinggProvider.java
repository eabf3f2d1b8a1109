package io.campaigngateway.provider.toingg;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.PreparedCall;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import io.campaigngateway.provider.spi.WireFormat;
import io.campaigngateway.provider.toingg.ToinggApi.CampaignModel;
import io.campaigngateway.provider.toingg.ToinggApi.CreateAnswer;
import io.campaigngateway.provider.toingg.ToinggApi.Envelope;
import io.campaigngateway.provider.toingg.ToinggApi.UpdateAnswer;
import io.campaigngateway.provider.toingg.ToinggApi.UpdateRequest;
import io.campaigngateway.provider.toingg.ToinggFields.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Toingg API v3: create, update, read and list AI voice-agent campaigns. Toingg has no get-one endpoint, so a read
 * pages through {@code get_campaigns}; its update carries the whole model, so an update reads the model, lays the
 * patch over it and sends it whole (read-modify-write: a PATCH never blanks untouched fields). The voice and language
 * a request sets are checked against Toingg's catalogues first, where they can be read.
 */
final class ToinggProvider implements CampaignProvider {

	static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities("toingg",
			Set.of(Operation.CREATE, Operation.UPDATE, Operation.READ, Operation.LIST),
			Stream.concat(ToinggFields.CARRIED.stream(), Stream.of("providerOptions")).toList(), ToinggFields.NAMES,
			Arrays.stream(ToinggCatalogue.values()).map(catalogue -> catalogue.name).collect(Collectors.toSet()));

	/** Toingg's ids are 24 hex characters (MongoDB ObjectIds); for any other id a read would page the list for nothing. */
	private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{24}");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final ProviderClient client;

	private final ToinggCampaigns campaigns;

	private final ToinggCatalogues catalogues;

	ToinggProvider(ProviderClient client, ToinggCatalogues catalogues) {
		this.client = client;
		this.campaigns = new ToinggCampaigns(client);
		this.catalogues = catalogues;
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public boolean acceptsId(String providerCampaignId) {
		return ID.matcher(providerCampaignId).matches();
	}

	@Override
	public List<FieldProblem> validate(Campaign c, CampaignPatch patch) {
		return ToinggRules.check(c, patch);
	}

	@Override
	public PreparedCall prepareCreate(Campaign campaign) {
		CampaignModel model = ToinggMapper.createModel(campaign);
		JsonNode body = MAPPER.valueToTree(model);
		checkCatalogues(body, spec -> true, campaign.providerOptions());
		OutboundRequest create = client.request("POST", "/create_campaign/", body);
		return new PreparedCall(List.of(create), () -> {
			ProviderResponse response = client.send(create, Operation.CREATE);
			if (!response.json() || !response.body().isObject()) {
				throw UpstreamProblems.garbage("toingg", response, "its answer has no result.campaignId");
			}
			CreateAnswer answer = WireFormat.read("toingg", response, response.body(), CreateAnswer.class);
			refuseOnFalse(response, answer);
			String id = answer.result() == null ? null : answer.result().campaignId();
			if (id == null || id.isBlank()) {
				throw UpstreamProblems.garbage("toingg", response, "its answer has no result.campaignId");
			}
			return ToinggMapper.toCampaign(id, model);
		});
	}

	/** Toingg's update carries the whole model: the patch is laid over the model as read. */
	@Override
	public PreparedCall prepareUpdate(String campId, CampaignPatch patch) {
		ToinggCampaigns.Found current = campaigns.find(campId);
		ToinggRules.checkCallingHours(current.model(), patch);
		UpdateRequest request = ToinggMapper.updateRequest(campId, current.model(), patch);
		JsonNode body = MAPPER.valueToTree(request);
		Map<String, Object> options = patch.values().providerOptions();
		checkCatalogues(body.get("campaignModelData"),
				spec -> patch.touches(spec.carries()) || options != null && options.containsKey(spec.name()), options);
		OutboundRequest update = client.request("POST", "/update_campaign", body);
		return new PreparedCall(List.of(current.request(), update), () -> {
			updated(client.send(update, Operation.UPDATE));
			return ToinggMapper.toCampaign(campId, request.campaignModelData());
		});
	}

	/** A voice or language Toingg does not offer is the caller's 422, before anything that changes is sent. */
	private void checkCatalogues(JsonNode model, Predicate<Spec> asked, Map<String, Object> options) {
		List<FieldProblem> problems = catalogues.check(model, asked,
				spec -> options != null && options.get(spec.name()) != null);
		if (!problems.isEmpty()) {
			throw GatewayException.invalid(CAPABILITIES.provider(), problems);
		}
	}

	@Override
	public Campaign read(String campId) {
		return ToinggMapper.toCampaign(campId, campaigns.find(campId).model());
	}

	@Override
	public CampaignPage list(String position, int limit) {
		return campaigns.list(position, limit);
	}

	@Override
	public Object catalogue(String name) {
		for (ToinggCatalogue catalogue : ToinggCatalogue.values()) {
			if (catalogue.name.equals(name)) {
				return catalogues.fetch(catalogue);
			}
		}
		return CampaignProvider.super.catalogue(name);
	}

	/** This connection's catalogues, as the check keeps them. */
	ToinggCatalogues catalogues() {
		return catalogues;
	}

	/** The seeds document the update's 200 as untyped ({@code "string"}): only an envelope saying {@code false} is a refusal. */
	private static void updated(ProviderResponse response) {
		if (!response.json()) {
			throw UpstreamProblems.garbage("toingg", response, "its answer is not JSON");
		}
		if (response.body().isObject()) {
			refuseOnFalse(response, WireFormat.read("toingg", response, response.body(), UpdateAnswer.class));
		}
	}

	/** Toingg may answer 200 with {@code "status": false}: that is a refusal, not a success. */
	private static void refuseOnFalse(ProviderResponse response, Envelope envelope) {
		if (envelope.refused()) {
			String message = envelope.message() == null || envelope.message().isContainer() ? null : envelope.message().asString();
			throw UpstreamProblems.byStatus("toingg", response, 422, message, List.of());
		}
	}
}
