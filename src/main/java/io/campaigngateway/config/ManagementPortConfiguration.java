package io.campaigngateway.config;

import io.campaigngateway.api.filter.ApiKeyFilter;
import io.campaigngateway.api.filter.RequestIdFilter;
import io.campaigngateway.api.filter.SecurityHeadersFilter;
import jakarta.servlet.Filter;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;

/**
 * The management port ({@code management.server.port}): Actuator on a Tomcat of its own, which a flood of the API
 * port cannot reach. Boot serves it from a child context whose servlet context gets none of the main context's
 * filters or server customizers, so on its own it would answer {@code /actuator/prometheus} and
 * {@code /actuator/info} without a key. This brings the API port's rules over: the request id, the security
 * headers and the callers' keys (contract §6: health open, everything else behind a key) — the main context's
 * filter beans themselves — and the same Tomcat settings and slow-request deadlines.
 * <p>
 * Loaded into that child context only, from
 * {@code META-INF/spring/org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration.imports};
 * {@code GatewayApplication} keeps it out of the main context's component scan.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
class ManagementPortConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> managementRequestIdFilter(RequestIdFilter filter) {
		return inApiPortOrder(filter);
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> managementSecurityHeadersFilter(SecurityHeadersFilter filter) {
		return inApiPortOrder(filter);
	}

	@Bean
	FilterRegistrationBean<ApiKeyFilter> managementApiKeyFilter(ApiKeyFilter filter) {
		return inApiPortOrder(filter);
	}

	/** {@code server.tomcat.*} (timeouts, connection limits) and the deadlines for slow requests, as on the API port. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> managementTomcat(TomcatWebServerFactoryCustomizer tomcat,
			SlowRequests slowRequests) {
		return factory -> {
			tomcat.customize(factory);
			slowRequests.customize(factory);
		};
	}

	private static <F extends Filter> FilterRegistrationBean<F> inApiPortOrder(F filter) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(OrderUtils.getOrder(filter.getClass(), Ordered.LOWEST_PRECEDENCE));
		return registration;
	}
}
