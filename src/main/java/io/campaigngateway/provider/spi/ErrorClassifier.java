package io.campaigngateway.provider.spi;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;

/** Turns a provider's refusal or failure into the gateway's problem for the caller. One per provider. */
@FunctionalInterface
public interface ErrorClassifier {

	GatewayException classify(ProviderResponse response, Operation operation);
}
