package io.campaigngateway.provider.voxo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import io.campaigngateway.provider.spi.WireFormat;
import io.campaigngateway.provider.voxo.VoxoApi.CallCampaign;
import io.campaigngateway.provider.voxo.VoxoApi.CampaignsPage;
import tools.jackson.databind.JsonNode;

/**
 * A page of the connection's campaigns: {@code GET {prefix}?$limit=&$skip=&$sort[id]=-1}. All of it is inferred
 * from VOXO being built on FeathersJS [inferred]: the answer is a Feathers page {@code {total, limit, skip, data}},
 * or the bare array of a service with pagination off; {@code $limit}/{@code $skip} page it; {@code $sort[id]=-1}
 * asks for the newest first (ids grow). The position is the offset ({@code $skip}) of the next page, in decimal.
 */
final class VoxoList {

	/** Only what {@link #list} writes: an offset above 0 (that a long holds). */
	private final ProviderClient client;

	private final String pathPrefix;

	VoxoList(ProviderClient client, String pathPrefix) {
		this.client = client;
		this.pathPrefix = pathPrefix;
	}

	CampaignPage list(String position, int limit) {
		int skip = CampaignPage.offset(position);
		// one more than asked: whether a next page exists, without an empty extra request
		ProviderResponse response = client.send(client.request("GET",
				pathPrefix + "?$limit=" + (limit + 1) + "&$skip=" + skip + "&$sort%5Bid%5D=-1", null), Operation.LIST);
		CampaignsPage page = page(response);
		if (page.skip() != null && page.skip() != skip) {
			throw UpstreamProblems.garbage("voxo", response, "its page starts at " + page.skip() + ", not at " + skip);
		}
		List<CallCampaign> data = page.data() == null ? List.of() : page.data();
		List<Campaign> campaigns = new ArrayList<>();
		for (int i = 0; i < Math.min(limit, data.size()); i++) {
			CallCampaign campaign = VoxoAnswers.identified(response, data.get(i), "its campaign data[" + i + "]");
			campaigns.add(VoxoAnswers.toCampaign(campaign));
		}
		return new CampaignPage(campaigns, more(page, skip, limit) ? String.valueOf(skip + campaigns.size()) : null);
	}

	/**
	 * Whether campaigns follow this page. More than {@code limit} came: yes. Fewer than asked may be a server
	 * that caps {@code $limit} (Feathers' {@code paginate.max}), which then says so in its page: its {@code total}
	 * decides, else a page as full as its own {@code limit}. A bare array comes from a service without
	 * pagination, which has no cap: fewer than asked is the end.
	 */
	private static boolean more(CampaignsPage page, long skip, int limit) {
		int returned = page.data() == null ? 0 : page.data().size();
		if (returned > limit) {
			return true;
		}
		if (returned == 0) {
			return false;
		}
		if (page.total() != null) {
			return skip + returned < page.total();
		}
		return page.limit() != null && returned >= page.limit();
	}

	/** A Feathers page, or a bare array of campaigns; anything else is a 502. */
	private static CampaignsPage page(ProviderResponse response) {
		JsonNode body = response.bodyOrEmpty();
		if (response.json() && body.isArray()) {
			CallCampaign[] all = WireFormat.read("voxo", response, body, CallCampaign[].class);
			return new CampaignsPage(null, null, null, Arrays.asList(all));
		}
		if (!response.json() || !body.isObject() || !body.path("data").isArray()) {
			throw UpstreamProblems.garbage("voxo", response, "its answer is neither a page of campaigns nor a list");
		}
		return WireFormat.read("voxo", response, body, CampaignsPage.class);
	}
}
