package io.campaigngateway.provider.voxo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 36 at VOXO: {@code GET /v2/admin/call-campaigns} paged by Feathers' {@code $limit}/{@code $skip}, newest
 * first by {@code $sort[id]=-1} [inferred], asserting the exact requests VOXO gets.
 */
class VoxoListWireMockTests extends WireMockGatewayTest {

	private static final String PATH = "/v2/admin/call-campaigns";

	@Autowired
	ConnectionRegistry connections;

	CampaignProvider adapter;

	@BeforeEach
	void adapter() {
		adapter = connections.require("voxo").adapter();
	}

	private static String page(int limit, long skip) {
		return PATH + "?$limit=" + limit + "&$skip=" + skip + "&$sort%5Bid%5D=-1";
	}

	private void answer(String url, String fixtureOrJson) {
		voxo.stubFor(get(urlEqualTo(url)).willReturn(okJson(fixtureOrJson.endsWith(".json") ? Fixtures.read(fixtureOrJson)
				: fixtureOrJson)));
	}

	private static List<String> ids(CampaignPage page) {
		return page.campaigns().stream().map(Campaign::providerCampaignId).toList();
	}

	@Test
	void declaresList() {
		assertThat(adapter.capabilities().operations()).contains(Operation.LIST);
	}

	@Test
	void theFirstPageAsksOneMoreThanTheLimitNewestFirstWithTheToken() {
		answer(page(3, 0), "voxo/list-first-page.json");

		CampaignPage first = adapter.list(null, 2);

		assertThat(ids(first)).containsExactly("105", "104");
		assertThat(first.next()).isEqualTo("2");
		assertThat(first.campaigns().get(0).name()).isEqualTo("Campaign 105");
		assertThat(first.campaigns().get(0).schedule().startAt()).as("read as a read reads it")
			.isEqualTo("2026-12-01T09:00:00-06:00");
		voxo.verify(1, getRequestedFor(urlEqualTo(page(3, 0))).withHeader("Authorization", equalTo("Bearer voxo-static-token")));
		assertThat(voxo.getAllServeEvents()).hasSize(1);
	}

	@Test
	void aMiddlePageStartsWhereTheLastEnded() {
		answer(page(3, 2), "voxo/list-middle-page.json");

		CampaignPage middle = adapter.list("2", 2);

		assertThat(ids(middle)).containsExactly("103", "102");
		assertThat(middle.next()).isEqualTo("4");
		voxo.verify(1, getRequestedFor(urlEqualTo(page(3, 2))).withHeader("Authorization", equalTo("Bearer voxo-static-token")));
	}

	@Test
	void theLastPageHasNoNext() {
		answer(page(3, 4), "voxo/list-last-page.json");

		CampaignPage last = adapter.list("4", 2);

		assertThat(ids(last)).containsExactly("101");
		assertThat(last.next()).isNull();
		voxo.verify(1, getRequestedFor(urlEqualTo(page(3, 4))));
	}

	@Test
	void anEmptyConnectionIsAnEmptyPage() {
		answer(page(21, 0), "voxo/list-empty.json");

		CampaignPage empty = adapter.list(null, 20);

		assertThat(empty.campaigns()).isEmpty();
		assertThat(empty.next()).isNull();
		voxo.verify(1, getRequestedFor(urlEqualTo(page(21, 0))));
	}

	@Test
	void aBareArrayIsReadTooAndFewerThanAskedIsItsEnd() {
		answer(page(3, 0), "voxo/list-bare-array.json");
		answer(page(3, 4), "voxo/list-bare-array-last.json");
		answer(page(21, 0), "[]");

		CampaignPage first = adapter.list(null, 2);
		CampaignPage last = adapter.list("4", 2);

		assertThat(ids(first)).containsExactly("105", "104");
		assertThat(first.next()).isEqualTo("2");
		assertThat(ids(last)).containsExactly("101");
		assertThat(last.next()).isNull();
		assertThat(adapter.list(null, 20)).isEqualTo(new CampaignPage(List.of(), null));
	}

	/** Feathers' {@code paginate.max} answers fewer than asked, and says so in {@code limit}: follow what it returned. */
	@Test
	void aServerThatCapsTheLimitIsWalkedByWhatItReturnedWithNothingMissedOrRepeated() {
		// 25 campaigns, 125 … 101, newest first; the server answers at most 10 a page
		for (int skip = 0; skip < 25; skip += 10) {
			List<String> data = LongStream.range(skip, Math.min(25, skip + 10)).mapToObj(i -> "{\"id\": " + (125 - i) + "}").toList();
			answer(page(21, skip), "{\"total\": 25, \"limit\": 10, \"skip\": " + skip + ", \"data\": " + data + "}");
		}

		List<String> seen = walk(20);

		assertThat(seen).containsExactlyElementsOf(IntStream.rangeClosed(101, 125).map(i -> 226 - i).mapToObj(String::valueOf).toList());
		assertThat(voxo.getAllServeEvents()).hasSize(3);
		voxo.verify(1, getRequestedFor(urlEqualTo(page(21, 10))));
		voxo.verify(1, getRequestedFor(urlEqualTo(page(21, 20))));
	}

	@Test
	void aCappedPageWithoutATotalGoesOnWhileItsPagesAreFull() {
		answer(page(21, 0), "{\"limit\": 10, \"skip\": 0, \"data\": " + LongStream.rangeClosed(1, 10).mapToObj(i -> "{\"id\": " + (20 - i) + "}").toList() + "}");
		answer(page(21, 10), "{\"limit\": 10, \"skip\": 10, \"data\": [{\"id\": 3}, {\"id\": 2}]}");

		assertThat(walk(20)).hasSize(12).doesNotHaveDuplicates();
		assertThat(voxo.getAllServeEvents()).hasSize(2);
	}

	private List<String> walk(int limit) {
		List<String> seen = new ArrayList<>();
		String position = null;
		do {
			CampaignPage page = adapter.list(position, limit);
			seen.addAll(ids(page));
			position = page.next();
		}
		while (position != null);
		return seen;
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-1", "01", "1e3", "2.0", " 2", "1234567890123456789", "" })
	void aPositionTheAdapterCannotHaveWrittenIsRefusedWithoutACall(String position) {
		GatewayException refused = catchThrowableOfType(GatewayException.class, () -> adapter.list(position, 5));

		assertThat(refused.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}

	@Test
	void aPageThatCannotBeReadIsA502NamingVoxosField() {
		answer(page(3, 0), "{\"total\": 2, \"skip\": 0, \"data\": [{\"id\": 2}, {\"id\": 1, \"callFrequency\": 3.9}]}");
		answer(page(3, 2), "{\"campaigns\": []}");
		answer(page(3, 4), "{\"total\": 9, \"skip\": 0, \"data\": [{\"id\": 2}]}");
		answer(page(3, 6), "{\"data\": [{\"name\": \"no id\"}]}");
		answer(page(3, 8), "[{\"id\": 1, \"enableVMDetect\": \"perhaps\"}]");

		assertThat(refusal(null).detail()).contains("'data[1].callFrequency'");
		assertThat(refusal("2").detail()).contains("neither a page of campaigns nor a list");
		assertThat(refusal("4").detail()).as("a server that ignored $skip").contains("its page starts at 0, not at 4");
		assertThat(refusal("6").detail()).contains("data[0] is not a campaign (no id)");
		assertThat(refusal("8").detail()).contains("'[0].enableVMDetect'");
	}

	private GatewayException refusal(String position) {
		GatewayException refused = catchThrowableOfType(GatewayException.class, () -> adapter.list(position, 2));
		assertThat(refused.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
		return refused;
	}

	@Test
	void aPageIsRetriedLikeARead() {
		voxo.stubFor(get(urlEqualTo(page(3, 0))).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
		voxo.stubFor(get(urlEqualTo(page(3, 0))).inScenario("flaky").whenScenarioStateIs("up")
			.willReturn(okJson(Fixtures.read("voxo/list-first-page.json"))));

		assertThat(ids(adapter.list(null, 2))).containsExactly("105", "104");
		// at least the 503 and the retry (a slow first answer may add a timed-out attempt), all for the same page
		voxo.verify(moreThanOrExactly(2), getRequestedFor(urlEqualTo(page(3, 0))));
		assertThat(voxo.getAllServeEvents()).allSatisfy(event -> assertThat(event.getRequest().getUrl()).isEqualTo(page(3, 0)));
	}

	@Test
	void aRefusalIsClassifiedLikeAnyOtherAnswer() {
		voxo.stubFor(get(urlEqualTo(page(3, 0))).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"name\": \"NotAuthenticated\", \"message\": \"jwt expired\", \"code\": 401}")));

		assertThat(catchThrowableOfType(GatewayException.class, () -> adapter.list(null, 2)).type())
			.isEqualTo(ProblemType.UPSTREAM_AUTH);
	}
}
