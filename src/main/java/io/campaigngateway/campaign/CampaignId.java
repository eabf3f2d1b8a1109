package io.campaigngateway.campaign;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A gateway campaign id, {@code {connection}:{providerCampaignId}}: routable without a database. */
public record CampaignId(String connection, String providerCampaignId) {

	/** A connection's name: what configuration accepts, and the first half of an id. */
	public static final String CONNECTION_NAME = "[a-z0-9][a-z0-9-]{0,31}";

	/** A whole id: the connection's name, a colon, the provider's id in URL-safe characters. */
	public static final String ID = "(" + CONNECTION_NAME + "):([A-Za-z0-9._~-]{1,128})";

	private static final Pattern FORM = Pattern.compile(ID);

	public static CampaignId parse(String id) {
		Matcher matcher = FORM.matcher(id == null ? "" : id);
		if (!matcher.matches()) {
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "The campaign id is malformed",
					"A campaign id has the form {connection}:{providerCampaignId}, e.g. voxo:123");
		}
		return new CampaignId(matcher.group(1), matcher.group(2));
	}

	public static String format(String connection, String providerCampaignId) {
		return connection + ":" + providerCampaignId;
	}

	@Override
	public String toString() {
		return format(connection, providerCampaignId);
	}
}
