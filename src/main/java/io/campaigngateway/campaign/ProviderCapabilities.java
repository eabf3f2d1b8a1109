package io.campaigngateway.campaign;

import java.util.List;
import java.util.Set;

/**
 * What a provider declares: the operations it offers, the Campaign fields (dotted paths) it carries, the
 * provider field names {@code providerOptions} may set, and the catalogues it can list (voices, …).
 */
public record ProviderCapabilities(String provider, Set<Operation> operations, List<String> fields,
		Set<String> optionNames, Set<String> catalogues) {

	public ProviderCapabilities {
		operations = Set.copyOf(operations);
		fields = List.copyOf(fields);
		optionNames = Set.copyOf(optionNames);
		catalogues = Set.copyOf(catalogues);
	}

	public SupportedFields supportedFields() {
		return new SupportedFields(provider, Set.copyOf(fields));
	}
}
