package io.campaigngateway.provider.voxo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.ProviderResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/** Feathers' error shape [inferred]: which status counts, and VOXO's field names back to the caller's pointers. */
class VoxoErrorsTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static GatewayException classify(int httpStatus, String body) {
		return new VoxoErrors().classify(new ProviderResponse(httpStatus, new HttpHeaders(), MAPPER.readTree(body), true),
				Operation.UPDATE);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "none", value = { "callerId,/callerId", "state,/status", "callFrequency,/pacing/secondsBetweenCalls",
			"timeStart,/schedule/startAt", "notMatchDestinations,/voicemailDetection/onHuman", "numbers.2.number,/contacts/2/phoneNumber",
			"numbers[1].description,/contacts/1/name", "numbers.0.field3,/contacts/0/fields/field3", "numbers.4,/contacts/4/phoneNumber",
			"numbers.3.disposition,/contacts/3", "numbers,/contacts", "lastrun,none", "tech,none", "name,/name",
			"enableVMDetect,/voicemailDetection/enabled", "callHoursEnd,/schedule/callingHours/end",
			"destinations.1.type,/destinations/1/type", "matchDestinations[0].id,/voicemailDetection/onMachine/0/id",
			"destinations,/destinations", "destinations.x,/destinations", "numbers.2.nonsense,/contacts/2" })
	void voxoFieldNamesPointIntoTheCallersBody(String voxoField, String pointer) {
		assertThat(VoxoFields.pointer(voxoField)).isEqualTo(pointer);
	}

	@Test
	void fieldErrorsComeAsAnObjectOrAsAList() {
		GatewayException byObject = classify(400, """
				{"name": "BadRequest", "message": "Validation failed", "code": 400,
				 "errors": {"callerId": "must be 10 digits", "callFrequency": {"message": "must be > 9"}, "tech": ["VOICE"]}}""");
		GatewayException byList = classify(400, """
				{"name": "BadRequest", "message": "Invalid", "code": 400,
				 "errors": [{"path": "dateEnd", "message": "bad date"}, {"field": "numbers.1.number", "message": "bad number"}, {"message": "other"}]}""");

		assertThat(byObject.type()).isEqualTo(ProblemType.UPSTREAM_VALIDATION);
		assertThat(byObject.detail()).isEqualTo("voxo answered 400: Validation failed");
		assertThat(byObject.errors()).extracting(FieldProblem::pointer, FieldProblem::message).containsExactly(
				tuple("/callerId", "must be 10 digits"),
				tuple("/pacing/secondsBetweenCalls", "must be > 9"),
				tuple(null, "[\"VOICE\"]"));
		assertThat(byList.errors()).extracting(FieldProblem::pointer).containsExactly("/schedule/endAt", "/contacts/1/phoneNumber", null);
		assertThat(byList.errors()).extracting(FieldProblem::message).containsExactly("bad date", "bad number", "other");
	}

	@Test
	void theBodysCodeCountsOnlyBelow500AndOnlyWhenItIsAnErrorStatus() {
		assertThat(classify(400, "{\"name\": \"NotFound\", \"code\": 404}").type()).isEqualTo(ProblemType.NOT_FOUND);
		assertThat(classify(400, "{\"name\": \"NotAuthenticated\", \"code\": 401}").type()).isEqualTo(ProblemType.UPSTREAM_AUTH);
		assertThat(classify(500, "{\"name\": \"BadRequest\", \"code\": 400}").type()).as("a 5xx is the provider's failure")
			.isEqualTo(ProblemType.UPSTREAM_ERROR);
		assertThat(classify(404, "{\"code\": 200}").type()).isEqualTo(ProblemType.NOT_FOUND);
		assertThat(classify(409, "{\"code\": 600}").type()).isEqualTo(ProblemType.CONFLICT);
		assertThat(classify(404, "{\"code\": 599}").type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
		assertThat(classify(422, "{\"code\": 399}").type()).isEqualTo(ProblemType.UPSTREAM_VALIDATION);
	}

	@Test
	void anAnswerNotInFeathersShapeLeavesTheDecisionToTheHttpStatus() {
		assertThat(classify(404, "{\"code\": 400.5, \"errors\": {\"name\": \"bad\"}}").type()).isEqualTo(ProblemType.NOT_FOUND);
		assertThat(classify(400, "{\"code\": \"oops\"}").type()).isEqualTo(ProblemType.UPSTREAM_VALIDATION);
		assertThat(classify(400, "[\"not\", \"an\", \"object\"]").detail()).isEqualTo("voxo answered 400");
		assertThat(new VoxoErrors().classify(new ProviderResponse(503, new HttpHeaders(), null, false), Operation.READ)
			.type()).isEqualTo(ProblemType.UPSTREAM_ERROR);
	}
}
