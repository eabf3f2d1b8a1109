package io.campaigngateway.api.openapi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.campaigngateway.campaign.CampaignSchema.Arr;
import io.campaigngateway.campaign.CampaignSchema.Node;
import io.campaigngateway.campaign.CampaignSchema.Obj;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import io.campaigngateway.service.Connection;

/**
 * Which providers carry which Campaign fields, as the configured connections' providers declare it
 * ({@link ProviderCapabilities#fields}), and the catalogues they offer: what the API document tells a caller about
 * the providers it can reach, with no provider named in the web layer.
 */
final class Carriage {

	/** Each provider's carried fields (dotted paths), by provider name, in name order. */
	private final Map<String, Set<String>> fields = new TreeMap<>();

	private final Set<String> catalogues = new TreeSet<>();

	Carriage(Collection<Connection> connections) {
		for (Connection connection : connections) {
			ProviderCapabilities capabilities = connection.adapter().capabilities();
			fields.computeIfAbsent(connection.provider(), provider -> new TreeSet<>()).addAll(capabilities.fields());
			catalogues.addAll(capabilities.catalogues());
		}
	}

	List<String> providers() {
		return List.copyOf(fields.keySet());
	}

	/** Every catalogue some connection's provider offers, in name order. */
	List<String> catalogues() {
		return List.copyOf(catalogues);
	}

	/**
	 * Which providers carry the field at {@code paths} (a list item's field is at one path per list), for its
	 * description: an object may be carried whole by some and in part by others.
	 */
	String of(List<String> paths, Node node) {
		Set<String> whole = new TreeSet<>();
		Set<String> part = new TreeSet<>();
		fields.forEach((provider, carried) -> {
			if (paths.stream().anyMatch(carried::contains)) {
				whole.add(provider);
			}
			else if (paths.stream().anyMatch(path -> carried.stream().anyMatch(field -> field.startsWith(path + ".")))) {
				part.add(provider);
			}
		});
		boolean object = node instanceof Obj || node instanceof Arr arr && arr.element() instanceof Obj;
		if (whole.isEmpty() && part.isEmpty()) {
			return "No provider the gateway has connections to carries it.";
		}
		if (!object || part.isEmpty()) {
			return "Carried by: " + String.join(", ", whole) + ".";
		}
		return (whole.isEmpty() ? "" : "Carried whole by: " + String.join(", ", whole) + "; ")
				+ (whole.isEmpty() ? "Carried in part by: " : "in part by: ") + String.join(", ", part) + ".";
	}
}
