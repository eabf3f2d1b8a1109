package io.campaigngateway.config;

import io.campaigngateway.api.problem.ProblemErrorReportValve;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * How Tomcat answers and logs the requests it refuses before the gateway sees them (a control character in a
 * header, say): with a problem instead of its HTML page, and without the offending header line in the log,
 * which Tomcat writes out whole — an {@code Authorization} header with the caller's key included.
 */
@Component
class TomcatRefusals implements TomcatContextCustomizer {

	/** Tomcat's switch for its log lines that quote request data; NONE drops them at every level. */
	static final String USER_DATA_LOGGING = "org.apache.juli.logging.UserDataHelper.CONFIG";

	private final JsonMapper mapper;

	TomcatRefusals(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void customize(Context context) {
		// read by each request processor as it is created, so set before the first connection; an operator's wins
		if (System.getProperty(USER_DATA_LOGGING) == null) {
			System.setProperty(USER_DATA_LOGGING, "NONE");
		}
		if (!(context.getParent() instanceof StandardHost host)) {
			return;
		}
		// the host adds a report valve of this class at start unless one is in its pipeline already; Boot adds
		// its own (one that hides stack traces) from another customizer, so the swap waits for the host's start
		host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
		host.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				Pipeline pipeline = host.getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new ProblemErrorReportValve(mapper));
			}
		});
	}
}
