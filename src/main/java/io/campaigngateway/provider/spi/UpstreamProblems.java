package io.campaigngateway.provider.spi;

import java.util.List;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException.Upstream;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;

/** The mapping from a provider's HTTP status to the gateway's problem that every classifier starts from. */
public final class UpstreamProblems {

	private UpstreamProblems() {
	}

	public static GatewayException byStatus(String provider, ProviderResponse response, int status, String message,
			List<FieldProblem> errors) {
		Upstream upstream = new Upstream(response.status(), response.body());
		String said = message == null || message.isBlank() ? "" : ": " + message;
		if (status == 401 || status == 403) {
			return new GatewayException(ProblemType.UPSTREAM_AUTH, "The provider rejected the gateway's credentials",
					provider + " answered " + status + said, List.of(), upstream, null);
		}
		if (status == 404) {
			return new GatewayException(ProblemType.NOT_FOUND, "Not found",
					provider + " says the campaign does not exist" + said, List.of(), upstream, null);
		}
		if (status == 409) {
			return new GatewayException(ProblemType.CONFLICT, "The provider refused the change in the campaign's current state",
					provider + " answered 409" + said, errors, upstream, null);
		}
		if (status == 429) {
			return new GatewayException(ProblemType.RATE_LIMITED, "The provider is rate-limiting the gateway",
					provider + " answered 429" + said, List.of(), upstream, response.retryAfter().orElse(null));
		}
		if (status == 400 || status == 422) {
			return new GatewayException(ProblemType.UPSTREAM_VALIDATION, "The provider rejected the campaign",
					provider + " answered " + status + said, errors, upstream, null);
		}
		if (status == 402) {
			return new GatewayException(ProblemType.UPSTREAM_ERROR, "The provider account cannot run this",
					provider + " refused because of the account's balance or plan (402)" + said, List.of(), upstream, null);
		}
		return new GatewayException(ProblemType.UPSTREAM_ERROR, "The provider failed",
				provider + " answered " + status + said, List.of(), upstream, null);
	}

	public static GatewayException garbage(String provider, ProviderResponse response, String what) {
		return new GatewayException(ProblemType.UPSTREAM_ERROR, "The provider answered something unreadable",
				provider + " answered " + response.status() + " but " + what, List.of(),
				new Upstream(response.status(), response.body()), null);
	}
}
