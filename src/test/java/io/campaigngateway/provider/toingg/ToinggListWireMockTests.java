package io.campaigngateway.provider.toingg;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Listing a Toingg connection's campaigns (issue 36): one {@code get_campaigns} request per page, asking for one
 * more than the page holds, the position being Toingg's own {@code skip}.
 */
class ToinggListWireMockTests extends WireMockGatewayTest {

	@Autowired
	ConnectionRegistry registry;

	private CampaignProvider adapter() {
		return registry.require("toingg").adapter();
	}

	/** An array-shaped page of campaigns numbered {@code from} to {@code to}, newest (highest) first. */
	private static String arrayPage(int from, int to) {
		return IntStream.iterate(to, i -> i >= from, i -> i - 1)
			.mapToObj(i -> "{\"campId\": \"%024x\", \"campaignModelData\": {\"title\": \"Campaign %d\", \"voice\": \"Meera\"}}"
				.formatted(i, i))
			.collect(Collectors.joining(",", "{\"status\": true, \"message\": \"Campaigns fetched\", \"result\": [", "]}"));
	}

	private void answers(String url, String body) {
		toingg.stubFor(get(urlEqualTo(url)).willReturn(okJson(body)));
	}

	@Test
	void theFirstPageAsksForOneMoreThanTheLimitNewestFirst() {
		answers("/get_campaigns?skip=0&limit=3&sort=-1", arrayPage(3, 5));

		CampaignPage page = adapter().list(null, 2);

		assertThat(page.campaigns()).extracting(Campaign::name).containsExactly("Campaign 5", "Campaign 4");
		assertThat(page.campaigns()).extracting(Campaign::providerCampaignId)
			.containsExactly("000000000000000000000005", "000000000000000000000004");
		assertThat(page.campaigns().get(0).agent().voice()).isEqualTo("Meera");
		assertThat(page.next()).isEqualTo("2");
		toingg.verify(1, getRequestedFor(urlEqualTo("/get_campaigns?skip=0&limit=3&sort=-1"))
			.withHeader("Authorization", equalTo("Bearer tg-test-token-1")));
		toingg.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void aMiddlePageStartsAtTheSkipThePreviousPageGave() {
		answers("/get_campaigns?skip=2&limit=3&sort=-1", arrayPage(1, 3));

		CampaignPage page = adapter().list("2", 2);

		assertThat(page.campaigns()).extracting(Campaign::name).containsExactly("Campaign 3", "Campaign 2");
		assertThat(page.next()).isEqualTo("4");
		toingg.verify(1, getRequestedFor(urlEqualTo("/get_campaigns?skip=2&limit=3&sort=-1"))
			.withHeader("Authorization", equalTo("Bearer tg-test-token-1")));
	}

	@Test
	void theLastPageHasNoNext() {
		answers("/get_campaigns?skip=4&limit=3&sort=-1", arrayPage(1, 1));

		CampaignPage page = adapter().list("4", 2);

		assertThat(page.campaigns()).extracting(Campaign::name).containsExactly("Campaign 1");
		assertThat(page.next()).isNull();
		toingg.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void aPageExactlyFullHasNoNextWhenNothingFollows() {
		answers("/get_campaigns?skip=0&limit=3&sort=-1", arrayPage(1, 2));

		CampaignPage page = adapter().list(null, 2);

		assertThat(page.campaigns()).hasSize(2);
		assertThat(page.next()).isNull();
	}

	@Test
	void anEmptyConnectionListsNothingInEitherShape() {
		answers("/get_campaigns?skip=0&limit=21&sort=-1", "{\"status\": true, \"message\": \"Campaigns fetched\", \"result\": []}");
		CampaignPage array = adapter().list(null, 20);
		answers("/get_campaigns?skip=0&limit=21&sort=-1", "{\"status\": true, \"result\": {}}");
		CampaignPage keyed = adapter().list(null, 20);

		assertThat(array.campaigns()).isEmpty();
		assertThat(array.next()).isNull();
		assertThat(keyed.campaigns()).isEmpty();
		assertThat(keyed.next()).isNull();
	}

	@Test
	void theKeyedShapeListsInToinggsOrder() {
		answers("/get_campaigns?skip=0&limit=2&sort=-1", """
				{"status": true, "result": {
				  "bbbbbbbbbbbbbbbbbbbbbbbb": {"title": "Newer", "calendar": "9:30AM to 6PM IST"},
				  "aaaaaaaaaaaaaaaaaaaaaaaa": {"title": "Older", "systemPrompt": "be brief"}}}""");

		CampaignPage page = adapter().list(null, 1);

		assertThat(page.campaigns()).extracting(Campaign::providerCampaignId).containsExactly("bbbbbbbbbbbbbbbbbbbbbbbb");
		assertThat(page.campaigns().get(0).schedule().callingHours().start()).isEqualTo("09:30");
		assertThat(page.next()).isEqualTo("1");
	}

	@Test
	void entriesWithAMongoIdOrTheModelBesideTheIdAreRead() {
		answers("/get_campaigns?skip=0&limit=4&sort=-1", """
				{"status": true, "result": [
				  {"_id": "cccccccccccccccccccccccc", "campaignModelData": {"title": "By _id"}},
				  {"campId": "dddddddddddddddddddddddd", "title": "Flat", "language": "hindi"},
				  {"_id": "eeeeeeeeeeeeeeeeeeeeeeee", "title": "Flat by _id"}]}""");

		CampaignPage page = adapter().list(null, 3);

		assertThat(page.campaigns()).extracting(Campaign::providerCampaignId)
			.containsExactly("cccccccccccccccccccccccc", "dddddddddddddddddddddddd", "eeeeeeeeeeeeeeeeeeeeeeee");
		assertThat(page.campaigns()).extracting(Campaign::name).containsExactly("By _id", "Flat", "Flat by _id");
		assertThat(page.campaigns().get(1).agent().language()).isEqualTo("hindi");
		assertThat(page.campaigns().get(1).providerOptions()).as("the ids are not model fields").isNull();
	}

	@Test
	void listedCampaignsHaveTheShapeOfARead() {
		answers("/get_campaigns?skip=0&limit=3&sort=-1", Fixtures.read("toingg/campaigns-array.json"));
		toingg.stubFor(get(urlEqualTo("/get_campaigns?skip=0&limit=100&sort=-1"))
			.willReturn(okJson(Fixtures.read("toingg/campaigns-array.json"))));

		Campaign listed = adapter().list(null, 2).campaigns().get(1);
		Campaign read = adapter().read("668bd4e8a620ac9172c8d08b");

		assertThat(listed).isEqualTo(read);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-2", "007", "2.5", "1e3", "9999999999", " 2" })
	void aPositionTheAdapterCannotHaveWrittenIsRefusedWithoutACall(String position) {
		assertThatThrownBy(() -> adapter().list(position, 2)).isInstanceOfSatisfying(GatewayException.class,
				ex -> assertThat(ex.type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
		toingg.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aNumberTheModelCannotHoldIsAnUpstreamErrorNamingTheField() {
		answers("/get_campaigns?skip=0&limit=3&sort=-1", """
				{"status": true, "result": [{"campId": "aaaaaaaaaaaaaaaaaaaaaaaa", "campaignModelData": {"maxCallTimeout": 30.5}}]}""");

		assertThatThrownBy(() -> adapter().list(null, 2)).isInstanceOfSatisfying(GatewayException.class, ex -> {
			assertThat(ex.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
			assertThat(ex.getMessage()).contains("aaaaaaaaaaaaaaaaaaaaaaaa.maxCallTimeout");
		});
	}

	@Test
	void aPageThatIsNotAListIsAnUpstreamError() {
		answers("/get_campaigns?skip=0&limit=3&sort=-1", "{\"status\": true, \"result\": \"none\"}");

		assertThatThrownBy(() -> adapter().list(null, 2)).isInstanceOfSatisfying(GatewayException.class,
				ex -> assertThat(ex.type()).isEqualTo(ProblemType.UPSTREAM_ERROR));
	}

	@Test
	void aListingIsRetriedLikeARead() {
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).inScenario("flaky").whenScenarioStateIs("up")
			.willReturn(okJson(arrayPage(1, 1))));

		assertThat(adapter().list(null, 2).campaigns()).hasSize(1);
		toingg.verify(2, getRequestedFor(urlEqualTo("/get_campaigns?skip=0&limit=3&sort=-1")));
	}

	@Test
	void listIsAmongTheOperations() {
		assertThat(adapter().capabilities().operations()).contains(Operation.LIST);
	}

	@Test
	void theSameCampaignsAreNeitherMissedNorRepeatedAcrossPages() {
		for (int skip = 0; skip < 7; skip += 3) {
			int newest = 7 - skip;
			answers("/get_campaigns?skip=%d&limit=4&sort=-1".formatted(skip), arrayPage(Math.max(1, newest - 3), newest));
		}
		List<String> names = new java.util.ArrayList<>();
		String position = null;
		do {
			CampaignPage page = adapter().list(position, 3);
			page.campaigns().forEach(c -> names.add(c.name()));
			position = page.next();
		}
		while (position != null);

		assertThat(names).containsExactly("Campaign 7", "Campaign 6", "Campaign 5", "Campaign 4", "Campaign 3",
				"Campaign 2", "Campaign 1");
		toingg.verify(3, getRequestedFor(urlPathEqualTo("/get_campaigns")));
	}
}
