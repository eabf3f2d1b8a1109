package io.campaigngateway.provider.voxo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.PatchedWindows;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.PreparedCall;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import io.campaigngateway.provider.spi.ProviderClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * VOXO API v2 call campaigns: create {@code POST {prefix}}, sparse update {@code PATCH {prefix}/{id}}, read
 * {@code GET {prefix}/{id}}, list {@code GET {prefix}} ({@link VoxoList}). Requests and answers are the typed
 * records of {@link VoxoApi}. VOXO's dates and times are local to the campaign's zone, and an update that needs
 * the campaign as it stands (see {@link #readsFirst}) reads it first.
 */
final class VoxoProvider implements CampaignProvider {

	private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

	static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities("voxo",
			Set.of(Operation.CREATE, Operation.UPDATE, Operation.READ, Operation.LIST),
			List.of("name", "status", "callerId", "contacts.phoneNumber", "contacts.name", "contacts.fields",
					"schedule.startAt", "schedule.endAt", "schedule.timezone", "schedule.callingHours.start",
					"schedule.callingHours.end", "pacing.secondsBetweenCalls", "recording",
					"voicemailDetection.enabled", "voicemailDetection.onMachine", "voicemailDetection.onHuman",
					"destinations", "message", "providerOptions"),
			VoxoFields.OPTION_NAMES, Set.of());

	private final ProviderClient client;

	private final VoxoSettings settings;

	private final VoxoList list;

	VoxoProvider(ProviderClient client, VoxoSettings settings) {
		this.client = client;
		this.settings = settings;
		this.list = new VoxoList(client, settings.pathPrefix());
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public List<FieldProblem> validate(Campaign campaign, CampaignPatch patch) {
		return VoxoRules.check(campaign, patch);
	}

	/** VOXO ids are numbers above 0. */
	@Override
	public boolean acceptsId(String providerCampaignId) {
		return ID.matcher(providerCampaignId).matches();
	}

	@Override
	public PreparedCall prepareCreate(Campaign campaign) {
		OutboundRequest create = client.request("POST", settings.pathPrefix(), body(
				VoxoMapper.createRequest(campaign, settings.tenantId(), settings.nationalNumbers()), campaign));
		return new PreparedCall(List.of(create), () -> send(create, Operation.CREATE));
	}

	@Override
	public PreparedCall prepareUpdate(String campaignId, CampaignPatch patch) {
		String zone = zone(patch);
		if (!readsFirst(patch)) {
			return update(campaignId, patch, zone, null, List.of());
		}
		OutboundRequest read = readRequest(campaignId);
		Campaign current = send(read, Operation.READ);
		Campaign.Schedule schedule = current.schedule() == null ? new Campaign.Schedule(null, null, null, null)
				: current.schedule();
		List<FieldProblem> problems = PatchedWindows.problems(patch, schedule, "voxo");
		if (!problems.isEmpty()) {
			throw GatewayException.invalid("voxo", problems);
		}
		if (zone == null && movesSchedule(patch) && schedule.timezone() == null) {
			throw GatewayException.invalid("voxo", List.of(new FieldProblem(
					"/schedule/timezone", "required", "the campaign has no time zone at voxo: send schedule.timezone")));
		}
		return update(campaignId, patch, zone == null ? schedule.timezone() : zone, schedule, List.of(read));
	}

	/** VOXO updates the fields it is sent; an update that reads sends the schedule again as it read it. */
	@Override
	public boolean takesTurn(CampaignPatch patch) {
		return patch.values().schedule() != null;
	}

	/**
	 * VOXO's dates and times are local to the campaign's zone, so the campaign is read first when a patch moves
	 * the schedule without naming a zone (to place it), names a new zone without moving both ends (to keep the
	 * instants it leaves), or moves one end of a window (to check it against the other).
	 */
	static boolean readsFirst(CampaignPatch patch) {
		Campaign.Schedule moved = patch.values().schedule();
		if (moved == null) {
			return false;
		}
		boolean movesBoth = moved.startAt() != null && moved.endAt() != null;
		return (moved.timezone() == null ? movesSchedule(patch) : !movesBoth) || PatchedWindows.movesOneEnd(patch);
	}

	private static boolean movesSchedule(CampaignPatch patch) {
		Campaign.Schedule moved = patch.values().schedule();
		return moved != null && (moved.startAt() != null || moved.endAt() != null);
	}

	private static String zone(CampaignPatch patch) {
		return patch.values().schedule() == null ? null : patch.values().schedule().timezone();
	}

	@Override
	public Campaign read(String campaignId) {
		return send(readRequest(campaignId), Operation.READ);
	}

	@Override
	public CampaignPage list(String position, int limit) {
		return list.list(position, limit);
	}

	/** A request record as JSON, with the caller's {@code providerOptions} merged last. */
	private static ObjectNode body(Record request, Campaign campaign) {
		return Json.mergeOptions((ObjectNode) Json.tree(request), campaign.providerOptions());
	}

	private PreparedCall update(String campaignId, CampaignPatch patch, String zone, Campaign.Schedule current,
			List<OutboundRequest> before) {
		OutboundRequest update = client.request("PATCH", settings.pathPrefix() + "/" + campaignId,
				body(VoxoMapper.updateRequest(patch, zone, settings.nationalNumbers(), current), patch.values()));
		List<OutboundRequest> requests = new ArrayList<>(before);
		requests.add(update);
		return new PreparedCall(requests, () -> send(update, Operation.UPDATE));
	}

	private OutboundRequest readRequest(String campaignId) {
		return client.request("GET", settings.pathPrefix() + "/" + campaignId, null);
	}

	/** VOXO answers with the campaign itself, not wrapped. */
	private Campaign send(OutboundRequest request, Operation operation) {
		return VoxoAnswers.toCampaign(VoxoAnswers.campaign(client.send(request, operation)));
	}
}
