package io.campaigngateway.config;

import org.apache.coyote.Processor;

/**
 * The protocol both connectors (API and management port) run: Tomcat's HTTP/1.1 over NIO with the smaller answer
 * buffers of {@link TomcatBuffers} and, once {@link SlowRequests} has set them, request deadlines. Public with a
 * no-argument constructor: Tomcat creates it from its class name.
 */
public class DeadlineProtocol extends TomcatBuffers.SmallAnswerBuffers {

	private volatile RequestDeadlines deadlines;

	void deadlines(RequestDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	protected Processor createProcessor() {
		RequestDeadlines current = deadlines;
		return current == null ? super.createProcessor() : new DeadlineProcessor(this, getAdapter(), current);
	}
}
