package io.campaigngateway.provider.toingg;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 31 point 11: Toingg's voices and languages checked before the call, through the connection's client,
 * fetched once and kept; when they cannot be read, Toingg judges the request. Each test starts with nothing known.
 */
class ToinggCatalogueWireMockTests extends WireMockGatewayTest {

	private static final String ID = "668bd4e8a620ac9172c8d08b";

	private static final String CREATED = "{\"status\": true, \"result\": {\"campaignId\": \"%s\"}}".formatted(ID);

	@Autowired
	ConnectionRegistry registry;

	@BeforeEach
	@AfterEach
	void nothingKnown() {
		((ToinggProvider) registry.require("toingg").adapter()).catalogues().forget();
	}

	private void offersMeeraAndAarav() {
		toingg.stubFor(get("/get_supported_voices").willReturn(okJson("{\"status\": true, \"result\": {\"voice\": [\"Meera\", \"Aarav\"]}}")));
		toingg.stubFor(get("/get_supported_languages").willReturn(okJson("{\"status\": true, \"result\": {\"languages\": [\"english\", \"hindi\"]}}")));
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED)));
	}

	private static String create(String voice, String language) {
		return ToinggWireMockTests.CREATE.replace("\"voice\": \"Meera\"", "\"voice\": \"" + voice + "\"")
			.replace("\"language\": \"english\"", "\"language\": \"" + language + "\"");
	}

	@Test
	void anUnknownVoiceIsAValidationProblemOnAgentVoiceListingTheVoicesAndNothingIsCreated() {
		offersMeeraAndAarav();

		Answer answer = gateway.post("/campaigns", create("Zed", "english"));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.type()).endsWith("/validation");
		assertThat(answer.pointers()).containsExactly("/agent/voice");
		assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("Meera, Aarav");
		toingg.verify(0, postRequestedFor(urlPathEqualTo("/create_campaign/")));
		toingg.verify(getRequestedFor(urlEqualTo("/get_supported_voices"))
			.withHeader("Authorization", equalTo("Bearer tg-test-token-1")));
	}

	@Test
	void anUnknownLanguageIsOnAgentLanguageAndBothAreNamedInOneAnswer() {
		offersMeeraAndAarav();

		Answer answer = gateway.post("/campaigns", create("Zed", "klingon"));

		assertThat(answer.pointers()).containsExactly("/agent/voice", "/agent/language");
		assertThat(answer.json().path("errors").get(1).path("message").asString()).contains("english, hindi");
	}

	@Test
	void aVoiceGivenThroughProviderOptionsIsCheckedWhereItWasGiven() {
		offersMeeraAndAarav();

		Answer answer = gateway.post("/campaigns", ToinggWireMockTests.CREATE.replace("\"flowName\": \"renewals\"",
				"\"flowName\": \"renewals\", \"voice\": \"Zed\""));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).containsExactly("/providerOptions/voice");
	}

	@Test
	void theCataloguesAreFetchedOnceForManyRequests() {
		offersMeeraAndAarav();

		for (int i = 0; i < 3; i++) {
			assertThat(gateway.post("/campaigns", ToinggWireMockTests.CREATE).status()).isEqualTo(201);
		}
		assertThat(gateway.post("/campaigns", create("Zed", "english")).status()).isEqualTo(422);

		toingg.verify(1, getRequestedFor(urlEqualTo("/get_supported_voices")));
		toingg.verify(1, getRequestedFor(urlEqualTo("/get_supported_languages")));
		toingg.verify(3, postRequestedFor(urlEqualTo("/create_campaign/")));
	}

	@Test
	void whenTheCatalogueCannotBeReadTheCreateStillGoesOutAndToinggJudgesIt() {
		toingg.stubFor(get("/get_supported_voices").willReturn(aResponse().withStatus(500).withBody("boom")));
		toingg.stubFor(get("/get_supported_languages").willReturn(aResponse().withStatus(500).withBody("boom")));
		toingg.stubFor(post("/create_campaign/").willReturn(okJson(CREATED)));

		Answer first = gateway.post("/campaigns", create("Zed", "english"));
		Answer second = gateway.post("/campaigns", create("Zed", "english"));

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		toingg.verify(2, postRequestedFor(urlEqualTo("/create_campaign/")));
		toingg.verify(1, getRequestedFor(urlEqualTo("/get_supported_voices")));
		toingg.verify(0, getRequestedFor(urlEqualTo("/get_supported_languages")));
	}

	@Test
	void aDryRunGivesTheSame422ARealCreateWouldAndChangesNothing() {
		offersMeeraAndAarav();

		Answer planned = gateway.post("/campaigns?dryRun=true", create("Zed", "english"));
		Answer real = gateway.post("/campaigns", create("Zed", "english"));

		assertThat(planned.status()).isEqualTo(422);
		assertThat(planned.json().path("errors")).isEqualTo(real.json().path("errors"));
		toingg.verify(0, postRequestedFor(urlPathEqualTo("/create_campaign/")));
	}

	@Test
	void aPatchOfTheVoiceIsCheckedBeforeTheUpdateAndAPatchOfAnythingElseFetchesNoCatalogue() {
		offersMeeraAndAarav();
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json"))));
		toingg.stubFor(post("/update_campaign").willReturn(okJson("{\"status\": true, \"result\": {}}")));

		Answer renamed = gateway.patch("/campaigns/toingg:" + ID, "{\"name\": \"Renamed\"}");
		Answer revoiced = gateway.patch("/campaigns/toingg:" + ID, "{\"agent\": {\"voice\": \"Zed\"}}");

		assertThat(renamed.status()).isEqualTo(200);
		assertThat(revoiced.status()).isEqualTo(422);
		assertThat(revoiced.pointers()).containsExactly("/agent/voice");
		toingg.verify(1, postRequestedFor(urlEqualTo("/update_campaign")));
		toingg.verify(1, getRequestedFor(urlEqualTo("/get_supported_voices")));
		toingg.verify(0, getRequestedFor(urlEqualTo("/get_supported_languages")));
	}

	@Test
	void aVoiceJustListedToTheCallerIsNotRefused() {
		offersMeeraAndAarav();
		assertThat(gateway.post("/campaigns", ToinggWireMockTests.CREATE).status()).isEqualTo(201);
		toingg.stubFor(get("/get_supported_voices").willReturn(okJson("{\"status\": true, \"result\": {\"voice\": [\"Meera\", \"Kiran\"]}}")));

		assertThat(gateway.get("/connections/toingg/voices").json().path("voices").toString()).contains("Kiran");
		Answer answer = gateway.post("/campaigns", create("Kiran", "english"));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
	}

	@Test
	void eachConnectionKeepsItsOwnCatalogues() {
		offersMeeraAndAarav();
		gateway.post("/campaigns", ToinggWireMockTests.CREATE);

		Answer other = gateway.post("/campaigns?dryRun=true", create("Zed", "english").replace("\"toingg\"", "\"toingg-fragile\""));

		assertThat(other.status()).isEqualTo(422);
		toingg.verify(2, getRequestedFor(urlEqualTo("/get_supported_voices")));
		toingg.verify(1, getRequestedFor(urlEqualTo("/get_supported_voices")).withHeader("Authorization", equalTo("Bearer tg-test-token-2")));
		((ToinggProvider) registry.require("toingg-fragile").adapter()).catalogues().forget();
	}
}
