package io.campaigngateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.campaigngateway.support.WireMockGatewayTest;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.Response;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * The running server holds the smaller per-connection and answer buffers (large bodies still pass: the Exotel
 * tests) and keeps its request processors for reuse.
 */
class TomcatBuffersTests extends WireMockGatewayTest {

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void connectionsUseTheSmallerBuffers() {
		assertThat(connector().getProperty("socket.appReadBufSize")).isEqualTo("4096");
		assertThat(connector().getProperty("socket.appWriteBufSize")).isEqualTo("4096");
		assertThat(protocol().getMaxHttpResponseHeaderSize()).isEqualTo(4096);
	}

	@Test
	void answersAreBufferedInFourKilobytesNotTomcatsEight() {
		assertThat(protocol()).isInstanceOf(TomcatBuffers.SmallAnswerBuffers.class);
		assertThat(connector().createResponse(new Response()).getBufferSize()).isEqualTo(4096);
	}

	@Test
	void requestProcessorsAreKeptForReuseUpToTheConnectionLimit() {
		assertThat(protocol().getProcessorCache()).isEqualTo(protocol().getMaxConnections()).isEqualTo(4096);
	}

	private Connector connector() {
		return ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
	}

	private AbstractHttp11Protocol<?> protocol() {
		return (AbstractHttp11Protocol<?>) connector().getProtocolHandler();
	}
}
