package io.campaigngateway.api.filter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.HttpHeaders;

/**
 * A request whose body stops at {@code gateway.limits.max-request-body} ({@link TooLarge} past it), as sent and,
 * for a gzip body, as unpacked ({@link BodyLimitFilter}).
 */
final class LimitedRequest extends HttpServletRequestWrapper {

	private static final String CHUNKED = "chunked";

	private final long limit;

	private final boolean gzip;

	private ServletInputStream stream;

	LimitedRequest(HttpServletRequest request, long limit, boolean gzip) {
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

	/**
	 * The unpacked body has no length of its own, and is no longer gzip, to whoever reads it next: it reads as a
	 * body of unknown length, as a chunked one does. Still a body: Spring routes a request without one past the
	 * endpoint's Content-Type check, so a gzip body with no length at all would reach it as whatever type it says.
	 */
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
		if (unknownLength(name)) {
			return CHUNKED;
		}
		return hidden(name) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		if (unknownLength(name)) {
			return Collections.enumeration(List.of(CHUNKED));
		}
		return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		if (!gzip) { // Spring reads the names of every request with a body: no copy unless one is hidden
			return super.getHeaderNames();
		}
		List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()).stream().filter(name -> !hidden(name)).toList());
		if (super.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
			names.add(HttpHeaders.TRANSFER_ENCODING);
		}
		return Collections.enumeration(names);
	}

	private boolean hidden(String header) {
		return gzip && (HttpHeaders.CONTENT_ENCODING.equalsIgnoreCase(header) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(header));
	}

	private boolean unknownLength(String header) {
		return gzip && HttpHeaders.TRANSFER_ENCODING.equalsIgnoreCase(header) && super.getHeader(header) == null;
	}

	/** Reading stopped at the limit: the caller gets a 413. */
	static final class TooLarge extends IOException {

		private final long limit;

		TooLarge(long limit) {
			super("request body over the limit", null);
			this.limit = limit;
		}

		long limit() {
			return limit;
		}
	}

	/** Counts what is read through it and fails past the limit. */
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
