package io.campaigngateway.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keys in memory, oldest first: expired after the retention (24 h by default) and, past
 * {@code max-entries}, the oldest completed ones make room, so memory stays bounded.
 */
public class InMemoryIdempotencyStore implements IdempotencyStore {

	private record Entry(String fingerprint, long createdAt, String owner, StoredAnswer answer) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private final long retentionMillis;

	private final int maxEntries;

	private final Clock clock;

	public InMemoryIdempotencyStore(Duration retention, int maxEntries, Clock clock) {
		this.retentionMillis = retention.toMillis();
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	@Override
	public synchronized Claim claim(String key, String fingerprint) {
		long now = clock.millis();
		expire(now);
		Entry entry = entries.get(key);
		if (entry == null) {
			makeRoom();
			String owner = UUID.randomUUID().toString();
			entries.put(key, new Entry(fingerprint, now, owner, null));
			return new Started(owner);
		}
		if (!entry.fingerprint().equals(fingerprint)) {
			return new Mismatch();
		}
		return entry.answer() == null ? new InFlight(null) : new Completed(entry.answer());
	}

	@Override
	public synchronized void complete(String key, String owner, StoredAnswer answer) {
		Entry entry = entries.get(key);
		if (entry != null && entry.owner().equals(owner)) {
			entries.put(key, new Entry(entry.fingerprint(), entry.createdAt(), owner, answer));
		}
	}

	@Override
	public synchronized void release(String key, String owner) {
		Entry entry = entries.get(key);
		if (entry != null && entry.owner().equals(owner) && entry.answer() == null) {
			entries.remove(key);
		}
	}

	private void expire(long now) {
		Iterator<Entry> oldestFirst = entries.values().iterator();
		while (oldestFirst.hasNext()) {
			if (now - oldestFirst.next().createdAt() < retentionMillis) {
				return;
			}
			oldestFirst.remove();
		}
	}

	private void makeRoom() {
		Iterator<Entry> oldestFirst = entries.values().iterator();
		while (entries.size() >= maxEntries && oldestFirst.hasNext()) {
			if (oldestFirst.next().answer() != null) {
				oldestFirst.remove();
			}
		}
	}
}
