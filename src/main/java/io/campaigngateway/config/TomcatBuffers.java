package io.campaigngateway.config;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller per-connection socket buffers. Every request in flight holds its connection's buffers for as long as
 * the provider takes to answer: with Tomcat's 8 KB, 2,000 requests waiting on a slow provider kept ~250 MB of
 * heap live, and copying it was a third of the gateway's CPU in such a burst; with 4 KB it is ~180 MB
 * (bench/RESULTS.md). Gateway requests and answers are small; a large one (5,000 contacts) takes more reads.
 */
@Component
class TomcatBuffers implements TomcatConnectorCustomizer {

	private static final int SOCKET_BUFFER_BYTES = 4096;

	@Override
	public void customize(Connector connector) {
		set(connector, "socket.appReadBufSize");
		set(connector, "socket.appWriteBufSize");
	}

	private static void set(Connector connector, String property) {
		if (!connector.setProperty(property, String.valueOf(SOCKET_BUFFER_BYTES))) {
			throw new IllegalStateException("Tomcat has no connector property " + property);
		}
	}
}
