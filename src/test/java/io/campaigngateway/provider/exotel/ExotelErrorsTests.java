package io.campaigngateway.provider.exotel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.WireFormat;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exotel's two error shapes, and which status counts when the envelope and the HTTP status disagree. */
class ExotelErrorsTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static GatewayException classify(int httpStatus, String body, String... headers) {
		HttpHeaders httpHeaders = new HttpHeaders();
		for (int i = 0; i < headers.length; i += 2) {
			httpHeaders.set(headers[i], headers[i + 1]);
		}
		return new ExotelErrors().classify(new ProviderResponse(httpStatus, httpHeaders, MAPPER.readTree(body), true),
				Operation.UPDATE);
	}

	private static String failureItem(int code, String description) {
		return """
				{"request_id": "r1", "method": "PUT", "http_code": 200, "response": [{"code": %d, "status": "failure",
				 "error_data": {"code": 1003, "description": "%s", "message": "Failed"}}]}""".formatted(code, description);
	}

	@Test
	void aFailureItemsCodeWinsOverTheHttpStatus() {
		GatewayException conflict = classify(200, failureItem(409, "Campaign is already paused"));

		assertThat(conflict.type()).isEqualTo(ProblemType.CONFLICT);
		assertThat(conflict.detail()).isEqualTo("exotel answered 409: Campaign is already paused");
		assertThat(conflict.upstream().status()).as("what Exotel really answered").isEqualTo(200);
	}

	@Test
	void anItemCodeThatIsNotAnErrorStatusLeavesTheHttpStatusInCharge() {
		assertThat(classify(502, failureItem(1003, "Internal")).type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
		assertThat(classify(404, failureItem(399, "No campaign")).type()).isEqualTo(ProblemType.NOT_FOUND);
		assertThat(classify(401, failureItem(600, "Bad credentials")).type()).isEqualTo(ProblemType.UPSTREAM_AUTH);
		assertThat(classify(200, failureItem(400, "Bad request")).type()).isEqualTo(ProblemType.UPSTREAM_VALIDATION);
		assertThat(classify(200, failureItem(599, "Unknown")).type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
	}

	@Test
	void aValidationFailureNamesTheCallersFields() {
		GatewayException refused = classify(400, failureItem(400, "caller_id is not an ExoPhone; interval_mins missing"));

		assertThat(refused.type()).isEqualTo(ProblemType.UPSTREAM_VALIDATION);
		assertThat(refused.errors()).extracting(FieldProblem::pointer)
			.containsExactlyInAnyOrder("/callerId", "/retry/intervalMinutes");
	}

	@Test
	void theOlderRestExceptionShapeCarriesItsOwnStatusAndMessage() {
		GatewayException limited = classify(429, """
				{"RestException": {"Status": 429, "Message": "Too many requests", "Code": 20003}}""", "Retry-After", "7");

		assertThat(limited.type()).isEqualTo(ProblemType.RATE_LIMITED);
		assertThat(limited.detail()).isEqualTo("exotel answered 429: Too many requests");
		assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
		assertThat(classify(200, "{\"RestException\": {\"Status\": 404, \"Message\": \"Not found\"}}").type())
			.isEqualTo(ProblemType.NOT_FOUND);
		assertThat(classify(403, "{\"RestException\": {\"Status\": 600}}").type()).isEqualTo(ProblemType.UPSTREAM_AUTH);
	}

	@Test
	void anAnswerInNeitherShapeIsJudgedByItsStatus() {
		GatewayException failed = classify(503, "{\"error\": \"maintenance\"}");

		assertThat(failed.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
		assertThat(failed.detail()).isEqualTo("exotel answered 503");
		for (JsonNode nothing : new JsonNode[] { null, MAPPER.nullNode(), MAPPER.missingNode() }) {
			GatewayException empty = new ExotelErrors().classify(new ProviderResponse(503, new HttpHeaders(), nothing, nothing != null),
					Operation.UPDATE);
			assertThat(empty.detail()).as("an empty answer").isEqualTo("exotel answered 503");
		}
	}

	@Test
	void theEnvelopesItemIsTheFirstOfTheListOrTheObjectItself() {
		assertThat(answer("{\"response\": [{\"code\": 200}, {\"code\": 400}]}").response().get(0).code()).isEqualTo(200);
		assertThat(answer("{\"response\": {\"code\": 201}}").response()).extracting(ExotelApi.Item::code).containsExactly(201);
		assertThat(answer("{\"response\": []}").response()).isEmpty();
		assertThatThrownBy(() -> answer("{\"response\": \"ok\"}")).isInstanceOfSatisfying(GatewayException.class,
				unreadable -> assertThat(unreadable.type()).isEqualTo(ProblemType.UPSTREAM_ERROR));
		assertThat(answer("{}").response()).isNull();
	}

	private static ExotelApi.Answer answer(String body) {
		JsonNode node = MAPPER.readTree(body);
		return WireFormat.read("exotel", new ProviderResponse(200, new HttpHeaders(), node, true), node, ExotelApi.Answer.class);
	}
}
