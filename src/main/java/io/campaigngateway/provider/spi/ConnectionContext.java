package io.campaigngateway.provider.spi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * What a {@link ProviderFactory} needs to build one connection's adapter: its name, its provider-specific
 * settings (bound from {@code gateway.connections.<name>.*} with relaxed names), its HTTP client, and a place
 * to report each bad setting as one clear line.
 */
public final class ConnectionContext {

	private final String name;

	private final Binder binder;

	private final ProviderExchange exchanges;

	private final BiFunction<ProviderAuth, ErrorClassifier, ProviderClient> clients;

	private final Supplier<String> baseUrl;

	private final Duration rateLimitMaxWait;

	private final List<String> problems = new ArrayList<>();

	private boolean unreadable;

	public ConnectionContext(String name, Binder binder, ProviderExchange exchanges,
			BiFunction<ProviderAuth, ErrorClassifier, ProviderClient> clients, Supplier<String> baseUrl,
			Duration rateLimitMaxWait) {
		this.name = name;
		this.rateLimitMaxWait = rateLimitMaxWait;
		this.baseUrl = baseUrl;
		this.binder = binder;
		this.exchanges = exchanges;
		this.clients = clients;
	}

	public String name() {
		return name;
	}

	/** The provider-specific settings record, bound from this connection's properties. */
	public <T> T settings(Class<T> type, T whenAbsent) {
		try {
			return binder.bind(prefix(), Bindable.of(type)).orElse(whenAbsent);
		}
		catch (BindException ex) {
			String property = ex.getProperty() == null ? prefix() : ex.getProperty().getName().toString();
			problem(property.length() > prefix().length() ? property.substring(prefix().length() + 1) : "*",
					"cannot be read: " + rootMessage(ex));
			// checks of settings that could not be read would report them missing: the line above says it all
			unreadable = true;
			return whenAbsent;
		}
	}

	/** Reports a missing required property; returns whether it is present. */
	public boolean require(String property, Object value) {
		if (value == null || value.toString().isBlank()) {
			problem(property, "is required");
			return false;
		}
		return true;
	}

	public void problem(String property, String message) {
		if (!unreadable) {
			problems.add(prefix() + "." + property + " " + message);
		}
	}

	public List<String> problems() {
		return List.copyOf(problems);
	}

	/** The connection's client to its provider, with this auth and error classifier. */
	public ProviderClient client(ProviderAuth auth, ErrorClassifier classifier) {
		return clients.apply(auth, classifier);
	}

	/**
	 * Unauthenticated requests through the connection's pool, timeouts and rate limit, for calls outside the campaign
	 * API (a login).
	 */
	public ProviderExchange exchanges() {
		return exchanges;
	}

	/** How long a request may wait for a rate-limit permit. */
	public Duration rateLimitMaxWait() {
		return rateLimitMaxWait;
	}

	public Supplier<String> baseUrl() {
		return baseUrl;
	}

	private String prefix() {
		return "gateway.connections." + name;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}
}
