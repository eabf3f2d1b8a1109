package io.campaigngateway.provider.toingg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.spi.EarlierAttempts;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue check without HTTP: what is fetched when, and what it refuses. */
class ToinggCataloguesTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String VOICES = "{\"status\": true, \"result\": {\"voice\": [\"Meera\", \"Aarav\"]}}";

	private static final String LANGUAGES = "{\"status\": true, \"result\": {\"languages\": [\"english\", \"hindi\"]}}";

	private final MutableClock clock = new MutableClock();

	private final FakeClient client = new FakeClient();

	private final ToinggCatalogues catalogues = new ToinggCatalogues(client, "toingg-main", clock);

	@Test
	void anUnknownVoiceIsRefusedOnAgentVoiceNamingTheVoicesOffered() {
		client.answers(VOICES, LANGUAGES);

		List<FieldProblem> problems = check("{\"voice\": \"Zed\", \"language\": \"english\"}");

		assertThat(problems).containsExactly(new FieldProblem("/agent/voice", "enum",
				"is not one of the voices toingg offers: Meera, Aarav"));
		assertThat(client.sent).containsExactly("GET /get_supported_voices", "GET /get_supported_languages");
		assertThat(client.operations).containsOnly(Operation.READ);
	}

	@Test
	void anUnknownLanguageIsRefusedOnAgentLanguage() {
		client.answers(VOICES, LANGUAGES);

		assertThat(check("{\"voice\": \"Meera\", \"language\": \"klingon\"}")).extracting(FieldProblem::pointer)
			.containsExactly("/agent/language");
	}

	@Test
	void valuesDifferingOnlyInCaseAreLeftToToingg() {
		client.answers(VOICES, LANGUAGES);

		assertThat(check("{\"voice\": \"meera\", \"language\": \"English\"}")).isEmpty();
	}

	@Test
	void aValueSetThroughItsOptionIsPointedAtThere() {
		client.answers(VOICES, LANGUAGES);

		List<FieldProblem> problems = catalogues.check(MAPPER.readTree("{\"voice\": \"Zed\", \"language\": \"english\"}"),
				spec -> true, spec -> spec.name().equals("voice"));

		assertThat(problems).extracting(FieldProblem::pointer).containsExactly("/providerOptions/voice");
	}

	@Test
	void aFieldTheRequestDoesNotSetIsNeitherCheckedNorFetchedFor() {
		client.answers(VOICES, LANGUAGES);

		List<FieldProblem> problems = catalogues.check(MAPPER.readTree("{\"voice\": \"Retired\", \"language\": \"english\"}"),
				spec -> spec.name().equals("language"), spec -> false);

		assertThat(problems).isEmpty();
		assertThat(client.sent).containsExactly("GET /get_supported_languages");
	}

	@Test
	void eachCatalogueIsFetchedOnceAndKeptForTenMinutes() {
		client.answers(VOICES, LANGUAGES);

		check("{\"voice\": \"Meera\", \"language\": \"english\"}");
		clock.advance(Duration.ofMinutes(9));
		check("{\"voice\": \"Zed\", \"language\": \"hindi\"}");
		assertThat(client.sent).hasSize(2);

		clock.advance(Duration.ofMinutes(1));
		client.answers("{\"status\": true, \"result\": {\"voice\": [\"Zed\"]}}", LANGUAGES);
		assertThat(check("{\"voice\": \"Zed\", \"language\": \"english\"}")).isEmpty();
		assertThat(client.sent).hasSize(4);
	}

	@Test
	void aCatalogueThatCannotBeReadLetsTheRequestGoOnAndNeitherIsAskedForAgainForAMinute() {
		client.failures();

		assertThat(check("{\"voice\": \"Zed\", \"language\": \"klingon\"}")).isEmpty();
		clock.advance(Duration.ofSeconds(59));
		assertThat(check("{\"voice\": \"Zed\", \"language\": \"klingon\"}")).isEmpty();
		assertThat(client.sent).as("one failed read, not one per catalogue").containsExactly("GET /get_supported_voices");

		clock.advance(Duration.ofSeconds(1));
		client.answers(VOICES, LANGUAGES);
		assertThat(check("{\"voice\": \"Zed\", \"language\": \"klingon\"}")).hasSize(2);
		assertThat(client.sent).hasSize(3);
	}

	@Test
	void aFailureDoesNotForgetACatalogueAlreadyKnown() {
		client.answers(VOICES, LANGUAGES);
		check("{\"voice\": \"Meera\"}");
		client.failures();

		assertThat(check("{\"voice\": \"Zed\", \"language\": \"klingon\"}")).extracting(FieldProblem::pointer)
			.containsExactly("/agent/voice");
		assertThat(client.sent).containsExactly("GET /get_supported_voices", "GET /get_supported_languages");
	}

	@Test
	void aCatalogueThatIsNotAListOfNamesIsNotCheckedAgainst() {
		client.answers("{\"status\": true, \"result\": {\"voice\": [{\"id\": 1, \"label\": \"Meera\"}]}}",
				"{\"status\": true, \"result\": {\"languages\": []}}");

		assertThat(check("{\"voice\": \"Zed\", \"language\": \"klingon\"}")).isEmpty();
	}

	@Test
	void aCatalogueAnswerWithoutItsListIsGarbageForTheCallerWhoAskedForIt() {
		client.answers("{\"status\": true, \"result\": {}}", LANGUAGES);

		assertThatThrownBy(() -> catalogues.fetch(ToinggCatalogue.VOICES)).isInstanceOfSatisfying(
				GatewayException.class, ex -> assertThat(ex.getMessage()).contains("no result.voice"));
		assertThat(check("{\"voice\": \"Zed\", \"language\": \"english\"}")).as("unreadable: not checked").isEmpty();
	}

	@Test
	void aListingReplacesWhatTheCheckKnows() {
		client.answers(VOICES, LANGUAGES);
		check("{\"voice\": \"Meera\", \"language\": \"english\"}");

		client.answers("{\"status\": true, \"result\": {\"voice\": [\"Meera\", \"Kiran\"]}}", LANGUAGES);
		JsonNode listed = catalogues.fetch(ToinggCatalogue.VOICES);

		assertThat(listed.toString()).isEqualTo("[\"Meera\",\"Kiran\"]");
		assertThat(check("{\"voice\": \"Kiran\", \"language\": \"english\"}")).isEmpty();
		assertThat(client.sent).hasSize(3);
	}

	@Test
	void aLongCatalogueIsNamedInPartWithWhereToFindTheRest() {
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 45; i++) {
			many.append(i == 0 ? "" : ",").append("\"v").append(i).append('"');
		}
		client.answers("{\"result\": {\"voice\": [" + many + "]}}", LANGUAGES);

		String message = check("{\"voice\": \"Zed\"}").get(0).message();

		assertThat(message).contains("v39 and 5 more (GET /connections/toingg-main/voices)").doesNotContain("v40");
	}

	private List<FieldProblem> check(String model) {
		return catalogues.check(MAPPER.readTree(model), spec -> true, spec -> false);
	}

	/** Answers the two catalogue paths as told, and records what was sent. */
	private static final class FakeClient implements ProviderClient {

		private final Map<String, Supplier<ProviderResponse>> answers = new HashMap<>();

		final List<String> sent = new ArrayList<>();

		final List<Operation> operations = new ArrayList<>();

		void answers(String voices, String languages) {
			answers.put("/get_supported_voices", () -> ok(voices));
			answers.put("/get_supported_languages", () -> ok(languages));
		}

		void failures() {
			Supplier<ProviderResponse> failing = () -> {
				throw new GatewayException(ProblemType.UPSTREAM_ERROR, "The provider failed", "toingg answered 500");
			};
			answers.put("/get_supported_voices", failing);
			answers.put("/get_supported_languages", failing);
		}

		@Override
		public OutboundRequest request(String method, String path, JsonNode body) {
			return new OutboundRequest(method, path, Map.of(), body);
		}

		@Override
		public ProviderResponse send(OutboundRequest request, Operation operation, EarlierAttempts earlier) {
			sent.add(request.method() + " " + request.url());
			operations.add(operation);
			return answers.get(request.url()).get();
		}

		private static ProviderResponse ok(String json) {
			return new ProviderResponse(200, new HttpHeaders(), MAPPER.readTree(json), true);
		}
	}
}
