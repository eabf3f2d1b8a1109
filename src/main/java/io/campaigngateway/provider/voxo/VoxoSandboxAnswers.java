package io.campaigngateway.provider.voxo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.campaigngateway.provider.spi.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shapes the VOXO emulator answers in, as VOXO (seed 002) and Feathers write them. */
final class VoxoSandboxAnswers {

	private VoxoSandboxAnswers() {
	}

	/** A Feathers find's paging; null for a query the emulator does not take (filters, other sorts, bad numbers). */
	record Query(int limit, int skip, boolean newestFirst) {

		/** Feathers' {@code paginate: {default: 10, max: 50}}, as a Feathers service is commonly set up [inferred]. */
		static final int DEFAULT_LIMIT = 10;

		static final int MAX_LIMIT = 50;

		private static final Set<String> NAMES = Set.of("$limit", "$skip", "$sort[id]");

		static Query of(Map<String, String> query) {
			String sort = query.getOrDefault("$sort[id]", "1");
			Integer limit = count(query.getOrDefault("$limit", String.valueOf(DEFAULT_LIMIT)));
			Integer skip = count(query.getOrDefault("$skip", "0"));
			if (!NAMES.containsAll(query.keySet()) || limit == null || skip == null || !Set.of("1", "-1").contains(sort)) {
				return null;
			}
			return new Query(Math.min(limit, MAX_LIMIT), skip, "-1".equals(sort));
		}

		private static Integer count(String text) {
			return text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
		}
	}

	/** {@code {total, limit, skip, data}}: {@code limit} is what the emulator used, which may be less than asked. */
	static ObjectNode page(int total, Query query, List<ObjectNode> campaigns) {
		ObjectNode page = Json.object().put("total", total).put("limit", query.limit()).put("skip", query.skip());
		ArrayNode data = page.putArray("data");
		campaigns.forEach(data::add);
		return page;
	}

	/** A new campaign as VOXO answers one: every field present, most of them null. */
	static ObjectNode blank(long id) {
		ObjectNode campaign = Json.object();
		campaign.put("id", id).put("tenantId", VoxoProviderFactory.SANDBOX_TENANT).putNull("name").put("type", "CALL");
		for (String field : new String[] { "dateStart", "dateEnd", "callerId", "callDelay", "state", "lastrun",
				"dialtimeout", "tech", "message", "timeStart", "timeEnd", "timezone", "callFrequency", "callHoursStart",
				"callHoursEnd", "recording" }) {
			campaign.putNull(field);
		}
		campaign.put("state", "READY");
		campaign.putArray("numbers");
		campaign.putArray("destinations");
		campaign.put("enableVMDetect", 0);
		campaign.putArray("matchDestinations");
		campaign.putArray("notMatchDestinations");
		return campaign;
	}

	/** A copy of the campaign with the body's fields, stored as VOXO answers: VM detection a number, destinations in the response shape. */
	static ObjectNode merged(ObjectNode stored, JsonNode body) {
		ObjectNode campaign = stored.deepCopy();
		body.properties().forEach(property -> {
			String key = property.getKey();
			JsonNode value = property.getValue();
			if ("enableVMDetect".equals(key)) {
				campaign.put(key, Integer.parseInt(value.asString()));
			}
			else if (key.endsWith("estinations") && value.isArray()) {
				ArrayNode array = campaign.putArray(key);
				for (JsonNode d : value) {
					array.addObject().put("typeSrc", "campaign").put("destType", Json.text(d, "type"))
						.put("id", d.path("id").asLong()).put("order", d.path("order").asInt(0));
				}
			}
			else if (!"tenantId".equals(key)) {
				campaign.set(key, value.deepCopy());
			}
		});
		return campaign;
	}

	static ResponseEntity<Object> notFound(String id) {
		return error(HttpStatus.NOT_FOUND, "NotFound", "No record found for id '" + id + "'", Json.object());
	}

	/** Feathers' error: {@code {name, message, code, className, errors}}. */
	static ResponseEntity<Object> error(HttpStatus status, String name, String message, ObjectNode errors) {
		ObjectNode body = Json.object().put("name", name).put("message", message).put("code", status.value())
			.put("className", name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());
		body.set("errors", errors);
		return ResponseEntity.status(status).body(body);
	}
}
