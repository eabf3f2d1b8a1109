package io.campaigngateway.provider.voxo;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.campaigngateway.provider.voxo.VoxoApi.CampaignNumber;
import io.campaigngateway.provider.voxo.VoxoApi.Pointer;
import io.campaigngateway.provider.voxo.VoxoApi.UpdateCampaignRequest;

/**
 * What {@link VoxoApi}'s declaration of VOXO's campaign fields tells the rest of the package: the names
 * {@code providerOptions} may set, the contact fields VOXO carries, and where a field VOXO names in an error came
 * from in the caller's body. Nothing here lists a VOXO field again.
 */
final class VoxoFields {

	private static final String FIELDS = "/fields/";

	/** Every field of VOXO's campaign update, in VOXO's spelling: what {@code providerOptions} may set. */
	static final Set<String> OPTION_NAMES = names(UpdateCampaignRequest.class);

	/** {@code field1}…{@code field9}, in order: a contact's {@code fields} VOXO carries as they are named. */
	static final List<String> CUSTOM_FIELDS = Arrays.stream(CampaignNumber.class.getRecordComponents())
		.map(component -> component.getAnnotation(Pointer.class))
		.filter(pointer -> pointer != null && pointer.value().startsWith(FIELDS))
		.map(pointer -> pointer.value().substring(FIELDS.length()))
		.toList();

	private VoxoFields() {
	}

	/**
	 * The caller's pointer for a field VOXO names: {@code callFrequency} → {@code /pacing/secondsBetweenCalls},
	 * {@code numbers.2.description} or {@code numbers[2].description} → {@code /contacts/2/name}; an item named
	 * alone ({@code numbers.2}) points at its first field, the number itself. Null for a field the caller did not
	 * give ({@code tech}, {@code lastrun}).
	 */
	static String pointer(String voxoField) {
		String[] parts = voxoField.split("[.\\[\\]]+");
		RecordComponent field = component(UpdateCampaignRequest.class, parts[0]);
		String pointer = pointerOf(field);
		if (pointer == null || parts.length < 2 || !parts[1].matches("\\d{1,9}") || !(field.getGenericType()
				instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> item
				&& item.isRecord())) {
			return pointer;
		}
		RecordComponent part = parts.length > 2 ? component(item, parts[2]) : item.getRecordComponents()[0];
		String below = pointerOf(part);
		return pointer + "/" + parts[1] + (below == null ? "" : below);
	}

	private static String pointerOf(RecordComponent component) {
		Pointer pointer = component == null ? null : component.getAnnotation(Pointer.class);
		return pointer == null ? null : pointer.value();
	}

	private static RecordComponent component(Class<?> record, String name) {
		return Arrays.stream(record.getRecordComponents())
			.filter(component -> component.getName().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static Set<String> names(Class<?> record) {
		return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
	}
}
