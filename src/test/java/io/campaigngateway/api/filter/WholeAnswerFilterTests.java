package io.campaigngateway.api.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Flushes inside the handler are held; the finished answer leaves with its length before the outer filters. */
class WholeAnswerFilterTests {

	private static final byte[] ANSWER = "{\"id\":\"voxo:1\"}".getBytes(StandardCharsets.UTF_8);

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/campaigns/voxo:1");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void theFinishedAnswerIsSentWithItsLengthWhenTheHandlerReturns() throws Exception {
		AtomicBoolean committedInsideHandler = new AtomicBoolean(true);

		filter(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
				resp.getOutputStream().write(ANSWER);
				resp.getOutputStream().flush();
				resp.flushBuffer();
				committedInsideHandler.set(resp.isCommitted());
			}
		});

		assertThat(committedInsideHandler).isFalse();
		assertThat(response.isCommitted()).isTrue();
		assertThat(response.getContentLength()).isEqualTo(ANSWER.length);
		assertThat(response.getContentAsByteArray()).isEqualTo(ANSWER);
	}

	@Test
	void anAnswerWithoutABodyIsLeftToTheServer() throws Exception {
		filter(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
				resp.setStatus(204);
			}
		});

		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getHeader("Content-Length")).isNull();
	}

	private void filter(HttpServlet handler) throws ServletException, IOException {
		new WholeAnswerFilter().doFilter(request, response, new MockFilterChain(handler));
	}
}
