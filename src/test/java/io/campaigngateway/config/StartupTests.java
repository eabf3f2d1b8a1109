package io.campaigngateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.campaigngateway.GatewayApplication;
import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.service.Connection;
import io.campaigngateway.service.ConnectionRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Bad configuration stops start-up with one clear line per problem; an open gateway needs a reason. */
@ExtendWith(OutputCaptureExtension.class)
class StartupTests {

	private static Throwable failure(String... properties) {
		String[] args = new String[properties.length + 1];
		args[0] = "--server.port=0";
		for (int i = 0; i < properties.length; i++) {
			args[i + 1] = "--" + properties[i];
		}
		try (ConfigurableApplicationContext context = SpringApplication.run(GatewayApplication.class, args)) {
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		throw new AssertionError("start-up did not fail with " + type.getSimpleName(), failure);
	}

	@Test
	void everyMissingOrMalformedPropertyIsNamed() {
		InvalidConnectionsException ex = cause(failure("gateway.connections.exo.provider=exotel",
				"gateway.connections.exo.base-url=api.exotel.com", "gateway.connections.exo.api-key=k",
				"gateway.connections.exo.body-form=boxed",
				"gateway.connections.vx.provider=voxo", "gateway.connections.vx.base-url=https://api.voxo.co",
				"gateway.connections.odd.provider=twilio", "gateway.connections.tg.provider=toingg",
				"gateway.connections.tg.base-url=https://www.toingg.com/api/v3", "gateway.connections.tg.timeouts.response=0s",
				"gateway.security.enabled=false"), InvalidConnectionsException.class);
		assertThat(ex.problems()).containsExactlyInAnyOrder(
				"gateway.connections.exo.base-url must be an absolute http(s) URL without credentials",
				"gateway.connections.exo.account-sid is required", "gateway.connections.exo.api-token is required",
				"gateway.connections.exo.body-form must be wrapped or flat",
				"gateway.connections.vx.token is required (or email and password, to log in)",
				"gateway.connections.vx.tenant-id is required",
				"gateway.connections.odd.provider is 'twilio'; it must be one of exotel, toingg, voxo",
				"gateway.connections.tg.timeouts.response must be a positive duration such as 2s or 500ms");
		FailureAnalysis analysis = new InvalidConnectionsFailureAnalyzer().analyze(ex);
		assertThat(analysis.getDescription()).contains("8 connection setting(s)")
			.contains("\n  - gateway.connections.vx.tenant-id is required");
	}

	@Test
	void aBadSettingIsFoundBeforeTheWebServerStarts(CapturedOutput output) {
		cause(failure("gateway.connections.vx.provider=voxo", "gateway.security.enabled=false"),
				InvalidConnectionsException.class);

		assertThat(output.getOut()).as("no error of Tomcat's own ahead of the clear message")
			.doesNotContain("Error starting Tomcat context").doesNotContain("UnsatisfiedDependencyException");
	}

	@Test
	void aSettingThatCannotBeReadIsNamedAloneNotAlsoReportedMissing() {
		InvalidConnectionsException ex = cause(failure("gateway.connections.vx.provider=voxo",
				"gateway.connections.vx.base-url=https://api.voxo.co", "gateway.connections.vx.token=voxo-token",
				"gateway.connections.vx.tenant-id=forty-two", "gateway.security.enabled=false"), InvalidConnectionsException.class);

		assertThat(ex.problems()).singleElement().asString()
			.startsWith("gateway.connections.vx.tenant-id cannot be read").contains("forty-two");
	}

	@Test
	void oneLineNamesTheConnectionsAndWhereSwaggerUiIsOnceTheServerListens(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SpringApplication.run(GatewayApplication.class, "--server.port=0",
				"--gateway.connections.tg.provider=toingg", "--gateway.connections.tg.base-url=https://www.toingg.com/api/v3",
				"--gateway.connections.tg.token=t", "--gateway.sandbox.enabled=true", "--gateway.security.enabled=false")) {
			String port = context.getEnvironment().getProperty("local.server.port");

			assertThat(output.getOut().lines().filter(line -> line.contains("Swagger UI"))).singleElement().asString()
				.contains("Listening on port " + port + " with 4 connections: ")
				.contains("tg (toingg)", "toingg (toingg, sandbox)", "voxo (voxo, sandbox)", "exotel (exotel, sandbox)")
				.endsWith("; Swagger UI at http://localhost:" + port + "/swagger-ui.html");
		}
	}

	@Test
	void realConnectionsWithoutAnyKeyRefuseToStart() {
		SecurityConfiguration.InsecureStartException ex = cause(failure("gateway.connections.tg.provider=toingg",
				"gateway.connections.tg.base-url=https://www.toingg.com/api/v3", "gateway.connections.tg.token=t"),
				SecurityConfiguration.InsecureStartException.class);
		assertThat(new InsecureStartFailureAnalyzer().analyze(ex).getAction()).contains("gateway.security.enabled=false");
	}

	@Test
	void startsWithRealConnectionsAndKeys() {
		assertThat(failure("gateway.connections.tg.provider=toingg", "gateway.connections.tg.base-url=https://www.toingg.com/api/v3",
				"gateway.connections.tg.token=t", "gateway.security.api-keys[0].name=ops",
				"gateway.security.api-keys[0].sha256=" + "a".repeat(64))).isNull();
	}

	/** Contract §1: every property binds from environment variables in Spring's canonical form. */
	@Test
	void connectionsBindFromEnvironmentVariables() {
		Map<String, Object> variables = Map.ofEntries(
				Map.entry("GATEWAY_CONNECTIONS_EXOTEL_PROVIDER", "exotel"),
				Map.entry("GATEWAY_CONNECTIONS_EXOTEL_BASEURL", "https://api.in.exotel.com"),
				Map.entry("GATEWAY_CONNECTIONS_EXOTEL_ACCOUNTSID", "acme1"),
				Map.entry("GATEWAY_CONNECTIONS_EXOTEL_APIKEY", "env-key-1"),
				Map.entry("GATEWAY_CONNECTIONS_EXOTEL_APITOKEN", "env-token-1"),
				Map.entry("GATEWAY_CONNECTIONS_EXOTEL_TIMEOUTS_RESPONSE", "3s"),
				Map.entry("GATEWAY_CONNECTIONS_EXOTEL_RATELIMIT_REQUESTSPERMINUTE", "5"),
				Map.entry("GATEWAY_CONNECTIONS_EXOTEL_BODYFORM", "flat"),
				Map.entry("GATEWAY_CONNECTIONS_VOXO_PROVIDER", "voxo"),
				Map.entry("GATEWAY_CONNECTIONS_VOXO_BASEURL", "https://api.voxo.co"),
				Map.entry("GATEWAY_CONNECTIONS_VOXO_TOKEN", "env-voxo-token"),
				Map.entry("GATEWAY_CONNECTIONS_VOXO_TENANTID", "42"));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		SpringApplication application = new SpringApplication(GatewayApplication.class);
		application.setEnvironment(environment);
		try (ConfigurableApplicationContext context = application.run("--server.port=0", "--gateway.security.enabled=false")) {
			GatewayProperties properties = context.getBean(GatewayProperties.class);
			assertThat(properties.connections().get("exotel").timeouts().response()).hasSeconds(3);
			assertThat(properties.connections().get("exotel").rateLimit().requestsPerMinute()).isEqualTo(5);
			ConnectionRegistry registry = context.getBean(ConnectionRegistry.class);
			assertThat(registry.all()).extracting(Connection::name).containsExactlyInAnyOrder("exotel", "voxo");
			OutboundRequest request = registry.require("exotel").adapter()
				.prepareCreate(new Campaign(null, "exotel", null, null, null, null, "+918047123456",
						List.of(new Campaign.Contact("+919876543210", null, null)), null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, null, null))
				.requests().get(0);
			assertThat(request.url()).isEqualTo("https://api.in.exotel.com/v2/accounts/acme1/campaigns");
			assertThat(request.body().path("from").asString()).isEqualTo("+919876543210");
		}
	}

	@Test
	void boundsOfTheInMemoryStoresMustHoldSomething() {
		assertThat(cause(failure("gateway.sandbox.max-campaigns=0"), InvalidConnectionsException.class).problems())
			.containsExactly("gateway.sandbox.max-campaigns must be at least 1");
		assertThat(cause(failure("gateway.idempotency.max-entries=0", "gateway.idempotency.retention=0s"),
				InvalidConnectionsException.class).problems())
			.containsExactly("gateway.idempotency.retention must be a positive duration such as 15s",
					"gateway.idempotency.max-entries must be at least 1");
		assertThat(cause(failure("gateway.store.turn-wait=0s"), InvalidConnectionsException.class).problems())
			.as("without Redis too: an update would never get its turn")
			.containsExactly("gateway.store.turn-wait must be a positive duration such as 15s");
	}

	@Test
	void aMalformedKeyDigestIsNamed() {
		InvalidConnectionsException ex = cause(failure("gateway.security.api-keys[0].name=ops",
				"gateway.security.api-keys[0].sha256=abc"), InvalidConnectionsException.class);
		assertThat(ex.problems()).containsExactly("gateway.security.api-keys[0].sha256 must be the 64 hex characters of the key's SHA-256");
	}
}
