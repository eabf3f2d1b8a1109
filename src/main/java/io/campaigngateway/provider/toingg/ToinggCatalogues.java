package io.campaigngateway.provider.toingg;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.toingg.ToinggFields.Spec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Toingg's voices and languages: listed for callers, and used to check {@code agent.voice} and {@code agent.language}
 * before a call. Each is fetched through the connection's client (its rate limit, breaker and retries) at most once
 * per {@link #FRESH} and kept; when one cannot be read, neither is asked for again for {@link #AFTER_FAILURE} (unless
 * already known), and meanwhile requests go on unchecked: Toingg judges them.
 */
final class ToinggCatalogues {

	static final Duration FRESH = Duration.ofMinutes(10);

	static final Duration AFTER_FAILURE = Duration.ofMinutes(1);

	/** How many of the values offered a refusal names. */
	private static final int NAMED = 40;

	private static final Logger log = LoggerFactory.getLogger(ToinggCatalogues.class);

	/** What is known of one catalogue until {@code until}: the values offered, or null when it could not be read. */
	private record Known(List<String> offered, Instant until) {
	}

	private final ProviderClient client;

	private final String connection;

	private final Clock clock;

	private final Map<ToinggCatalogue, Known> known = new ConcurrentHashMap<>();

	/** One fetch at a time: callers arriving meanwhile wait for it rather than fetch again (not synchronized: virtual threads). */
	private final ReentrantLock fetching = new ReentrantLock();

	ToinggCatalogues(ProviderClient client, String connection, Clock clock) {
		this.client = client;
		this.connection = connection;
		this.clock = clock;
	}

	/** The catalogue as Toingg lists it now; the check then uses it too, so it never refuses a value just listed. */
	JsonNode fetch(ToinggCatalogue catalogue) {
		JsonNode values = catalogue.values(client.send(client.request("GET", catalogue.path, null), Operation.READ));
		known.put(catalogue, new Known(names(values), clock.instant().plus(FRESH)));
		return values;
	}

	/**
	 * The voice and language of {@code model} (the model as it would be sent) that Toingg does not offer, for the
	 * fields {@code asked} says the caller set; a field set through {@code providerOptions} is pointed at there.
	 */
	List<FieldProblem> check(JsonNode model, Predicate<Spec> asked, Predicate<Spec> throughOptions) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ToinggCatalogue catalogue : ToinggCatalogue.values()) {
			JsonNode value = model.get(catalogue.field.name());
			if (!asked.test(catalogue.field) || value == null || !value.isString() || value.asString().isBlank()) {
				continue; // a missing one is the required check's, not this one's
			}
			List<String> offered = offered(catalogue);
			if (offered != null && offered.stream().noneMatch(value.asString()::equalsIgnoreCase)) {
				String pointer = throughOptions.test(catalogue.field) ? "/providerOptions/" + catalogue.field.name()
						: catalogue.field.pointer();
				problems.add(new FieldProblem(pointer, "enum", message(catalogue, offered)));
			}
		}
		return problems;
	}

	private String message(ToinggCatalogue catalogue, List<String> offered) {
		String named = String.join(", ", offered.subList(0, Math.min(NAMED, offered.size())));
		String more = offered.size() > NAMED ? " and " + (offered.size() - NAMED) + " more (GET /connections/"
				+ connection + "/" + catalogue.name + ")" : "";
		return "is not one of the " + catalogue.name + " toingg offers: " + named + more;
	}

	/** The values offered, fetched when not known or no longer fresh; null when the catalogue cannot be read. */
	private List<String> offered(ToinggCatalogue catalogue) {
		Known current = known.get(catalogue);
		if (current != null && clock.instant().isBefore(current.until())) {
			return current.offered();
		}
		fetching.lock();
		try {
			current = known.get(catalogue);
			if (current != null && clock.instant().isBefore(current.until())) {
				return current.offered();
			}
			return names(fetch(catalogue));
		}
		catch (GatewayException ex) {
			log.warn("Connection '{}' could not read toingg's {} ({}): voices and languages not yet known are not checked"
					+ " before calls for the next {} s",
					connection, catalogue.name, ex.title(), AFTER_FAILURE.toSeconds());
			// the other catalogue is as unlikely to be read now: a create pays for one failed read, not two
			Known unknown = new Known(null, clock.instant().plus(AFTER_FAILURE));
			for (ToinggCatalogue each : ToinggCatalogue.values()) {
				known.merge(each, unknown, (held, failed) -> clock.instant().isBefore(held.until()) ? held : failed);
			}
			return null;
		}
		finally {
			fetching.unlock();
		}
	}

	/** Forgets both catalogues: the next check fetches them again. */
	void forget() {
		known.clear();
	}

	/** The values as names; null (not checkable) unless the catalogue is an array of strings, as Toingg's clients read it. */
	private static List<String> names(JsonNode values) {
		if (!values.isArray() || values.isEmpty()
				|| !StreamSupport.stream(values.spliterator(), false).allMatch(JsonNode::isString)) {
			return null;
		}
		return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asString).toList();
	}
}
