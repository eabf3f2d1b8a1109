package io.campaigngateway.provider.spi;

import java.util.List;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;

/**
 * The provider SPI: one instance serves one connection. The gateway has already checked the body's shape,
 * the rules every campaign obeys and the fields this provider carries before any method here is called. Calls
 * block the request's (virtual) thread while the provider answers.
 */
public interface CampaignProvider {

	ProviderCapabilities capabilities();

	/** The provider's own rules for a create ({@code patch} null) or an update; empty when all hold. */
	List<FieldProblem> validate(Campaign campaign, CampaignPatch patch);

	/** Whether a provider campaign id can exist at all; when not, the gateway answers 404 without a call. */
	default boolean acceptsId(String providerCampaignId) {
		return true;
	}

	PreparedCall prepareCreate(Campaign campaign);

	/** The update of a campaign, which may read it first (then {@link #takesTurn} says so). */
	PreparedCall prepareUpdate(String providerCampaignId, CampaignPatch patch);

	/**
	 * Whether this update waits for the campaign's earlier updates: one built from the campaign as read (it would
	 * undo a change that landed after its read), and one of fields such an update sends again as it read them.
	 * The rest — a field the provider changes on its own, like a rename — go out at once, however many there are.
	 * True unless a provider knows better.
	 */
	default boolean takesTurn(CampaignPatch patch) {
		return true;
	}

	Campaign read(String providerCampaignId);

	/**
	 * Up to {@code limit} of the connection's campaigns from {@code position} (null: the first page; otherwise a
	 * {@link CampaignPage#next} this provider gave), each in the normalized shape with its provider id. A position
	 * this provider cannot have written is {@link CampaignPage#unreadablePosition}. Called only when the
	 * capabilities declare {@link Operation#LIST}.
	 */
	default CampaignPage list(String position, int limit) {
		throw new UnsupportedOperationException(capabilities().provider() + " declares no list");
	}

	/** A list the provider offers to help callers fill fields in (voices, languages, …). */
	default Object catalogue(String name) {
		throw GatewayException.notFound(capabilities().provider() + " has no catalogue named " + name);
	}
}
