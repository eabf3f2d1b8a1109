package io.campaigngateway.provider.spi;

import java.util.Map;

import io.campaigngateway.provider.spi.CampaignProvider;

/**
 * What a provider package contributes, as a Spring bean: the adapter for a configured connection, and the
 * settings of its built-in sandbox connection. The registry finds factories by {@link #provider()}.
 */
public interface ProviderFactory {

	/** The value of {@code gateway.connections.<name>.provider} this factory serves. */
	String provider();

	/** The adapter for one connection; bad settings are reported through {@link ConnectionContext#problem}. */
	CampaignProvider create(ConnectionContext context);

	/** Where the sandbox emulator of this provider is served, relative to the gateway's own root. */
	String sandboxPath();

	/** The connection properties (beyond provider and base-url) of the sandbox connection. */
	Map<String, String> sandboxProperties();

	/** The default of {@code rate-limit.requests-per-minute} for this provider's connections. */
	default int defaultRequestsPerMinute() {
		return 0;
	}
}
