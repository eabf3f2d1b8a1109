package io.campaigngateway.provider.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list position that is a provider's offset, in decimal, as an adapter writes it for a next page. */
class CampaignPageTests {

	@Test
	void readsWhatItWrites() {
		assertThat(CampaignPage.offset(null)).isZero();
		assertThat(CampaignPage.offset(Integer.toString(40))).isEqualTo(40);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-20", "020", "2e1", "20 ", "abc", "", "9999999999" })
	void refusesAPositionItCannotHaveWritten(String position) {
		assertThatThrownBy(() -> CampaignPage.offset(position)).isInstanceOfSatisfying(GatewayException.class,
				refused -> assertThat(refused.type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
	}
}
