package io.campaigngateway.provider.toingg;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.toingg.ToinggApi.CampaignModel;
import io.campaigngateway.provider.toingg.ToinggApi.ModelField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Toingg's model fields as {@link CampaignModel} declares them, in the seeds' order: each one's name, the Campaign
 * field it carries, whether Toingg requires it, its blank and its JSON type. Nothing else in the package lists them.
 */
final class ToinggFields {

	/** One model field. */
	record Spec(String name, String carries, boolean required, boolean seed, Class<?> type, RecordComponent component) {

		/** Where a Toingg error about this field points in the caller's body. */
		String pointer() {
			return carries.isEmpty() ? "/providerOptions/" + name : "/" + carries.replace('.', '/');
		}

		/** What a create sends when the caller gave no value: the seeds' blanks; null for a newer field (not sent). */
		JsonNode blank() {
			if (!seed) {
				return null;
			}
			return type == Boolean.class ? BooleanNode.FALSE : type == ObjectNode.class ? Json.object() : StringNode.valueOf("");
		}

		/** The JSON type Toingg documents, as {@code providerOptions} must give it. */
		OptionType optionType() {
			return type == Boolean.class ? OptionType.FLAG
					: type == Integer.class ? OptionType.WHOLE_NUMBER
					: type == ObjectNode.class ? OptionType.OBJECT : OptionType.TEXT;
		}

		Object valueIn(CampaignModel model) {
			try {
				return component.getAccessor().invoke(model);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/** A JSON type, as the normalized model's {@code providerOptions} values hold it. */
	record OptionType(String description, Predicate<Object> accepts) {

		static final OptionType TEXT = new OptionType("a string", String.class::isInstance);

		static final OptionType FLAG = new OptionType("true or false", Boolean.class::isInstance);

		static final OptionType OBJECT = new OptionType("an object", Map.class::isInstance);

		/** Read back strictly (a {@code 30.5} from Toingg would be a 502), so only whole numbers are sent. */
		static final OptionType WHOLE_NUMBER = new OptionType("a whole number from 0 to 2147483647",
				value -> value instanceof Number number && wholeInt(number));

		private static boolean wholeInt(Number number) {
			BigDecimal decimal = new BigDecimal(number.toString());
			return decimal.signum() >= 0 && decimal.stripTrailingZeros().scale() <= 0
					&& decimal.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
		}
	}

	static final List<Spec> ALL = Arrays.stream(CampaignModel.class.getRecordComponents())
		.filter(component -> component.isAnnotationPresent(ModelField.class))
		.map(component -> {
			ModelField field = component.getAnnotation(ModelField.class);
			return new Spec(component.getName(), field.carries(), field.required(), field.seed(), component.getType(),
					component);
		})
		.toList();

	/** Every model field Toingg documents: what {@code providerOptions} may set. */
	static final Set<String> NAMES = ALL.stream().map(Spec::name).collect(Collectors.toUnmodifiableSet());

	/** The model fields Toingg requires. */
	static final List<Spec> REQUIRED = ALL.stream().filter(Spec::required).toList();

	/** The Campaign fields the model carries. */
	static final List<String> CARRIED = ALL.stream().map(Spec::carries).filter(path -> !path.isEmpty()).toList();

	private ToinggFields() {
	}

	static Optional<Spec> named(String name) {
		return ALL.stream().filter(spec -> spec.name().equals(name)).findFirst();
	}

	/** The model field that carries a Campaign field ({@code agent.voice} → {@code voice}). */
	static Spec carrying(String path) {
		return ALL.stream().filter(spec -> spec.carries().equals(path)).findFirst().orElseThrow();
	}
}
