package io.campaigngateway.api.filter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.campaigngateway.api.problem.Problems;
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
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code gateway.limits.max-request-body}: a declared length over the limit is refused before anything is
 * read; a chunked body is cut off as soon as it passes the limit. Either way: 413 {@code payload-too-large}.
 * A gzip body (a 5,000-contact list shrinks ~5×) is read through, the limit applying to it both as sent and
 * as unpacked, so no small body can unpack without bound; any other content coding is a 415.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class BodyLimitFilter extends OncePerRequestFilter {

	private static final long KB = 1024;

	private static final long MB = 1024 * KB;

	private static final Set<String> GZIP = Set.of("gzip", "x-gzip");

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
			if (cause instanceof TooLarge over) {
				return Optional.of(tooLarge(over.limit));
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
		String coding = contentCoding(request);
		if (coding != null && !GZIP.contains(coding)) {
			response.setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip");
			problems.write(new GatewayException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported content coding",
					"The body's Content-Encoding is not one the gateway reads: send it as is, or as gzip"), request, response);
			return;
		}
		chain.doFilter(new Limited(request, limit, coding != null), response);
	}

	/** The body's content coding, lower case; null for none ({@code identity}, or no body to decode). */
	private static String contentCoding(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.CONTENT_ENCODING);
		if (header == null || (request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null)) {
			return null;
		}
		String coding = header.strip().toLowerCase(Locale.ROOT);
		return coding.isEmpty() || "identity".equals(coding) ? null : coding;
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

		private final boolean gzip;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit, boolean gzip) {
			super(request);
			this.limit = limit;
			this.gzip = gzip;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream sent = new CountingStream(super.getInputStream(), limit);
				stream = gzip ? new CountingStream(new GunzippingStream(sent), limit) : sent;
			}
			return stream;
		}

		/** The unpacked body has no length of its own, and is no longer gzip, to whoever reads it next. */
		@Override
		public long getContentLengthLong() {
			return gzip ? -1 : super.getContentLengthLong();
		}

		@Override
		public int getContentLength() {
			return gzip ? -1 : super.getContentLength();
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			if (!gzip) { // Spring reads the names of every request with a body: no copy unless one is hidden
				return super.getHeaderNames();
			}
			return Collections.enumeration(Collections.list(super.getHeaderNames()).stream().filter(name -> !hidden(name)).toList());
		}

		private boolean hidden(String header) {
			return gzip && (HttpHeaders.CONTENT_ENCODING.equalsIgnoreCase(header) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(header));
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
