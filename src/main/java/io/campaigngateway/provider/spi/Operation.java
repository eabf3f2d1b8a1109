package io.campaigngateway.provider.spi;

/** What a caller can do with a campaign at a provider. */
public enum Operation {

	CREATE, UPDATE, READ, LIST;

	public String value() {
		return name().toLowerCase();
	}
}
