package io.campaigngateway.provider.voxo;

import java.util.Map;

import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.provider.spi.ConnectionContext;
import io.campaigngateway.provider.spi.ProviderAuth;
import io.campaigngateway.provider.spi.ProviderFactory;
import org.springframework.stereotype.Component;

/** Builds VOXO connections: a {@code token}, or {@code email} + {@code password}; and {@code tenant-id}. */
@Component
class VoxoProviderFactory implements ProviderFactory {

	static final String SANDBOX_PATH = "/sandbox/voxo";

	static final String SANDBOX_EMAIL = "sandbox@voxo.example";

	static final String SANDBOX_PASSWORD = "sandbox-voxo-password";

	static final long SANDBOX_TENANT = 42;

	@Override
	public String provider() {
		return "voxo";
	}

	@Override
	public CampaignProvider create(ConnectionContext context) {
		VoxoSettings settings = context.settings(VoxoSettings.class, new VoxoSettings(null, null, null, null, null, null));
		boolean hasToken = settings.token() != null && !settings.token().isBlank();
		boolean hasLogin = settings.email() != null && !settings.email().isBlank();
		if (!hasToken && !hasLogin) {
			context.problem("token", "is required (or email and password, to log in)");
		}
		if (hasLogin && !hasToken) {
			context.require("password", settings.password());
		}
		context.require("tenant-id", settings.tenantId());
		String format = settings.numberFormat();
		if (format != null && !format.equalsIgnoreCase("e164") && !format.equalsIgnoreCase("national")) {
			context.problem("number-format", "must be e164 or national");
		}
		ProviderAuth auth = hasToken ? ProviderAuth.bearer(settings.token())
				: new VoxoLogin(settings.email(), String.valueOf(settings.password()), context.exchanges(),
						context.baseUrl(), context.rateLimitMaxWait());
		return new VoxoProvider(context.client(auth, new VoxoErrors()), settings);
	}

	@Override
	public String sandboxPath() {
		return SANDBOX_PATH;
	}

	@Override
	public Map<String, String> sandboxProperties() {
		return Map.of("email", SANDBOX_EMAIL, "password", SANDBOX_PASSWORD, "tenant-id", String.valueOf(SANDBOX_TENANT));
	}
}
