package io.campaigngateway.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Cloud Gateway Server MVC with nothing but its routes (application.yml). */
@SpringBootApplication
public class ScgMvcProxy {

	public static void main(String[] args) {
		SpringApplication.run(ScgMvcProxy.class, args);
	}
}
