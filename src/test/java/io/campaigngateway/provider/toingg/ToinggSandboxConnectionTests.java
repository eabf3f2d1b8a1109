package io.campaigngateway.provider.toingg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.GatewayClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sandbox's Toingg connection against its emulator, over real HTTP (the same context as SandboxTests). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ToinggSandboxConnectionTests {

	@LocalServerPort
	int port;

	@Autowired
	ConnectionRegistry registry;

	@Test
	void listsTheEmulatorsCampaignsNewestFirstPageByPage() {
		GatewayClient gateway = new GatewayClient(port, null);
		List<String> created = IntStream.rangeClosed(1, 3)
			.mapToObj(i -> gateway.post("/campaigns", """
					{"connection": "toingg", "name": "Listed %d",
					 "agent": {"voice": "Meera", "language": "english", "script": "%s"}}""".formatted(i, Fixtures.SCRIPT)))
			.map(answer -> answer.json().path("providerCampaignId").asString())
			.toList();

		CampaignPage first = registry.require("toingg").adapter().list(null, 2);
		CampaignPage second = registry.require("toingg").adapter().list(first.next(), 1);

		assertThat(first.campaigns()).extracting(Campaign::providerCampaignId).containsExactly(created.get(2), created.get(1));
		assertThat(first.campaigns()).extracting(Campaign::name).containsExactly("Listed 3", "Listed 2");
		assertThat(first.next()).isEqualTo("2");
		assertThat(second.campaigns()).extracting(Campaign::providerCampaignId).containsExactly(created.get(0));
	}

	@Test
	void refusesAVoiceTheEmulatorDoesNotOfferBeforeCreatingAnything() {
		Answer answer = new GatewayClient(port, null).post("/campaigns", """
				{"connection": "toingg", "name": "n", "agent": {"voice": "Nobody", "language": "english", "script": "%s"}}"""
			.formatted(Fixtures.SCRIPT));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.type()).endsWith("/validation");
		assertThat(answer.pointers()).containsExactly("/agent/voice");
		assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("Aarav, Meera, Olivia, James");
	}
}
