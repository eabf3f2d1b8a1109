package io.campaigngateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.campaigngateway.GatewayApplication;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.support.Fixtures;
import io.campaigngateway.support.GatewayClient.Answer;
import io.campaigngateway.support.GatewayClient;
import io.campaigngateway.support.Gzip;
import io.campaigngateway.support.PlainLogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Thousands of generated and mutated bodies against {@code POST /campaigns} and {@code PATCH /campaigns/{id}}
 * for each provider: never a 5xx, always a problem with a pointer for field errors, and nothing sent to the
 * provider for a request that failed validation (but the read of a patch compared with the campaign, when what it
 * sets an update cannot set unless unchanged). Then the same bodies under generated headers (Content-Type with
 * its parameters, Accept, Accept-Charset, Content-Encoding, some of them twice): never a 5xx, never a stack trace
 * in the log, and every refusal a problem whose status is the answer's.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputFuzzTests {

	private static final List<String> PROVIDERS = List.of("toingg", "voxo", "exotel");

	private static final Map<String, String> VALID = Map.of(
			"toingg", """
					{"connection": "toingg", "name": "Renewals", "agent": {"voice": "Meera", "language": "english",
					 "script": "%s", "postCallAnalysis": {"enabled": true, "schema": {"a": "b"}}},
					 "schedule": {"timezone": "Asia/Kolkata", "callingHours": {"start": "10:00", "end": "22:00"}}}"""
				.formatted(Fixtures.SCRIPT),
			"voxo", """
					{"connection": "voxo", "name": "Reminders", "status": "active", "callerId": "+12025550143",
					 "contacts": [{"phoneNumber": "+13125550178", "name": "Ada", "fields": {"field1": "x"}}],
					 "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00",
					              "timezone": "America/Chicago", "callingHours": {"start": "09:00", "end": "17:00"}},
					 "pacing": {"secondsBetweenCalls": 30}, "recording": true, "message": "hello",
					 "voicemailDetection": {"enabled": true, "onMachine": [{"type": "vm", "id": 1, "order": 1}]},
					 "destinations": [{"type": "ext", "id": 2}]}""",
			"exotel", """
					{"connection": "exotel", "name": "Deliveries", "callerId": "+918047123456",
					 "contacts": [{"phoneNumber": "+919876543210"}], "contactLists": ["l1"],
					 "callFlowUrl": "http://my.exotel.com/a/exoml/start_voice/1", "message": "hi",
					 "schedule": {"startAt": "2099-12-01T09:00:00+05:30", "endAt": "2099-12-01T18:00:00+05:30"},
					 "retry": {"maxRetries": 2, "intervalMinutes": 5, "backoff": "linear", "retryOn": ["busy"]},
					 "pacing": {"callsPerMinute": 10}, "callbacks": {"callStatus": "https://h.example/c"},
					 "allowDuplicateNumbers": false, "customField": "c"}""");

	private static final Map<String, String> IDS = Map.of("toingg", "toingg:668bd4e8a620ac9172c8d08b", "voxo", "voxo:123",
			"exotel", "exotel:491dd6c97d64475ba0ce346a18530ce5");

	private static final List<String> HOSTILE_VALUES = List.of("null", "true", "0", "-1", "1.5", "1e400", "-9223372036854775809",
			"99999999999999999999999999", "\"\"", "\" \"", "\"\\u0000\"", "\"\\u0007bell\"", "\"𝄞 unicode\"", "\"NaN\"",
			"[]", "[null]", "[1, \"a\"]", "{}", "{\"x\": {\"y\": {\"z\": 1}}}", "\"+1\"", "\"2026-02-30T25:61:00Z\"",
			"\"" + "x".repeat(5000) + "\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

	private static final List<String> NAMES = List.of("name", "status", "callerId", "contacts", "contactLists", "schedule",
			"pacing", "retry", "recording", "voicemailDetection", "destinations", "message", "callFlowUrl", "agent",
			"callbacks", "allowDuplicateNumbers", "customField", "providerOptions", "connection", "unknownField", "id");

	private static final List<String> MEDIA_TYPES = List.of("application/json", "application/merge-patch+json",
			"APPLICATION/JSON", "Application/Merge-Patch+JSON", "application/json-patch+json", "application/problem+json",
			"text/plain", "text/json", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
			"multipart/mixed", "multipart/related", "message/http", "*/*", "application/*", "*", "json", "/", "application/",
			"/json", "application/json/x", "application json", "application/json, text/plain", "", " ", "a/b/c",
			"application/j\u00e9son");

	private static final List<String> PARAMETERS = List.of("", ";", "; charset=utf-8", ";charset=UTF-8",
			"; charset=\"utf-8\"", "; charset=utf-16", "; charset=UTF-32", "; charset=iso-8859-1", "; charset=us-ascii",
			"; charset=UTF-7", "; charset=bogus", "; charset=", "; charset=\"", "; charset=\"utf-8", "; charset=x!y",
			"; charset=\u00e9", "; charset=utf-8; charset=latin1", "; charset*=utf-8''x", "; boundary=x", "; boundary=",
			"; boundary=\"\"", "; q=1", "; a", "; =b", ";;", "; a=\"", " ; charset = utf-8", "; " + "p=v;".repeat(200),
			"; charset=" + "a".repeat(2000), "; boundary=" + "b".repeat(300));

	private static final List<String> ACCEPTS = List.of("*/*", "application/json", "application/problem+json",
			"application/json, application/problem+json", "application/*", "*/json", "text/html", "application/xml",
			"bogus", "/", "", "application/json;q=0", "*/*;q=0", "text/html;q=x", "application/json; charset=bogus",
			"image/png, */*;q=0.1", "a/b,".repeat(300), "application/json;;;", "application/json; a=\"");

	private static final List<String> CHARSETS = List.of("utf-8", "UTF-8;q=0", "bogus", "*", ";;;", "iso-8859-1, utf-16;q=0.5", "");

	private static final List<String> CODINGS = List.of("identity", "gzip", "x-gzip", "GZIP", "gzip, identity",
			"identity, gzip", "identity,gzip,identity", "gzip, gzip", "br", "deflate", "compress", "zstd", "bogus", "", ",",
			" , ", "identity;q=1", "gzip;q=1", "*");

	private static ConfigurableApplicationContext application;

	private static WireMockServer provider;

	private static GatewayClient gateway;

	@BeforeAll
	static void start() {
		provider = new WireMockServer(wireMockConfig().dynamicPort());
		provider.start();
		provider.stubFor(post("/create_campaign/").willReturn(okJson("{\"status\": true, \"result\": {\"campaignId\": \"668bd4e8a620ac9172c8d08b\"}}")));
		provider.stubFor(get(urlPathEqualTo("/get_campaigns")).willReturn(okJson(Fixtures.read("toingg/campaigns-array.json"))));
		provider.stubFor(post("/update_campaign").willReturn(okJson("{\"status\": true, \"result\": {}}")));
		provider.stubFor(any(urlPathEqualTo("/v2/admin/call-campaigns")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		provider.stubFor(any(urlPathEqualTo("/v2/admin/call-campaigns/123")).willReturn(okJson(Fixtures.read("voxo/campaign-response.json"))));
		provider.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson(Fixtures.read("exotel/campaign-response.json"))));
		String base = provider.baseUrl();
		application = SpringApplication.run(GatewayApplication.class, "--server.port=0", "--gateway.security.enabled=false",
				"--logging.level.root=warn", "--logging.level.org.wiremock=error", "--logging.level.WireMock=error",
				"--gateway.connections.toingg.provider=toingg", "--gateway.connections.toingg.base-url=" + base,
				"--gateway.connections.toingg.token=fuzz-toingg-token", "--gateway.connections.voxo.provider=voxo",
				"--gateway.connections.voxo.base-url=" + base, "--gateway.connections.voxo.token=fuzz-voxo-token",
				"--gateway.connections.voxo.tenant-id=1", "--gateway.connections.exotel.provider=exotel",
				"--gateway.connections.exotel.base-url=" + base, "--gateway.connections.exotel.account-sid=acme1",
				"--gateway.connections.exotel.api-key=fuzz-exotel-key", "--gateway.connections.exotel.api-token=fuzz-exotel-token",
				"--gateway.connections.exotel.rate-limit.requests-per-minute=0");
		int port = Integer.parseInt(application.getBean(Environment.class).getProperty("local.server.port"));
		gateway = new GatewayClient(port, null);
	}

	@AfterAll
	static void stop() {
		application.close();
		provider.stop();
		PlainLogs.restore();
	}

	/** One generated request: where it goes and the body text. */
	record Attempt(String provider, boolean create, String body) {
	}

	/** Few shrink cycles: each one is a request, and the first failing body already says what broke. */
	@Test
	void hostileBodiesNeverBreakTheGateway() {
		qt().withFixedSeed(20261123L).withExamples(3000).withShrinkCycles(50)
			.forAll(attempts())
			.checkAssert(HostileInputFuzzTests::neverBreaks);
	}

	private static void neverBreaks(Attempt attempt) {
		provider.resetRequests();
		Answer answer = attempt.create() ? gateway.post("/campaigns", attempt.body())
				: gateway.patch("/campaigns/" + IDS.get(attempt.provider()), attempt.body());

		assertThat(answer.status()).as("%s", answer).isLessThan(500).isNotEqualTo(0);
		if (answer.status() >= 400) {
			assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
			String type = answer.type();
			if (type.endsWith("/validation") && !answer.json().path("errors").isEmpty()) {
				answer.json().path("errors").forEach(error -> assertThat(error.has("pointer")).as("%s", answer).isTrue());
			}
			if (type.endsWith("/validation") || type.endsWith("/malformed-request")) {
				// a patch refused only for values an update cannot set was compared with the campaign as read: one read
				boolean compared = answer.json().path("errors").valueStream()
					.allMatch(error -> FieldProblem.UNSUPPORTED_ON_UPDATE.equals(error.path("code").asString()));
				assertThat(provider.getAllServeEvents().stream().filter(event -> !compared
						|| !"GET".equals(event.getRequest().getMethod().getName())))
					.as("sent to the provider: %s", answer).isEmpty();
			}
		}
	}

	private static Gen<Attempt> attempts() {
		Gen<String> providers = Generate.pick(PROVIDERS);
		Gen<Boolean> creates = Generate.booleans();
		Gen<Integer> mutation = Generate.range(0, 6);
		Gen<String> name = Generate.pick(NAMES);
		Gen<String> value = Generate.oneOf(Generate.pick(HOSTILE_VALUES),
				strings().allPossible().ofLengthBetween(0, 40).map(GatewayJson::quote));
		Gen<Integer> position = Generate.range(0, 2000);
		// every part drawn from the one source, in order, so that QuickTheories can shrink each of them
		return random -> {
			String p = providers.generate(random);
			return new Attempt(p, creates.generate(random), mutate(VALID.get(p), mutation.generate(random),
					name.generate(random), value.generate(random), position.generate(random)));
		};
	}

	/** One request whose headers vary too: a generated body, the header lines in order, and whether it is gzipped. */
	record HeaderAttempt(Attempt attempt, List<Map.Entry<String, String>> headers, boolean packed) {

		byte[] body() {
			byte[] text = attempt.body().getBytes(StandardCharsets.UTF_8);
			return packed ? Gzip.of(text) : text;
		}

		List<String> values(String name) {
			return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
		}

		@Override
		public String toString() {
			return (attempt.create() ? "POST " : "PATCH ") + attempt.provider() + (packed ? " gzipped " : " ") + headers
					+ " " + attempt.body();
		}
	}

	/** Most of these requests stop at the headers, long before the provider: 2,000 of them take seconds. */
	@Test
	void hostileHeadersNeverBreakTheGateway(CapturedOutput output) {
		qt().withFixedSeed(20261207L).withExamples(2000).withShrinkCycles(50)
			.forAll(headerAttempts())
			.checkAssert(attempt -> neverBreaks(attempt, output));
	}

	private static void neverBreaks(HeaderAttempt attempt, CapturedOutput output) {
		int logged = output.getOut().length();
		byte[] body = attempt.body();
		Answer answer = gateway.sendExactly(attempt.attempt().create() ? "POST" : "PATCH",
				attempt.attempt().create() ? "/campaigns" : "/campaigns/" + IDS.get(attempt.attempt().provider()), body,
				attempt.headers());

		assertThat(answer.status()).as("%s", answer).isLessThan(500).isNotEqualTo(0);
		if (answer.status() >= 400) {
			assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
			assertThat(answer.json().path("status").asInt()).as("%s", answer).isEqualTo(answer.status());
		}
		if (certainlyUnsupported(attempt, body)) {
			assertThat(answer.status()).as("%s", answer).isEqualTo(415);
		}
		assertThat(output.getOut().substring(logged)).as("the log of %s", answer).doesNotContain("\tat ").doesNotContain(" ERROR ");
	}

	/**
	 * What is a 415 whatever else the request says: a first Content-Type that is not the endpoint's JSON type at
	 * all (its parameters aside), or a body in a coding the gateway does not read (identity aside, one gzip).
	 */
	private static boolean certainlyUnsupported(HeaderAttempt attempt, byte[] body) {
		List<String> types = attempt.values("Content-Type");
		String type = types.isEmpty() ? "" : types.get(0).split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
		boolean json = type.equals("application/json") || (!attempt.attempt().create() && type.equals("application/merge-patch+json"));
		List<String> codings = attempt.values("Content-Encoding").stream()
			.flatMap(line -> Arrays.stream(line.split(",", -1)))
			.map(coding -> coding.strip().toLowerCase(Locale.ROOT))
			.filter(coding -> !coding.isEmpty() && !coding.equals("identity"))
			.toList();
		boolean readable = codings.isEmpty() || (codings.size() == 1 && List.of("gzip", "x-gzip").contains(codings.get(0)));
		return !json || (body.length > 0 && !readable);
	}

	private static Gen<HeaderAttempt> headerAttempts() {
		Gen<Attempt> bodies = attempts();
		Gen<String> printable = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 24);
		Gen<String> contentTypes = Generate.frequency(Pair.of(3, Generate.constant("application/json")),
				Pair.of(2, Generate.constant("application/merge-patch+json")), Pair.of(5, Generate.pick(MEDIA_TYPES)))
			.zip(Generate.frequency(Pair.of(3, Generate.pick(PARAMETERS)), Pair.of(1, printable.map(p -> "; " + p))), String::concat);
		Gen<String> accepts = Generate.oneOf(Generate.pick(ACCEPTS), printable);
		Gen<String> charsets = Generate.oneOf(Generate.pick(CHARSETS), printable);
		Gen<String> codings = Generate.frequency(Pair.of(4, Generate.pick(CODINGS)), Pair.of(1, printable));
		Gen<Boolean> present = Generate.range(0, 3).map(n -> n == 0);
		Gen<Boolean> usually = Generate.range(0, 9).map(n -> n > 0);
		// every part drawn from the one source, in order, so that QuickTheories can shrink each of them
		return random -> {
			Attempt attempt = bodies.generate(random);
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			add(headers, "Content-Type", usually.generate(random), contentTypes.generate(random));
			add(headers, "Content-Type", present.generate(random) && present.generate(random), contentTypes.generate(random));
			add(headers, "Accept", present.generate(random), accepts.generate(random));
			add(headers, "Accept-Charset", present.generate(random), charsets.generate(random));
			add(headers, "Content-Encoding", present.generate(random), codings.generate(random));
			add(headers, "Content-Encoding", present.generate(random) && present.generate(random), codings.generate(random));
			return new HeaderAttempt(attempt, headers, present.generate(random));
		};
	}

	private static void add(List<Map.Entry<String, String>> headers, String name, boolean present, String value) {
		if (present) {
			headers.add(Map.entry(name, value));
		}
	}

	/** Sets, adds, nests, truncates, splices or duplicates: each keeps the body near valid, where bugs hide. */
	private static String mutate(String body, int mutation, String field, String value, int at) {
		String trimmed = body.trim();
		String inner = trimmed.substring(1, trimmed.length() - 1);
		return switch (mutation) {
			case 0 -> "{\"" + field + "\": " + value + ", " + inner + "}";
			case 1 -> "{" + inner + ", \"" + field + "\": " + value + "}";
			case 2 -> trimmed.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": " + java.util.regex.Matcher.quoteReplacement(value));
			case 3 -> trimmed.substring(0, Math.min(at, trimmed.length()));
			case 4 -> trimmed.substring(0, Math.min(at, trimmed.length())) + value + trimmed.substring(Math.min(at, trimmed.length()));
			case 5 -> "{\"schedule\": {\"" + field + "\": " + value + "}, \"agent\": {\"" + field + "\": " + value + "}}";
			default -> value;
		};
	}

	/** JSON string quoting for generated text, control characters included. */
	static final class GatewayJson {

		static String quote(String text) {
			StringBuilder sb = new StringBuilder("\"");
			for (char ch : text.toCharArray()) {
				if (ch == '"' || ch == '\\') {
					sb.append('\\').append(ch);
				}
				else if (ch < 0x20) {
					sb.append(String.format("\\u%04x", (int) ch));
				}
				else {
					sb.append(ch);
				}
			}
			return sb.append('"').toString();
		}
	}
}
