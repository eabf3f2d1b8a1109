package io.campaigngateway.api.filter;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code Server-Timing: gateway;dur=…, provider;dur=…} on every API answer, problems included, written just
 * before the body: by then every provider call of the request is done and counted.
 */
@ControllerAdvice
class ServerTimingAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servlet && !servlet.getServletRequest().getRequestURI().startsWith("/v3/")) {
			response.getHeaders().set("Server-Timing", RequestTiming.of(servlet.getServletRequest()).serverTiming());
		}
		return body;
	}
}
