package io.campaigngateway.provider.toingg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.campaigngateway.campaign.Campaign;
import io.campaigngateway.campaign.Campaign.CallingHours;
import io.campaigngateway.campaign.CampaignPatch;
import io.campaigngateway.provider.spi.CampaignProvider;
import io.campaigngateway.campaign.FieldProblem;
import io.campaigngateway.campaign.GatewayException;
import io.campaigngateway.provider.spi.Operation;
import io.campaigngateway.provider.spi.OutboundRequest;
import io.campaigngateway.campaign.PatchedWindows;
import io.campaigngateway.provider.spi.PreparedCall;
import io.campaigngateway.provider.spi.ProviderCapabilities;
import io.campaigngateway.provider.spi.Json;
import io.campaigngateway.provider.spi.ProviderClient;
import io.campaigngateway.provider.spi.ProviderResponse;
import io.campaigngateway.provider.spi.UpstreamProblems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Toingg API v3: create, update and read AI voice-agent campaigns. Toingg has no get-one endpoint, so a read
 * pages through {@code get_campaigns}; its update carries the whole model, so an update reads the model,
 * lays the patch over it and sends it whole (read-modify-write: a PATCH never blanks untouched fields).
 */
final class ToinggProvider implements CampaignProvider {

	static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities("toingg",
			Set.of(Operation.CREATE, Operation.UPDATE, Operation.READ),
			List.of("name", "agent.voice", "agent.language", "agent.script", "agent.firstLine", "agent.tone",
					"agent.purpose", "agent.knowledgeBase", "agent.postCallAnalysis.enabled",
					"agent.postCallAnalysis.schema", "schedule.timezone", "schedule.callingHours.start",
					"schedule.callingHours.end", "providerOptions"),
			ToinggMapper.OPTION_NAMES, Set.of("voices", "languages"));

	private static final List<String> REQUIRED = List.of("name", "agent.voice", "agent.language", "agent.script");

	/** The same fields by Toingg's names, as providerOptions may also set (and so try to clear) them. */
	private static final List<String> REQUIRED_OPTIONS = REQUIRED.stream().map(ToinggMapper::modelKey).toList();

	private static final int PAGE = 100;

	private static final int MAX_PAGES = 50;

	/** Toingg's ids are 24 hex characters (MongoDB ObjectIds); for any other id a read would page the list for nothing. */
	private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{24}");

	/** The JSON type Toingg documents for a model field set through providerOptions. */
	private record OptionType(String description, Predicate<Object> accepts) {

		private static final OptionType TEXT = new OptionType("a string", String.class::isInstance);

		private static final OptionType NUMBER = new OptionType("a number", Number.class::isInstance);

		private static final OptionType FLAG = new OptionType("true or false", Boolean.class::isInstance);

		private static final OptionType OBJECT = new OptionType("an object", Map.class::isInstance);

		static OptionType of(String name) {
			return switch (name) {
				case "maxCallTimeout", "inactiveCallTimeout" -> NUMBER;
				case "isFreeflow", "postCallAnalysis" -> FLAG;
				case "postCallAnalysisSchema" -> OBJECT;
				default -> TEXT;
			};
		}
	}

	private final ProviderClient client;

	ToinggProvider(ProviderClient client) {
		this.client = client;
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public boolean acceptsId(String providerCampaignId) {
		return ID.matcher(providerCampaignId).matches();
	}

	@Override
	public List<FieldProblem> validate(Campaign c, CampaignPatch patch) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String path : REQUIRED) {
			String pointer = "/" + path.replace('.', '/');
			boolean missing = patch == null ? value(c, path) == null : patch.touches(path) && value(c, path) == null;
			if (missing) {
				problems.add(new FieldProblem(pointer, "required", patch == null ? "is required by toingg"
						: "cannot be cleared: toingg requires it"));
			}
		}
		if (c.providerOptions() != null) {
			REQUIRED_OPTIONS.stream()
				.filter(name -> c.providerOptions().containsKey(name) && c.providerOptions().get(name) == null)
				.forEach(name -> problems.add(new FieldProblem("/providerOptions/" + name, "required",
						patch == null ? "must not be null: toingg requires it" : "cannot be cleared: toingg requires it")));
			c.providerOptions().forEach((name, value) -> {
				OptionType type = OptionType.of(name);
				// an undocumented name is refused as such by the service, not also for its type
				if (value != null && ToinggMapper.OPTION_NAMES.contains(name) && !type.accepts().test(value)) {
					problems.add(new FieldProblem("/providerOptions/" + name, "type", "must be " + type.description()));
				}
			});
		}
		return problems;
	}

	@Override
	public PreparedCall prepareCreate(Campaign campaign) {
		OutboundRequest create = client.request("POST", "/create_campaign/", ToinggMapper.createBody(campaign));
		return new PreparedCall(List.of(create), () -> {
			ProviderResponse response = client.send(create, Operation.CREATE);
			String id = Json.text(successful(response).path("result"), "campaignId");
			if (id == null) {
				throw UpstreamProblems.garbage("toingg", response, "its answer has no result.campaignId");
			}
			return ToinggMapper.toCampaign(id, create.body());
		});
	}

	/** Toingg's update carries the whole model: the patch is laid over the model as read. */
	@Override
	public PreparedCall prepareUpdate(String campId, CampaignPatch patch) {
		OutboundRequest list = listRequest(0);
		JsonNode current = findModel(campId);
		checkCallingHours(current, patch);
		ObjectNode body = ToinggMapper.updateBody(campId, current, patch);
		OutboundRequest update = client.request("POST", "/update_campaign", body);
		return new PreparedCall(List.of(list, update), () -> {
			successful(client.send(update, Operation.UPDATE));
			return ToinggMapper.toCampaign(campId, body.get("campaignModelData"));
		});
	}

	/** Calling hours a patch names one end of are completed from the model's calendar: their window is checked first. */
	private static void checkCallingHours(JsonNode model, CampaignPatch patch) {
		if (!patch.touches("schedule.callingHours")) {
			return;
		}
		CallingHours hours = ToinggCalendar.read(Json.text(model, "calendar"));
		List<FieldProblem> problems = PatchedWindows.problems(patch, new Campaign.Schedule(null, null, null, hours),
				CAPABILITIES.provider());
		if (!problems.isEmpty()) {
			throw GatewayException.invalid(CAPABILITIES.provider(), problems);
		}
	}

	@Override
	public Campaign read(String campId) {
		return ToinggMapper.toCampaign(campId, findModel(campId));
	}

	@Override
	public Object catalogue(String name) {
		String path = switch (name) {
			case "voices" -> "/get_supported_voices";
			case "languages" -> "/get_supported_languages";
			default -> null;
		};
		if (path == null) {
			return CampaignProvider.super.catalogue(name);
		}
		String key = "voices".equals(name) ? "voice" : "languages";
		ProviderResponse response = client.send(client.request("GET", path, null), Operation.READ);
		JsonNode values = response.bodyOrEmpty().path("result").path(key);
		if (values.isMissingNode()) {
			throw UpstreamProblems.garbage("toingg", response, "its answer has no result." + key);
		}
		return values;
	}

	/** Pages through the campaign list, newest first, until the campaign is found or the list or the search ends. */
	private JsonNode findModel(String campId) {
		for (int page = 0;; page++) {
			ProviderResponse response = client.send(listRequest(page), Operation.READ);
			JsonNode result = response.bodyOrEmpty().path("result");
			if (!response.json() || !(result.isArray() || result.isObject())) {
				throw UpstreamProblems.garbage("toingg", response, "its campaign list has no result");
			}
			JsonNode model = ToinggMapper.findModel(result, campId);
			if (model != null) {
				return model;
			}
			if (result.size() < PAGE) {
				throw GatewayException.notFound("toingg has no campaign '" + campId + "'");
			}
			if (page + 1 >= MAX_PAGES) {
				throw GatewayException.notFound("toingg lists no campaign '" + campId + "' among its newest "
						+ PAGE * MAX_PAGES + "; the gateway searches no further back");
			}
		}
	}

	private OutboundRequest listRequest(int page) {
		return client.request("GET", "/get_campaigns?skip=" + page * PAGE + "&limit=" + PAGE + "&sort=-1", null);
	}

	/** Toingg may answer 200 with {@code "status": false}: that is a refusal, not a success. */
	private static JsonNode successful(ProviderResponse response) {
		JsonNode body = response.bodyOrEmpty();
		if (!response.json()) {
			throw UpstreamProblems.garbage("toingg", response, "its answer is not JSON");
		}
		if (body.path("status").isBoolean() && !body.path("status").asBoolean()) {
			throw UpstreamProblems.byStatus("toingg", response, 422, Json.text(body, "message"), List.of());
		}
		return body;
	}

	private static Object value(Campaign c, String path) {
		return switch (path) {
			case "name" -> c.name();
			case "agent.voice" -> c.agent() == null ? null : c.agent().voice();
			case "agent.language" -> c.agent() == null ? null : c.agent().language();
			default -> c.agent() == null ? null : c.agent().script();
		};
	}
}
