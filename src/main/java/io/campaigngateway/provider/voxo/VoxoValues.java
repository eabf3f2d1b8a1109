package io.campaigngateway.provider.voxo;

import java.math.BigDecimal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * The two readings of VOXO's answers that are wider than a plain type, each refusing what it cannot read
 * exactly (a 502 naming the field, through {@code WireFormat}) rather than guessing.
 */
final class VoxoValues {

	private VoxoValues() {
	}

	/**
	 * A whole number however it is written: {@code 6}, {@code 6.0} or {@code "6"} are 6; {@code 6.5}, {@code 1e30}
	 * or {@code "six"} are refused. JavaScript has one number type, so an id may come back as {@code 6.0}.
	 */
	static final class WholeNumber extends ValueDeserializer<Long> {

		@Override
		public Long deserialize(JsonParser p, DeserializationContext ctxt) {
			JsonToken token = p.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
				return whole(p.getDecimalValue(), ctxt);
			}
			if (token == JsonToken.VALUE_STRING) {
				try {
					return whole(new BigDecimal(p.getString().strip()), ctxt);
				}
				catch (NumberFormatException ex) {
					return ctxt.reportInputMismatch(this, "not a number");
				}
			}
			return ctxt.reportInputMismatch(this, "not a number");
		}

		private Long whole(BigDecimal value, DeserializationContext ctxt) {
			try {
				return value.stripTrailingZeros().longValueExact();
			}
			catch (ArithmeticException ex) {
				return ctxt.reportInputMismatch(this, "not a whole number within range");
			}
		}
	}

	/**
	 * On or off, as VOXO writes it in one generation or another [conflict]: {@code 1}/{@code 0} (seed 002's
	 * answers), {@code "1"}/{@code "0"} (its requests), {@code true}/{@code false} (an older generation),
	 * {@code "yes"}/{@code "no"} ({@code recording}); an empty string says nothing, like null. Anything else is
	 * refused, never read as off.
	 */
	static final class Flag extends ValueDeserializer<Boolean> {

		@Override
		public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
			String text = switch (p.currentToken()) {
				case VALUE_TRUE, VALUE_FALSE, VALUE_NUMBER_INT, VALUE_STRING -> p.getText().strip().toLowerCase();
				default -> "?";
			};
			return switch (text) {
				case "" -> null;
				case "1", "true", "yes" -> true;
				case "0", "false", "no" -> false;
				default -> ctxt.reportInputMismatch(this, "neither on nor off");
			};
		}
	}
}
