package io.campaigngateway.api.filter;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a request's {@code Content-Encoding} says was done to its body. The header is a list, possibly over several
 * lines ({@code gzip, identity}; RFC 9110 §8.4): {@code identity} and empty elements change nothing, so only what
 * remains counts. The gateway unpacks one gzip; anything else — another coding, or gzip twice — it does not read.
 */
enum ContentCoding {

	NONE, GZIP, UNSUPPORTED;

	private static final Set<String> GZIP_NAMES = Set.of("gzip", "x-gzip");

	static ContentCoding of(Enumeration<String> lines) {
		List<String> applied = new ArrayList<>();
		while (lines != null && lines.hasMoreElements()) {
			for (String element : lines.nextElement().split(",", -1)) {
				String coding = element.strip().toLowerCase(Locale.ROOT);
				if (!coding.isEmpty() && !"identity".equals(coding)) {
					applied.add(coding);
				}
			}
		}
		if (applied.isEmpty()) {
			return NONE;
		}
		return applied.size() == 1 && GZIP_NAMES.contains(applied.get(0)) ? GZIP : UNSUPPORTED;
	}
}
