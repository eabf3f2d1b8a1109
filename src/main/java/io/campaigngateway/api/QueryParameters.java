package io.campaigngateway.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters of {@code /campaigns}. A create or an update takes {@code dryRun=true|false} and nothing
 * else: a dry run asked for with a slip ({@code ?dryrun=true}, a bare {@code ?dryRun}) must not quietly become a
 * real change at the provider, so an unknown parameter, a repeated or empty {@code dryRun} and any value but
 * true or false are refused before anything is sent.
 */
public final class QueryParameters {

	static final String DRY_RUN = "dryRun";

	private QueryParameters() {
	}

	static boolean dryRun(HttpServletRequest request) {
		String value = single(request, DRY_RUN, Set.of(DRY_RUN));
		if (value == null) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw malformed(DRY_RUN, "must be true or false");
		};
	}

	/** For an endpoint that takes no query parameter at all (the dry-run routes): any one is refused, naming it. */
	static void none(HttpServletRequest request) {
		for (String given : request.getParameterMap().keySet()) {
			throw malformed(given, "is not a parameter of this endpoint (it takes none)");
		}
	}

	/**
	 * The one value of {@code name}, or null when absent; any parameter not in {@code accepted}, or one given twice,
	 * is refused: a slip in a name must not quietly change what the request does.
	 */
	static String single(HttpServletRequest request, String name, Set<String> accepted) {
		for (String given : request.getParameterMap().keySet()) {
			if (!accepted.contains(given)) {
				throw malformed(given, "is not a parameter of this endpoint (only " + String.join(", ", accepted.stream().sorted().toList()) + ")");
			}
		}
		String[] values = request.getParameterValues(name);
		if (values == null) {
			return null;
		}
		if (values.length > 1) {
			throw malformed(name, "is given more than once");
		}
		return values[0];
	}

	/** The 400 for any query parameter that cannot be used, naming it. */
	public static GatewayException malformed(String name, String what) {
		return new GatewayException(ProblemType.MALFORMED_REQUEST, "A query parameter is malformed",
				"The query parameter '" + name + "' " + what, List.of(new FieldProblem(null, "parameter", name + " " + what)),
				null, null);
	}
}
