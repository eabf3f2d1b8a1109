package io.campaigngateway.provider.exotel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * Exotel's {@code from}, the numbers to call. [conflict] The vendor's samples send a JSON array, newer docs one
 * comma-separated string: a request sends the form of its connection's envelope, an answer is read in either.
 */
final class ExotelNumbers {

	private final List<String> numbers;

	private final boolean commaSeparated;

	private ExotelNumbers(List<String> numbers, boolean commaSeparated) {
		this.numbers = List.copyOf(numbers);
		this.commaSeparated = commaSeparated;
	}

	static ExotelNumbers of(List<String> numbers) {
		return new ExotelNumbers(numbers, false);
	}

	/** An array of strings, or one string of numbers separated by commas (blanks between them skipped). */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static ExotelNumbers read(JsonNode from) {
		if (from.isString()) {
			return new ExotelNumbers(Arrays.stream(from.asString().split(",")).map(String::trim)
				.filter(number -> !number.isEmpty()).toList(), true);
		}
		if (!from.isArray()) {
			throw new IllegalArgumentException("from is neither an array of numbers nor a comma-separated string");
		}
		List<String> numbers = new ArrayList<>();
		for (JsonNode number : from) {
			if (!number.isString()) {
				throw new IllegalArgumentException("from holds a " + number.getNodeType() + " where a number's text belongs");
			}
			numbers.add(number.asString());
		}
		return new ExotelNumbers(numbers, false);
	}

	List<String> numbers() {
		return numbers;
	}

	/** The same numbers, sent as one comma-separated string ({@code body-form: flat}). */
	ExotelNumbers commaSeparated() {
		return new ExotelNumbers(numbers, true);
	}

	@JsonValue
	Object json() {
		return commaSeparated ? String.join(",", numbers) : numbers;
	}

	/** How many, never which: phone numbers stay out of logs. */
	@Override
	public String toString() {
		return "ExotelNumbers[" + numbers.size() + "]";
	}
}
