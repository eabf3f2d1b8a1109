package io.campaigngateway.campaign;

import java.util.List;

/** What a dry run answers: the outbound requests the gateway would make, secrets masked. */
public record DryRun(String connection, String provider, List<OutboundRequest> requests) {

	@Override
	public String toString() {
		return "DryRun[" + connection + ", " + requests + "]";
	}
}
