package io.campaigngateway.api;

import java.io.IOException;
import java.util.Optional;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.config.GatewayProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code gateway.limits.max-request-body}: a declared length over the limit is refused before anything is
 * read; a chunked body is cut off as soon as it passes the limit. Either way: 413 {@code payload-too-large}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodyLimitFilter extends OncePerRequestFilter {

	private static final long KB = 1024;

	private static final long MB = 1024 * KB;

	private final long limit;

	private final Problems problems;

	BodyLimitFilter(GatewayProperties properties, Problems problems) {
		this.limit = properties.limits().maxRequestBody().toBytes();
		this.problems = problems;
	}

	static GatewayException tooLarge(long limit) {
		return new GatewayException(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large",
				"The body is larger than the gateway accepts: " + readable(limit) + " (gateway.limits.max-request-body)");
	}

	/** The 413 when reading the body failed because it passed the limit. */
	static Optional<GatewayException> tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge over) {
				return Optional.of(tooLarge(over.limit));
			}
		}
		return Optional.empty();
	}

	private static String readable(long bytes) {
		if (bytes >= MB && bytes % MB == 0) {
			return bytes / MB + " MB";
		}
		return bytes >= KB && bytes % KB == 0 ? bytes / KB + " KB" : bytes + " bytes";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			response.setHeader("Connection", "close");
			problems.write(tooLarge(limit), request, response);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private static final class TooLarge extends IOException {

		private final long limit;

		TooLarge(long limit) {
			super("request body over the limit", null);
			this.limit = limit;
		}
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}
	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		CountingStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			count += n;
			if (count > limit) {
				throw new TooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}
	}
}
