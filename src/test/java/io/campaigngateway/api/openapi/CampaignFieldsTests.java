package io.campaigngateway.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import io.campaigngateway.campaign.CampaignSchema.Arr;
import io.campaigngateway.campaign.CampaignSchema.Node;
import io.campaigngateway.campaign.CampaignSchema.Obj;
import io.campaigngateway.campaign.CampaignSchema;
import org.junit.jupiter.api.Test;

/** The document describes exactly the fields the service reads: no field undescribed, none described that is not one. */
class CampaignFieldsTests {

	@Test
	void describesEveryFieldOfTheCampaignAndNoOther() {
		Set<String> paths = new TreeSet<>();
		collect(CampaignSchema.CAMPAIGN, "", paths);

		assertThat(new TreeSet<>(CampaignFields.paths())).isEqualTo(paths);
	}

	@Test
	void namesTheSchemaOfEveryObject() {
		Set<String> objects = new TreeSet<>();
		collectObjects(CampaignSchema.CAMPAIGN, "", objects);

		objects.forEach(path -> assertThat(CampaignFields.at(path).component).as(path).isNotNull());
	}

	private static void collect(Node node, String path, Set<String> paths) {
		Node shape = node instanceof Arr array ? array.element() : node;
		if (!path.isEmpty()) {
			paths.add(path);
		}
		if (shape instanceof Obj object) {
			object.properties().forEach((name, child) -> collect(child, path.isEmpty() ? name : path + "." + name, paths));
		}
	}

	private static void collectObjects(Node node, String path, Set<String> objects) {
		Node shape = node instanceof Arr array ? array.element() : node;
		if (shape instanceof Obj object) {
			if (!path.isEmpty()) {
				objects.add(path);
			}
			object.properties().forEach((name, child) -> collectObjects(child, path.isEmpty() ? name : path + "." + name, objects));
		}
	}
}
