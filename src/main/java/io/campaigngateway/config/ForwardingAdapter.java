package io.campaigngateway.config;

import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/** Tomcat's adapter (the bridge from a parsed request to the servlet container), passed on whole: a base to wrap it. */
abstract class ForwardingAdapter implements Adapter {

	private final Adapter adapter;

	ForwardingAdapter(Adapter adapter) {
		this.adapter = adapter;
	}

	@Override
	public void service(Request req, Response res) throws Exception {
		adapter.service(req, res);
	}

	@Override
	public boolean prepare(Request req, Response res) throws Exception {
		return adapter.prepare(req, res);
	}

	@Override
	public boolean asyncDispatch(Request req, Response res, SocketEvent status) throws Exception {
		return adapter.asyncDispatch(req, res, status);
	}

	@Override
	public void log(Request req, Response res, long time) {
		adapter.log(req, res, time);
	}

	@Override
	public void checkRecycled(Request req, Response res) {
		adapter.checkRecycled(req, res);
	}

	@Override
	public String getDomain() {
		return adapter.getDomain();
	}
}
