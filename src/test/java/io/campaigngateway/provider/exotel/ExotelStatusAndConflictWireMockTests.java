package io.campaigngateway.provider.exotel;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 31 points 5, 6 and 10 at Exotel, through the gateway: a status the campaign already has is a success, a 409
 * says what is true in the caller's terms, a campaign sent back as read changes nothing, and a retry count goes
 * with its interval. Exotel allows 30 requests a minute: the requests each answer costs are counted.
 */
class ExotelStatusAndConflictWireMockTests extends WireMockGatewayTest {

	private static final String PATH = "/v2/accounts/acme1/campaigns";

	private static final String ID = "491dd6c97d64475ba0ce346a18530ce5";

	private static final String CAMPAIGN = PATH + "/" + ID;

	private static String asRead(String from, String to) {
		return Fixtures.read("exotel/campaign-response.json").replace(from, to);
	}

	private static String failure(int code, String description) {
		return """
				{"request_id": "r1", "method": "PUT", "http_code": %d,
				 "response": [{"code": %d, "status": "failure", "error_data": {"code": 1004, "message": "Conflict", "description": "%s"}}]}"""
			.formatted(code, code, description);
	}

	@Test
	void aNewCampaignAskedToBeActiveIsASuccessThatChangesNothing() {
		exotel.stubFor(put(CAMPAIGN).willReturn(okJson(failure(409, "Cannot resume a campaign that is Created"))));
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead("", ""))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"status\": \"active\"}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("status").asString()).isEqualTo("active");
		assertThat(answer.json().path("name").asString()).isEqualTo("Delivery updates");
		exotel.verify(1, putRequestedFor(urlEqualTo(CAMPAIGN)).withRequestBody(equalToJson("{\"campaigns\": [{\"action\": \"resume\"}]}")));
		exotel.verify(1, getRequestedFor(urlEqualTo(CAMPAIGN)));
	}

	@Test
	void pausingAPausedCampaignIsASuccess() {
		exotel.stubFor(put(CAMPAIGN).willReturn(okJson(failure(409, "Cannot pause a campaign that is Paused"))));
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead("CREATED", "Paused"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"status\": \"paused\"}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("status").asString()).isEqualTo("paused");
	}

	@Test
	void callbacksWithTheStatusTheCampaignHasAreSentAgainAlone() {
		exotel.stubFor(put(CAMPAIGN).withRequestBody(containing("\"action\""))
			.willReturn(okJson(failure(409, "Cannot pause a campaign that is Paused"))));
		exotel.stubFor(put(CAMPAIGN).withRequestBody(notContaining("\"action\"")).willReturn(okJson(asRead("CREATED", "Paused"))));
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead("CREATED", "Paused"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID,
				"{\"status\": \"paused\", \"callbacks\": {\"campaignStatus\": \"https://hooks.example.com/done\"}}");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		exotel.verify(1, putRequestedFor(urlEqualTo(CAMPAIGN)).withRequestBody(
				equalToJson("{\"campaigns\": [{\"status_callback\": \"https://hooks.example.com/done\"}]}")));
		exotel.verify(2, putRequestedFor(urlEqualTo(CAMPAIGN)));
	}

	@Test
	void aPatchThatReadsAnywaySendsNoActionForTheStatusTheCampaignHas() {
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead("", ""))));
		exotel.stubFor(put(CAMPAIGN).willReturn(okJson(asRead("", ""))));

		Answer renamed = gateway.patch("/campaigns/exotel:" + ID, "{\"status\": \"active\", \"name\": \"Delivery updates 2\"}");
		Answer unchanged = gateway.patch("/campaigns/exotel:" + ID, "{\"status\": \"active\", \"name\": \"Delivery updates\"}");

		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
		exotel.verify(1, putRequestedFor(urlEqualTo(CAMPAIGN))
			.withRequestBody(equalToJson("{\"campaigns\": [{\"name\": \"Delivery updates 2\"}]}")));
		exotel.verify(2, getRequestedFor(urlEqualTo(CAMPAIGN)));
	}

	/** The example: the body of a GET sent back, its startAt a year ahead, was a 409 "has started". */
	@Test
	void aCampaignSentBackAsReadIsASuccessThatSendsNothing() {
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead("", ""))));
		String body = gateway.get("/campaigns/exotel:" + ID).raw().body();

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, body);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		exotel.verify(0, putRequestedFor(urlEqualTo(CAMPAIGN)));
	}

	/** Issue 33: a started campaign sent back as read changes nothing, and a locked field left as it is is no error. */
	@Test
	void aStartedCampaignSentBackAsReadIsASuccessAndOnlyAChangedLockedFieldIsAConflict() {
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead("2099-12-01T09:00:00+05:30", "2020-01-01T09:00:00+05:30"))));
		String body = gateway.get("/campaigns/exotel:" + ID).raw().body();

		Answer same = gateway.patch("/campaigns/exotel:" + ID, body);
		Answer renamed = gateway.patch("/campaigns/exotel:" + ID, body.replace("\"Delivery updates\"", "\"Too late\""));

		assertThat(same.status()).as(same.toString()).isEqualTo(200);
		assertThat(renamed.status()).isEqualTo(409);
		assertThat(renamed.pointers()).containsExactly("/name");
		assertThat(renamed.json().path("errors").get(0).path("message").asString())
			.isEqualTo("cannot change once the campaign has started: its schedule.startAt, 2020-01-01T09:00:00+05:30, has passed");
		exotel.verify(0, putRequestedFor(urlEqualTo(CAMPAIGN)));
	}

	@Test
	void renamingACampaignWithoutAScheduleSaysItStartedWhenItWasCreated() {
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead(
				"\"schedule\": { \"send_at\": \"2099-12-01T09:00:00+05:30\", \"end_at\": \"2099-12-01T18:00:00+05:30\" },", ""))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"name\": \"Renamed\"}");

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.type()).endsWith("/conflict");
		assertThat(answer.pointers()).containsExactly("/name");
		assertThat(answer.json().path("errors").get(0).path("message").asString()).isEqualTo("cannot change once the "
				+ "campaign has started: it started at 2026-11-20T10:00:00Z, when it was created, as it has no schedule.startAt");
		assertThat(answer.raw().body()).doesNotContain("send_at");
		exotel.verify(0, putRequestedFor(urlEqualTo(CAMPAIGN)));
	}

	@Test
	void anActionRefusedWithOtherFieldsSaysWhichActionAndState() {
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead("", ""))));
		exotel.stubFor(put(CAMPAIGN).willReturn(okJson(failure(409, "Cannot archive a campaign that is Created"))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"status\": \"archived\", \"name\": \"Old deliveries\"}");

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.pointers()).containsExactly("/status");
		assertThat(answer.json().path("detail").asString())
			.isEqualTo("cannot archive a campaign that is active: only a campaign that ran to its end can be archived");
		exotel.verify(1, getRequestedFor(urlEqualTo(CAMPAIGN)));
	}

	@Test
	void aCreateWithARetryCountOfZeroAndNoIntervalSendsNoRetries() {
		exotel.stubFor(post(PATH).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));

		Answer answer = gateway.post("/campaigns", """
				{"connection": "exotel", "callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}],
				 "retry": {"maxRetries": 0}}""");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		exotel.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(notContaining("retries")));
	}

	@Test
	void aRetryCountWhoseIntervalCannotBeFoundIsInvalidAndNothingIsSent() {
		exotel.stubFor(get(CAMPAIGN).willReturn(okJson(asRead("\"interval_mins\": 10, ", ""))));

		Answer answer = gateway.patch("/campaigns/exotel:" + ID, "{\"retry\": {\"maxRetries\": 3}}");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.pointers()).containsExactly("/retry/intervalMinutes");
		assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("exotel needs it");
		exotel.verify(0, putRequestedFor(urlEqualTo(CAMPAIGN)));
	}
}
