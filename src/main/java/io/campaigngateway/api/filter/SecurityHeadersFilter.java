package io.campaigngateway.api.filter;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** The standard response headers of a JSON API; Swagger UI's pages keep what they need to render. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		set(response, !request.getRequestURI().startsWith("/swagger-ui"));
		chain.doFilter(request, response);
	}

	/** The headers; {@code json} adds the content security policy a page like Swagger UI's could not render with. */
	public static void set(HttpServletResponse response, boolean json) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		if (json) {
			response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		}
	}
}
