package io.campaigngateway.provider.exotel;

import java.util.regex.Pattern;

import io.campaigngateway.provider.spi.CampaignPage;

/**
 * Where a page of Exotel's list starts, as the gateway writes it into the caller's cursor: Exotel's own
 * {@code offset}, in decimal. Only a next page's offset is ever written, so it is at least 1.
 */
final class ExotelPositions {

	private static final Pattern WRITTEN = Pattern.compile("[1-9][0-9]{0,8}");

	private ExotelPositions() {
	}

	static String of(int offset) {
		return Integer.toString(offset);
	}

	/** The offset of a position this adapter wrote (null: the first page); anything else is an unreadable cursor. */
	static int offset(String position) {
		if (position == null) {
			return 0;
		}
		if (!WRITTEN.matcher(position).matches()) {
			throw CampaignPage.unreadablePosition();
		}
		return Integer.parseInt(position);
	}
}
