package io.campaigngateway.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import io.campaigngateway.provider.spi.SupportedFields;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CampaignReaderTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final CampaignReader reader = new CampaignReader(MAPPER);

	@Test
	void rejectsEveryWrongJsonTypeByPointerWithoutCoercion() {
		assertThatThrownBy(() -> reader.read(MAPPER.readTree("""
				{"name": 123, "recording": "true", "pacing": {"secondsBetweenCalls": "30"}, "contacts": {},
				 "destinations": [{"type": "x", "id": 1.5}], "contactLists": [null]}""")))
			.isInstanceOfSatisfying(GatewayException.class, ex -> {
				assertThat(ex.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
				assertThat(ex.errors()).extracting(FieldProblem::pointer).containsExactlyInAnyOrder("/name", "/recording",
						"/pacing/secondsBetweenCalls", "/contacts", "/destinations/0/id", "/contactLists/0");
			});
	}

	@Test
	void controlCharactersAreMalformedButTabsAndLineBreaksAreText() {
		assertThatThrownBy(() -> reader.read(MAPPER.readTree("""
				{"name": "a\\u0000b", "message": "line\\nline\\tcell\\r\\n", "customField": "x\\u007f",
				 "contacts": [{"phoneNumber": "+14155550123", "fields": {"note": "\\u001b[2J"}}]}""")))
			.isInstanceOfSatisfying(GatewayException.class, ex -> assertThat(ex.errors()).extracting(FieldProblem::pointer)
				.containsExactlyInAnyOrder("/name", "/customField", "/contacts/0/fields"));
	}

	@Test
	void integersOutsideTheIntRangeAreMalformed() {
		assertThat(reader.read(MAPPER.readTree("{\"pacing\": {\"callsPerMinute\": 2147483647}}")).campaign().pacing()
			.callsPerMinute()).isEqualTo(Integer.MAX_VALUE);
		assertThatThrownBy(() -> reader.read(MAPPER.readTree("{\"pacing\": {\"callsPerMinute\": 2147483648}}")))
			.isInstanceOfSatisfying(GatewayException.class, ex -> assertThat(ex.errors())
				.extracting(FieldProblem::pointer, FieldProblem::message)
				.containsExactly(tuple("/pacing/callsPerMinute", "must be a whole number between -2147483647 and 2147483647")));
	}

	@Test
	void collectsUnknownFieldsByNameAtEveryDepth() {
		CampaignReader.Document document = reader.read(MAPPER.readTree("""
				{"nme": "x", "schedule": {"startsAt": "t"}, "contacts": [{"phoneNumber": "+1", "nmae": "a"}]}"""));
		assertThat(document.unknownFields()).extracting(FieldProblem::pointer)
			.containsExactly("/nme", "/schedule/startsAt", "/contacts/0/nmae");
	}

	@Test
	void ignoresReadOnlyFields() {
		CampaignReader.Document document = reader.read(MAPPER.readTree("""
				{"id": "voxo:1", "provider": "voxo", "providerCampaignId": "1", "createdAt": "x", "name": "n"}"""));
		assertThat(document.unknownFields()).isEmpty();
		assertThat(document.campaign().id()).isNull();
		assertThat(document.node().propertyNames()).containsExactly("name");
	}

	@Test
	void aBodyThatIsNotAnObjectIsMalformed() {
		assertThatThrownBy(() -> reader.read(MAPPER.readTree("[1]")))
			.isInstanceOfSatisfying(GatewayException.class, ex -> assertThat(ex.type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
	}

	@Test
	void aPatchTellsTouchedAndClearedFields() {
		CampaignReader.Document document = reader.read(MAPPER.readTree("{\"agent\": null, \"schedule\": {\"endAt\": null}}"));
		CampaignPatch patch = new CampaignPatch(document.node(), document.campaign());
		assertThat(patch.touches("agent.voice")).isTrue();
		assertThat(patch.touches("schedule.startAt")).isFalse();
		assertThat(patch.clearedPointers()).containsExactly("/agent", "/schedule/endAt");
	}

	@Test
	void aProviderOptionSetToNullIsAClearButNullsInsideItsValueAreTheProvidersOwn() {
		CampaignReader.Document document = reader.read(MAPPER.readTree(
				"{\"providerOptions\": {\"flowName\": null, \"shape\": {\"inner\": null}}}"));
		assertThat(new CampaignPatch(document.node(), document.campaign()).clearedPointers())
			.containsExactly("/providerOptions/flowName");
	}

	@Test
	void providerFieldsOutsideTheDeclaredPathsAreUnsupportedAtTheHighestLevel() {
		SupportedFields supported = new SupportedFields("exotel", Set.of("name", "contacts.phoneNumber", "schedule.startAt"));
		List<FieldProblem> problems = supported.unsupportedIn(MAPPER.readTree("""
				{"name": "n", "connection": "c", "agent": {"voice": "v"},
				 "contacts": [{"phoneNumber": "+1", "name": "x"}], "schedule": {"startAt": "s", "timezone": "z"}}"""),
				Set.of("connection"));
		assertThat(problems).extracting(FieldProblem::pointer).containsExactly("/agent", "/contacts/0/name", "/schedule/timezone");
	}

	@Test
	void clearingAPartlySupportedFieldIsLeftToTheProviderButClearingAnUnsupportedOneIsNot() {
		SupportedFields supported = new SupportedFields("voxo", Set.of("contacts.phoneNumber", "schedule.callingHours.start"));
		List<FieldProblem> problems = supported.unsupportedIn(MAPPER.readTree("""
				{"contacts": null, "schedule": {"callingHours": null}, "agent": null}"""), Set.of());
		assertThat(problems).extracting(FieldProblem::pointer).containsExactly("/agent");
	}
}
