package io.campaigngateway.api;

import java.util.List;
import java.util.Locale;

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
		for (String name : request.getParameterMap().keySet()) {
			if (!DRY_RUN.equals(name)) {
				throw malformed(name, "is not a parameter of this endpoint (only " + DRY_RUN + " is)");
			}
		}
		String[] values = request.getParameterValues(DRY_RUN);
		if (values == null) {
			return false;
		}
		if (values.length > 1) {
			throw malformed(DRY_RUN, "is given more than once");
		}
		return switch (values[0].toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw malformed(DRY_RUN, "must be true or false");
		};
	}

	/** The 400 for any query parameter that cannot be used, naming it. */
	public static GatewayException malformed(String name, String what) {
		return new GatewayException(ProblemType.MALFORMED_REQUEST, "A query parameter is malformed",
				"The query parameter '" + name + "' " + what, List.of(new FieldProblem(null, "parameter", name + " " + what)),
				null, null);
	}
}
