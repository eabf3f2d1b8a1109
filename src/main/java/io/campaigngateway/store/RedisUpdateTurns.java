package io.campaigngateway.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.service.LocalUpdateTurns;
import io.campaigngateway.service.UpdateTurns;

/**
 * A campaign's update turn across replicas: a lease in Redis ({@code <prefix>turn:{id}}, SET with an expiry) numbered
 * by a fencing counter. The updates of one campaign on one replica line up in the process first, so only the head of
 * that line asks Redis and the next one asks the moment it ends; the replicas' heads take the lease in the order they
 * asked (a queue they poll every 10 ms; a waiter that stops polling, its replica dead, loses its place within a
 * second). While an update holds the lease, a watchdog renews it every third of its length: a slow read keeps it,
 * and a replica that died blocks the campaign only until it runs out. Right before the write {@link Turn#confirm()}
 * checks that the lease is still this update's and stretches it over the write's whole time budget, so it cannot run
 * out while the write is in flight, even if Redis stops answering then; a lost lease aborts the update with nothing
 * sent. The lease is given back (compare-and-delete) when the update ends.
 */
public final class RedisUpdateTurns implements UpdateTurns {

	private static final Duration POLL = Duration.ofMillis(10);

	/** How long a waiter that stops polling keeps its place in line. */
	private static final String PATIENCE = "1000";

	private final RedisStore store;

	private final Duration lease;

	private final Duration writeBudget;

	private final Duration maxWait;

	private final LocalUpdateTurns local;

	/**
	 * {@code writeBudget}: the longest a provider write can take (retries, timeouts and permit waits included);
	 * {@code maxWait}: how long an update waits for the earlier ones before it gives up (503).
	 */
	public RedisUpdateTurns(RedisStore store, Duration lease, Duration writeBudget, Duration maxWait) {
		this.store = store;
		this.lease = lease;
		this.writeBudget = writeBudget.compareTo(lease) > 0 ? writeBudget : lease;
		this.maxWait = maxWait;
		this.local = new LocalUpdateTurns(maxWait);
	}

	@Override
	public <T> T inTurn(String campaign, Function<Turn, T> update) {
		long deadline = System.nanoTime() + maxWait.toNanos();
		return local.inTurn(campaign, ignored -> shared(campaign, deadline, update));
	}

	private <T> T shared(String campaign, long deadline, Function<Turn, T> update) {
		String tag = "{" + campaign + "}";
		List<String> keys = List.of(store.key("turn", tag), store.key("fence", tag), store.key("turnq", tag),
				store.key("turnw", tag));
		String holder = store.token();
		HeldTurn turn = take(campaign, keys, holder, deadline);
		ScheduledFuture<?> watchdog = store.every(lease.dividedBy(3), turn::renew);
		try {
			return update.apply(turn);
		}
		finally {
			watchdog.cancel(false);
			try {
				store.run(StoreScripts.TURN_RELEASE, turn.lease, turn.token);
			}
			catch (RuntimeException ex) {
				// the lease runs out by itself
			}
		}
	}

	private HeldTurn take(String campaign, List<String> keys, String holder, long deadline) {
		String leaseMillis = Long.toString(lease.toMillis());
		while (true) {
			List<?> taken;
			try {
				taken = store.run(StoreScripts.TURN_ACQUIRE, keys, holder, leaseMillis, PATIENCE);
			}
			catch (RuntimeException ex) {
				leave(keys, holder);
				throw StoreProblems.unavailable("the shared store of update turns (Redis) does not answer, so this"
						+ " update cannot take its turn after the campaign's other updates");
			}
			if ((Long) taken.get(0) == 1L) {
				return new HeldTurn(List.of(keys.get(0)), (String) taken.get(2), (Long) taken.get(1));
			}
			if (System.nanoTime() > deadline) {
				leave(keys, holder);
				throw UpdateTurns.busy(campaign, maxWait);
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				leave(keys, holder);
				throw StoreProblems.unavailable("The update was interrupted", "it stopped waiting for its turn");
			}
		}
	}


	/** Out of the line at once (a waiter that is not there any more would hold it up for a second). */
	private void leave(List<String> keys, String holder) {
		try {
			store.run(StoreScripts.TURN_LEAVE, keys, holder);
		}
		catch (RuntimeException ex) {
			// its place lapses by itself
		}
	}

	private final class HeldTurn implements Turn {

		private final List<String> lease;

		private final String token;

		private final long fence;

		/** What a renewal sets the lease to: its length, then, once the write is confirmed, the write's budget. */
		private volatile String ttl = Long.toString(RedisUpdateTurns.this.lease.toMillis());

		private volatile boolean lost;

		private HeldTurn(List<String> lease, String token, long fence) {
			this.lease = lease;
			this.token = token;
			this.fence = fence;
		}

		void renew() {
			try {
				if (store.run(StoreScripts.TURN_RENEW, lease, token, ttl) == 0L) {
					lost = true;
				}
			}
			catch (RuntimeException ex) {
				// not known to be lost: confirm() decides, and needs Redis to say so
			}
		}

		@Override
		public void confirm() {
			String budget = Long.toString(writeBudget.toMillis());
			boolean held;
			try {
				held = !lost && store.run(StoreScripts.TURN_RENEW, lease, token, budget) == 1L;
			}
			catch (RuntimeException ex) {
				throw StoreProblems.unavailable("The update turn cannot be confirmed", "the shared store of update"
						+ " turns (Redis) does not answer, so this update cannot be sure it still holds its turn");
			}
			if (!held) {
				lost = true;
				throw lostTurn();
			}
			ttl = budget;
		}

		private GatewayException lostTurn() {
			return StoreProblems.unavailable("The update turn was lost", "this update's turn (fence " + fence
					+ ") ran out before the write, so another update may have taken it");
		}
	}
}
