package io.campaigngateway.provider.toingg;

/** The Toingg-specific property of a connection: {@code token}, the Bearer token. */
public record ToinggSettings(String token) {

	@Override
	public String toString() {
		return "ToinggSettings[token=***]";
	}
}
