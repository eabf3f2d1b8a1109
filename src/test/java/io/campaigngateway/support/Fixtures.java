package io.campaigngateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test fixture files under {@code src/test/resources/fixtures}, named by provider and scenario. */
public final class Fixtures {

	private Fixtures() {
	}

	public static String read(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A script long enough for Toingg (200+ characters). */
	public static final String SCRIPT = "You are Meera, a friendly assistant calling on behalf of Acme Insurance. "
			+ "Remind the customer that their policy renews next week, confirm that they want to continue, answer "
			+ "questions about the premium, and offer to connect them to an agent if they need more help.";
}
