package io.campaigngateway.provider.spi;

/** Whether the built-in provider emulators are serving; they answer 404 when the sandbox is off. */
public interface SandboxStatus {

	boolean active();
}
