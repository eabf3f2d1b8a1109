package io.campaigngateway.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written E.164 shape check says exactly what the E.164 pattern says. */
class PhoneNumberShapeTests {

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	/** Texts near the E.164 shape (a plus, mostly digits, the characters either side of the digits): the edges get hit. */
	@Test
	void agreesWithTheE164Pattern() {
		Gen<String> lead = Generate.pick(List.of("+", "+", "+", "+0", "", "a", "++"));
		Gen<String> rest = text(List.of('0', '1', '5', '9', '0', '1', '5', '9', 'a', ' ', '-', '+', '/', ':'), 0, 17);
		qt().withFixedSeed(20261124L).withExamples(5000)
			.forAll(lead, rest)
			.checkAssert((start, end) -> {
				String text = start + end;
				assertThat(PhoneNumbers.hasE164Shape(text)).as(text).isEqualTo(E164.matcher(text).matches());
			});
	}

	@Test
	void acceptsEveryWellFormedNumber() {
		qt().withFixedSeed(20261124L).withExamples(2000)
			.forAll(text(List.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), 6, 14))
			.checkAssert(rest -> assertThat(PhoneNumbers.hasE164Shape("+7" + rest)).as(rest).isTrue());
	}

	private static Gen<String> text(List<Character> alphabet, int minLength, int maxLength) {
		return lists().of(Generate.pick(alphabet)).ofSizeBetween(minLength, maxLength)
			.map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
	}
}
