package io.campaigngateway.provider.exotel;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the {@link ExotelApi.Field} marks of the wire records declare, as tables: where each Exotel field comes from
 * in the caller's campaign (for naming the caller's fields in Exotel's error text), and which fields
 * {@code providerOptions} may set. Built once from the records, so no second list of Exotel's names exists.
 */
final class ExotelFields {

	/** Exotel field name → the caller's JSON pointer, for every field that carries a caller's field, nested ones too. */
	static final Map<String, String> POINTERS = pointers();

	/** The campaign fields a caller may set through {@code providerOptions}. */
	static final Set<String> OPTION_NAMES = optionNames();

	private ExotelFields() {
	}

	private static Map<String, String> pointers() {
		Map<String, String> pointers = new LinkedHashMap<>();
		for (Class<?> record : new Class<?>[] { ExotelApi.Campaign.class, ExotelApi.Retries.class, ExotelApi.Schedule.class }) {
			for (RecordComponent component : record.getRecordComponents()) {
				String pointer = mark(component).pointer();
				if (!pointer.isEmpty()) {
					pointers.put(component.getName(), pointer);
				}
			}
		}
		return Map.copyOf(pointers);
	}

	private static Set<String> optionNames() {
		Set<String> names = new LinkedHashSet<>();
		for (RecordComponent component : ExotelApi.Campaign.class.getRecordComponents()) {
			if (mark(component).option()) {
				names.add(component.getName());
			}
		}
		return Set.copyOf(names);
	}

	private static ExotelApi.Field mark(RecordComponent component) {
		ExotelApi.Field field = component.getAnnotation(ExotelApi.Field.class);
		if (field == null) {
			throw new IllegalStateException("ExotelApi." + component.getDeclaringRecord().getSimpleName() + "."
					+ component.getName() + " has no @Field mark");
		}
		return field;
	}
}
