package io.campaigngateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.GatewayApplication;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.PlainLogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** One property switches the logs to JSON lines; the access line keeps its fields and the request id. */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTests {

	@AfterAll
	static void plainLogsForTheTestsAfter() {
		PlainLogs.restore();
	}

	/** Logback is configured once per JVM: other tests' contexts have set it up already, so start afresh. */
	@Test
	void accessLinesAreJsonWithTheRequestId(CapturedOutput output) {
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		try (ConfigurableApplicationContext app = SpringApplication.run(GatewayApplication.class, "--server.port=0",
				"--logging.structured.format.console=ecs")) {
			int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
			new GatewayClient(port, null).get("/connections", "X-Request-Id", "json-log-test-7");
		}
		String line = output.getOut().lines().filter(l -> l.contains("json-log-test-7") && l.contains("gateway.access"))
			.findFirst().orElseThrow();
		assertThat(line).startsWith("{").contains("\"requestId\":\"json-log-test-7\"").contains("\"route\":\"/connections\"")
			.contains("\"status\":200").containsPattern("\"durationMs\":[0-9]+\\.[0-9][,}]")
			.containsPattern("\"providerMs\":[0-9]+\\.[0-9][,}]");
	}
}
