package io.campaigngateway.api.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The operation the access log and the {@code gateway.requests} timer name a request by. */
class AccessLogOperationTests {

	@Test
	void aDryRunIsNamedAsOneByItsRouteOrByTheParameter() {
		assertThat(AccessLogFilter.operation("POST", "/campaigns/dry-run", null)).isEqualTo("dry-run-create");
		assertThat(AccessLogFilter.operation("PATCH", "/campaigns/{id}/dry-run", null)).isEqualTo("dry-run-update");
		assertThat(AccessLogFilter.operation("POST", "/campaigns", "true")).isEqualTo("dry-run-create");
		assertThat(AccessLogFilter.operation("PATCH", "/campaigns/{id}", "TRUE")).isEqualTo("dry-run-update");
		assertThat(AccessLogFilter.operation("POST", "/campaigns", null)).isEqualTo("create");
		assertThat(AccessLogFilter.operation("PATCH", "/campaigns/{id}", "false")).isEqualTo("update");
	}
}
