package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.SlowClient;
import io.campaigngateway.support.WireMockGatewayTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that drips its request a byte a second is cut off once the headers or the body miss their deadline (2 s
 * here), on both ports, whereas Tomcat's own timeouts, reset at every byte, would let it hold the connection for
 * ever. Each cut is counted and logged with the client's address only.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "management.server.port=0",
		"gateway.limits.headers-timeout=2s", "gateway.limits.body-timeout=2s", "gateway.security.api-keys[0].name=ops",
		"gateway.security.api-keys[0].sha256=" + WireMockGatewayTest.MAIN_KEY_SHA256 })
class SlowRequestTests {

	private static final Duration DRIP = Duration.ofSeconds(1);

	/** The deadline, plus the poller's once-a-second timeout check and a loaded machine's scheduling. */
	private static final Duration CUT_WITHIN = Duration.ofSeconds(5);

	private static final Duration GIVE_UP = Duration.ofSeconds(15);

	@LocalServerPort
	int apiPort;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MeterRegistry registry;

	@Test
	void headersDrippedAByteASecondAreCutOffAtTheirDeadline(CapturedOutput output) throws Exception {
		double before = cuts("headers");
		try (SlowClient client = new SlowClient(apiPort)) {
			Duration held = client.dripUntilClosed("GET /connections HTTP/1.1\r\nHost: gateway\r\nX-Secret-Drip: ",
					"abc", DRIP, GIVE_UP);
			assertThat(held).isBetween(Duration.ofMillis(1800), CUT_WITHIN);
			assertThat(client.received()).as("no answer to a client that slow").isEmpty();
		}
		assertThat(cuts("headers")).isEqualTo(before + 1);
		assertThat(output.getOut()).containsPattern("Cut off a slow request from 127\\.0\\.0\\.1: its headers had not"
				+ " arrived after \\d+ ms").doesNotContain("X-Secret-Drip");
	}

	@Test
	void theManagementPortCutsOffSlowHeadersToo() throws Exception {
		double before = cuts("headers");
		try (SlowClient client = new SlowClient(managementPort)) {
			Duration held = client.dripUntilClosed("GET /actuator/health HTTP/1.1\r\nHost: gateway\r\nX-Drip: ", "abc",
					DRIP, GIVE_UP);
			assertThat(held).isBetween(Duration.ofMillis(1800), CUT_WITHIN);
		}
		assertThat(cuts("headers")).isEqualTo(before + 1);
	}

	@Test
	void aBodyDrippedAByteASecondIsCutOffAtItsDeadline() throws Exception {
		double before = cuts("body");
		try (SlowClient client = new SlowClient(apiPort)) {
			Duration held = client.dripUntilClosed(post("Authorization: Bearer " + WireMockGatewayTest.MAIN_KEY + "\r\n")
					+ "{\"connection\": \"", "voxo", DRIP, GIVE_UP);
			assertThat(held).isBetween(Duration.ofMillis(1800), CUT_WITHIN);
			assertThat(client.received()).as("no answer to a client that slow").isEmpty();
		}
		assertThat(cuts("body")).isEqualTo(before + 1);
	}

	@Test
	void aBodyLeftUnreadAfterTheAnswerIsDrainedUnderTheSameDeadline() throws Exception {
		double before = cuts("body");
		try (SlowClient client = new SlowClient(apiPort)) {
			// refused for its missing key before the body is read; Tomcat would swallow the rest byte by byte
			Duration held = client.dripUntilClosed(post("") + "{", "a", DRIP, GIVE_UP);
			assertThat(held).isBetween(Duration.ofMillis(1800), CUT_WITHIN);
			assertThat(client.received()).startsWith("HTTP/1.1 401");
		}
		assertThat(cuts("body")).isEqualTo(before + 1);
	}

	@Test
	void aBodySentAtOnceAfterAnEarlyAnswerLeavesTheConnectionUsable() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", apiPort)) {
			String refused = "POST /campaigns HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 2\r\n\r\n{}";
			String next = "GET /connections HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer "
					+ WireMockGatewayTest.MAIN_KEY + "\r\n\r\n";
			socket.getOutputStream().write((refused + next).getBytes(StandardCharsets.US_ASCII));
			String answers = readUntil(socket, "\"connections\"", Duration.ofSeconds(20));
			assertThat(answers).startsWith("HTTP/1.1 401").contains("HTTP/1.1 200");
		}
	}

	@Test
	void cutsAreExposedToPrometheusByPhase() {
		String metrics = new GatewayClient(managementPort, WireMockGatewayTest.MAIN_KEY).get("/actuator/prometheus")
			.raw()
			.body();
		assertThat(metrics).contains("gateway_slow_requests_cut_total{phase=\"headers\"}")
			.contains("gateway_slow_requests_cut_total{phase=\"body\"}");
	}

	private static String post(String headers) {
		return "POST /campaigns HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n" + headers
				+ "Content-Length: 200\r\n\r\n";
	}

	private double cuts(String phase) {
		return registry.get("gateway.slow.requests.cut").tag("phase", phase).counter().count();
	}

	private static String readUntil(Socket socket, String marker, Duration timeout) throws IOException {
		socket.setSoTimeout(100);
		StringBuilder read = new StringBuilder();
		byte[] buffer = new byte[8192];
		long until = System.nanoTime() + timeout.toNanos();
		InputStream in = socket.getInputStream();
		while (!read.toString().contains(marker) && System.nanoTime() < until) {
			try {
				int n = in.read(buffer);
				if (n < 0) {
					break;
				}
				read.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
			}
			catch (SocketTimeoutException ex) {
				// keep reading until the marker or the timeout
			}
		}
		return read.toString();
	}
}
