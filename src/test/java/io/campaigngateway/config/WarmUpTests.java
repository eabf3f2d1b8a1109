package io.campaigngateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.GatewayApplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The request paths are warmed up before the gateway reports ready, and the warm-up leaves no trace in the API's figures. */
@ExtendWith(OutputCaptureExtension.class)
class WarmUpTests {

	@Test
	void theRequestPathsAreWarmedUpBeforeReadinessWithoutAccessLinesOrMetrics(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SpringApplication.run(GatewayApplication.class, "--server.port=0",
				"--gateway.warm-up.enabled=true")) {
			String log = output.getOut();
			int warmedUp = log.indexOf("Warmed up the request paths with");

			assertThat(warmedUp).as("the warm-up ran").isPositive();
			assertThat(log).containsPattern("Warmed up the request paths with [1-9][0-9]+ requests");
			assertThat(log.indexOf("gateway.access")).as("no access line for the warm-up").isEqualTo(-1);
			assertThat(context.getBean(MeterRegistry.class).find("gateway.requests").timers()).isEmpty();
			assertThat(context.getBean(MeterRegistry.class).find("gateway.validation.refusals").counters()).isEmpty();
			assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
				.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		}
	}
}
