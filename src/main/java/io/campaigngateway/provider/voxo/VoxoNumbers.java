package io.campaigngateway.provider.voxo;

import java.util.Optional;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.campaigngateway.campaign.PhoneNumbers;

/**
 * VOXO's North-American numbers (seed 002: {@code callerId} is ten digits, {@code ^[1-9]\d{9}$}, no {@code +1}):
 * E.164 to the ten national digits on the way out, and ten bare digits read as North American on the way back.
 */
final class VoxoNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final int NORTH_AMERICA = 1;

	private VoxoNumbers() {
	}

	/** The ten national digits of a valid North American (+1) E.164 number; empty for any other number. */
	static Optional<String> northAmericanDigits(String e164) {
		return PhoneNumbers.e164(e164)
			.filter(number -> number.getCountryCode() == NORTH_AMERICA)
			.map(UTIL::getNationalSignificantNumber)
			.filter(digits -> digits.length() == 10);
	}

	/**
	 * A number VOXO reports, in E.164 as far as it can be read: {@code +} and its digits as written, ten bare digits
	 * as a North American number ({@code +1}), any other bare digits as a number with its country code; text
	 * without a digit as VOXO wrote it.
	 */
	static String toE164(String reported) {
		if (reported == null) {
			return null;
		}
		String digits = PhoneNumberUtil.normalizeDigitsOnly(reported);
		if (digits.isEmpty()) {
			return reported;
		}
		if (!reported.strip().startsWith("+") && digits.length() == 10) {
			return "+" + NORTH_AMERICA + digits;
		}
		return "+" + digits;
	}
}
