package io.campaigngateway.config;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** The gateway's own loopback URL, known once the server listens: the sandbox connections' base. */
@Component
public class LocalServer implements ApplicationListener<WebServerInitializedEvent> {

	private volatile int port = -1;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			port = event.getWebServer().getPort();
		}
	}

	public String url() {
		return "http://127.0.0.1:" + port;
	}
}
