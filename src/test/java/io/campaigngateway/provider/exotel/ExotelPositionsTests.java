package io.campaigngateway.provider.exotel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list position is Exotel's offset in decimal, as the adapter writes it for a next page. */
class ExotelPositionsTests {

	@Test
	void readsWhatItWrites() {
		assertThat(ExotelPositions.offset(null)).isZero();
		assertThat(ExotelPositions.offset(ExotelPositions.of(40))).isEqualTo(40);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-20", "020", "2e1", "20 ", "abc", "", "9999999999" })
	void refusesAPositionItCannotHaveWritten(String position) {
		assertThatThrownBy(() -> ExotelPositions.offset(position)).isInstanceOfSatisfying(GatewayException.class,
				refused -> assertThat(refused.type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
	}
}
