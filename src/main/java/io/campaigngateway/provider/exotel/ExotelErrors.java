package io.campaigngateway.provider.exotel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.ErrorClassifier;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import io.campaigngateway.provider.spi.WireFormat;

/**
 * Exotel failures come as a failure item ({@code status: failure, error_data {code, description, message}}),
 * whose {@code code} decides (it may differ from the HTTP status), or as {@code {"RestException": {Status,
 * Message, Code}}} on older endpoints and 429s. An answer in neither shape, or one that cannot be read, is judged
 * by its HTTP status: a refusal is never hidden behind a complaint about its wording.
 */
final class ExotelErrors implements ErrorClassifier {

	/** Each Exotel field name as a word in error text, and the caller's field it carries ({@link ExotelFields}). */
	private static final Map<Pattern, String> NAMED = ExotelFields.POINTERS.entrySet().stream()
		.collect(Collectors.toUnmodifiableMap(entry -> Pattern.compile("\\b" + Pattern.quote(entry.getKey()) + "\\b"),
				Map.Entry::getValue));

	@Override
	public GatewayException classify(ProviderResponse response, Operation operation) {
		var failure = ExotelEnvelope.failure(response);
		if (failure.isPresent()) {
			ExotelApi.ErrorData error = failure.get().error_data();
			String message = error == null ? null : firstOf(error.description(), error.message());
			return UpstreamProblems.byStatus(ExotelEnvelope.PROVIDER, response, status(failure.get().code(), response),
					message, fieldsNamedIn(error));
		}
		ExotelApi.RestException rest = restException(response);
		if (rest != null) {
			return UpstreamProblems.byStatus(ExotelEnvelope.PROVIDER, response, status(rest.Status(), response),
					rest.Message(), List.of());
		}
		return UpstreamProblems.byStatus(ExotelEnvelope.PROVIDER, response, response.status(), null, List.of());
	}

	/** The caller's fields that Exotel's error text names, for its 400s. */
	static List<FieldProblem> fieldsNamedIn(ExotelApi.ErrorData error) {
		if (error == null) {
			return List.of();
		}
		String said = firstOf(error.description(), error.message());
		String text = (firstOf(error.description(), "") + " " + firstOf(error.message(), "")).toLowerCase(Locale.ROOT);
		List<FieldProblem> problems = new ArrayList<>();
		NAMED.forEach((name, pointer) -> {
			if (name.matcher(text).find()) {
				problems.add(new FieldProblem(pointer, "upstream", said));
			}
		});
		return problems;
	}

	/** An item's own error status wins over the HTTP status; anything else in it leaves the HTTP status in charge. */
	private static int status(Integer code, ProviderResponse response) {
		return code != null && code >= 400 && code < 600 ? code : response.status();
	}

	private static ExotelApi.RestException restException(ProviderResponse response) {
		if (!response.bodyOrEmpty().path("RestException").isObject()) {
			return null;
		}
		try {
			return WireFormat.read(ExotelEnvelope.PROVIDER, response, response.bodyOrEmpty(), ExotelApi.Refusal.class)
				.RestException();
		}
		catch (GatewayException unreadable) {
			return null;
		}
	}

	private static String firstOf(String a, String b) {
		return a != null && !a.isBlank() ? a : b;
	}
}
