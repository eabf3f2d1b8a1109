package io.campaigngateway.api.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException.Upstream;

/** An RFC 9457 problem as contract §5 shapes it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, String instance, String requestId,
		List<FieldProblem> errors, Upstream upstream) {
}
