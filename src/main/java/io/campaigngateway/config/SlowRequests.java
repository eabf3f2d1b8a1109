package io.campaigngateway.config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.campaigngateway.config.RequestDeadlines.Phase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Slow clients cannot hold a connection for ever: the connectors run {@link DeadlineProtocol}, whose requests must
 * arrive within {@code gateway.limits.headers-timeout} and {@code body-timeout}. Each request cut off is counted in
 * {@code gateway.slow.requests.cut} by phase and logged with the client's address — and nothing else of the request.
 */
@Component
class SlowRequests implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, RequestDeadlines.Cuts {

	private static final Logger log = LoggerFactory.getLogger(SlowRequests.class);

	private final RequestDeadlines deadlines;

	private final Map<Phase, Counter> cuts = new EnumMap<>(Phase.class);

	SlowRequests(GatewayProperties properties, MeterRegistry registry) {
		GatewayProperties.Limits limits = properties.limits();
		this.deadlines = new RequestDeadlines(limits.headersTimeout(), limits.bodyTimeout(), this);
		for (Phase phase : Phase.values()) {
			// registered up front, so the series reads 0 rather than being absent until the first cut
			cuts.put(phase, Counter.builder("gateway.slow.requests.cut")
				.description("Requests whose headers or body did not arrive in time; their connections were closed")
				.tag("phase", phase.tag())
				.register(registry));
		}
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.setProtocol(DeadlineProtocol.class.getName());
		factory.addConnectorCustomizers(connector -> {
			if (!(connector.getProtocolHandler() instanceof DeadlineProtocol protocol)) {
				throw new IllegalStateException("The connector runs " + connector.getProtocolHandler().getClass().getName()
						+ ", not the gateway's protocol: slow requests would hold their connections for ever");
			}
			protocol.deadlines(deadlines);
		});
	}

	@Override
	public void cut(Phase phase, String remoteAddress, Duration after) {
		cuts.get(phase).increment();
		log.warn("Cut off a slow request from {}: its {} had not arrived after {} ms", remoteAddress, phase.tag(),
				after.toMillis());
	}
}
