package io.campaigngateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import org.junit.jupiter.api.Test;

class ListCursorTests {

	@Test
	void aCursorGivesBackTheProvidersPositionForItsConnection() {
		String cursor = ListCursor.write("exotel", "40");

		assertThat(cursor).doesNotContain("exotel", "40").as("opaque");
		assertThat(ListCursor.read(cursor, "exotel")).isEqualTo("40");
	}

	@Test
	void aCursorOfAnotherConnectionIsRefused() {
		String cursor = ListCursor.write("exotel", "40");

		assertRefused(cursor, "exotel-mumbai");
	}

	@Test
	void anAlteredCursorIsRefused() {
		String cursor = ListCursor.write("exotel", "40");
		String payload = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("exotel\n400".getBytes(StandardCharsets.UTF_8));

		assertRefused(payload + cursor.substring(cursor.indexOf('.')), "exotel");
		assertRefused(cursor.substring(0, cursor.length() - 2) + "AA", "exotel");
		assertRefused("not a cursor", "exotel");
		assertRefused("", "exotel");
		assertRefused(".", "exotel");
	}

	private static void assertRefused(String cursor, String connection) {
		assertThatThrownBy(() -> ListCursor.read(cursor, connection)).isInstanceOfSatisfying(GatewayException.class,
				ex -> {
					assertThat(ex.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
					assertThat(ex.detail()).contains("'cursor'");
				});
	}
}
