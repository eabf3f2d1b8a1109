package io.campaigngateway.provider.voxo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VOXO's North-American numbers: ten digits out, ten bare digits read as +1 back (issue 32: VOXO's own rules; every
 * case of CampaignRulesTests.convertsNorthAmericanNumbersOnly is here, so that test can go with PhoneNumbers' copy).
 */
class VoxoNumbersTests {

	@ParameterizedTest
	@CsvSource(nullValues = "none", value = { "+12025550143,2025550143", "+13125550178,3125550178",
			"+442071838750,none", "+919876543210,none", "2025550143,none", "+1202555014,none", "none,none",
			"+12025550143x,none" })
	void aNorthAmericanE164NumberIsItsTenDigitsAndNothingElseIs(String e164, String digits) {
		assertThat(VoxoNumbers.northAmericanDigits(e164).orElse(null)).isEqualTo(digits);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "none", value = { "2025550143,+12025550143", "+442071838750,+442071838750",
			"442071838750,+442071838750", "12025550143,+12025550143", "'(202) 555-0143',+12025550143",
			"+1 202 555 0143,+12025550143", "'+1 (202) 555-0143',+12025550143", "none,none", "'',''", "unknown,unknown" })
	void aReportedNumberIsReadAsE164WithTenBareDigitsAsNorthAmerican(String reported, String e164) {
		assertThat(VoxoNumbers.toE164(reported)).isEqualTo(e164);
	}
}
