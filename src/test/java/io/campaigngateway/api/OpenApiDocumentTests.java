package io.campaigngateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.campaigngateway.support.GatewayClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

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
		assertThat(responses(paths, "/campaigns", "post")).contains("201", "409", "413", "415", "422", "504")
			.doesNotContain("200", "404");
		assertThat(responses(paths, "/campaigns/{id}", "get")).contains("200", "304", "404", "502")
			.doesNotContain("409", "413", "415", "422");
	}

	/**
	 * Generators type a call by its one success answer: create and update answer a Campaign and nothing else, and
	 * the dry runs, which answer a DryRun, are operations of their own. Every operation says what it does by its id.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void eachOperationHasOneSuccessTypeAndAnIdThatSaysWhatItDoes() throws IOException {
		Map<String, Object> paths = (Map<String, Object>) new Yaml().<Map<String, Object>>load(Files.readString(CHECKED_IN))
			.get("paths");
		Map<String, String> ids = new TreeMap<>();
		paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
			Map<String, Object> op = (Map<String, Object>) operation;
			ids.put(method.toUpperCase() + " " + path, (String) op.get("operationId"));
			assertThat(((Map<String, Object>) op.get("responses")).keySet().stream().filter(status -> status.startsWith("2")))
				.as(method + " " + path).hasSize(1);
			assertThat((List<String>) op.get("tags")).as(method + " " + path).hasSize(1).isSubsetOf("campaigns", "connections");
		}));
		assertThat(ids).containsExactlyInAnyOrderEntriesOf(Map.of("POST /campaigns", "createCampaign",
				"POST /campaigns/dry-run", "dryRunCreateCampaign", "GET /campaigns", "listCampaigns",
				"GET /campaigns/{id}", "getCampaign", "PATCH /campaigns/{id}", "updateCampaign",
				"PATCH /campaigns/{id}/dry-run", "dryRunUpdateCampaign", "GET /connections", "listConnections",
				"GET /connections/{name}", "getConnection", "GET /connections/{name}/{catalogue}", "getCatalogue"));
		assertThat(schemaRef(paths, "/campaigns", "post", "201")).endsWith("/Campaign");
		assertThat(schemaRef(paths, "/campaigns/{id}", "patch", "200")).endsWith("/Campaign");
		assertThat(schemaRef(paths, "/campaigns/dry-run", "post", "200")).endsWith("/DryRun");
		assertThat(schemaRef(paths, "/campaigns/{id}/dry-run", "patch", "200")).endsWith("/DryRun");
	}

	/**
	 * Read by a YAML 1.1 parser (SnakeYAML here; PyYAML and openapi-generator's alike), the checked-in document says
	 * what the JSON form says: no unquoted {@code 10:00} read as the number 600, no date-time read as a timestamp.
	 */
	@Test
	void aYaml11ReaderReadsTheDocumentAsItsJsonFormSaysIt() throws IOException {
		GatewayClient gateway = new GatewayClient(port, null);
		Object json = JsonMapper.builder().build().readValue(gateway.get("/v3/api-docs").raw().body(), Object.class);
		Object served = new Yaml().load(gateway.get("/v3/api-docs.yaml").raw().body());
		assertThat(served).as("/v3/api-docs.yaml, read as YAML 1.1").isEqualTo(json);

		Map<String, Object> checkedIn = new Yaml().load(Files.readString(CHECKED_IN));
		checkedIn.remove("servers");
		((Map<?, ?>) json).remove("servers");
		assertThat(checkedIn).as("api-spec/openapi.yaml, read as YAML 1.1").isEqualTo(json);
	}

	@SuppressWarnings("unchecked")
	private static String schemaRef(Map<String, Object> paths, String path, String method, String status) {
		Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
		Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) operation.get("responses")).get(status);
		Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) response.get("content")).get("application/json");
		return (String) ((Map<String, Object>) media.get("schema")).get("$ref");
	}

	@SuppressWarnings("unchecked")
	private static Set<String> responses(Map<String, Object> paths, String path, String method) {
		Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
		return ((Map<String, Object>) operation.get("responses")).keySet();
	}
}
