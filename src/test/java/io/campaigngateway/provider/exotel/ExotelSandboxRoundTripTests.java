package io.campaigngateway.provider.exotel;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.provider.spi.CampaignPage;
import io.campaigngateway.service.ConnectionRegistry;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.GatewayClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The adapter against the built-in emulator, as strict as Exotel: the same context as {@code SandboxTests} (no
 * configuration at all), so it costs no start-up of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExotelSandboxRoundTripTests {

	@LocalServerPort
	int port;

	@Autowired
	ConnectionRegistry registry;

	GatewayClient gateway;

	@BeforeEach
	void client() {
		gateway = new GatewayClient(port, null);
	}

	private String create(String body) {
		Answer created = gateway.post("/campaigns", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	@Test
	void aStatusTheCampaignAlreadyHasIsASuccess() {
		String id = create("""
				{"connection": "exotel", "name": "Sandbox renewals", "callerId": "+918047123456",
				 "contacts": [{"phoneNumber": "+919876543210"}], "schedule": {"startAt": "2099-12-01T09:00:00+05:30"}}""");

		assertThat(gateway.patch("/campaigns/" + id, "{\"status\": \"active\"}").json().path("status").asString()).isEqualTo("active");
		assertThat(gateway.patch("/campaigns/" + id, "{\"status\": \"paused\"}").json().path("status").asString()).isEqualTo("paused");
		Answer again = gateway.patch("/campaigns/" + id, "{\"status\": \"paused\"}");
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		Answer archived = gateway.patch("/campaigns/" + id, "{\"status\": \"archived\"}");
		assertThat(archived.status()).isEqualTo(409);
		assertThat(archived.json().path("detail").asString())
			.isEqualTo("cannot archive a campaign that is paused: only a campaign that ran to its end can be archived");
		Answer sentBack = gateway.patch("/campaigns/" + id, gateway.get("/campaigns/" + id).raw().body());
		assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
	}

	@Test
	void aCampaignWithoutAScheduleStartedWhenItWasCreated() {
		Answer created = gateway.post("/campaigns", """
				{"connection": "exotel", "callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}],
				 "retry": {"maxRetries": 0}}""");
		assertThat(created.status()).as("no retries sent: the emulator wants an interval with a count").isEqualTo(201);

		Answer renamed = gateway.patch("/campaigns/" + created.json().path("id").asString(), "{\"name\": \"Renamed campaign\"}");

		assertThat(renamed.status()).isEqualTo(409);
		assertThat(renamed.json().path("errors").get(0).path("message").asString()).isEqualTo("cannot change once the campaign "
				+ "has started: it started at " + created.json().path("createdAt").asString()
				+ ", when it was created, as it has no schedule.startAt");
	}

	@Test
	void listsTheConnectionsCampaignsNewestFirstPageByPage() {
		for (String name : new String[] { "Listed one", "Listed two", "Listed three" }) {
			create("""
					{"connection": "exotel", "name": "%s", "callerId": "+918047123456", "contactLists": ["l1"]}""".formatted(name));
		}

		CampaignPage first = registry.require("exotel").adapter().list(null, 2);
		CampaignPage second = registry.require("exotel").adapter().list(first.next(), 1);

		assertThat(first.campaigns()).extracting(Campaign::name).containsExactly("Listed three", "Listed two");
		assertThat(first.next()).isEqualTo("2");
		assertThat(second.campaigns()).extracting(Campaign::name).containsExactly("Listed one");
		assertThat(second.campaigns().get(0).providerCampaignId()).hasSize(32);
	}
}
