package io.campaigngateway.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** A digest of a JSON document that ignores whitespace and key order: for idempotent creates and entity tags. */
final class JsonFingerprint {

	private JsonFingerprint() {
	}

	/** The same document, whatever its whitespace or key order, has the same fingerprint: 64 hex characters. */
	static String of(JsonNode document) {
		StringBuilder canonical = new StringBuilder();
		canonical(document, canonical);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void canonical(JsonNode node, StringBuilder out) {
		if (node.isObject()) {
			out.append('{');
			new TreeMap<>(node.propertyStream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
				.forEach((name, value) -> {
					out.append(StringNode.valueOf(name)).append(':');
					canonical(value, out);
					out.append(',');
				});
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			node.forEach(element -> {
				canonical(element, out);
				out.append(',');
			});
			out.append(']');
		}
		else {
			out.append(node);
		}
	}
}
