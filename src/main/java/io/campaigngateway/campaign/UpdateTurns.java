package io.campaigngateway.campaign;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import reactor.core.publisher.Mono;

/**
 * Runs the read-modify-write updates of one campaign one at a time, in the order they arrive: two callers
 * changing different fields at once would otherwise both start from the same read, and the second write would
 * undo the first. Holds nothing between updates. Within this process only: with several replicas, a campaign's
 * updates keep this guarantee when they reach one instance (README, Delivery guarantees).
 */
final class UpdateTurns {

	private static final CompletableFuture<Void> ENDED = CompletableFuture.completedFuture(null);

	private final ConcurrentMap<String, CompletableFuture<Void>> lastInLine = new ConcurrentHashMap<>();

	/** {@code update}, subscribed once every earlier update of {@code campaign} has ended, however it ended. */
	<T> Mono<T> inTurn(String campaign, Mono<T> update) {
		return Mono.defer(() -> {
			CompletableFuture<Void> mine = new CompletableFuture<>();
			CompletableFuture<Void> before = lastInLine.put(campaign, mine);
			// a caller that gives up while waiting must not cancel the update ahead of it: suppressCancel
			Mono<T> turn = before == null ? update : Mono.fromFuture(before, true).then(update);
			// the turn passes on when this update has ended and, if it gave up while waiting, the one before it too
			return turn.doFinally(signal -> (before == null ? ENDED : before).whenComplete((ignored, error) -> {
				lastInLine.remove(campaign, mine);
				mine.complete(null);
			}));
		});
	}

	/** Campaigns with an update running or waiting; for tests. */
	int campaignsInLine() {
		return lastInLine.size();
	}
}
