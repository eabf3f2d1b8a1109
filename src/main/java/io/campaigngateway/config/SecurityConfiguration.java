package io.campaigngateway.config;

import java.util.ArrayList;
import java.util.List;

import io.campaigngateway.service.ConnectionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start-up rules of contract §6 for callers' keys. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * Settles the connections and the callers' keys before the web server starts. Otherwise the filters that
	 * use them create them inside Tomcat's start-up, which logs a bad setting first as an error of its own, with
	 * Spring's whole bean chain, ahead of the one clear message.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> settingsBeforeTheServer(ApiKeys keys) {
		return factory -> {
		};
	}

	@Bean
	ApiKeys apiKeys(GatewayProperties properties, ConnectionRegistry registry) {
		GatewayProperties.Security security = properties.security();
		List<String> problems = new ArrayList<>(ApiKeys.problems(security.apiKeys()));
		if (!problems.isEmpty()) {
			throw new InvalidConnectionsException(problems);
		}
		if (!security.enabled()) {
			log.warn("gateway.security.enabled=false: every caller is accepted without an API key");
			return new ApiKeys(List.of(), true);
		}
		if (security.apiKeys().isEmpty()) {
			if (!registry.onlySandbox()) {
				throw new InsecureStartException();
			}
			log.warn("No API key is configured (gateway.security.api-keys): every caller is accepted because the"
					+ " gateway runs on the sandbox alone. Configure keys before adding real connections.");
			return new ApiKeys(List.of(), true);
		}
		return new ApiKeys(security.apiKeys(), false);
	}

	/** Real connections and no caller key: refusing to start beats an open gateway to paid providers. */
	static class InsecureStartException extends RuntimeException {

		InsecureStartException() {
			super("Real connections are configured but no API key is (gateway.security.api-keys)");
		}
	}
}
