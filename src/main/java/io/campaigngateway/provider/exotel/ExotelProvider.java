package io.campaigngateway.provider.exotel;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.PreparedCall;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import io.campaigngateway.provider.spi.EarlierAttempts;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exotel API v2 voice campaigns under {@code /v2/accounts/{sid}/campaigns}. Once {@code send_at} has passed
 * Exotel lets only the action and the callbacks change: a patch of anything else reads the campaign first and
 * answers 409 naming the locked fields, the same answer as when Exotel itself refuses.
 */
final class ExotelProvider implements CampaignProvider {

	static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities("exotel",
			Set.of(Operation.CREATE, Operation.UPDATE, Operation.READ),
			List.of("name", "status", "callerId", "contacts.phoneNumber", "contactLists", "schedule.startAt",
					"schedule.endAt", "pacing.callsPerMinute", "retry", "message", "callFlowUrl", "callbacks",
					"allowDuplicateNumbers", "customField", "providerOptions"),
			Set.of("from", "lists", "caller_id", "url", "name", "type", "campaign_type", "call_duplicate_numbers",
					"retries", "schedule", "mode", "throttle", "read_via_text", "call_status_callback",
					"call_schedule_callback", "status_callback", "custom_field"),
			Set.of());

	/** Ids are documented as 32 hex; any URL-safe token is asked about, so an unforeseen form still reads. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** What Exotel still lets change after send_at (seed 003). */
	private static final Set<String> ALWAYS_CHANGEABLE = Set.of("status", "callbacks");

	private final ProviderClient client;

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
		OutboundRequest create = client.request("POST", campaignsPath,
				ExotelEnvelope.body(ExotelMapper.createCampaign(campaign), form));
		return new PreparedCall(List.of(create),
				() -> ExotelMapper.toCampaign(data(client.send(create, Operation.CREATE), Operation.CREATE)));
	}

	/** Anything but the action and the callbacks is checked against the campaign as read, and completed from it. */
	@Override
	public PreparedCall prepareUpdate(String id, CampaignPatch patch) {
		List<String> locked = lockable(patch);
		if (locked.isEmpty()) {
			OutboundRequest update = updateRequest(id, ExotelMapper.updateCampaign(patch.values(), null));
			return new PreparedCall(List.of(update), () -> sendUpdate(id, update, patch, locked));
		}
		OutboundRequest read = readRequest(id);
		JsonNode current = data(client.send(read, Operation.READ), Operation.READ);
		if (started(Json.text(current.path("schedule"), "send_at"))) {
			throw locked(new GatewayException(ProblemType.CONFLICT, "The campaign can no longer change",
					"exotel lets only status and callbacks change once schedule.send_at has passed"), locked);
		}
		ObjectNode campaign = ExotelMapper.updateCampaign(patch.values(), current);
		List<FieldProblem> problems = ExotelRules.checkCompleted(campaign, patch);
		if (!problems.isEmpty()) {
			throw GatewayException.invalid(CAPABILITIES.provider(), problems);
		}
		OutboundRequest update = updateRequest(id, campaign);
		return new PreparedCall(List.of(read, update), () -> sendUpdate(id, update, patch, locked));
	}

	private OutboundRequest updateRequest(String id, ObjectNode campaign) {
		return client.request("PUT", campaignsPath + "/" + id, ExotelEnvelope.body(campaign, form));
	}

	private Campaign sendUpdate(String id, OutboundRequest update, CampaignPatch patch, List<String> locked) {
		EarlierAttempts earlier = new EarlierAttempts();
		// only a patch of the status alone: the campaign as read cannot show whether other fields changed
		String status = patch.document().size() == 1 ? patch.values().status() : null;
		try {
			return ExotelMapper.toCampaign(data(client.send(update, Operation.UPDATE, earlier), Operation.UPDATE));
		}
		catch (GatewayException ex) {
			if (ex.type() != ProblemType.CONFLICT) {
				throw ex;
			}
			if (status != null && earlier.mayHaveTakenEffect()) {
				JsonNode already = alreadyThere(id, status);
				if (already != null) {
					return ExotelMapper.toCampaign(already);
				}
			}
			throw locked(ex, locked);
		}
	}

	/**
	 * Exotel refuses an action that would lead where the campaign already is (a second {@code pause}); refused on
	 * a retry, the earlier attempt may be what got it there. The campaign as read then answers if it has the
	 * status asked for; otherwise, or if it cannot be read, null (the refusal stands).
	 */
	private JsonNode alreadyThere(String id, String status) {
		try {
			JsonNode campaign = data(client.send(readRequest(id), Operation.READ), Operation.READ);
			return status.equals(ExotelMapper.status(Json.text(campaign, "status"))) ? campaign : null;
		}
		catch (GatewayException unreadable) {
			return null;
		}
	}

	@Override
	public Campaign read(String id) {
		return ExotelMapper.toCampaign(data(client.send(readRequest(id), Operation.READ), Operation.READ));
	}

	private OutboundRequest readRequest(String id) {
		return client.request("GET", campaignsPath + "/" + id, null);
	}

	/** A campaign without send_at started when it was created. */
	private boolean started(String sendAt) {
		return ExotelMapper.instant(sendAt).map(at -> !at.isAfter(OffsetDateTime.now(clock))).orElse(true);
	}

	/** The pointers of the patch's fields that Exotel locks once the campaign has started. */
	private static List<String> lockable(CampaignPatch patch) {
		List<String> pointers = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : patch.document().properties()) {
			if (!ALWAYS_CHANGEABLE.contains(property.getKey())) {
				pointers.add(FieldProblem.pointer(property.getKey()));
			}
		}
		return pointers;
	}

	private static GatewayException locked(GatewayException conflict, List<String> pointers) {
		List<FieldProblem> errors = new ArrayList<>(conflict.errors());
		pointers.forEach(pointer -> errors.add(new FieldProblem(pointer, "locked",
				"cannot change once the campaign has started (schedule.startAt has passed)")));
		return new GatewayException(ProblemType.CONFLICT, conflict.title(), conflict.detail(), errors,
				conflict.upstream(), null);
	}

	/** {@code response[0].data}; a failure item inside a 2xx answer is still a failure. */
	private static JsonNode data(ProviderResponse response, Operation operation) {
		JsonNode item = ExotelEnvelope.item(response.bodyOrEmpty());
		if (ExotelEnvelope.isFailure(item)) {
			throw new ExotelErrors().classify(response, operation);
		}
		JsonNode data = item == null ? null : item.get("data");
		if (data == null || !data.isObject() || Json.text(data, "id") == null) {
			throw UpstreamProblems.garbage("exotel", response, "its answer has no response[0].data.id");
		}
		return data;
	}
}
