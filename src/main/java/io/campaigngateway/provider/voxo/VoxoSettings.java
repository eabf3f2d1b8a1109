package io.campaigngateway.provider.voxo;

/**
 * VOXO connection properties: a static {@code token}, or {@code email} + {@code password} to log in;
 * {@code tenant-id} for creates; {@code path-prefix} for the API generation; {@code number-format} for the
 * numbers sent in {@code numbers[].number} ({@code e164} as the caller gave them, or {@code national}: ten
 * digits like {@code callerId}) — VOXO documents no format for them [inferred].
 */
public record VoxoSettings(String token, String email, String password, Long tenantId, String pathPrefix,
		String numberFormat) {

	static final String DEFAULT_PREFIX = "/v2/admin/call-campaigns";

	/** The prefix as given, with a leading slash and no trailing ones (normalized once: every call reads it). */
	public VoxoSettings {
		String prefix = pathPrefix == null || pathPrefix.isBlank() ? DEFAULT_PREFIX : pathPrefix.trim();
		pathPrefix = (prefix.startsWith("/") ? prefix : "/" + prefix).replaceAll("/+$", "");
	}

	boolean nationalNumbers() {
		return "national".equalsIgnoreCase(numberFormat);
	}

	@Override
	public String toString() {
		return "VoxoSettings[token=" + (token == null ? "none" : "***") + ", email=" + email + ", password="
				+ (password == null ? "none" : "***") + ", tenantId=" + tenantId + ", pathPrefix=" + pathPrefix + "]";
	}
}
