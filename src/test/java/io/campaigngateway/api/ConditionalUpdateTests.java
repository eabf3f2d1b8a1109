package io.campaigngateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

/** ETag on a read, If-None-Match on the next read, If-Match on a change: no change lands on a campaign it did not see. */
class ConditionalUpdateTests extends WireMockGatewayTest {

	private static final String PATH = "/v2/admin/call-campaigns/123";

	private static final String TOINGG_ID = "668bd4e8a620ac9172c8d08b";

	private static final String AS_CREATED = Fixtures.read("voxo/campaign-response.json");

	private static final String RENAMED = AS_CREATED.replace("\"Appointment reminders\"", "\"Renamed elsewhere\"");

	/** The provider answers reads with the campaign as created until a change reaches it, then with it renamed. */
	private void campaignChangedByTheFirstPatch() {
		voxo.stubFor(get(urlEqualTo(PATH)).inScenario("change").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(AS_CREATED)));
		voxo.stubFor(patch(urlEqualTo(PATH)).inScenario("change").willReturn(okJson(RENAMED)).willSetStateTo("changed"));
		voxo.stubFor(get(urlEqualTo(PATH)).inScenario("change").whenScenarioStateIs("changed").willReturn(okJson(RENAMED)));
	}

	@Test
	void aChangeCarryingTheTagOfTheCampaignAsItIsLandsAndAStaleTagIsRefusedWithoutWriting() {
		campaignChangedByTheFirstPatch();
		String tag = gateway.get("/campaigns/voxo:123").header("ETag");

		Answer first = gateway.patch("/campaigns/voxo:123", "{\"message\": \"Hello\"}", "If-Match", tag);
		Answer stale = gateway.patch("/campaigns/voxo:123", "{\"message\": \"Hello again\"}", "If-Match", tag);

		assertThat(tag).matches("\"[0-9a-f]{32}\"");
		assertThat(first.status()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.type()).endsWith("/precondition-failed");
		assertThat(stale.json().path("detail").asString()).contains("read it again");
		voxo.verify(1, patchRequestedFor(urlEqualTo(PATH)));
		assertThat(gateway.patch("/campaigns/voxo:123", "{\"message\": \"Hello again\"}", "If-Match",
				gateway.get("/campaigns/voxo:123").header("ETag")).status()).isEqualTo(200);
	}

	@Test
	void twoChangesMadeFromTheSameReadCannotBothLand() {
		campaignChangedByTheFirstPatch();
		String tag = gateway.get("/campaigns/voxo:123").header("ETag");

		List<CompletableFuture<Answer>> racing = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String body = "{\"message\": \"Change " + i + "\"}";
			racing.add(CompletableFuture.supplyAsync(() -> gateway.patch("/campaigns/voxo:123", body, "If-Match", tag)));
		}
		List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(Answer::status).sorted().toList();

		assertThat(statuses).containsExactly(200, 412, 412, 412, 412, 412);
		voxo.verify(1, patchRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void ifNoneMatchAnswers304UntilTheCampaignChanges() {
		campaignChangedByTheFirstPatch();
		String tag = gateway.get("/campaigns/voxo:123").header("ETag");

		Answer unchanged = gateway.get("/campaigns/voxo:123", "If-None-Match", tag);
		gateway.patch("/campaigns/voxo:123", "{\"message\": \"Hello\"}");
		Answer changed = gateway.get("/campaigns/voxo:123", "If-None-Match", tag);

		assertThat(unchanged.status()).isEqualTo(304);
		assertThat(unchanged.raw().body()).isEmpty();
		assertThat(unchanged.header("ETag")).isEqualTo(tag);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("name").asString()).isEqualTo("Renamed elsewhere");
		assertThat(changed.header("ETag")).isNotEqualTo(tag);
	}

	@Test
	void theTagDoesNotDependOnTheOrderInWhichTheProviderListsKeys() {
		String listed = Fixtures.read("toingg/campaigns-array.json");
		String schema = "\"postCallAnalysisSchema\": {}";
		String oneOrder = listed.replace(schema, "\"postCallAnalysisSchema\": {\"wantsRenewal\": \"boolean\", \"callback\": \"string\"}");
		String otherOrder = listed.replace(schema, "\"postCallAnalysisSchema\": {\"callback\": \"string\", \"wantsRenewal\": \"boolean\"}");

		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(oneOrder)));
		Answer first = gateway.get("/campaigns/toingg:" + TOINGG_ID);
		toingg.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(otherOrder)));
		Answer second = gateway.get("/campaigns/toingg:" + TOINGG_ID);

		// the order reaches the campaign as read (the schema is the caller's own object), yet the tag is the same
		assertThat(oneOrder).isNotEqualTo(listed);
		assertThat(first.json().path("agent").path("postCallAnalysis").path("schema").toString())
			.isNotEqualTo(second.json().path("agent").path("postCallAnalysis").path("schema").toString());
		assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
	}

	@Test
	void anIfMatchThatIsNoEntityTagIs400AndNothingIsSent() {
		Answer answer = gateway.patch("/campaigns/voxo:123", "{\"message\": \"Hello\"}", "If-Match", "not-a-tag");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.type()).endsWith("/malformed-request");
		assertThat(answer.json().path("detail").asString()).contains("If-Match");
		voxo.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aWeakTagNeverMatchesAChange() {
		campaignChangedByTheFirstPatch();
		String tag = gateway.get("/campaigns/voxo:123").header("ETag");

		Answer answer = gateway.patch("/campaigns/voxo:123", "{\"message\": \"Hello\"}", "If-Match", "W/" + tag);

		assertThat(answer.status()).isEqualTo(412);
		voxo.verify(0, patchRequestedFor(urlEqualTo(PATH)));
	}
}
