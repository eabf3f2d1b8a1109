package io.campaigngateway.campaign;

import java.util.Arrays;
import java.util.Optional;

/** The lifecycle states of the normalized model; on a PATCH, the lifecycle action asked for. */
public enum CampaignStatus {

	ACTIVE, PAUSED, COMPLETED, ARCHIVED;

	public String value() {
		return name().toLowerCase();
	}

	public static Optional<CampaignStatus> from(String value) {
		return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
	}
}
