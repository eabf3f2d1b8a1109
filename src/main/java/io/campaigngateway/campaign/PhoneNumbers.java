package io.campaigngateway.campaign;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;

/** E.164 checks and conversions, by libphonenumber. */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** Below this many numbers, one thread checks them all. */
	private static final int PARALLEL_FROM = 500;

	/**
	 * One libphonenumber per core for long lists: its regex cache is a synchronized LRU map, and two threads
	 * sharing one spent more time in that map than in matching (bench/RESULTS.md).
	 */
	private static final PhoneNumberUtil[] PER_CORE = IntStream
		.range(0, Math.max(1, Runtime.getRuntime().availableProcessors()))
		.mapToObj(i -> i == 0 ? UTIL
				: PhoneNumberUtil.createInstance(DefaultMetadataDependenciesProvider.getInstance().getMetadataLoader()))
		.toArray(PhoneNumberUtil[]::new);

	private PhoneNumbers() {
	}

	/** Whether the text is a number in E.164 form ({@code +} and digits only) that libphonenumber accepts. */
	public static boolean isE164(String text) {
		return e164(text).isPresent();
	}

	/** The number, when the text is one in E.164 form that libphonenumber accepts. */
	public static Optional<PhoneNumber> e164(String text) {
		return parseE164(UTIL, text);
	}

	/** The positions of the texts that are not {@link #isE164 E.164 numbers}, in order; long lists on every core. */
	public static int[] notE164(List<String> texts) {
		int slices = texts.size() < PARALLEL_FROM ? 1 : Math.min(PER_CORE.length, texts.size() / PARALLEL_FROM);
		IntStream bySlice = IntStream.range(0, slices);
		return (slices > 1 ? bySlice.parallel() : bySlice).flatMap(slice -> {
			int from = texts.size() * slice / slices;
			int to = texts.size() * (slice + 1) / slices;
			return IntStream.range(from, to).filter(i -> parseE164(PER_CORE[slice], texts.get(i)).isEmpty());
		}).toArray();
	}

	/** A number as logs may show it: its last four digits. */
	public static String mask(String number) {
		if (number == null) {
			return null;
		}
		return number.length() <= 4 ? "***" : "***" + number.substring(number.length() - 4);
	}

	private static Optional<PhoneNumber> parseE164(PhoneNumberUtil util, String text) {
		if (!hasE164Shape(text)) {
			return Optional.empty();
		}
		Optional<PhoneNumber> quick = split(text).filter(util::isValidNumber);
		if (quick.isPresent()) {
			return quick;
		}
		try {
			PhoneNumber number = util.parse(text, null);
			return util.isValidNumber(number) ? Optional.of(number) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/** {@code +} then 7 to 15 digits, the first not 0: the E.164 pattern, checked without a regex (thousands per request). */
	static boolean hasE164Shape(String text) {
		if (text == null || text.length() < 8 || text.length() > 16 || text.charAt(0) != '+' || text.charAt(1) == '0') {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Country code and national number of an E.164 text, split as libphonenumber's parser splits it but without
	 * its normalisation passes (a 5,000-contact campaign checks 3–4× faster). Numbers this cannot judge — a
	 * national part with a leading zero — and every number it finds invalid go through the full parser.
	 */
	private static Optional<PhoneNumber> split(String e164) {
		for (int length = 1; length <= 3 && length < e164.length() - 1; length++) {
			int countryCode = Integer.parseInt(e164.substring(1, 1 + length));
			if ("ZZ".equals(UTIL.getRegionCodeForCountryCode(countryCode))) {
				continue;
			}
			String national = e164.substring(1 + length);
			return national.startsWith("0") ? Optional.empty()
					: Optional.of(new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(national)));
		}
		return Optional.empty();
	}
}
