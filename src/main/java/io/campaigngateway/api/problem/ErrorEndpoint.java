package io.campaigngateway.api.problem;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors raised outside Spring MVC (by the servlet container) as problems, not as Boot's default body. */
@Hidden
@RestController
class ErrorEndpoint implements ErrorController {

	private final Problems problems;

	ErrorEndpoint(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemBody> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value ? value : 500;
		return problems.entity(byStatus(status, "The request could not be served"), request);
	}

	static GatewayException byStatus(int status, String detail) {
		for (ProblemType type : ProblemType.values()) {
			if (type.status() == status && type != ProblemType.UPSTREAM_VALIDATION && type != ProblemType.UPSTREAM_AUTH) {
				return new GatewayException(type, title(type), detail);
			}
		}
		return new GatewayException(status < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL,
				status < 500 ? "Bad request" : "Internal error", detail);
	}

	private static String title(ProblemType type) {
		String slug = type.uri().substring(ProblemType.BASE_URI.length()).replace('-', ' ');
		return Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
	}
}
