package io.campaigngateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import io.campaigngateway.provider.spi.CampaignPage;

/**
 * The cursor callers page with: the connection and the provider's own position, opaque to the caller and sealed
 * with a digest, so a cursor that was altered, or that belongs to another connection, is refused (400) instead of
 * quietly listing something else. The digest checks integrity, not secrecy: the position is no secret.
 */
final class ListCursor {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final int SEAL_BYTES = 12;

	private ListCursor() {
	}

	static String write(String connection, String position) {
		byte[] payload = (connection + "\n" + position).getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(seal(payload));
	}

	/** The provider position of a cursor this gateway wrote for {@code connection}. */
	static String read(String cursor, String connection) {
		int dot = cursor.indexOf('.');
		try {
			byte[] payload = DECODER.decode(dot < 0 ? "" : cursor.substring(0, dot));
			byte[] seal = DECODER.decode(cursor.substring(dot + 1));
			String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", 2);
			if (dot > 0 && MessageDigest.isEqual(seal, seal(payload)) && parts.length == 2 && parts[0].equals(connection)) {
				return parts[1];
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: refused below
		}
		throw CampaignPage.unreadablePosition();
	}

	private static byte[] seal(byte[] payload) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update("campaign-gateway list cursor\n".getBytes(StandardCharsets.UTF_8));
			return Arrays.copyOf(digest.digest(payload), SEAL_BYTES);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
