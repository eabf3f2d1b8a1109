#!/usr/bin/env bash
# Checks what can be checked of the container without a Docker engine: the jar, extracted exactly as the
# Dockerfile extracts it, starts with the image's command line and configuration by environment, and reports
# healthy. Usage: scripts/check-container-launch.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18080}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -B -q package -DskipTests
java -Djarmode=tools -jar target/campaign-gateway-*.jar extract --layers --launcher --destination "$work/layers"
mkdir -p "$work/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -r "$work/layers/$layer/." "$work/app/"
done

cd "$work/app"
SERVER_PORT="$port" JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
  java org.springframework.boot.loader.launch.JarLauncher > "$work/gateway.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
    echo "container command line: healthy on port $port"
    curl -fsS "http://127.0.0.1:$port/connections" | head -c 300; echo
    exit 0
  fi
  sleep 1
done
echo "the gateway did not become healthy; its log:" >&2
tail -50 "$work/gateway.log" >&2
exit 1
