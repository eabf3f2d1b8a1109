package io.campaigngateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The gateway with real connections, each pointed at its own WireMock server, and two callers' keys. Every
 * test class that extends this shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"gateway.connections.toingg.provider=toingg", "gateway.connections.toingg.token=tg-test-token-1",
		"gateway.connections.toingg.timeouts.response=2s", "gateway.connections.toingg.retry.first-backoff=10ms",
		"gateway.connections.toingg-fragile.provider=toingg", "gateway.connections.toingg-fragile.token=tg-test-token-2",
		"gateway.connections.toingg-fragile.circuit-breaker.minimum-calls=4",
		"gateway.connections.toingg-fragile.circuit-breaker.sliding-window=4",
		"gateway.connections.toingg-fragile.circuit-breaker.open-for=2s",
		"gateway.connections.toingg-fragile.retry.max-attempts=1",
		"gateway.connections.voxo.provider=voxo", "gateway.connections.voxo.token=voxo-static-token",
		"gateway.connections.voxo.tenant-id=42", "gateway.connections.voxo.retry.first-backoff=10ms",
		"gateway.connections.voxo.timeouts.response=2s",
		"gateway.connections.voxo-login.provider=voxo", "gateway.connections.voxo-login.email=ops@example.com",
		"gateway.connections.voxo-login.password=voxo-secret-password", "gateway.connections.voxo-login.tenant-id=7",
		"gateway.connections.voxo-fresh.provider=voxo", "gateway.connections.voxo-fresh.email=new@example.com",
		"gateway.connections.voxo-fresh.password=voxo-fresh-password", "gateway.connections.voxo-fresh.tenant-id=8",
		"gateway.connections.exotel.provider=exotel", "gateway.connections.exotel.account-sid=acme1",
		"gateway.connections.exotel.api-key=exo-key-123", "gateway.connections.exotel.api-token=exo-token-456",
		"gateway.connections.exotel.rate-limit.requests-per-minute=0",
		"gateway.connections.exotel.timeouts.response=2s", "gateway.connections.exotel.retry.first-backoff=10ms",
		"gateway.connections.exotel-limited.provider=exotel", "gateway.connections.exotel-limited.account-sid=acme2",
		"gateway.connections.exotel-limited.api-key=exo-key-789", "gateway.connections.exotel-limited.api-token=exo-token-000",
		"gateway.connections.exotel-limited.rate-limit.requests-per-minute=2",
		"gateway.connections.exotel-limited.rate-limit.max-wait=200ms",
		"gateway.connections.exotel-retried.provider=exotel", "gateway.connections.exotel-retried.account-sid=acme4",
		"gateway.connections.exotel-retried.api-key=exo-key-555", "gateway.connections.exotel-retried.api-token=exo-token-666",
		"gateway.connections.exotel-retried.rate-limit.requests-per-minute=2",
		"gateway.connections.exotel-retried.retry.first-backoff=10ms",
		// no requests-per-minute: Exotel's own default applies
		"gateway.connections.exotel-default.provider=exotel", "gateway.connections.exotel-default.account-sid=acme3",
		"gateway.connections.exotel-default.api-key=exo-key-321", "gateway.connections.exotel-default.api-token=exo-token-654",
		"gateway.connections.exotel-default.rate-limit.max-wait=100ms",
		"gateway.security.api-keys[0].name=main", "gateway.security.api-keys[0].sha256=" + WireMockGatewayTest.MAIN_KEY_SHA256,
		"gateway.security.api-keys[1].name=toingg-only", "gateway.security.api-keys[1].sha256=" + WireMockGatewayTest.LIMITED_KEY_SHA256,
		"gateway.security.api-keys[1].connections=toingg",
		// only toingg-fragile's circuit may open: the other connections serve tests that fail on purpose
		"gateway.connections.toingg.circuit-breaker.minimum-calls=100000",
		"gateway.connections.voxo.circuit-breaker.minimum-calls=100000",
		"gateway.connections.exotel.circuit-breaker.minimum-calls=100000", "logging.level.WireMock=warn",
		// the first provider call of a JVM loads the whole outbound stack: warmed up, as in production, it cannot
		// take a 2 s response timeout on a loaded machine
		"gateway.warm-up.enabled=true",
		"logging.level.org.wiremock=warn" })
@EnableWireMock({
		@ConfigureWireMock(name = "toingg", baseUrlProperties = { "gateway.connections.toingg.base-url",
				"gateway.connections.toingg-fragile.base-url" }),
		@ConfigureWireMock(name = "voxo", baseUrlProperties = { "gateway.connections.voxo.base-url",
				"gateway.connections.voxo-login.base-url", "gateway.connections.voxo-fresh.base-url" }),
		@ConfigureWireMock(name = "exotel", baseUrlProperties = { "gateway.connections.exotel.base-url",
				"gateway.connections.exotel-limited.base-url", "gateway.connections.exotel-default.base-url",
				"gateway.connections.exotel-retried.base-url" }) })
public abstract class WireMockGatewayTest {

	public static final String MAIN_KEY = "gw-main-key-for-tests";

	/** {@code echo -n gw-main-key-for-tests | sha256sum}; likewise for the other key. */
	public static final String MAIN_KEY_SHA256 = "7dc80f88758c07f1d01ca7cc54c4b768ec8c8e89be85f399cd91e9409c40c17b";

	public static final String LIMITED_KEY = "gw-toingg-only-key";

	public static final String LIMITED_KEY_SHA256 = "9e36f23664359688070116e2422f3f4e2e1d5ebda10df93ec9b84df74afe6fcd";

	@InjectWireMock("toingg")
	protected WireMockServer toingg;

	@InjectWireMock("voxo")
	protected WireMockServer voxo;

	@InjectWireMock("exotel")
	protected WireMockServer exotel;

	@LocalServerPort
	protected int port;

	protected GatewayClient gateway;

	/** The stand-ins of this JVM that have answered once: a cold WireMock takes seconds over its first request. */
	private static final java.util.Set<Integer> PRIMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	@BeforeEach
	void client() {
		gateway = new GatewayClient(port, MAIN_KEY);
		for (WireMockServer server : new WireMockServer[] { toingg, voxo, exotel }) {
			if (PRIMED.add(server.port())) {
				new GatewayClient(server.port(), null).get("/__prime");
				server.resetRequests();
			}
		}
	}
}
