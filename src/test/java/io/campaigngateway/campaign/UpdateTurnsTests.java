package io.campaigngateway.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class UpdateTurnsTests {

	private final UpdateTurns turns = new UpdateTurns();

	private final List<String> started = new ArrayList<>();

	private Mono<String> update(String name, Mono<String> outcome) {
		return Mono.defer(() -> {
			started.add(name);
			return outcome;
		});
	}

	@Test
	void anUpdateOfACampaignStartsOnlyOnceTheOneBeforeItHasEnded() {
		Sinks.One<String> first = Sinks.one();
		List<String> answers = new ArrayList<>();

		turns.inTurn("toingg:1", update("first", first.asMono())).subscribe(answers::add);
		turns.inTurn("toingg:1", update("second", Mono.just("b"))).subscribe(answers::add);
		turns.inTurn("toingg:2", update("other campaign", Mono.just("c"))).subscribe(answers::add);

		assertThat(started).containsExactly("first", "other campaign");
		assertThat(turns.campaignsInLine()).as("toingg:1 only: toingg:2 has ended").isEqualTo(1);
		first.tryEmitValue("a");
		assertThat(started).containsExactly("first", "other campaign", "second");
		assertThat(answers).containsExactly("c", "a", "b");
		assertThat(turns.campaignsInLine()).isZero();
	}

	@Test
	void aFailedUpdateAndACallerThatGaveUpWaitingLetTheNextOneRun() {
		Sinks.One<String> first = Sinks.one();
		List<String> answers = new ArrayList<>();

		turns.inTurn("voxo:7", update("first", first.asMono())).subscribe(answers::add, error -> answers.add("failed"));
		Disposable gaveUp = turns.inTurn("voxo:7", update("second", Mono.just("b"))).subscribe(answers::add);
		turns.inTurn("voxo:7", update("third", Mono.just("c"))).subscribe(answers::add);
		gaveUp.dispose();

		assertThat(started).containsExactly("first");
		first.tryEmitError(new IllegalStateException("provider down"));
		assertThat(started).containsExactly("first", "third");
		assertThat(answers).containsExactly("failed", "c");
		assertThat(turns.campaignsInLine()).isZero();
	}
}
