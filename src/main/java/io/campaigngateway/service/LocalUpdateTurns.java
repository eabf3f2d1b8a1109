package io.campaigngateway.service;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The turns of one gateway process: a fair lock per campaign with an update running or waiting, dropped once
 * none is. Holds nothing between updates.
 */
public final class LocalUpdateTurns implements UpdateTurns {

	private static final Turn HELD = () -> {
	};

	private static final class Lane {

		private final ReentrantLock lock = new ReentrantLock(true);

		private int users;
	}

	private final ConcurrentMap<String, Lane> lanes = new ConcurrentHashMap<>();

	private final Duration maxWait;

	/**
	 * {@code maxWait}: how long an update waits for the earlier ones before it gives up (503), so updates piling up
	 * behind a slow provider — their callers long gone — cannot grow without bound.
	 */
	public LocalUpdateTurns(Duration maxWait) {
		this.maxWait = maxWait;
	}

	@Override
	public <T> T inTurn(String campaign, Function<Turn, T> update) {
		Lane lane = lanes.compute(campaign, (key, existing) -> {
			Lane joined = existing == null ? new Lane() : existing;
			joined.users++;
			return joined;
		});
		try {
			acquire(lane.lock, campaign);
			try {
				return update.apply(HELD);
			}
			finally {
				lane.lock.unlock();
			}
		}
		finally {
			lanes.computeIfPresent(campaign, (key, joined) -> --joined.users == 0 ? null : joined);
		}
	}

	private void acquire(ReentrantLock lock, String campaign) {
		boolean taken;
		try {
			taken = lock.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			taken = false;
		}
		if (!taken) {
			throw UpdateTurns.busy(campaign, maxWait);
		}
	}

	/** Campaigns with an update running or waiting; for tests. */
	int campaignsInLine() {
		return lanes.size();
	}
}
