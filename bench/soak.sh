#!/usr/bin/env bash
# The soak: the gateway on its sandbox alone (no API keys), JDK 25 and -Xmx512m as issue 37's check ran it, under
# mixed traffic (bench/SoakLoad.java: creates with unique Idempotency-Keys at all three sandbox providers, PATCHes,
# GETs) for a number of minutes, printing every minute the live heap after a full GC (jcmd GC.class_histogram) and
# the process's RSS, so that a plateau — or a leak — shows. Stops everything it started.
#   usage: bench/soak.sh [minutes]        (default 10)
#   RATE=300        requests a second
#   PORT=18090      the API port; the management port is PORT+1 (health is probed there)
#   JAVA=…          the runtime (default: Temurin 25 when installed); jcmd is taken from beside it
#   SKIP_BUILD=1    use target/campaign-gateway.jar as it is
#   HEAP=512m       -Xmx
set -euo pipefail
cd "$(dirname "$0")/.."

minutes="${1:-10}"
rate="${RATE:-300}"
port="${PORT:-18090}"
management=$((port + 1))
JAVA="${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || command -v java)}"
JCMD="$(dirname "$(readlink -f "$JAVA")")/jcmd"
[ -x "$JCMD" ] || { echo "no jcmd beside $JAVA: the soak needs a JDK, not a JRE" >&2; exit 1; }
out="$(mktemp -d /tmp/soak.XXXXXX)"
gateway="" load=""
stop() {
  [ -n "$load" ] && kill "$load" 2>/dev/null || true
  [ -n "$gateway" ] && kill "$gateway" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building the jar (./mvnw package, tests skipped)"
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA")")")" ./mvnw -B -q -DskipTests package
fi

echo "== the gateway on its sandbox: $JAVA -Xmx${HEAP:-512m}, API port $port, management port $management"
"$JAVA" "-Xmx${HEAP:-512m}" -jar target/campaign-gateway.jar --server.port="$port" \
  --management.server.port="$management" > "$out/gateway.log" 2>&1 &
gateway=$!
for _ in $(seq 1 1200); do
  curl -fsS "http://127.0.0.1:$management/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$gateway" 2>/dev/null || { echo "the gateway did not start:" >&2; tail -30 "$out/gateway.log" >&2; exit 1; }
  sleep 0.1
done

# live heap: the bytes of every object still reachable, as jcmd GC.class_histogram counts them right after the full
# collection it starts (GC.run and then GC.heap_info would also count what the load allocated in between); RSS
# from /proc
sample() {
  local used rss health
  "$JCMD" "$gateway" GC.class_histogram > "$out/histogram"
  used=$(awk '/^Total/ {print int($3 / 1024)}' "$out/histogram")
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$gateway/status")
  health=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$management/actuator/health/liveness" || true)
  printf '%-9s live heap after full GC %6.1f MB   RSS %6.1f MB   health %s\n' "$1" "$(echo "$used / 1024" | bc -l)" \
    "$(echo "$rss / 1024" | bc -l)" "$health"
  if [ "$health" != 200 ]; then
    # a gateway that does not answer its health probe: keep what its threads were doing, virtual ones included
    "$JCMD" "$gateway" Thread.dump_to_file -format=text "$out/threads-${1// /-}.txt" > /dev/null
    echo "          (no health answer within 5 s: thread dump in $out/threads-${1// /-}.txt)"
  fi
  echo "$1 $used $rss" >> "$out/samples"
}

echo "== $minutes minute(s) at $rate requests/s (logs in $out)"
sample "start"
"$JAVA" bench/SoakLoad.java "http://127.0.0.1:$port" "$rate" $((minutes * 60)) > "$out/load.log" 2>&1 &
load=$!
for _ in $(seq 1 600); do grep -q '^load started' "$out/load.log" && break; sleep 0.1; done
began=$(date +%s)
for minute in $(seq 1 "$minutes"); do
  sleep $(( began + minute * 60 - $(date +%s) > 0 ? began + minute * 60 - $(date +%s) : 0 ))
  sample "minute $minute"
  # the load's own line for the minute, printed when its first request after the minute is sent
  for _ in $(seq 1 50); do grep -q "^load minute $minute:" "$out/load.log" && break; sleep 0.1; done
  sed -n "s/^\(load minute $minute: .*\)/          \1/p" "$out/load.log"
done
wait "$load" || true
load=""
echo "== the load, minute by minute (answers by status; skipped: the gateway had fallen 256 requests behind)"
grep -v '^load started' "$out/load.log" | head -40 || true

echo "== the largest classes in the heap at the last sample (jcmd GC.class_histogram)"
sed -n '3,14p' "$out/histogram"
awk 'NR == 2 { first = $(NF-1) } { last = $(NF-1) }
  END { if (NR > 2) printf "live heap from minute 1 to the end: %+.1f MB\n", (last - first) / 1024 }' "$out/samples"
