package io.campaigngateway.support;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.campaign.CampaignReader;
import tools.jackson.databind.json.JsonMapper;

/** Campaigns and patches from JSON text, read the way the gateway reads callers' bodies. */
public final class Campaigns {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final CampaignReader READER = new CampaignReader(MAPPER);

	private Campaigns() {
	}

	public static Campaign campaign(String json) {
		return READER.read(MAPPER.readTree(json)).campaign();
	}

	public static CampaignPatch patch(String json) {
		CampaignReader.Document document = READER.read(MAPPER.readTree(json));
		return new CampaignPatch(document.node(), document.campaign());
	}
}
