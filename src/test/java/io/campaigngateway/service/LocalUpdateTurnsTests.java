package io.campaigngateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.campaign.ProblemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalUpdateTurnsTests {

	private final LocalUpdateTurns turns = new LocalUpdateTurns(Duration.ofSeconds(30));

	private final List<String> started = new CopyOnWriteArrayList<>();

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	@AfterEach
	void stop() {
		threads.shutdownNow();
	}

	/** Starts an update on its own thread; it runs until {@code release} is counted down. */
	private Future<String> update(String campaign, String name, CountDownLatch release) {
		return threads.submit(() -> turns.inTurn(campaign, turn -> {
			started.add(name);
			await(release);
			return name;
		}));
	}

	@Test
	void anUpdateOfACampaignStartsOnlyOnceTheOneBeforeItHasEnded() throws Exception {
		CountDownLatch first = new CountDownLatch(1);
		Future<String> one = update("toingg:1", "first", first);
		waitUntil(() -> started.contains("first"));
		Future<String> two = update("toingg:1", "second", new CountDownLatch(0));
		Future<String> other = update("toingg:2", "other campaign", new CountDownLatch(0));

		assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("other campaign");
		Thread.sleep(100);
		assertThat(started).as("the second waits for the first").containsExactly("first", "other campaign");
		assertThat(turns.campaignsInLine()).as("toingg:1 only: toingg:2 has ended").isEqualTo(1);
		first.countDown();
		assertThat(one.get(5, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(two.get(5, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(started).containsExactly("first", "other campaign", "second");
		assertThat(turns.campaignsInLine()).isZero();
	}

	@Test
	void aFailedUpdateLetsTheNextOneRun() throws Exception {
		CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> assertThatThrownBy(() -> turns.inTurn("voxo:7",
				turn -> {
					started.add("first");
					throw new IllegalStateException("provider down");
				})).hasMessage("provider down"), threads);
		failing.get(5, TimeUnit.SECONDS);

		assertThat(update("voxo:7", "second", new CountDownLatch(0)).get(5, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(started).containsExactly("first", "second");
		assertThat(turns.campaignsInLine()).isZero();
	}

	@Test
	void anUpdateWhoseTurnDoesNotComeInTimeIsRefusedWithoutRunningAndLeavesTheLine() throws Exception {
		LocalUpdateTurns impatient = new LocalUpdateTurns(Duration.ofMillis(100));
		CountDownLatch release = new CountDownLatch(1);
		Future<String> held = threads.submit(() -> impatient.inTurn("exotel:3", turn -> {
			started.add("held");
			await(release);
			return "held";
		}));
		waitUntil(() -> started.contains("held"));

		assertThatThrownBy(() -> impatient.inTurn("exotel:3", turn -> started.add("second")))
			.isInstanceOfSatisfying(GatewayException.class, refused -> {
				assertThat(refused.type()).isEqualTo(ProblemType.UNAVAILABLE);
				assertThat(refused.detail()).contains("exotel:3", "nothing was sent");
				assertThat(refused.retryAfter()).isPositive();
			});
		release.countDown();
		assertThat(held.get(5, TimeUnit.SECONDS)).isEqualTo("held");
		assertThat(started).containsExactly("held");
		assertThat(impatient.campaignsInLine()).isZero();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
	}
}
