package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.campaigngateway.GatewayApplication;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.GatewayClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping the gateway lets the requests in flight finish: a rolling deploy must not cut an answer off. */
class GracefulShutdownTests {

	private static final long PROVIDER_MILLIS = 1500;

	@Test
	void aRequestInFlightWhenTheGatewayStopsStillGetsItsAnswer() throws Exception {
		CountDownLatch reached = new CountDownLatch(1);
		// the JDK's server rather than WireMock: its handler says the moment the PATCH arrives, so the stop is
		// certain to fall while the provider holds the call
		HttpServer voxo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		voxo.createContext("/", exchange -> answerSlowly(exchange, reached));
		voxo.start();
		try {
			ConfigurableApplicationContext gateway = SpringApplication.run(GatewayApplication.class, "--server.port=0",
					"--gateway.security.enabled=false", "--gateway.connections.voxo.provider=voxo",
					"--gateway.connections.voxo.base-url=http://127.0.0.1:" + voxo.getAddress().getPort(),
					"--gateway.connections.voxo.token=t", "--gateway.connections.voxo.tenant-id=1");
			int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
			CompletableFuture<Answer> inFlight = CompletableFuture
				.supplyAsync(() -> new GatewayClient(port, null).patch("/campaigns/voxo:7", "{\"name\": \"Renamed\"}"));
			assertThat(reached.await(30, TimeUnit.SECONDS)).as("the PATCH reached the provider").isTrue();

			long closing = System.nanoTime();
			gateway.close();
			long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closing);

			Answer answer = inFlight.get(30, TimeUnit.SECONDS);
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			assertThat(answer.json().path("id").asString()).isEqualTo("voxo:7");
			// the stop waited for the provider's answer rather than finding nothing in flight
			assertThat(waitedMillis).isGreaterThan(PROVIDER_MILLIS / 3);
		}
		finally {
			voxo.stop(0);
		}
	}

	private static void answerSlowly(HttpExchange exchange, CountDownLatch reached) throws IOException {
		exchange.getRequestBody().readAllBytes();
		reached.countDown();
		try {
			Thread.sleep(PROVIDER_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		byte[] body = Fixtures.read("voxo/campaign-response.json").replaceFirst("\"id\": *\\d+", "\"id\": 7")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}
}
