package io.campaigngateway.api.filter;

import java.io.IOException;
import java.util.Optional;

import io.campaigngateway.api.problem.Problems;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.config.GatewayProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code gateway.limits.max-request-body}: a declared length over the limit is refused before anything is
 * read; a chunked body is cut off as soon as it passes the limit. Either way: 413 {@code payload-too-large}.
 * A gzip body (a 5,000-contact list shrinks ~5×) is read through, the limit applying to it both as sent and
 * as unpacked, so no small body can unpack without bound; any other content coding is a 415 ({@link ContentCoding}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class BodyLimitFilter extends OncePerRequestFilter {

	private static final long KB = 1024;

	private static final long MB = 1024 * KB;

	private final long limit;

	private final Problems problems;

	BodyLimitFilter(GatewayProperties properties, Problems problems) {
		this.limit = properties.limits().maxRequestBody().toBytes();
		this.problems = problems;
	}

	public static GatewayException tooLarge(long limit) {
		return new GatewayException(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large",
				"The body is larger than the gateway accepts: " + readable(limit) + " (gateway.limits.max-request-body)");
	}

	private static String readable(long bytes) {
		if (bytes >= MB && bytes % MB == 0) {
			return bytes / MB + " MB";
		}
		return bytes >= KB && bytes % KB == 0 ? bytes / KB + " KB" : bytes + " bytes";
	}

	/** The 400 when a body said to be gzip is not. */
	static GatewayException notGzip() {
		return new GatewayException(ProblemType.MALFORMED_REQUEST, "The request body is malformed",
				"The body is not valid gzip, as its Content-Encoding says it is");
	}

	/** The problem that reading the body ran into (over the limit, or not gzip), if that is why it failed. */
	public static Optional<GatewayException> refusal(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof LimitedRequest.TooLarge over) {
				return Optional.of(tooLarge(over.limit()));
			}
			if (cause instanceof GunzippingStream.NotGzip) {
				return Optional.of(notGzip());
			}
		}
		return Optional.empty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			response.setHeader("Connection", "close");
			problems.write(tooLarge(limit), request, response);
			return;
		}
		ContentCoding coding = contentCoding(request);
		if (coding == ContentCoding.UNSUPPORTED) {
			response.setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip");
			problems.write(new GatewayException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported content coding",
					"The body's Content-Encoding is not one the gateway reads: send it as is, or as gzip"), request, response);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit, coding == ContentCoding.GZIP), response);
	}

	/** The body's content coding; none when there is no body to decode. */
	private static ContentCoding contentCoding(HttpServletRequest request) {
		if (request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
			return ContentCoding.NONE;
		}
		return ContentCoding.of(request.getHeaders(HttpHeaders.CONTENT_ENCODING));
	}
}
