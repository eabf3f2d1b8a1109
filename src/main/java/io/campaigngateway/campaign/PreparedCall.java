package io.campaigngateway.campaign;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * A change ready to go to a provider: the requests it makes (reads already done to prepare it come first)
 * and the lazy call that sends the change. A dry run shows {@code requests} and never subscribes to
 * {@code send}.
 */
public record PreparedCall(List<OutboundRequest> requests, Mono<Campaign> send) {
}
