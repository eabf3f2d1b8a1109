package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.campaigngateway.support.GatewayClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

/**
 * The checked-in {@code api-spec/openapi.yaml} is the document the running service serves. To accept a
 * change of the API, regenerate it: {@code ./mvnw test -Dtest=OpenApiDocumentTests -Dopenapi.write=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTests {

	private static final Path CHECKED_IN = Path.of("api-spec/openapi.yaml");

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void theRunningServiceServesTheCheckedInDocument() throws IOException {
		String served = new GatewayClient(port, null).get("/v3/api-docs.yaml").raw().body();
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(CHECKED_IN, served.replaceAll("http://127\\.0\\.0\\.1:\\d+", "http://localhost:8080"));
		}
		Map<String, Object> live = new Yaml().load(served);
		Map<String, Object> document = new Yaml().load(Files.readString(CHECKED_IN));
		live.remove("servers");
		document.remove("servers");
		assertThat(live).as("api-spec/openapi.yaml differs from /v3/api-docs; see this test's comment").isEqualTo(document);
	}
}
