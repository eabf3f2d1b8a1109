#!/usr/bin/env bash
# Checks what can be checked of the container without a Docker engine: the jar, extracted exactly as the
# Dockerfile extracts it, gets its AOT cache from a training start, starts with the image's command line and
# configuration by environment, and reports healthy on its management port (port + 1, as MANAGEMENT_SERVER_PORT is
# in the image). Uses JDK 25 (the image's runtime) when installed; with an older JDK it checks the same steps
# without the AOT cache. Usage: scripts/check-container-launch.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18080}"
management_port=$((port + 1))

# Whoever else holds the port would answer the health check in the gateway's place: the port must be free
# before the gateway starts, and the answer must come from the process started here.
command -v ss >/dev/null || { echo "this check needs ss (iproute2) to see which process listens on port $port" >&2; exit 1; }
listener() { # the pid listening on port $1; empty when none, or when ss may not say whose socket it is
  ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true
}
refuse_if_busy() {
  for p in "$port" "$management_port"; do
    if [ -n "$(ss -Hltn "sport = :$p")" ]; then
      owner="$(listener "$p")"
      echo "port $p is already in use (by pid ${owner:-unknown}): stop that process, or pass a free port: $0 <port>" >&2
      exit 1
    fi
  done
}
started_here() { # $1 is the gateway's pid or one of its descendants (a wrapper may start the JVM)
  local p="$1"
  while [ -n "$p" ] && [ "$p" -gt 1 ]; do
    [ "$p" = "$pid" ] && return 0
    p="$(ps -o ppid= -p "$p" | tr -d ' ' || true)"
  done
  return 1
}
refuse_if_busy
# the image's JVM options, read from the Dockerfile so the check cannot drift from it
java_tool_options="$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' Dockerfile)"
[ -n "$java_tool_options" ] || { echo "no ENV JAVA_TOOL_OPTIONS line in the Dockerfile" >&2; exit 1; }
# and the management port the image's AOT code is generated with
aot_arguments="$(sed -n 's/.*\(-Dspring-boot.aot.jvmArguments=[^ ]*\).*/\1/p' Dockerfile)"
[ -n "$aot_arguments" ] || { echo "no -Dspring-boot.aot.jvmArguments in the Dockerfile's build" >&2; exit 1; }
java_bin="${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java)}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

# like the image's build stage: Spring's AOT processing on the runtime's JDK (see the Dockerfile)
JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v "$java_bin")")")")" ./mvnw -B -q package -DskipTests "$aot_arguments"
java -Djarmode=tools -jar target/campaign-gateway.jar extract --layers --destination "$work/layers"
mkdir -p "$work/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -r "$work/layers/$layer/." "$work/app/"
done
cd "$work/app"

aot=()
if "$java_bin" -XX:AOTCacheOutput=probe.aot -version >/dev/null 2>&1; then
  rm -f probe.aot
  MANAGEMENT_SERVER_PORT="$management_port" "$java_bin" -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar campaign-gateway.jar > "$work/training.log" 2>&1
  aot=(-XX:AOTCache=app.aot -Dspring.aot.enabled=true)
fi

refuse_if_busy # again: the build took a while
start=$(date +%s%N)
SERVER_PORT="$port" MANAGEMENT_SERVER_PORT="$management_port" JAVA_TOOL_OPTIONS="$java_tool_options" \
  "$java_bin" "${aot[@]}" -jar campaign-gateway.jar > "$work/gateway.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || break
  if curl -fsS "http://127.0.0.1:$management_port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
    owner="$(listener "$management_port")"
    if ! started_here "$owner"; then
      echo "port $management_port answered healthy, but from pid ${owner:-unknown}, not from the gateway started here (pid $pid)" >&2
      exit 1
    fi
    echo "container command line: API on port $port, healthy on management port $management_port after $(( ($(date +%s%N) - start) / 1000000 )) ms (${aot[*]:-no AOT cache})"
    curl -fsS "http://127.0.0.1:$port/connections" | head -c 200; echo
    exit 0
  fi
  sleep 0.1
done
echo "the gateway did not become healthy (or exited); its log:" >&2
tail -50 "$work/gateway.log" >&2
exit 1
