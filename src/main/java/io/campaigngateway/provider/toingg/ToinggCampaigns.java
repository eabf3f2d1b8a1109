package io.campaigngateway.provider.toingg;

import java.util.List;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.toingg.ToinggApi.CampaignModel;

/**
 * Toingg's campaign list, {@code GET /get_campaigns?skip=&limit=&sort=-1} (newest first), in the one paging
 * translation that both reading one campaign (Toingg has no get-one endpoint) and listing use. A list position is
 * the decimal {@code skip} of the next page.
 */
final class ToinggCampaigns {

	/** How many a read asks for at a time, and how far back it searches. */
	private static final int SEARCH_PAGE = 100;

	private static final int SEARCH_PAGES = 50;

	/** The skips this adapter writes: a positive decimal without leading zeros, as {@link Integer#toString} writes it. */
	private final ProviderClient client;

	ToinggCampaigns(ProviderClient client) {
		this.client = client;
	}

	OutboundRequest pageRequest(int skip, int limit) {
		return client.request("GET", "/get_campaigns?skip=" + skip + "&limit=" + limit + "&sort=-1", null);
	}

	private ToinggCampaignList page(int skip, int limit, Operation operation) {
		return ToinggCampaignList.of(client.send(pageRequest(skip, limit), operation));
	}

	/** Up to {@code limit} campaigns from {@code position}; one more is asked for, to know whether a next page exists. */
	CampaignPage list(String position, int limit) {
		int skip = CampaignPage.offset(position);
		ToinggCampaignList page = page(skip, limit + 1, Operation.LIST);
		List<Campaign> campaigns = page.models().entrySet().stream()
			.limit(limit)
			.map(entry -> ToinggMapper.toCampaign(entry.getKey(), entry.getValue()))
			.toList();
		return new CampaignPage(campaigns, page.entries() > limit ? Integer.toString(skip + limit) : null);
	}

	/** Pages through the list, newest first, until the campaign is found or the list or the search ends. */
	Found find(String campId) {
		for (int page = 0;; page++) {
			int skip = page * SEARCH_PAGE;
			ToinggCampaignList list = page(skip, SEARCH_PAGE, Operation.READ);
			if (list.has(campId)) {
				return new Found(pageRequest(skip, SEARCH_PAGE), list.model(campId));
			}
			if (list.entries() < SEARCH_PAGE) {
				throw GatewayException.notFound("toingg has no campaign '" + campId + "'");
			}
			if (page + 1 >= SEARCH_PAGES) {
				throw GatewayException.notFound("toingg lists no campaign '" + campId + "' among its newest "
						+ SEARCH_PAGE * SEARCH_PAGES + "; the gateway searches no further back");
			}
		}
	}

	/** A campaign's model, and the request of the page it was found on. */
	record Found(OutboundRequest request, CampaignModel model) {
	}
}
