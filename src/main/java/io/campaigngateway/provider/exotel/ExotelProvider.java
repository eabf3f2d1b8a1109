package io.campaigngateway.provider.exotel;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.PreparedCall;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import io.campaigngateway.provider.spi.ProviderClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exotel API v2 voice campaigns under {@code /v2/accounts/{sid}/campaigns}. A patch of the status and the
 * callbacks alone (what Exotel lets change at any time) is sent without reading: Exotel allows 30 requests a
 * minute, so the campaign is read only when Exotel refuses (409), to answer a status it already has as the success
 * it is (issue 31 point 5) or to say why it refused. Any other patch reads the campaign first ({@link ExotelUpdates}).
 */
final class ExotelProvider implements CampaignProvider {

	static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(ExotelEnvelope.PROVIDER,
			Set.of(Operation.CREATE, Operation.UPDATE, Operation.READ, Operation.LIST),
			List.of("name", "status", "callerId", "contacts.phoneNumber", "contactLists", "schedule.startAt",
					"schedule.endAt", "pacing.callsPerMinute", "retry", "message", "callFlowUrl", "callbacks",
					"allowDuplicateNumbers", "customField", "providerOptions"),
			ExotelFields.OPTION_NAMES, Set.of());

	/** Exotel's largest page [doc]; callers ask for at most 100. */
	static final int MAX_LIMIT = 500;

	/** Ids are documented as 32 hex; any URL-safe token is asked about, so an unforeseen form still reads. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final ProviderClient client;

	private final ExotelErrors errors = new ExotelErrors();

	private final String campaignsPath;

	private final ExotelEnvelope.Form form;

	private final Clock clock;

	ExotelProvider(ProviderClient client, String accountSid, ExotelEnvelope.Form form, Clock clock) {
		this.client = client;
		this.campaignsPath = "/v2/accounts/" + accountSid + "/campaigns";
		this.form = form;
		this.clock = clock;
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public List<FieldProblem> validate(Campaign campaign, CampaignPatch patch) {
		return ExotelRules.check(campaign, patch);
	}

	@Override
	public boolean acceptsId(String providerCampaignId) {
		return ID.matcher(providerCampaignId).matches();
	}

	@Override
	public PreparedCall prepareCreate(Campaign campaign) {
		OutboundRequest create = client.request("POST", campaignsPath, ExotelEnvelope.body(
				ExotelEnvelope.fields(ExotelMapper.createCampaign(campaign), campaign.providerOptions(), form), form));
		return new PreparedCall(List.of(create), () -> ExotelMapper.toCampaign(
				ExotelEnvelope.campaign(client.send(create, Operation.CREATE), errors, Operation.CREATE)));
	}

	@Override
	public PreparedCall prepareUpdate(String id, CampaignPatch patch) {
		if (!takesTurn(patch)) {
			OutboundRequest update = updateRequest(id, fields(ExotelMapper.updateCampaign(patch.values(), null)));
			return new PreparedCall(List.of(update), () -> new ExotelActions(this, id, patch).send(update));
		}
		OutboundRequest read = readRequest(id);
		ExotelApi.Campaign current = readCampaign(read);
		ExotelUpdates.Plan plan = ExotelUpdates.plan(patch, current, form, now());
		if (plan.fields().isEmpty()) {
			return new PreparedCall(List.of(read), () -> ExotelMapper.toCampaign(current));
		}
		OutboundRequest update = updateRequest(id, plan.fields());
		return new PreparedCall(List.of(read, update), () -> sendUpdate(update, refusal -> {
			throw ExotelConflicts.refused(refusal, current, plan.action(), plan.changed(), now());
		}));
	}

	/** The action and the callbacks go out as they are; anything else is checked against the campaign as read. */
	@Override
	public boolean takesTurn(CampaignPatch patch) {
		return !ExotelUpdates.ALWAYS_CHANGEABLE.containsAll(patch.document().propertyNames());
	}

	@Override
	public Campaign read(String id) {
		return ExotelMapper.toCampaign(readCampaign(readRequest(id)));
	}

	/**
	 * A page from the decimal offset {@code position}: {@code limit + 1} campaigns are asked for, so the extra one
	 * tells whether a next page exists; a {@code metadata.total} beyond this page says so too, should Exotel answer
	 * fewer than asked. Campaigns come in Exotel's order.
	 */
	@Override
	public CampaignPage list(String position, int limit) {
		int offset = CampaignPage.offset(position);
		int asked = Math.min(limit + 1, MAX_LIMIT);
		OutboundRequest request = client.request("GET", campaignsPath + "?offset=" + offset + "&limit=" + asked, null);
		var response = client.send(request, Operation.LIST);
		List<Campaign> campaigns = new ArrayList<>();
		int items = ExotelEnvelope.eachCampaign(response, errors, data -> {
			if (campaigns.size() < limit) {
				campaigns.add(ExotelMapper.toCampaign(data));
			}
		});
		Integer total = ExotelEnvelope.metadata(response).map(ExotelApi.Metadata::total).orElse(null);
		boolean more = items > campaigns.size() || total != null && offset + campaigns.size() < total;
		return new CampaignPage(campaigns, more && !campaigns.isEmpty() ? Integer.toString(offset + campaigns.size()) : null);
	}

	ExotelApi.Campaign readCampaign(OutboundRequest read) {
		return ExotelEnvelope.campaign(client.send(read, Operation.READ), errors, Operation.READ);
	}

	/** The update; Exotel's refusal of it in the campaign's state (409) is for {@code onConflict} to answer. */
	Campaign sendUpdate(OutboundRequest update, Function<GatewayException, Campaign> onConflict) {
		try {
			return ExotelMapper.toCampaign(ExotelEnvelope.campaign(client.send(update, Operation.UPDATE), errors,
					Operation.UPDATE));
		}
		catch (GatewayException refusal) {
			if (refusal.type() != ProblemType.CONFLICT) {
				throw refusal;
			}
			return onConflict.apply(refusal);
		}
	}

	OutboundRequest readRequest(String id) {
		return client.request("GET", campaignsPath + "/" + id, null);
	}

	OutboundRequest updateRequest(String id, ObjectNode fields) {
		return client.request("PUT", campaignsPath + "/" + id, ExotelEnvelope.body(fields, form));
	}

	ObjectNode fields(ExotelApi.Campaign campaign) {
		return ExotelEnvelope.fields(campaign, Map.of(), form);
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
