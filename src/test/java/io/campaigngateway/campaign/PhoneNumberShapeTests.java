package io.campaigngateway.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written E.164 shape check says exactly what the E.164 pattern says. */
class PhoneNumberShapeTests {

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	@Property(tries = 5000)
	void agreesWithTheE164Pattern(@ForAll @StringLength(max = 18) @Chars({ '+', '0', '1', '5', '9', 'a', ' ', '-' }) String text) {
		assertThat(PhoneNumbers.hasE164Shape(text)).isEqualTo(E164.matcher(text).matches());
	}

	@Property(tries = 2000)
	void acceptsEveryWellFormedNumber(@ForAll @StringLength(min = 6, max = 14) @Chars({ '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' }) String rest) {
		assertThat(PhoneNumbers.hasE164Shape("+7" + rest)).isTrue();
	}
}
