package io.campaigngateway.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway's PATCH path with nothing of the gateway in it: the body passed through to the stand-in as it
 * came, on the same stack (Tomcat, Spring MVC, virtual threads, WebClient). What the stack alone costs.
 */
@SpringBootApplication
@RestController
public class BareProxy {

	private final WebClient fast;

	private final WebClient slow;

	BareProxy(WebClient.Builder builder) {
		this.fast = builder.clone().baseUrl(System.getProperty("bench.fast", "http://127.0.0.1:18081")).build();
		this.slow = builder.clone().baseUrl(System.getProperty("bench.slow", "http://127.0.0.1:18083")).build();
	}

	@PatchMapping(path = "/campaigns/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	String patch(@PathVariable String id, @RequestBody String body) {
		WebClient provider = id.startsWith("voxo-slow:") ? slow : fast;
		return provider.patch()
			.uri("/v2/admin/call-campaigns/{id}", id.substring(id.indexOf(':') + 1))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(String.class)
			.block();
	}

	public static void main(String[] args) {
		SpringApplication.run(BareProxy.class, args);
	}
}
