# syntax=docker/dockerfile:1
# Build with the project's own Maven Wrapper (Java 21 bytecode), then run the extracted jar on JRE 25 as a
# non-root user in Spring AOT mode, with a JDK AOT cache made by a training start: under 3 s to ready instead
# of 6–8 s (bench/RESULTS.md). scripts/check-container-launch.sh runs these same steps without Docker.
# The build runs Maven itself on JDK 25: Spring's AOT processing (the spring-aot profile, active on JDK 21+)
# compiles what it generates with Maven's own javac, and evaluates conditions on the build's JDK.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY api-spec api-spec
# Actuator runs on its own port in the image (MANAGEMENT_SERVER_PORT below): in AOT mode the management child
# context exists only if a management port was set when the AOT code was generated, so it is set here too
RUN ./mvnw -B -q package -DskipTests -Dspring-boot.aot.jvmArguments=-Dmanagement.server.port=8081 \
 && java -Djarmode=tools -jar target/campaign-gateway.jar extract --layers --destination /layers

FROM eclipse-temurin:25-jre
RUN groupadd --system gateway && useradd --system --gid gateway --home /app gateway
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# health and metrics on a connector of their own, which a flood of the API port cannot reach (README, Operating the
# gateway). Change the port here if need be; it cannot be the API port's, nor unset, in this AOT-built image.
ENV MANAGEMENT_SERVER_PORT=8081
# training start on the sandbox: loads and links the classes a real start needs, then exits
RUN java -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar campaign-gateway.jar \
 && chown -R gateway:gateway /app
USER gateway
EXPOSE 8080 8081
# Configuration comes from the environment: GATEWAY_CONNECTIONS_<NAME>_<PROPERTY>, GATEWAY_SECURITY_..., see README.
# TrimNativeHeapInterval: every second, memory malloc freed (most of it start-up's) goes back to the OS
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:TrimNativeHeapInterval=1000"
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT} && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-jar", "campaign-gateway.jar"]
