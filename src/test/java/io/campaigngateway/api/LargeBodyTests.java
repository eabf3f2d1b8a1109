package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

/** A well-formed body within {@code gateway.limits.max-request-body} (4 MB) is read as the JSON it is, however long its values. */
class LargeBodyTests extends WireMockGatewayTest {

	/**
	 * A dry run reads, checks and maps the create exactly as a create does; it leaves out only the 3 MB upload, which
	 * on a loaded machine can outlast the 2-second response timeout of the test's VOXO connection.
	 */
	@Test
	void aThreeMegabyteMessageIsReadAndMappedNotCalledInvalid() {
		String message = "Your appointment is on Tuesday. ".repeat(3 * 1024 * 1024 / 32);

		Answer answer = gateway.post("/campaigns?dryRun=true", """
				{"connection": "voxo", "name": "Appointment reminders", "status": "paused", "callerId": "+12025550143",
				 "contacts": [{"phoneNumber": "+13125550178"}],
				 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00",
				              "timezone": "America/Chicago"},
				 "message": "%s"}""".formatted(message));

		assertThat(answer.status()).as(answer.toString().substring(0, Math.min(400, answer.toString().length())))
			.isEqualTo(200);
		assertThat(answer.json().path("requests").path(0).path("body").path("message").asString()).isEqualTo(message);
		assertThat(voxo.getAllServeEvents()).isEmpty();
	}
}
