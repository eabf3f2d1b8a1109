package io.campaigngateway.api.filter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.RequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a printable string of at most 128
 * characters, otherwise a new one. It is echoed on the response, logged, and forwarded to the provider.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = RequestContext.REQUEST_ID_HEADER;

	private static final String ATTRIBUTE = RequestIdFilter.class.getName();

	private static final Pattern ACCEPTED = Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]{0,126}[\\x21-\\x7E])?");

	public static String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return id instanceof String text ? text : null;
	}

	/** An id for a request that brought none (or one that could not be accepted). */
	public static String newId() {
		return UUID.randomUUID().toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String offered = request.getHeader(HEADER);
		String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put("requestId", id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}
}
