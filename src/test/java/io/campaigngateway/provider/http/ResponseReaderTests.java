package io.campaigngateway.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.campaigngateway.provider.spi.ProviderAuth;
import io.campaigngateway.provider.spi.ProviderResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/** Every provider answer passes here first: nothing of the connection's secrets may come out. */
class ResponseReaderTests {

	private static final String TOKEN = "tg_0f3c9a-secret-token";

	private final ResponseReader reader = new ResponseReader(JsonMapper.builder().build(), ProviderAuth.bearer(TOKEN));

	private ProviderResponse read(String body) {
		return reader.read(400, new HttpHeaders(), body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void secretNamedFieldsAndEchoedSecretsAreMaskedAtAnyDepth() {
		ProviderResponse answer = read("""
				{"accessToken": "jwt-abc", "user": {"password": "p4ssword", "apiKey": {"nested": "kept"}},
				 "message": "token %s is invalid", "echo": ["Bearer %s", 3]}""".formatted(TOKEN, TOKEN));

		assertThat(answer.json()).isTrue();
		assertThat(answer.body().toString()).doesNotContain(TOKEN, "jwt-abc", "p4ssword").contains("\"nested\":\"kept\"");
		assertThat(answer.body().path("message").asString()).isEqualTo("token *** is invalid");
		assertThat(answer.body().path("echo").get(0).asString()).isEqualTo("Bearer ***");
		assertThat(read("\"%s\"".formatted(TOKEN)).body().asString()).as("a bare JSON string").isEqualTo("***");
	}

	@Test
	void textThatIsNotJsonIsKeptShortAndClean() {
		ProviderResponse html = read("<html>Bad gateway for " + TOKEN + "</html>");
		String exactlyTheLimit = "x".repeat(2_000);

		assertThat(html.json()).isFalse();
		assertThat(html.body().asString()).isEqualTo("<html>Bad gateway for ***</html>");
		assertThat(read("<" + exactlyTheLimit).body().asString()).hasSize(2_001).endsWith("…");
		assertThat(read("<" + exactlyTheLimit.substring(1)).body().asString()).hasSize(2_000).doesNotContain("…");
		assertThat(read("<").body().asString()).isEqualTo("<");
	}

	@Test
	void anEmptyAnswerHasNoBody() {
		assertThat(read("").body()).isNull();
		assertThat(read("").json()).isFalse();
	}
}
