package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.campaigngateway.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Requests Tomcat refuses before any filter runs: a problem answer, and nothing of the request in the log (at
 * its default level Tomcat would log the offending header line whole, once per request processor).
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusedRequestTests extends WireMockGatewayTest {

	@Test
	void aControlCharacterInAHeaderIsAProblemAndTheHeaderIsNotLogged(CapturedOutput output) throws IOException {
		String answer = raw("GET /connections HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Bearer " + MAIN_KEY + "\u0001\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
			.containsIgnoringCase("X-Request-Id: ").containsIgnoringCase("X-Content-Type-Options: nosniff")
			.contains("\"type\":\"https://campaign-gateway/problems/malformed-request\"", "\"status\":400")
			.doesNotContain("<html");
		assertThat(output.getAll()).doesNotContain(MAIN_KEY);
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
