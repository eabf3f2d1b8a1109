package io.campaigngateway.api.problem;

import java.io.IOException;
import java.util.List;

import io.campaigngateway.api.filter.RequestIdFilter;
import io.campaigngateway.api.filter.SecurityHeadersFilter;
import io.campaigngateway.campaign.GatewayException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers as problems instead of its HTML page. They are for requests Tomcat refuses before
 * the gateway's filters see them — a control character in a header, say — so this answer also brings the
 * request id and the security headers those filters would have added. Errors the gateway raises are rendered
 * by the gateway and pass through untouched.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private final JsonMapper mapper;

	public ProblemErrorReportValve(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String requestId = RequestIdFilter.newId();
		GatewayException problem = ErrorEndpoint.byStatus(status, status == 400
				? "The request line or a header is malformed (a header with a control character, for example)"
				: "The request could not be served");
		try {
			response.setContentType(Problems.PROBLEM_JSON.toString());
			response.setCharacterEncoding("UTF-8");
			response.setHeader(RequestIdFilter.HEADER, requestId);
			SecurityHeadersFilter.set(response, true);
			mapper.writeValue(response.getOutputStream(), new ProblemBody(problem.type().uri(), problem.title(), status,
					problem.detail(), null, requestId, List.of(), null));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the answer already started: nothing more can be said to the caller
		}
	}
}
