package io.campaigngateway.api.openapi;

import java.util.Map;

/**
 * Examples for Swagger UI and generated clients' documentation: a create per provider, each valid against its
 * sandbox (dates years ahead, so they stay valid), and the ids the sandbox gives its first campaigns.
 */
public final class ApiExamples {

	/** The id of the first campaign a sandbox's VOXO connection creates. */
	public static final String CAMPAIGN_ID = "voxo:101";

	public static final String CONNECTION = "voxo";

	public static final String TOINGG_CREATE = """
			{
			  "connection": "toingg",
			  "name": "Renewal reminders",
			  "agent": {
			    "voice": "Meera",
			    "language": "english",
			    "script": "You are Meera, a friendly assistant calling on behalf of Acme Insurance. Remind the customer that their policy renews next week, confirm that they want to continue, answer questions about the premium, and offer to connect them to an agent if they need more help.",
			    "firstLine": "Hello, this is Meera from Acme Insurance.",
			    "tone": "friendly",
			    "purpose": "renewal reminder",
			    "postCallAnalysis": { "enabled": true, "schema": { "wantsRenewal": "boolean" } }
			  },
			  "schedule": { "timezone": "Asia/Kolkata", "callingHours": { "start": "10:00", "end": "22:00" } }
			}""";

	public static final String VOXO_CREATE = """
			{
			  "connection": "voxo",
			  "name": "Appointment reminders",
			  "callerId": "+12025550143",
			  "contacts": [ { "phoneNumber": "+13125550178", "name": "Ada", "fields": { "field1": "Tuesday" } } ],
			  "schedule": {
			    "startAt": "2036-12-01T09:00:00-06:00",
			    "endAt": "2036-12-05T17:00:00-06:00",
			    "timezone": "America/Chicago",
			    "callingHours": { "start": "09:00", "end": "17:00" }
			  },
			  "pacing": { "secondsBetweenCalls": 30 },
			  "recording": true,
			  "message": "This is a reminder of your appointment on Tuesday."
			}""";

	public static final String EXOTEL_CREATE = """
			{
			  "connection": "exotel",
			  "name": "Delivery updates",
			  "callerId": "+918047123456",
			  "contacts": [ { "phoneNumber": "+919876543210" } ],
			  "callFlowUrl": "http://my.exotel.com/acme/exoml/start_voice/12345",
			  "schedule": { "startAt": "2036-12-01T09:00:00+05:30", "endAt": "2036-12-01T18:00:00+05:30" },
			  "retry": { "maxRetries": 2, "intervalMinutes": 10, "backoff": "linear", "retryOn": ["busy", "no-answer"] },
			  "pacing": { "callsPerMinute": 20 }
			}""";

	public static final String PATCH = """
			{ "name": "Renewal reminders (December)" }""";

	/** A merge patch's {@code null}: clears the field where the provider can clear it. */
	public static final String CLEAR = """
			{ "agent": { "firstLine": null } }""";

	/** The create examples by name, as the document lists them. */
	static final Map<String, String> CREATES = Map.of("ToinggCreate", TOINGG_CREATE, "VoxoCreate", VOXO_CREATE,
			"ExotelCreate", EXOTEL_CREATE);

	private ApiExamples() {
	}
}
