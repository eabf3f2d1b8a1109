package io.campaigngateway.campaign;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every failure the gateway answers with: one problem type of contract §5 plus what the caller needs to act
 * on it. Messages never carry secrets; {@code upstream} holds the provider's answer with secrets removed.
 */
public class GatewayException extends RuntimeException {

	private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d{7,15}");

	private final ProblemType type;

	private final String title;

	private final List<FieldProblem> errors;

	private final Upstream upstream;

	private final Duration retryAfter;

	public GatewayException(ProblemType type, String title, String detail) {
		this(type, title, detail, List.of(), null, null);
	}

	public GatewayException(ProblemType type, String title, String detail, List<FieldProblem> errors,
			Upstream upstream, Duration retryAfter) {
		super(detail, null, false, false);
		this.type = type;
		this.title = title;
		this.errors = List.copyOf(errors);
		this.upstream = upstream;
		this.retryAfter = retryAfter;
	}

	public static GatewayException invalid(String provider, List<FieldProblem> errors) {
		String title = provider == null ? "The campaign is not valid" : "The campaign is not valid for provider " + provider;
		String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
		return new GatewayException(ProblemType.VALIDATION, title, detail, errors, null, null);
	}

	public static GatewayException notFound(String detail) {
		return new GatewayException(ProblemType.NOT_FOUND, "Not found", detail);
	}

	public static GatewayException preconditionFailed(String detail) {
		return new GatewayException(ProblemType.PRECONDITION_FAILED, "The campaign has changed", detail);
	}

	public ProblemType type() {
		return type;
	}

	public String title() {
		return title;
	}

	public String detail() {
		return getMessage();
	}

	public List<FieldProblem> errors() {
		return errors;
	}

	public Upstream upstream() {
		return upstream;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** As logs show it: a provider's message may quote phone numbers, so digit runs keep their last four. */
	@Override
	public String toString() {
		return "GatewayException[" + type + "]: " + PHONE_LIKE.matcher(String.valueOf(getMessage()))
			.replaceAll(match -> "***" + match.group().substring(match.group().length() - 4));
	}

	/** What the provider answered: its HTTP status and its body (secrets removed). */
	public record Upstream(int status, Object body) {
	}
}
