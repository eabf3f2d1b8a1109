package io.campaigngateway.campaign;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** E.164 checks and conversions, by libphonenumber. */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** Whether the text is a number in E.164 form ({@code +} and digits only) that libphonenumber accepts. */
	public static boolean isE164(String text) {
		return parseE164(text).isPresent();
	}

	/** The ten national digits of a North American (+1) number, for providers that want them bare. */
	public static Optional<String> northAmericanDigits(String e164) {
		return parseE164(e164).filter(n -> n.getCountryCode() == 1)
			.map(n -> String.valueOf(n.getNationalNumber()))
			.filter(digits -> digits.length() == 10);
	}

	/** Best-effort E.164 for a number a provider reports; ten bare digits are read as North American. */
	public static String toE164(String reported) {
		if (reported == null) {
			return null;
		}
		String digits = reported.replaceAll("[^0-9]", "");
		if (reported.startsWith("+")) {
			return "+" + digits;
		}
		return digits.length() == 10 ? "+1" + digits : "+" + digits;
	}

	/** A number as logs may show it: its last four digits. */
	public static String mask(String number) {
		if (number == null) {
			return null;
		}
		return number.length() <= 4 ? "***" : "***" + number.substring(number.length() - 4);
	}

	private static Optional<PhoneNumber> parseE164(String text) {
		if (text == null || !text.matches("\\+[1-9][0-9]{6,14}")) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(text, null);
			return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}
}
