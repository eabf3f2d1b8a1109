package io.campaigngateway.campaign;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The provider SPI: one instance serves one connection. The gateway has already checked the body's shape,
 * the rules every campaign obeys and the fields this provider carries before any method here is called.
 */
public interface CampaignProvider {

	ProviderCapabilities capabilities();

	/** The provider's own rules for a create ({@code patch} null) or an update; empty when all hold. */
	List<FieldProblem> validate(Campaign campaign, CampaignPatch patch);

	/** Whether a provider campaign id can exist at all; when not, the gateway answers 404 without a call. */
	default boolean acceptsId(String providerCampaignId) {
		return true;
	}

	Mono<PreparedCall> prepareCreate(Campaign campaign);

	Mono<PreparedCall> prepareUpdate(String providerCampaignId, CampaignPatch patch);

	/**
	 * Whether this update is built from the campaign as read (read-modify-write); such updates of a campaign run
	 * one at a time (see {@link #takesTurn}), so concurrent ones cannot undo each other.
	 */
	default boolean readsBeforeUpdate(CampaignPatch patch) {
		return false;
	}

	/**
	 * Whether this update takes its turn with the campaign's read-modify-write updates: those, and any update of
	 * fields that such an update may send again as it read them (it would otherwise undo this one).
	 */
	default boolean takesTurn(CampaignPatch patch) {
		return readsBeforeUpdate(patch);
	}

	Mono<Campaign> read(String providerCampaignId);

	/** A list the provider offers to help callers fill fields in (voices, languages, …). */
	default Mono<Object> catalogue(String name) {
		return Mono.error(GatewayException.notFound(capabilities().provider() + " has no catalogue named " + name));
	}
}
