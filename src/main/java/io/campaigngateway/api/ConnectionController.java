package io.campaigngateway.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.campaigngateway.api.filter.ApiKeyFilter;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import io.campaigngateway.service.Caller;
import io.campaigngateway.service.Connection;
import io.campaigngateway.service.ConnectionRegistry;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /connections}: what a caller may use, one or all, and each provider's catalogues of valid values. */
@RestController
@RequestMapping(path = "/connections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "connections", description = "The connections a caller may use, what each one's provider carries, and its catalogues")
class ConnectionController {

	private final ConnectionRegistry registry;

	ConnectionController(ConnectionRegistry registry) {
		this.registry = registry;
	}

	/** One connection as {@code GET /connections} lists it. */
	record ConnectionView(String name, String provider, boolean sandbox, List<String> operations, List<String> fields,
			List<String> catalogues) {
	}

	record ConnectionList(List<ConnectionView> connections) {
	}

	@io.swagger.v3.oas.annotations.Operation(operationId = "listConnections",
			summary = "List the connections this caller may use, with what each provider carries",
			description = "A connection the caller's key may not use is left out. `fields` lists the Campaign fields its"
					+ " provider carries: any other is a 422 naming it.")
	@ApiResponse(responseCode = "200", description = "The connections",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ConnectionList")))
	@GetMapping
	ConnectionList list(HttpServletRequest request) {
		Caller caller = ApiKeyFilter.caller(request);
		return new ConnectionList(registry.all().stream()
			.filter(connection -> caller.mayUse(connection.name()))
			.map(ConnectionController::view)
			.toList());
	}

	@io.swagger.v3.oas.annotations.Operation(operationId = "getConnection",
			summary = "Read one connection this caller may use, with what its provider carries",
			description = "The same entry as `GET /connections` lists for it.")
	@ApiResponse(responseCode = "200", description = "The connection",
			content = @Content(schema = @Schema(ref = "#/components/schemas/Connection")))
	@GetMapping("/{name}")
	ConnectionView one(@PathVariable String name, HttpServletRequest request) {
		return view(usable(name, request));
	}

	@io.swagger.v3.oas.annotations.Operation(operationId = "getCatalogue",
			summary = "Read a catalogue of values a connection's provider takes (for a field such as `agent.voice`)",
			description = "Read from the provider. The catalogues a connection has are its `catalogues` in"
					+ " `GET /connections/{name}`; any other name is a 404.")
	@ApiResponse(responseCode = "200", description = "The catalogue, under its name",
			content = @Content(schema = @Schema(ref = "#/components/schemas/Catalogue")))
	@GetMapping("/{name}/{catalogue}")
	Map<String, Object> catalogue(@PathVariable String name, @PathVariable String catalogue, HttpServletRequest request) {
		Connection connection = usable(name, request);
		if (!connection.adapter().capabilities().catalogues().contains(catalogue)) {
			throw GatewayException.notFound(connection.provider() + " offers no catalogue named '" + catalogue + "'");
		}
		return Map.of("connection", name, catalogue, connection.adapter().catalogue(catalogue));
	}

	/** The named connection: 404 when it is not configured, then 403 when the caller's key may not use it. */
	private Connection usable(String name, HttpServletRequest request) {
		Connection connection = registry.require(name);
		ApiKeyFilter.caller(request).checkMayUse(name);
		return connection;
	}

	private static ConnectionView view(Connection connection) {
		ProviderCapabilities capabilities = connection.adapter().capabilities();
		List<String> operations = capabilities.operations().stream()
			.sorted(Comparator.naturalOrder())
			.map(Operation::value)
			.toList();
		return new ConnectionView(connection.name(), connection.provider(), connection.sandbox(), operations,
				capabilities.fields(), capabilities.catalogues().stream().sorted().toList());
	}
}
