package io.campaigngateway.service;

import io.campaigngateway.provider.spi.CampaignProvider;

/** One configured account at one provider, and the adapter that speaks to it. */
public record Connection(String name, String provider, boolean sandbox, CampaignProvider adapter) {

	@Override
	public String toString() {
		return "Connection[" + name + ", " + provider + (sandbox ? ", sandbox" : "") + "]";
	}
}
