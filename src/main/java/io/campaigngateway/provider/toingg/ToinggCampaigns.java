package io.campaigngateway.provider.toingg;


import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.toingg.ToinggApi.CampaignModel;

/**
 * Toingg's campaign list, {@code GET /get_campaigns?skip=&limit=&sort=-1} (newest first), paged through to read one
 * campaign: Toingg has no get-one endpoint.
 */
final class ToinggCampaigns {

	/** How many a read asks for at a time, and how far back it searches. */
	static final int SEARCH_PAGE = 100;

	static final int SEARCH_PAGES = 50;

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
