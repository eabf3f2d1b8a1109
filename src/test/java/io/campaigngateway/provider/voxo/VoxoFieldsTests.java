package io.campaigngateway.provider.voxo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.lang.reflect.RecordComponent;

import io.campaigngateway.provider.voxo.VoxoApi.UpdateCampaignRequest;
import org.junit.jupiter.api.Test;

/** One declaration of VOXO's fields ({@link VoxoApi}): the option names and the custom fields come from it. */
class VoxoFieldsTests {

	@Test
	void theOptionNamesAreTheFieldsOfVoxosUpdate() {
		assertThat(VoxoFields.OPTION_NAMES).containsExactlyInAnyOrder("name", "tech", "state", "dateStart", "timeStart",
				"dateEnd", "timeEnd", "callerId", "recording", "message", "numbers", "destinations", "timezone",
				"callFrequency", "matchDestinations", "notMatchDestinations", "enableVMDetect", "callHoursStart",
				"callHoursEnd");
		assertThat(VoxoProvider.CAPABILITIES.optionNames()).isEqualTo(VoxoFields.OPTION_NAMES);
	}

	@Test
	void theCustomFieldsAreField1ToField9InOrder() {
		assertThat(VoxoFields.CUSTOM_FIELDS).containsExactly("field1", "field2", "field3", "field4", "field5", "field6",
				"field7", "field8", "field9");
	}

	@Test
	void everyFieldButTheTechnologyComesFromTheCallersBody() {
		assertThat(Arrays.stream(UpdateCampaignRequest.class.getRecordComponents())
			.filter(component -> component.getAnnotation(VoxoApi.Pointer.class) == null)
			.map(RecordComponent::getName)).containsExactly("tech");
	}
}
