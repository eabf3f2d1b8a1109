package io.campaigngateway.api.filter;

import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.http.HttpServletRequest;

/** When a request started, and how much of it was spent waiting on providers. */
final class RequestTiming {

	private static final String ATTRIBUTE = RequestTiming.class.getName();

	private final long start = System.nanoTime();

	private final LongAdder providerNanos = new LongAdder();

	static RequestTiming start(HttpServletRequest request) {
		RequestTiming timing = new RequestTiming();
		request.setAttribute(ATTRIBUTE, timing);
		return timing;
	}

	static RequestTiming of(HttpServletRequest request) {
		Object timing = request.getAttribute(ATTRIBUTE);
		return timing instanceof RequestTiming known ? known : start(request);
	}

	LongAdder providerNanos() {
		return providerNanos;
	}

	double totalMillis() {
		return (System.nanoTime() - start) / 1e6;
	}

	double providerMillis() {
		return providerNanos.sum() / 1e6;
	}

	/** {@code gateway;dur=…, provider;dur=…}: what the gateway added, and what the provider took. */
	String serverTiming() {
		double total = totalMillis();
		double provider = providerMillis();
		return "gateway;dur=" + oneDecimal(Math.max(0, total - provider)) + ", provider;dur=" + oneDecimal(provider);
	}

	/** {@code 12.3}: milliseconds as the logs and headers show them (String.format is costly per request). */
	static String oneDecimal(double millis) {
		long tenths = Math.round(millis * 10);
		return (tenths / 10) + "." + (tenths % 10);
	}
}
