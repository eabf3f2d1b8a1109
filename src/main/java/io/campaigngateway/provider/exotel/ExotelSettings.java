package io.campaigngateway.provider.exotel;

/**
 * Exotel connection properties: {@code account-sid} (not a secret), {@code api-key} and {@code api-token};
 * {@code body-form}, how request bodies are sent ({@link ExotelEnvelope}): {@code wrapped} (the default) or
 * {@code flat}.
 */
public record ExotelSettings(String accountSid, String apiKey, String apiToken, String bodyForm) {

	@Override
	public String toString() {
		return "ExotelSettings[accountSid=" + accountSid + ", apiKey=***, apiToken=***, bodyForm=" + bodyForm + "]";
	}
}
