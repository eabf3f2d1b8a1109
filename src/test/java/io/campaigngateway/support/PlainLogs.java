package io.campaigngateway.support;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.context.annotation.Configuration;

/**
 * Logback is set up once per JVM, and the test contexts Spring caches keep whatever a later one configured. A test
 * that starts an application of its own with other logging settings (JSON lines, quieter levels) hands the logs
 * back afterwards: an empty application re-applies the plain format and the levels of the configuration files.
 * Spring passes the format to logback as a system property that outlives the application, so that goes first.
 */
public final class PlainLogs {

	private PlainLogs() {
	}

	public static void restore() {
		System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
		LoggingSystem.get(PlainLogs.class.getClassLoader()).cleanUp();
		new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run()
			.close();
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}
}
