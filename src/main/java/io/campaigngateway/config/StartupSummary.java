package io.campaigngateway.config;

import java.util.Collection;
import java.util.stream.Collectors;

import io.campaigngateway.service.Connection;
import io.campaigngateway.service.ConnectionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One line once the server listens: the connections there are to call (and which are the sandbox's), and where
 * Swagger UI is — what a newcomer looks for first, and what none of Spring's own start-up lines says.
 */
@Component
class StartupSummary implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

	private final ConnectionRegistry registry;

	private final Environment environment;

	StartupSummary(ConnectionRegistry registry, Environment environment) {
		this.registry = registry;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) { // a separate management server
			return;
		}
		int port = event.getWebServer().getPort();
		log.info("Listening on port {} with {}; {}", port, connections(registry.all()), swaggerUi(port));
	}

	static String connections(Collection<Connection> connections) {
		return connections.size() + (connections.size() == 1 ? " connection: " : " connections: ")
				+ connections.stream()
					.map(connection -> connection.name() + " (" + connection.provider() + (connection.sandbox() ? ", sandbox)" : ")"))
					.collect(Collectors.joining(", "));
	}

	private String swaggerUi(int port) {
		if (!environment.getProperty("springdoc.swagger-ui.enabled", Boolean.class, true)) {
			return "Swagger UI is off";
		}
		String address = environment.getProperty("server.address", "");
		// a wildcard or absent address listens everywhere: localhost is where whoever reads this log can reach it
		String host = address.isEmpty() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
		return "Swagger UI at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
				+ environment.getProperty("server.servlet.context-path", "")
				+ environment.getProperty("springdoc.swagger-ui.path", "/swagger-ui.html");
	}
}
