package io.campaigngateway.provider.toingg;

import java.time.Clock;
import java.util.Map;

import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.provider.spi.ConnectionContext;
import io.campaigngateway.provider.spi.ProviderAuth;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.spi.ProviderFactory;
import org.springframework.stereotype.Component;

/** Builds Toingg connections: {@code token} is required and sent as a Bearer token on every call. */
@Component
class ToinggProviderFactory implements ProviderFactory {

	static final String SANDBOX_PATH = "/sandbox/toingg/api/v3";

	static final String SANDBOX_TOKEN = "sandbox-toingg-token";

	@Override
	public String provider() {
		return "toingg";
	}

	@Override
	public CampaignProvider create(ConnectionContext context) {
		ToinggSettings settings = context.settings(ToinggSettings.class, new ToinggSettings(null));
		context.require("token", settings.token());
		ProviderClient client = context.client(ProviderAuth.bearer(settings.token()), new ToinggErrors());
		return new ToinggProvider(client, new ToinggCatalogues(client, context.name(), Clock.systemUTC()));
	}

	@Override
	public String sandboxPath() {
		return SANDBOX_PATH;
	}

	@Override
	public Map<String, String> sandboxProperties() {
		return Map.of("token", SANDBOX_TOKEN);
	}
}
