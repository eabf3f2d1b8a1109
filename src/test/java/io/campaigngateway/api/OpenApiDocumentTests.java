package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** Swagger UI shows a schema it cannot resolve as an error: every reference must name a defined schema. */
	@Test
	@SuppressWarnings("unchecked")
	void everySchemaTheDocumentReferencesIsDefined() throws IOException {
		String document = Files.readString(CHECKED_IN);
		Map<String, Object> components = (Map<String, Object>) new Yaml().<Map<String, Object>>load(document).get("components");
		Set<String> referenced = new TreeSet<>();
		Matcher ref = Pattern.compile("\\$ref: \"#/components/schemas/([^\"]+)\"").matcher(document);
		while (ref.find()) {
			referenced.add(ref.group(1));
		}
		assertThat(referenced).isNotEmpty();
		assertThat(((Map<String, Object>) components.get("schemas")).keySet()).containsAll(referenced);
	}

	@Test
	@SuppressWarnings("unchecked")
	void eachOperationListsTheProblemsItCanGive() throws IOException {
		Map<String, Object> paths = (Map<String, Object>) new Yaml().<Map<String, Object>>load(Files.readString(CHECKED_IN))
			.get("paths");
		assertThat(responses(paths, "/connections", "get")).containsExactlyInAnyOrder("200", "401", "406");
		assertThat(responses(paths, "/campaigns", "post")).contains("201", "200", "409", "413", "415", "422", "504")
			.doesNotContain("404");
		assertThat(responses(paths, "/campaigns/{id}", "get")).contains("404", "502").doesNotContain("409", "413", "415", "422");
	}

	@SuppressWarnings("unchecked")
	private static Set<String> responses(Map<String, Object> paths, String path, String method) {
		Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
		return ((Map<String, Object>) operation.get("responses")).keySet();
	}
}
