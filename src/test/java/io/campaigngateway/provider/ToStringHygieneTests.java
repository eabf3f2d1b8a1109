package io.campaigngateway.provider;

import static io.campaigngateway.support.Campaigns.campaign;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import io.campaigngateway.provider.exotel.ExotelSettings;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.provider.spi.ProviderAuth;
import io.campaigngateway.provider.toingg.ToinggSettings;
import io.campaigngateway.provider.voxo.VoxoSettings;
import io.campaigngateway.service.DryRun;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** What a log line or a debugger shows of the objects that hold secrets or phone numbers. */
class ToStringHygieneTests {

	private static final String SECRET = "tg_5b00a698-secret";

	@Test
	void settingsAndAuthNeverPrintTheirSecrets() {
		assertThat(List.of(new ToinggSettings(SECRET), new ExotelSettings("sid-1", SECRET, SECRET + "2", null),
				new VoxoSettings(SECRET, "ops@example.com", SECRET + "3", 42L, null, null), ProviderAuth.bearer(SECRET)))
			.allSatisfy(holder -> assertThat(holder.toString()).doesNotContain(SECRET).contains("***"));
		assertThat(new ExotelSettings("sid-1", SECRET, SECRET, "flat").toString()).as("not secrets")
			.contains("sid-1", "flat");
	}

	@Test
	void campaignsShowNoFullNumber() {
		String shown = campaign("""
				{"name": "Spring sale", "callerId": "+12025550143",
				 "contacts": [{"phoneNumber": "+919876543210", "name": "Ann"}]}""").toString();

		assertThat(shown).contains("Spring sale", "***0143", "contacts=1").doesNotContain("2025550143", "9876543210", "Ann");
		assertThat(campaign("{\"contacts\": [{\"phoneNumber\": \"+919876543210\"}]}").contacts().get(0))
			.hasToString("Contact[***3210]");
	}

	@Test
	void errorsShowOnlyTheLastDigitsOfWhatLooksLikeANumber() {
		GatewayException refusal = new GatewayException(ProblemType.UPSTREAM_VALIDATION, "Refused",
				"+12025550143 is not allowed, nor 919876543210");

		assertThat(refusal.toString()).contains("***0143", "***3210").doesNotContain("2025550143", "9876543210");
	}

	@Test
	void dryRunsAndRequestsShowNoBody() {
		OutboundRequest request = new OutboundRequest("POST", "https://api.voxo.co/v2/admin/call-campaigns",
				Map.of("Authorization", "Bearer ***"), JsonNodeFactory.instance.objectNode().put("callerId", "2025550143"));

		assertThat(new DryRun("voxo", "voxo", List.of(request)).toString())
			.contains("POST https://api.voxo.co/v2/admin/call-campaigns").doesNotContain("2025550143");
	}
}
