package io.campaigngateway.provider.spi;

import java.util.List;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;

/**
 * One page of a connection's campaigns, newest first where the provider orders them, and where the next page
 * starts in the provider's own terms (its offset, say), or null when this is the last. The gateway wraps that
 * position in the opaque cursor callers see.
 */
public record CampaignPage(List<Campaign> campaigns, String next) {

	/** What a next page's offset is written as; the first page has none, so 0 is never written. */
	private static final Pattern OFFSET = Pattern.compile("[1-9][0-9]{0,8}");

	/**
	 * The offset in a position that an adapter which pages by offset wrote as a decimal ({@code Integer.toString});
	 * null, the first page, is 0. Anything else is {@link #unreadablePosition}.
	 */
	public static int offset(String position) {
		if (position == null) {
			return 0;
		}
		if (!OFFSET.matcher(position).matches()) {
			throw unreadablePosition();
		}
		return Integer.parseInt(position);
	}

	/** The 400 for a position this provider cannot have written (the cursor was tampered with). */
	public static GatewayException unreadablePosition() {
		return new GatewayException(ProblemType.MALFORMED_REQUEST, "A query parameter is malformed",
				"The query parameter 'cursor' is not one the gateway gave out for this connection",
				List.of(new FieldProblem(null, "parameter", "cursor is not valid")), null, null);
	}
}
