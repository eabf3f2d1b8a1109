package io.campaigngateway.config;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.health.excluded-from-root}: the health components that {@code /actuator/health} shows but does
 * not count in its own status. They are what the gateway depends on outside itself (the providers, through
 * {@code connections}): load balancers and uptime checks read that status, and one failing provider must not take
 * every replica out of service. A name that no component has is ignored, so a component that exists only in some
 * set-ups can be listed.
 */
@ConfigurationProperties("gateway.health")
record RootHealthProperties(@DefaultValue({ "connections", "store" }) Set<String> excludedFromRoot) {
}
