package io.campaigngateway.config;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller per-connection buffers. Every request in flight holds its connection's buffers for as long as the
 * provider takes to answer: with Tomcat's 8 KB socket buffers, 2,000 requests waiting on a slow provider kept
 * ~250 MB of heap live, and copying it was a third of the gateway's CPU in such a burst; with 4 KB socket and
 * answer buffers it is ~155 MB (bench/RESULTS.md). Gateway requests and answers are small; a large one (5,000
 * contacts) takes more reads or writes.
 */
@Component
class TomcatBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final int SOCKET_BUFFER_BYTES = 4096;

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> {
			set(connector, "socket.appReadBufSize");
			set(connector, "socket.appWriteBufSize");
		});
	}

	private static void set(Connector connector, String property) {
		if (!connector.setProperty(property, String.valueOf(SOCKET_BUFFER_BYTES))) {
			throw new IllegalStateException("Tomcat has no connector property " + property);
		}
	}

	/**
	 * Tomcat sizes every request processor's answer buffers by this: a byte buffer and a char buffer of twice
	 * the bytes, 24 KB at its default 8,192 although the gateway writes bytes only. An answer that outgrows it
	 * leaves in chunks instead of whole. The connectors run its subclass {@link DeadlineProtocol} (SlowRequests).
	 */
	public static class SmallAnswerBuffers extends Http11NioProtocol {

		static final int ANSWER_BUFFER_BYTES = 4096;

		@Override
		public int getDesiredBufferSize() {
			return ANSWER_BUFFER_BYTES;
		}
	}
}
