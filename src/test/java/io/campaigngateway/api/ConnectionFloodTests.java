package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.GatewayApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Idle connections that fill the API port's connections and its accept queue leave every new client there without
 * an answer; the management port, a connector of its own, still answers health — what a liveness probe needs in
 * order not to restart a gateway that is only being flooded.
 */
class ConnectionFloodTests {

	private static final int MAX_CONNECTIONS = 8;

	private static final int ACCEPT_COUNT = 2;

	@Test
	void healthAnswersOnTheManagementPortWhileTheApiPortsConnectionsAreExhausted() throws Exception {
		try (ConfigurableApplicationContext gateway = SpringApplication.run(GatewayApplication.class, "--server.port=0",
				"--management.server.port=0", "--server.tomcat.max-connections=" + MAX_CONNECTIONS,
				"--server.tomcat.accept-count=" + ACCEPT_COUNT)) {
			int apiPort = ((WebServerApplicationContext) gateway).getWebServer().getPort();
			int managementPort = gateway.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
			List<Socket> flood = new ArrayList<>();
			try {
				// more than the connections and the queue hold: the surplus waits in the kernel or is dropped
				for (int i = 0; i < MAX_CONNECTIONS + ACCEPT_COUNT + 10; i++) {
					flood.add(idle(apiPort));
				}
				assertThat(answersWithin(apiPort, Duration.ofMillis(1500))).as("the API port is exhausted").isFalse();

				HttpResponse<String> health = HttpClient.newBuilder()
					.connectTimeout(Duration.ofSeconds(2))
					.build()
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/liveness"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(health.statusCode()).isEqualTo(200);
				assertThat(health.body()).contains("\"UP\"");
			}
			finally {
				for (Socket socket : flood) {
					socket.close();
				}
			}
		}
	}

	/** A connection that sends nothing; one the kernel no longer completes is left out. */
	private static Socket idle(int port) throws IOException {
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
		}
		catch (SocketTimeoutException ex) {
			// the accept queue and the kernel's backlog are full: nothing more to hold
		}
		return socket;
	}

	/** Whether a health request on a new connection to the port gets any answer in time. */
	private static boolean answersWithin(int port, Duration wait) throws IOException {
		try (Socket socket = new Socket()) {
			try {
				socket.connect(new InetSocketAddress("127.0.0.1", port), (int) wait.toMillis());
				socket.setSoTimeout((int) wait.toMillis());
				socket.getOutputStream().write("GET /v3/api-docs HTTP/1.1\r\nHost: gateway\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
				return socket.getInputStream().read() >= 0;
			}
			catch (SocketTimeoutException ex) {
				return false;
			}
		}
	}
}
