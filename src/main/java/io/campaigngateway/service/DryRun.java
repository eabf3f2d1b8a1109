package io.campaigngateway.service;

import java.util.List;

import io.campaigngateway.provider.spi.OutboundRequest;

/** What a dry run answers: the outbound requests the gateway would make, secrets masked. */
public record DryRun(String connection, String provider, List<OutboundRequest> requests) {

	/** The same plan with a header every request carries when sent (the request id, say). */
	public DryRun withHeader(String name, String value) {
		return new DryRun(connection, provider, requests.stream().map(request -> request.withHeader(name, value)).toList());
	}

	@Override
	public String toString() {
		return "DryRun[" + connection + ", " + requests + "]";
	}
}
