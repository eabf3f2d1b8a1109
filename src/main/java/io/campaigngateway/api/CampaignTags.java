package io.campaigngateway.api;

import java.util.List;
import java.util.function.Predicate;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.JsonFingerprint;
import io.campaigngateway.campaign.ProblemType;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;

/**
 * Entity tags of the normalized campaign, so a caller can change it only if nobody has since it read it
 * ({@code If-Match} on PATCH). No provider versions its campaigns, so the tag is a fingerprint of the campaign
 * as read, key order ignored: a provider listing the same fields in another order is not a change.
 */
final class CampaignTags {

	private CampaignTags() {
	}

	static ETag of(Campaign campaign) {
		return new ETag(JsonFingerprint.of(campaign).substring(0, 32), false);
	}

	/**
	 * The condition of an {@code If-Match} header (RFC 9110 §13.1.1): the campaign's tag is one of those listed,
	 * by strong comparison. Null when there is nothing to check: no header, or {@code *}, which any campaign that
	 * exists meets (one that does not answers 404, as without the header).
	 */
	static Predicate<Campaign> ifMatch(String header) {
		if (header == null) {
			return null;
		}
		List<ETag> tags = ETag.parse(header);
		if (tags.isEmpty()) {
			throw new GatewayException(ProblemType.MALFORMED_REQUEST, "A header is malformed",
					"The header If-Match must be * or entity tags in double quotes, as GET /campaigns/{id} gives them in ETag",
					List.of(new FieldProblem(null, "header", HttpHeaders.IF_MATCH + " is not * or a list of entity tags")), null, null);
		}
		if (tags.stream().anyMatch(ETag::isWildcard)) {
			return null;
		}
		return campaign -> {
			ETag current = of(campaign);
			return tags.stream().anyMatch(tag -> tag.compare(current, true));
		};
	}
}
