package io.campaigngateway.provider.exotel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Issue 36: a page of an Exotel connection's campaigns from {@code GET …/campaigns?offset=&limit=}, through the
 * connection's real client (auth, permits, retries). One campaign more than the page is asked for, so the last
 * page needs no extra request; the exact requests are asserted.
 */
class ExotelListWireMockTests extends WireMockGatewayTest {

	private static final String PATH = "/v2/accounts/acme1/campaigns";

	/** Basic base64("exo-key-123:exo-token-456") */
	private static final String BASIC = "Basic ZXhvLWtleS0xMjM6ZXhvLXRva2VuLTQ1Ng==";

	@Autowired
	ConnectionRegistry registry;

	private CampaignProvider exotelAdapter() {
		return registry.require("exotel").adapter();
	}

	@Test
	void anExotelConnectionDeclaresItCanList() {
		assertThat(exotelAdapter().capabilities().operations()).contains(Operation.LIST);
	}

	@Test
	void theFirstPageAsksForOneMoreThanItShowsAndSaysWhereTheNextStarts() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=3")).willReturn(okJson(Fixtures.read("exotel/list-page.json"))));

		CampaignPage page = exotelAdapter().list(null, 2);

		assertThat(page.campaigns()).extracting(Campaign::providerCampaignId)
			.containsExactly("c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5", "c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4");
		assertThat(page.campaigns()).extracting(Campaign::status).containsExactly("active", "paused");
		assertThat(page.campaigns().get(1).retry()).isEqualTo(new Campaign.Retry(1, 15, "linear", java.util.List.of("busy")));
		assertThat(page.campaigns().get(0).createdAt()).isEqualTo("2026-11-25T10:00:00Z");
		assertThat(page.next()).isEqualTo("2");
		exotel.verify(1, getRequestedFor(urlEqualTo(PATH + "?offset=0&limit=3")).withHeader("Authorization", equalTo(BASIC)));
		assertThat(exotel.getAllServeEvents()).hasSize(1);
	}

	@Test
	void aMiddlePageStartsAtItsPosition() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=2&limit=3")).willReturn(okJson(Fixtures.read("exotel/list-page.json"))));

		CampaignPage page = exotelAdapter().list("2", 2);

		assertThat(page.campaigns()).hasSize(2);
		assertThat(page.next()).isEqualTo("4");
		exotel.verify(1, getRequestedFor(urlEqualTo(PATH + "?offset=2&limit=3")).withHeader("Authorization", equalTo(BASIC)));
	}

	@Test
	void theLastPageHasNoNext() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=4&limit=3")).willReturn(okJson(Fixtures.read("exotel/list-last-page.json"))));

		CampaignPage page = exotelAdapter().list("4", 2);

		assertThat(page.campaigns()).extracting(Campaign::name, Campaign::status).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Renewals one", "archived"));
		assertThat(page.next()).isNull();
		exotel.verify(1, getRequestedFor(urlEqualTo(PATH + "?offset=4&limit=3")).withHeader("Authorization", equalTo(BASIC)));
	}

	@Test
	void anEmptyConnectionIsOneEmptyPage() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=21")).willReturn(okJson("""
				{"request_id": "r", "method": "GET", "http_code": 200, "metadata": {"total": 0, "offset": 0, "limit": 21},
				 "response": []}""")));

		CampaignPage page = exotelAdapter().list(null, 20);

		assertThat(page.campaigns()).isEmpty();
		assertThat(page.next()).isNull();
		exotel.verify(1, getRequestedFor(urlEqualTo(PATH + "?offset=0&limit=21")).withHeader("Authorization", equalTo(BASIC)));
	}

	/** Should Exotel answer fewer than asked, its metadata.total still tells of the campaigns after them. */
	@Test
	void aShortPageWithMoreBeyondItContinuesAfterWhatItShowed() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=10&limit=6")).willReturn(okJson(Fixtures.read("exotel/list-page.json")
			.replace("\"total\": 5", "\"total\": 40"))));

		CampaignPage page = exotelAdapter().list("10", 5);

		assertThat(page.campaigns()).hasSize(3);
		assertThat(page.next()).isEqualTo("13");
	}

	@Test
	void readsTheAnswerWithoutMetadataAndWithOneItemOrNoneAsTheOnlyItem() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=3")).willReturn(okJson(Fixtures.read("exotel/list-page.json")
			.replaceAll("\"metadata\": \\{[^}]*\\},", ""))));
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=5")).willReturn(okJson("""
				{"http_code": 200, "response": {"code": 200, "status": "success", "data": {"id": "c1", "name": "Only one"}}}""")));
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=7")).willReturn(okJson("{\"http_code\": 200}")));

		assertThat(exotelAdapter().list(null, 2).next()).isEqualTo("2");
		assertThat(exotelAdapter().list(null, 4).campaigns()).extracting(Campaign::name).containsExactly("Only one");
		assertThat(exotelAdapter().list(null, 6).campaigns()).isEmpty();
	}

	@Test
	void aFailureItemInsideASuccessfulListIsTheFailureItSays() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=3")).willReturn(okJson(Fixtures.read("exotel/list-failure-item.json"))));

		assertThatThrownBy(() -> exotelAdapter().list(null, 2)).isInstanceOfSatisfying(GatewayException.class, failed -> {
			assertThat(failed.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
			assertThat(failed.detail()).isEqualTo("exotel answered 500: Could not load campaign c4c4c4c4");
		});
	}

	@Test
	void aNumberThatWouldBeBentIsABadGatewayNamingTheField() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=3")).willReturn(okJson(Fixtures.read("exotel/list-page.json")
			.replace("\"interval_mins\": 15", "\"interval_mins\": 15.5"))));

		assertThatThrownBy(() -> exotelAdapter().list(null, 2)).isInstanceOfSatisfying(GatewayException.class, failed -> {
			assertThat(failed.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
			assertThat(failed.detail()).contains("'data.retries.interval_mins'");
		});
	}

	@Test
	void aPageIsRetriedLikeARead() {
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=3")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
		exotel.stubFor(get(urlEqualTo(PATH + "?offset=0&limit=3")).inScenario("flaky").whenScenarioStateIs("ok")
			.willReturn(okJson(Fixtures.read("exotel/list-page.json"))));

		assertThat(exotelAdapter().list(null, 2).campaigns()).hasSize(2);
		exotel.verify(2, getRequestedFor(urlEqualTo(PATH + "?offset=0&limit=3")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-2", "two", "02", "2;3" })
	void aPositionItCannotHaveWrittenIsRefusedWithoutARequest(String position) {
		assertThatThrownBy(() -> exotelAdapter().list(position, 2)).isInstanceOfSatisfying(GatewayException.class,
				refused -> assertThat(refused.type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
		assertThat(exotel.getAllServeEvents()).isEmpty();
	}
}
