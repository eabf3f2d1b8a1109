package io.campaigngateway.provider.exotel;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.provider.spi.ConnectionContext;
import io.campaigngateway.provider.spi.ProviderFactory;
import org.springframework.stereotype.Component;

/**
 * Builds Exotel connections: {@code account-sid}, {@code api-key} and {@code api-token} are required;
 * {@code body-form} is optional.
 */
@Component
class ExotelProviderFactory implements ProviderFactory {

	static final String SANDBOX_PATH = "/sandbox/exotel";

	static final String SANDBOX_SID = "sandboxaccount1";

	static final String SANDBOX_KEY = "sandbox-exotel-key";

	static final String SANDBOX_TOKEN = "sandbox-exotel-token";

	/** Exotel's documented campaign API limit: 30 requests per minute per account. */
	static final int REQUESTS_PER_MINUTE = 30;

	@Override
	public String provider() {
		return "exotel";
	}

	@Override
	public CampaignProvider create(ConnectionContext context) {
		ExotelSettings settings = context.settings(ExotelSettings.class, new ExotelSettings(null, null, null, null));
		context.require("account-sid", settings.accountSid());
		context.require("api-key", settings.apiKey());
		context.require("api-token", settings.apiToken());
		if (settings.accountSid() != null && !settings.accountSid().matches("[A-Za-z0-9_-]{1,64}")) {
			context.problem("account-sid", "must be letters, digits, '-' or '_'");
		}
		Optional<ExotelEnvelope.Form> form = ExotelEnvelope.Form.of(settings.bodyForm());
		if (form.isEmpty()) {
			context.problem("body-form", "must be wrapped or flat");
		}
		ExotelBasicAuth auth = new ExotelBasicAuth(String.valueOf(settings.apiKey()), String.valueOf(settings.apiToken()));
		return new ExotelProvider(context.client(auth, new ExotelErrors()), settings.accountSid(),
				form.orElse(ExotelEnvelope.Form.WRAPPED), Clock.systemUTC());
	}

	@Override
	public String sandboxPath() {
		return SANDBOX_PATH;
	}

	@Override
	public Map<String, String> sandboxProperties() {
		return Map.of("account-sid", SANDBOX_SID, "api-key", SANDBOX_KEY, "api-token", SANDBOX_TOKEN);
	}

	@Override
	public int defaultRequestsPerMinute() {
		return REQUESTS_PER_MINUTE;
	}
}
