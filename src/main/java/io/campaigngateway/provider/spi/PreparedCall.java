package io.campaigngateway.provider.spi;

import java.util.List;
import java.util.function.Supplier;

import io.campaigngateway.campaign.Campaign;

/**
 * A change ready to go to a provider: the requests it makes (reads already done to prepare it come first) and
 * the call that sends the change. A dry run shows {@code requests} and never calls {@code send}.
 */
public record PreparedCall(List<OutboundRequest> requests, Supplier<Campaign> send) {
}
