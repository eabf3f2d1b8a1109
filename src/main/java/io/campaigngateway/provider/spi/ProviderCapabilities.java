package io.campaigngateway.provider.spi;

import java.util.List;
import java.util.Set;

import io.campaigngateway.campaign.CampaignSchema;

/**
 * What a provider declares: the operations it offers, the Campaign fields (dotted paths) it carries, the
 * provider field names {@code providerOptions} may set, and the catalogues it can list (voices, …). Each
 * provider declares one as a constant, so the field check every request runs is built once, here; the fields
 * are listed as {@link CampaignSchema#carriedPaths} spells them out.
 */
public final class ProviderCapabilities {

	private final String provider;

	private final Set<Operation> operations;

	private final List<String> fields;

	private final Set<String> optionNames;

	private final Set<String> catalogues;

	private final SupportedFields supportedFields;

	public ProviderCapabilities(String provider, Set<Operation> operations, List<String> fields,
			Set<String> optionNames, Set<String> catalogues) {
		this.provider = provider;
		this.operations = Set.copyOf(operations);
		Set<String> declared = Set.copyOf(fields);
		this.fields = CampaignSchema.carriedPaths(declared);
		this.optionNames = Set.copyOf(optionNames);
		this.catalogues = Set.copyOf(catalogues);
		this.supportedFields = new SupportedFields(provider, declared);
	}

	public String provider() {
		return provider;
	}

	public Set<Operation> operations() {
		return operations;
	}

	public List<String> fields() {
		return fields;
	}

	public Set<String> optionNames() {
		return optionNames;
	}

	public Set<String> catalogues() {
		return catalogues;
	}

	public SupportedFields supportedFields() {
		return supportedFields;
	}
}
