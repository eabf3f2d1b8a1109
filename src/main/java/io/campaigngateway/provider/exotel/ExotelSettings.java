package io.campaigngateway.provider.exotel;

/** Exotel connection properties: {@code account-sid} (not a secret), {@code api-key} and {@code api-token}. */
public record ExotelSettings(String accountSid, String apiKey, String apiToken) {

	@Override
	public String toString() {
		return "ExotelSettings[accountSid=" + accountSid + ", apiKey=***, apiToken=***]";
	}
}
