package io.campaigngateway.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.campaigngateway.config.GatewayProperties.ApiKey;
import io.campaigngateway.service.Caller;

/**
 * The callers' keys of contract §6, kept only as SHA-256 digests and compared in constant time. Open (no
 * key needed) only on the sandbox alone, or when {@code gateway.security.enabled=false} is set on purpose.
 */
public final class ApiKeys {

	private final List<ApiKey> keys;

	private final byte[][] digests;

	private final boolean open;

	ApiKeys(List<ApiKey> keys, boolean open) {
		this.keys = List.copyOf(keys);
		this.open = open;
		this.digests = keys.stream().map(k -> HexFormat.of().parseHex(k.sha256().toLowerCase())).toArray(byte[][]::new);
	}

	public boolean open() {
		return open;
	}

	/** The caller a presented key belongs to; every configured digest is compared, whatever matches first. */
	public Optional<Caller> caller(String presentedKey) {
		byte[] digest = sha256(presentedKey);
		Caller found = null;
		for (int i = 0; i < digests.length; i++) {
			if (MessageDigest.isEqual(digest, digests[i]) && found == null) {
				found = new Caller(keys.get(i).name(), keys.get(i).connections());
			}
		}
		return Optional.ofNullable(found);
	}

	/** What a key's configuration needs: {@code echo -n "$KEY" | sha256sum} prints the same. */
	public static String sha256Hex(String key) {
		return HexFormat.of().formatHex(sha256(key));
	}

	static List<String> problems(List<ApiKey> keys) {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			ApiKey key = keys.get(i);
			String prefix = "gateway.security.api-keys[" + i + "]";
			if (key.name() == null || key.name().isBlank()) {
				problems.add(prefix + ".name is required");
			}
			if (key.sha256() == null || !key.sha256().matches("[0-9a-fA-F]{64}")) {
				problems.add(prefix + ".sha256 must be the 64 hex characters of the key's SHA-256");
			}
		}
		return problems;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Prints the SHA-256 of a new key for the configuration: {@code java -cp app.jar …ApiKeys <key>}. */
	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: ApiKeys <new-key>");
			System.exit(2);
		}
		System.out.println(sha256Hex(args[0]));
	}
}
