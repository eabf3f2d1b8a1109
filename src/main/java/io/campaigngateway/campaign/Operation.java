package io.campaigngateway.campaign;

/** What a caller can do with a campaign at a provider. */
public enum Operation {

	CREATE, UPDATE, READ;

	public String value() {
		return name().toLowerCase();
	}
}
