package io.campaigngateway.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

	@Override
	public <T> T inTurn(String campaign, Function<Turn, T> update) {
		Lane lane = lanes.compute(campaign, (key, existing) -> {
			Lane joined = existing == null ? new Lane() : existing;
			joined.users++;
			return joined;
		});
		try {
			lane.lock.lock();
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

	/** Campaigns with an update running or waiting; for tests. */
	int campaignsInLine() {
		return lanes.size();
	}
}
