package io.campaigngateway.service;

import java.util.List;

import io.campaigngateway.campaign.Campaign;

/** One page of a connection's campaigns, and the cursor of the next page (null after the last). */
public record CampaignList(List<Campaign> campaigns, String next) {
}
