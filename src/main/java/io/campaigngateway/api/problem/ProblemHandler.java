package io.campaigngateway.api.problem;

import io.campaigngateway.api.QueryParameters;
import io.campaigngateway.api.filter.BodyLimitFilter;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become problem answers (contract §5). Spring's own failures are translated
 * too, so no caller ever sees a stack trace, a class name or Spring's default error body.
 */
@RestControllerAdvice
class ProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Problems problems;

	ProblemHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(GatewayException.class)
	ResponseEntity<ProblemBody> gateway(GatewayException ex, HttpServletRequest request) {
		return problems.entity(ex, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemBody> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return problems.entity(BodyLimitFilter.refusal(ex).orElseGet(() -> new GatewayException(
				ProblemType.MALFORMED_REQUEST, "The request body is malformed", "The body could not be read as JSON")), request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemBody> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return problems.entity(new GatewayException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				"Send the body as one of: " + ex.getSupportedMediaTypes()), request);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemBody> notAcceptable(HttpServletRequest request) {
		return problems.entity(new GatewayException(ProblemType.NOT_ACCEPTABLE, "Not acceptable",
				"This endpoint answers application/json (and application/problem+json for errors)"), request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemBody> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		ResponseEntity<ProblemBody> entity = problems.entity(new GatewayException(ProblemType.METHOD_NOT_ALLOWED,
				"Method not allowed", "This path does not support " + ex.getMethod()), request);
		return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
			.allow(ex.getSupportedHttpMethods() == null ? new HttpMethod[0]
					: ex.getSupportedHttpMethods().toArray(new HttpMethod[0]))
			.body(entity.getBody());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemBody> noRoute(HttpServletRequest request) {
		return problems.entity(GatewayException.notFound("There is nothing at this path"), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemBody> parameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problems.entity(QueryParameters.malformed(ex.getName(), "has the wrong type"), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemBody> missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return problems.entity(QueryParameters.malformed(ex.getParameterName(), "is required"), request);
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemBody> missingHeader(MissingRequestHeaderException ex, HttpServletRequest request) {
		return problems.entity(new GatewayException(ProblemType.MALFORMED_REQUEST, "A header is missing",
				"The header " + ex.getHeaderName() + " is required"), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemBody> unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse spring) {
			int status = spring.getStatusCode().value();
			return problems.entity(ErrorEndpoint.byStatus(status, "The request could not be served"), request);
		}
		log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problems.entity(new GatewayException(ProblemType.INTERNAL, "Internal error",
				"An unexpected error occurred; it is logged under this request id"), request);
	}
}
