package io.campaigngateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gateway with no configuration at all: the three sandbox connections, served over real HTTP by the built-in
 * emulators, and no API key. Every test class that extends this shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SandboxGatewayTest {

	@LocalServerPort
	protected int port;

	protected GatewayClient gateway;

	@BeforeEach
	void client() {
		gateway = new GatewayClient(port, null);
	}
}
