package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Requests the API cannot serve for what their headers or query string say: each a 4xx problem, nothing sent to a
 * provider, and no stack trace in the log. (The outside fuzz run's case: a multipart Content-Type was a 500.)
 */
@ExtendWith(OutputCaptureExtension.class)
class UnservedRequestTests extends WireMockGatewayTest {

	private static final String CREATE = "{\"connection\": \"voxo\", \"name\": \"Reminders\"}";

	@Test
	void aMultipartBodyIsA415ForCreateAndUpdate(CapturedOutput output) {
		for (String type : List.of("multipart/form-data", "multipart/mixed", "multipart/form-data; boundary=",
				"multipart/form-data; boundary=x")) {
			refused(gateway.send("POST", "/campaigns", CREATE, type, "X-Request-Id", "multipart-create"), 415);
			refused(gateway.send("PATCH", "/campaigns/voxo:41", "{\"name\": \"Later\"}", type, "X-Request-Id",
					"multipart-update"), 415);
		}

		quietLog(output, "multipart-update");
	}

	@Test
	void aFormBodyIsA415AndNeverReadAsParameters(CapturedOutput output) {
		String form = "dryRun=true&name=%zz&x=%ff";
		for (String type : List.of("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=bogus")) {
			refused(gateway.send("POST", "/campaigns", form, type, "X-Request-Id", "form-create"), 415);
			refused(gateway.send("PATCH", "/campaigns/voxo:41", form, type, "X-Request-Id", "form-update"), 415);
		}

		quietLog(output, "form-update");
	}

	@Test
	void aQueryStringThatDoesNotDecodeIsA400(CapturedOutput output) {
		refused(gateway.post("/campaigns?dryRun=%ff", CREATE), 400);
		refused(gateway.patch("/campaigns/voxo:41?dryRun=true&x=%c3%28", "{\"name\": \"Later\"}"), 400);
		Answer read = gateway.get("/campaigns/voxo:41?%e9", "X-Request-Id", "query-read");
		refused(read, 400);
		assertThat(read.json().path("detail").asString()).contains("percent-encoding");

		quietLog(output, "query-read");
	}

	private void refused(Answer answer, int status) {
		assertThat(answer.status()).as("%s", answer).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("status").asInt()).isEqualTo(status);
		assertThat(voxo.getAllServeEvents()).as("nothing reaches the provider").isEmpty();
	}

	/** Once the last request's access line is out (it asks for a parameter too), the log has no failure in it. */
	private static void quietLog(CapturedOutput output, String lastRequestId) {
		await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("requestId=" + lastRequestId));
		assertThat(output.getOut()).doesNotContain("\tat ").doesNotContain(" ERROR ").doesNotContain("Exception");
	}
}
