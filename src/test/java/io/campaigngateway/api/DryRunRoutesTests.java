package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.SandboxGatewayTest;
import org.junit.jupiter.api.Test;

/**
 * The dry runs' own routes answer what {@code ?dryRun=true} answers (which keeps working, contract §3), take no
 * query parameter.
 */
class DryRunRoutesTests extends SandboxGatewayTest {

	@Test
	void aCreatesDryRunRouteAnswersWhatTheDryRunParameterAnswers() {
		Answer route = gateway.post("/campaigns/dry-run", SentBackCampaignTests.VOXO, "X-Request-Id", "plan-1");
		Answer parameter = gateway.post("/campaigns?dryRun=true", SentBackCampaignTests.VOXO, "X-Request-Id", "plan-1");

		assertThat(route.status()).as(route.toString()).isEqualTo(200);
		assertThat(route.json()).isEqualTo(parameter.json());
		assertThat(route.json().path("requests").get(0).path("headers").path("X-Request-Id").asString()).isEqualTo("plan-1");
	}

	@Test
	void anUpdatesDryRunRouteAnswersWhatTheDryRunParameterAnswersAndChangesNothing() {
		String id = gateway.post("/campaigns", SentBackCampaignTests.EXOTEL).json().path("id").asString();
		String patch = "{\"name\": \"Planned rename\"}";

		Answer route = gateway.patch("/campaigns/" + id + "/dry-run", patch, "X-Request-Id", "plan-2");
		Answer parameter = gateway.patch("/campaigns/" + id + "?dryRun=true", patch, "X-Request-Id", "plan-2");

		assertThat(route.status()).as(route.toString()).isEqualTo(200);
		assertThat(route.json()).isEqualTo(parameter.json());
		assertThat(route.json().path("requests").size()).isPositive();
		assertThat(gateway.get("/campaigns/" + id).json().path("name").asString()).isEqualTo("Sent-back deliveries");
	}

	@Test
	void theDryRunRoutesTakeNoQueryParameter() {
		Answer create = gateway.post("/campaigns/dry-run?dryRun=false", SentBackCampaignTests.VOXO);
		Answer update = gateway.patch("/campaigns/voxo:101/dry-run?dryrun=true", "{\"name\": \"x\"}");

		assertThat(create.status()).isEqualTo(400);
		assertThat(create.json().path("errors").get(0).path("message").asString()).startsWith("dryRun is not a parameter");
		assertThat(update.status()).isEqualTo(400);
		assertThat(update.json().path("errors").get(0).path("message").asString()).startsWith("dryrun is not a parameter");
	}

	@Test
	void aDryRunOfAnUpdateChecksThePatchAsTheUpdateDoes() {
		Answer answer = gateway.patch("/campaigns/voxo:101/dry-run", "{\"callerId\": \"+442071838750\", \"nmae\": \"x\"}");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).containsExactlyInAnyOrder("/callerId", "/nmae");
	}
}
