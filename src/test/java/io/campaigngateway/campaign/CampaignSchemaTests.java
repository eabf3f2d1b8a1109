package io.campaigngateway.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CampaignSchemaTests {

	@Test
	void anObjectIsListedWhenAllOfItIsCarriedAndOnlyThen() {
		assertThat(CampaignSchema.carriedPaths(Set.of("callbacks", "pacing.callsPerMinute", "schedule.callingHours.start",
				"schedule.callingHours.end"))).containsExactly("schedule.callingHours", "schedule.callingHours.start",
						"schedule.callingHours.end", "pacing.callsPerMinute", "callbacks", "callbacks.callStatus",
						"callbacks.contactCompleted", "callbacks.campaignStatus");
	}

	@Test
	void aListOfObjectsIsListedWithTheFieldsOfItsItems() {
		assertThat(CampaignSchema.carriedPaths(Set.of("contacts.phoneNumber", "destinations")))
			.containsExactly("contacts.phoneNumber", "destinations", "destinations.type", "destinations.id",
					"destinations.order");
	}

	@Test
	void aProviderCannotDeclareAFieldTheResourceDoesNotHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> CampaignSchema.carriedPaths(Set.of("name", "schedule.start")))
			.withMessageContaining("schedule.start");
		assertThatIllegalArgumentException().as("read-only fields are not carried")
			.isThrownBy(() -> CampaignSchema.carriedPaths(Set.of("createdAt")));
	}
}
