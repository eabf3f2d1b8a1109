package io.campaigngateway.provider.exotel;

import java.util.List;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.OutboundRequest;

/**
 * A patch of the status and the callbacks alone, sent without reading the campaign (one request of Exotel's 30 a
 * minute). Exotel refuses (409) an action that leads where the campaign already is ("Cannot resume a campaign
 * that is Created", a second pause, or a first one that took effect before a retry); only then is the campaign
 * read. Already in the status asked for, the patch is the success it is (issue 31 point 5): the campaign as read
 * answers, after the callbacks, if any, are sent again without the action. Otherwise the refusal says why.
 */
final class ExotelActions {

	private final ExotelProvider provider;

	private final String id;

	private final CampaignPatch patch;

	ExotelActions(ExotelProvider provider, String id, CampaignPatch patch) {
		this.provider = provider;
		this.id = id;
		this.patch = patch;
	}

	Campaign send(OutboundRequest update) {
		return provider.sendUpdate(update, refusal -> {
			String status = patch.values().status();
			ExotelLifecycle action = status == null ? null : ExotelLifecycle.leadingTo(status).orElse(null);
			ExotelApi.Campaign current = action == null ? null : readOrNull();
			if (current != null && status.equals(ExotelLifecycle.status(current.status()))) {
				return patch.touches("callbacks") ? callbacksAlone(current) : ExotelMapper.toCampaign(current);
			}
			throw ExotelConflicts.refused(refusal, current, action, callbacks(), provider.now());
		});
	}

	private Campaign callbacksAlone(ExotelApi.Campaign current) {
		OutboundRequest update = provider.updateRequest(id,
				provider.fields(ExotelMapper.updateCampaign(patch.values(), null).withAction(null)));
		return provider.sendUpdate(update, refusal -> {
			throw ExotelConflicts.refused(refusal, current, null, callbacks(), provider.now());
		});
	}

	private List<String> callbacks() {
		return patch.touches("callbacks") ? List.of("/callbacks") : List.of();
	}

	/** The campaign as read, or null when it cannot be read: the refusal then stands as Exotel gave it. */
	private ExotelApi.Campaign readOrNull() {
		try {
			return provider.readCampaign(provider.readRequest(id));
		}
		catch (GatewayException unreadable) {
			return null;
		}
	}
}
