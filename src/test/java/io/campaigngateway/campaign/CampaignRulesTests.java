package io.campaigngateway.campaign;

import static io.campaigngateway.support.Campaigns.campaign;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignRulesTests {

	private static List<String> pointers(String json) {
		return CampaignRules.check(campaign(json)).stream().map(FieldProblem::pointer).toList();
	}

	@Test
	void aValidCampaignBreaksNoRule() {
		assertThat(pointers("""
				{"name": "n", "status": "active", "callerId": "+14155550123", "contacts": [{"phoneNumber": "+919876543210"}],
				 "schedule": {"startAt": "2026-12-01T09:00:00Z", "endAt": "2026-12-01T10:00:00+00:00",
				              "timezone": "Asia/Kolkata", "callingHours": {"start": "09:00", "end": "17:30"}},
				 "pacing": {"secondsBetweenCalls": 10, "callsPerMinute": 1},
				 "retry": {"maxRetries": 3, "intervalMinutes": 1, "backoff": "linear", "retryOn": ["busy", "no-answer", "failed"]},
				 "callFlowUrl": "https://x.example/flow", "destinations": [{"type": "q", "id": 1}]}""")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"callerId\": \"4155550123\"}|/callerId",
			"{\"callerId\": \"+1415555\"}|/callerId", "{\"contacts\": [{\"phoneNumber\": \"+99912\"}]}|/contacts/0/phoneNumber",
			"{\"contacts\": [{\"name\": \"a\"}]}|/contacts/0/phoneNumber", "{\"status\": \"running\"}|/status",
			"{\"schedule\": {\"startAt\": \"2026-12-01T09:00:00\"}}|/schedule/startAt",
			"{\"schedule\": {\"endAt\": \"tomorrow\"}}|/schedule/endAt",
			"{\"schedule\": {\"timezone\": \"+05:30\"}}|/schedule/timezone",
			"{\"schedule\": {\"timezone\": \"Mars/Olympus\"}}|/schedule/timezone",
			"{\"schedule\": {\"callingHours\": {\"start\": \"9:00\", \"end\": \"17:00\"}}}|/schedule/callingHours/start",
			"{\"schedule\": {\"callingHours\": {\"start\": \"09:00\", \"end\": \"24:00\"}}}|/schedule/callingHours/end",
			"{\"pacing\": {\"secondsBetweenCalls\": 9}}|/pacing/secondsBetweenCalls",
			"{\"pacing\": {\"callsPerMinute\": 0}}|/pacing/callsPerMinute", "{\"retry\": {\"maxRetries\": 4, \"intervalMinutes\": 5}}|/retry/maxRetries",
			"{\"retry\": {\"maxRetries\": 1}}|/retry/intervalMinutes", "{\"retry\": {\"backoff\": \"random\"}}|/retry/backoff",
			"{\"retry\": {\"retryOn\": [\"busy\", \"voicemail\"]}}|/retry/retryOn/1", "{\"callFlowUrl\": \"ftp://x\"}|/callFlowUrl",
			"{\"callbacks\": {\"callStatus\": \"not a url\"}}|/callbacks/callStatus",
			"{\"destinations\": [{\"type\": \"q\"}]}|/destinations/0/id", "{\"name\": \"  \"}|/name",
			"{\"voicemailDetection\": {\"onMachine\": [{\"id\": 2}]}}|/voicemailDetection/onMachine/0/type",
			"{\"agent\": {\"script\": \"too short\"}}|/agent/script",
			"{\"contactLists\": [\"list-1\", \" \"]}|/contactLists/1",
			"{\"voicemailDetection\": {\"onHuman\": [{\"type\": \"q\", \"id\": 0}]}}|/voicemailDetection/onHuman/0/id",
			"{\"destinations\": [{\"type\": \"q\", \"id\": 1, \"order\": -1}]}|/destinations/0/order",
			"{\"callbacks\": {\"contactCompleted\": \"/relative\"}}|/callbacks/contactCompleted",
			"{\"callbacks\": {\"campaignStatus\": \"mailto:a@b.example\"}}|/callbacks/campaignStatus",
			"{\"retry\": {\"maxRetries\": -1}}|/retry/maxRetries", "{\"retry\": {\"intervalMinutes\": 0}}|/retry/intervalMinutes",
			"{\"schedule\": {\"callingHours\": {\"start\": \"09:00\", \"end\": \"09:00\"}}}|/schedule/callingHours/end" })
	void eachRuleNamesItsField(String json, String pointer) {
		assertThat(pointers(json)).containsExactly(pointer);
	}

	@Test
	void theBoundsThemselvesAreAllowed() {
		String script = "x".repeat(CampaignRules.MIN_SCRIPT_LENGTH);

		assertThat(pointers("""
				{"retry": {"maxRetries": 0}, "destinations": [{"type": "q", "id": 1, "order": 0}],
				 "contactLists": ["list-1"], "agent": {"script": "%s"}}""".formatted(script))).isEmpty();
		assertThat(pointers("{\"agent\": {\"script\": \"%s\"}}".formatted(script.substring(1)))).containsExactly("/agent/script");
	}

	@Test
	void aContactWithoutANumberIsToldItIsRequiredNotMalformed() {
		assertThat(CampaignRules.check(campaign("{\"contacts\": [{\"name\": \"a\"}, {\"phoneNumber\": \"12\"}]}")))
			.extracting(FieldProblem::code).containsExactly("required", "e164");
	}

	@Test
	void endMustComeAfterStart() {
		assertThat(pointers("{\"schedule\": {\"startAt\": \"2026-12-01T10:00:00+01:00\", \"endAt\": \"2026-12-01T09:00:00Z\"}}"))
			.containsExactly("/schedule/endAt");
	}

	@Test
	void aPatchMayNameOneEndOfTheCallingHoursAndACreateMayNot() {
		Campaign oneEnd = campaign("{\"schedule\": {\"callingHours\": {\"end\": \"18:00\"}}}");

		assertThat(CampaignRules.check(oneEnd, false)).isEmpty();
		assertThat(CampaignRules.check(oneEnd)).extracting(FieldProblem::pointer).containsExactly("/schedule/callingHours/start");
		assertThat(CampaignRules.check(campaign("{\"schedule\": {\"callingHours\": {\"end\": \"6pm\"}}}"), false))
			.extracting(FieldProblem::code).containsExactly("pattern");
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		assertThat(pointers("{\"callerId\": \"x\", \"status\": \"x\", \"pacing\": {\"callsPerMinute\": 0}}")).hasSize(3);
	}

	@ParameterizedTest
	@CsvSource({ "+14155550123,true", "+12025550143,true", "+442071838750,true", "+390612345678,true",
			"+919876543210,true", "+8613800138000,true", "+80012345678,true", "+4407911123456,true", "+99912345678,false",
			"+1415555,false", "+11234567890,false", "14155550123,false", "+1 415 555 0123,false" })
	void e164ChecksAgreeWithLibphonenumber(String number, boolean valid) {
		assertThat(PhoneNumbers.isE164(number)).isEqualTo(valid);
	}

	@Test
	void longListsAreCheckedOnEveryCoreWithTheSameVerdictsInOrder() {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			numbers.add(i % 997 == 3 ? "+99912345678" : i % 1499 == 7 ? null : "+9198765" + "%05d".formatted(i));
		}
		int[] expected = IntStream.range(0, numbers.size()).filter(i -> !PhoneNumbers.isE164(numbers.get(i))).toArray();

		assertThat(PhoneNumbers.notE164(numbers)).containsExactly(expected)
			.contains(3, 7, 1000, 1506, 4988).hasSize(10);
	}

	@Test
	void masksKeepOnlyTheLastFourDigits() {
		assertThat(PhoneNumbers.mask("+12025550143")).isEqualTo("***0143");
		assertThat(PhoneNumbers.mask("0143")).isEqualTo("***");
		assertThat(PhoneNumbers.mask(null)).isNull();
	}
}
