package io.campaigngateway.config;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;

import io.campaigngateway.config.RequestDeadlines.Phase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.Adapter;
import org.apache.coyote.ErrorState;
import org.apache.coyote.InputBuffer;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 processor with a deadline for each phase of receiving a request. Tomcat's own timeouts bound
 * each read: a client that drips a byte every few seconds resets them at every byte and keeps its connection — one
 * of {@code max-connections} — for ever. Here the request line and headers must have arrived within a bound of the
 * request's first byte, and the body within a bound of the headers' end, whether the gateway reads it or, after an
 * answer that did not need it, it is drained the way Tomcat swallows it. A request that misses its deadline loses
 * its connection without an answer (a client that slow is not reading one).
 */
final class DeadlineProcessor extends Http11Processor {

	private final RequestDeadlines deadlines;

	private final int maxSwallowSize;

	private final Adapter hooked;

	/** {@code System.nanoTime()} at the headers' end while the adapter serves the request, else -1. */
	private long bodyStart = -1;

	/** Tomcat's per-read timeout for the body, given back when the request is done. */
	private long bodyReadTimeout = -1;

	DeadlineProcessor(DeadlineProtocol protocol, Adapter adapter, RequestDeadlines deadlines) {
		super(protocol, adapter);
		this.deadlines = deadlines;
		this.maxSwallowSize = protocol.getMaxSwallowSize();
		this.hooked = new BodyPhase(adapter);
		request.setInputBuffer(new BodyDeadline(request.getInputBuffer()));
	}

	/** Tomcat asks for the adapter the moment the headers are complete: the hook starts the body's clock there. */
	@Override
	public Adapter getAdapter() {
		return hooked == null ? super.getAdapter() : hooked;
	}

	/** Called for each arrival of bytes; a request still short of its headers is checked against their deadline. */
	@Override
	public SocketState service(SocketWrapperBase<?> socket) throws IOException {
		SocketState state = super.service(socket);
		long started = request.getStartTimeNanos();
		if (state != SocketState.LONG || isAsync() || started < 0) {
			return state;
		}
		long left = RequestDeadlines.left(deadlines.headers(), started);
		if (left <= 0) {
			cut(Phase.HEADERS, socket, started);
			return SocketState.CLOSED;
		}
		// a client that falls silent now is cut at the deadline too, not one read timeout after it
		socket.setReadTimeout(RequestDeadlines.readTimeoutWithin(socket.getReadTimeout(), left));
		return state;
	}

	/** The poller reports a read timeout as an error: for a begun request, that is a cut too. */
	@Override
	public SocketState process(SocketWrapperBase<?> socket, SocketEvent status) throws IOException {
		long started = request.getStartTimeNanos();
		if (status == SocketEvent.ERROR && !isAsync() && started >= 0 && bodyStart < 0
				&& socket.getError() instanceof SocketTimeoutException) {
			cut(Phase.HEADERS, socket, started);
		}
		return super.process(socket, status);
	}

	private void cut(Phase phase, SocketWrapperBase<?> socket, long startNanos) {
		deadlines.cuts().cut(phase, socket.getRemoteAddr(), Duration.ofNanos(System.nanoTime() - startNanos));
	}

	/** The body read too slowly: no answer goes out and the connection closes. */
	private IOException cutBody() {
		cut(Phase.BODY, socketWrapper, bodyStart);
		SocketTimeoutException timeout = new SocketTimeoutException("The request body did not arrive in time");
		action(ActionCode.CLOSE_NOW, timeout);
		return timeout;
	}

	/**
	 * An answer given before the body was read (a 401, say): Tomcat would now swallow the rest, up to
	 * max-swallow-size, as slowly as it comes. Draining it here puts the body's deadline on that too. Where Tomcat
	 * closes the connection instead, it is left to do so.
	 */
	private void drainUnreadBody(Request req, Response res) {
		if (getErrorState().isError() || req.isFinished() || closesInsteadOfSwallowing(req, res.getStatus())) {
			return;
		}
		Discarded sink = new Discarded();
		long drained = 0;
		try {
			for (int read = req.doRead(sink); read >= 0; read = req.doRead(sink)) {
				drained += read;
				if (maxSwallowSize >= 0 && drained > maxSwallowSize) {
					setErrorState(ErrorState.CLOSE_CONNECTION_NOW, null);
					return;
				}
			}
		}
		catch (IOException ex) {
			setErrorState(ErrorState.CLOSE_CONNECTION_NOW, ex);
		}
	}

	/** Tomcat's own rules (Http11Processor): these answers, or an expectation refused, close without swallowing. */
	private static boolean closesInsteadOfSwallowing(Request req, int status) {
		return status == 400 || status == 408 || status == 411 || status == 413 || status == 414 || status == 500
				|| status == 501 || status == 503 || req.hasExpectation() && (status < 200 || status > 299);
	}

	/** Around the adapter's service: the body phase, from the headers' end to the answer and the drain after it. */
	private final class BodyPhase extends ForwardingAdapter {

		BodyPhase(Adapter adapter) {
			super(adapter);
		}

		@Override
		public void service(Request req, Response res) throws Exception {
			bodyStart = System.nanoTime();
			bodyReadTimeout = socketWrapper.getReadTimeout();
			try {
				super.service(req, res);
				if (!isAsync()) {
					drainUnreadBody(req, res);
				}
			}
			finally {
				bodyStart = -1;
				socketWrapper.setReadTimeout(bodyReadTimeout);
			}
		}
	}

	/** Every body read, the gateway's and the drain's: each bounded by what is left of the body's deadline. */
	private final class BodyDeadline implements InputBuffer {

		private final InputBuffer tomcats;

		BodyDeadline(InputBuffer tomcats) {
			this.tomcats = tomcats;
		}

		@Override
		public int doRead(ApplicationBufferHandler handler) throws IOException {
			if (bodyStart < 0) {
				return tomcats.doRead(handler);
			}
			long left = RequestDeadlines.left(deadlines.body(), bodyStart);
			if (left <= 0) {
				throw cutBody();
			}
			socketWrapper.setReadTimeout(RequestDeadlines.readTimeoutWithin(bodyReadTimeout, left));
			try {
				return tomcats.doRead(handler);
			}
			catch (SocketTimeoutException ex) {
				throw cutBody();
			}
		}

		@Override
		public int available() {
			return tomcats.available();
		}
	}

	/** Where drained bytes go: Tomcat hands over its own buffer, which is simply not kept. */
	private static final class Discarded implements ApplicationBufferHandler {

		private ByteBuffer buffer = ApplicationBufferHandler.EMPTY_BUFFER;

		@Override
		public void setByteBuffer(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public ByteBuffer getByteBuffer() {
			return buffer;
		}

		@Override
		public void expand(int size) {
		}
	}
}
