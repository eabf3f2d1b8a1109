package io.campaigngateway.provider.spi;

/**
 * Whether the built-in provider emulators are serving (they answer 404 when the sandbox is off), and how many
 * campaigns each keeps: a sandbox-only gateway (a demo, a shared test environment) runs for weeks in a small heap.
 */
public interface SandboxStatus {

	boolean active();

	/** At most this many campaigns per emulator; the oldest is dropped to make room. */
	int maxCampaigns();
}
