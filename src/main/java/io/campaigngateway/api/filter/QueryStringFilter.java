package io.campaigngateway.api.filter;

import java.io.IOException;
import java.util.List;

import io.campaigngateway.api.problem.Problems;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string that does not decode ({@code %zz}, or escaped bytes that are not UTF-8) is a 400. Tomcat fails the
 * first time any parameter is asked for — in a handler, or in the access line once the answer is out — and only
 * then: so this asks first, for every request, and the parameters are settled for whoever asks next.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class QueryStringFilter extends OncePerRequestFilter {

	private final Problems problems;

	QueryStringFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) { // Tomcat's InvalidParameterException: parsing failed
			problems.write(new GatewayException(ProblemType.MALFORMED_REQUEST, "The query string is malformed",
					"A query parameter's percent-encoding does not decode as UTF-8",
					List.of(new FieldProblem(null, "parameter", "a query parameter does not decode")), null, null),
					request, response);
			return;
		}
		chain.doFilter(request, response);
	}
}
