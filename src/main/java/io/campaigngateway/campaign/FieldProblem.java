package io.campaigngateway.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One problem with one field, located by a JSON pointer into the caller's body (RFC 6901). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String pointer, String code, String message) {

	/**
	 * The code of a value an update cannot set, whatever it is (a provider that takes it on create only): the
	 * gateway then checks the patch against the campaign as read, where the value the campaign has is no change.
	 */
	public static final String UNSUPPORTED_ON_UPDATE = "unsupported-on-update";

	public static String pointer(String... segments) {
		StringBuilder sb = new StringBuilder();
		for (String segment : segments) {
			sb.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
		}
		return sb.toString();
	}
}
