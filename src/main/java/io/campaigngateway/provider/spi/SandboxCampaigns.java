package io.campaigngateway.provider.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An emulator's campaigns, by id, in the order they were created, at most {@link SandboxStatus#maxCampaigns} of
 * them: creating one more drops the oldest, which then reads as the provider's own "not found".
 */
public final class SandboxCampaigns<T> {

	private final LinkedHashMap<String, T> campaigns = new LinkedHashMap<>();

	private final SandboxStatus sandbox;

	public SandboxCampaigns(SandboxStatus sandbox) {
		this.sandbox = sandbox;
	}

	public synchronized void add(String id, T campaign) {
		campaigns.put(id, campaign);
		var oldestFirst = campaigns.entrySet().iterator();
		while (campaigns.size() > sandbox.maxCampaigns() && oldestFirst.hasNext()) {
			oldestFirst.next();
			oldestFirst.remove();
		}
	}

	/** The campaign, or null when it never existed or was dropped. */
	public synchronized T get(String id) {
		return campaigns.get(id);
	}

	/** Replaces a campaign that exists with what {@code change} makes of it; answers the new one, or null. */
	public synchronized T change(String id, UnaryOperator<T> change) {
		return campaigns.computeIfPresent(id, (key, campaign) -> change.apply(campaign));
	}

	/** {@code limit} campaigns from {@code offset}, newest first, as ids and campaigns. */
	public synchronized List<Map.Entry<String, T>> newestFirst(int offset, int limit) {
		List<Map.Entry<String, T>> all = new ArrayList<>(campaigns.entrySet());
		Collections.reverse(all);
		int from = Math.min(Math.max(offset, 0), all.size());
		return all.subList(from, Math.min(all.size(), from + Math.max(limit, 0))).stream()
			.map(entry -> Map.entry(entry.getKey(), entry.getValue()))
			.toList();
	}

	public synchronized int size() {
		return campaigns.size();
	}
}
