package io.campaigngateway.provider.voxo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.GatewayClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The adapter's list against the emulator over real HTTP (the sandbox's context, shared with {@code SandboxTests}):
 * the emulator caps pages at 50, so a walk of 100 at a time follows what it returned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VoxoSandboxListTests {

	@LocalServerPort
	int port;

	@Autowired
	ConnectionRegistry connections;

	@Test
	void walksEveryCampaignNewestFirstThroughTheEmulatorsCappedPages() {
		GatewayClient gateway = new GatewayClient(port, null);
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			Answer answer = gateway.post("/campaigns", """
					{"connection": "voxo", "name": "Listed %d", "callerId": "+12025550143",
					 "contacts": [{"phoneNumber": "+13125550178"}],
					 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00",
					              "timezone": "America/Chicago"}}""".formatted(i));
			assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
			created.add(0, answer.json().path("providerCampaignId").asString());
		}
		CampaignProvider adapter = connections.require("voxo").adapter();

		List<String> seen = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		String position = null;
		do {
			CampaignPage page = adapter.list(position, 100);
			page.campaigns().stream().map(Campaign::providerCampaignId).forEach(seen::add);
			sizes.add(page.campaigns().size());
			position = page.next();
		}
		while (position != null);

		assertThat(seen).doesNotHaveDuplicates();
		assertThat(seen.subList(0, 60)).as("the newest first, as created").isEqualTo(created);
		assertThat(sizes.get(0)).as("the emulator's paginate.max").isEqualTo(50);
		Campaign first = adapter.list(null, 1).campaigns().get(0);
		assertThat(first.name()).isEqualTo("Listed 59");
		assertThat(first.schedule().startAt()).isEqualTo("2026-12-01T09:00:00-06:00");
	}
}
