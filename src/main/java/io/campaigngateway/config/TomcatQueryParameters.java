package io.campaigngateway.config;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Request parameters come from the query string only. By default Tomcat also reads a POST body sent as a form into
 * parameters, the first time anyone asks for one (the handler for {@code dryRun}, the access line after the
 * answer): the API takes JSON only, so a form body is a 415 that nothing should read, let alone fail to decode.
 */
@Component
class TomcatQueryParameters implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> connector.setParseBodyMethods(""));
	}
}
