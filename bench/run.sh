#!/usr/bin/env bash
# The gateway's cost on top of the provider call, measured beside the physical limit in one run, and the bare
# stack it is built on (bench/bare) under the same loads for reference.
# usage: bench/run.sh [seconds per load run, default 10]
#   WARMUP_SECONDS (default 120): full-load warm-up before anything is measured — on 2 cores the JIT
#   needs about two minutes of load before C2 settles (see bench/RESULTS.md); JAVA picks the runtime.
# Needs hey, nginx and python3 (installed from Debian when missing). Everything it starts, it stops.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-10}"
OUT="$PWD/bench/out"
GATEWAY=http://127.0.0.1:18080
DIRECT=http://127.0.0.1:18081
PASS=http://127.0.0.1:18082
SLOW=http://127.0.0.1:18083
# JDK 25 runs the release-17 jar about twice as fast on these machines (bench/RESULTS.md); use it when present
JAVA="${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java)}"
WARMUP_SECONDS="${WARMUP_SECONDS:-120}"
# 2,000 requests in flight hold ~155 MB of heap (bench/RESULTS.md); the heap is sized for that, starts small
# and grows under load; malloc's freed start-up memory goes back to the OS where the JDK can trim it (22+)
TRIM=$("$JAVA" -XX:TrimNativeHeapInterval=1000 -version >/dev/null 2>&1 && echo "-XX:TrimNativeHeapInterval=1000" || true)
JVM_OPTS="${JVM_OPTS:--Xms16m -Xmx384m -XX:MaxMetaspaceSize=160m -XX:+ExitOnOutOfMemoryError $TRIM}"
rm -rf "$OUT" && mkdir -p "$OUT/nginx"
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$OUT/nginx/nginx.pid" ] && nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT

for tool in hey nginx python3 curl; do
  if ! command -v "$tool" >/dev/null; then
    apt-get update -qq && apt-get install -y -qq hey nginx-light python3 curl >/dev/null
  fi
done
ulimit -n 65536 2>/dev/null || true

echo "== build (Spring AOT processing on the runtime's JDK, as the image's build stage does)"
export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")"
./mvnw -B -q package -DskipTests
JAR=target/campaign-gateway.jar
./mvnw -B -q -f bench/bare/pom.xml package -DskipTests

echo "== provider stand-ins"
sed "s|PREFIX|$OUT/nginx|g" bench/nginx.conf > "$OUT/nginx/nginx.conf"
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"
python3 bench/slow_provider.py 18083 1.0 & pids+=($!)

ready() { # pid → waits until the gateway on 18080 is ready
  until curl -fs "$GATEWAY/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "$1" 2>/dev/null || { echo "gateway died:"; tail -30 "$OUT/gateway.log"; exit 1; }
    sleep 0.02
  done
}

echo "== start-up as a fat jar (java -jar, for reference)"
start=$(date +%s%N)
"$JAVA" $JVM_OPTS -jar "$JAR" --server.port=18080 > "$OUT/fat-jar.log" 2>&1 & FAT=$!; pids+=($FAT)
ready $FAT
FAT_JAR_MS=$(( ($(date +%s%N) - start) / 1000000 ))
kill $FAT; wait $FAT 2>/dev/null || true

echo "== gateway, started the way the image starts it (extracted, Spring AOT, JDK AOT cache)"
java -Djarmode=tools -jar "$JAR" extract --layers --destination "$OUT/layers" >/dev/null
mkdir -p "$OUT/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do cp -r "$OUT/layers/$layer/." "$OUT/app/"; done
AOT=(-Dspring.aot.enabled=true)
if "$JAVA" -XX:AOTCacheOutput="$OUT/probe.aot" -version >/dev/null 2>&1; then
  (cd "$OUT/app" && "$JAVA" -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -jar campaign-gateway.jar > "$OUT/training.log" 2>&1)
  AOT+=(-XX:AOTCache=app.aot)
fi
start=$(date +%s%N)
# from the directory the cache was trained in: a JDK AOT cache only maps with the same class path
cd "$OUT/app"
"$JAVA" "${AOT[@]}" $JVM_OPTS -jar campaign-gateway.jar --server.port=18080 --gateway.security.enabled=false \
  --gateway.connections.toingg.provider=toingg --gateway.connections.toingg.base-url=$DIRECT/api/v3 \
  --gateway.connections.toingg.token=bench-toingg-token \
  --gateway.connections.voxo.provider=voxo --gateway.connections.voxo.base-url=$DIRECT \
  --gateway.connections.voxo.token=bench-voxo-token --gateway.connections.voxo.tenant-id=1 \
  --gateway.connections.exotel.provider=exotel --gateway.connections.exotel.base-url=$DIRECT \
  --gateway.connections.exotel.account-sid=bench --gateway.connections.exotel.api-key=bench-key \
  --gateway.connections.exotel.api-token=bench-token --gateway.connections.exotel.rate-limit.requests-per-minute=0 \
  --gateway.connections.voxo-slow.provider=voxo --gateway.connections.voxo-slow.base-url=$SLOW \
  --gateway.connections.voxo-slow.token=bench-voxo-token --gateway.connections.voxo-slow.tenant-id=1 \
  > "$OUT/gateway.log" 2>&1 & GW=$!; pids+=($GW)
cd - >/dev/null
ready $GW
STARTUP_MS=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 3
IDLE_RSS_MB=$(( $(ps -o rss= -p $GW) / 1024 ))

echo "== bodies"
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
script = "You are a friendly assistant calling on behalf of Acme. " * 5
bodies = {
  "voxo-patch": {"name": "Bench renamed", "status": "paused"},
  "voxo-patch-wire": {"name": "Bench renamed", "state": "PAUSED"},
  "toingg-create": {"connection": "toingg", "name": "Bench", "agent": {"voice": "Meera", "language": "english", "script": script}},
  "voxo-create": {"connection": "voxo", "name": "Bench", "callerId": "+12025550143",
                   "contacts": [{"phoneNumber": "+13125550178", "name": "Ada"}],
                   "schedule": {"startAt": "2026-12-01T09:00:00-06:00", "endAt": "2026-12-05T17:00:00-06:00", "timezone": "America/Chicago"}},
  "exotel-create": {"connection": "exotel", "name": "Bench", "callerId": "+918047123456", "contacts": [{"phoneNumber": "+919876543210"}]},
  "exotel-5000": {"connection": "exotel", "name": "Bench", "callerId": "+918047123456",
                   "contacts": [{"phoneNumber": "+9198765%05d" % i} for i in range(5000)]},
  "exotel-5000-wire": {"campaigns": [{"name": "Bench", "caller_id": "+918047123456",
                   "from": ["+9198765%05d" % i for i in range(5000)], "type": "trans"}]},
}
for name, body in bodies.items():
    with open(f"{out}/{name}.json", "w") as f:
        json.dump(body, f)
PY

load() { # name method url body|- concurrency [extra hey args…] → one JSON summary line
  local name=$1 method=$2 url=$3 body=$4 conc=$5 payload=(); shift 5
  [ "$body" != - ] && payload=(-T application/json -D "$OUT/$body.json")
  hey "$@" -c "$conc" -m "$method" "${payload[@]}" "$url" > "$OUT/$name.txt" 2>&1 || true
  echo "{\"name\": \"$name\", \"result\": $(python3 bench/hey_summary.py < "$OUT/$name.txt")}" | tee -a "$OUT/results.jsonl"
}

echo "== warm-up (${WARMUP_SECONDS}s at full load, every measured path)"
slice=$(( WARMUP_SECONDS / 6 + 1 ))
for round in 1 2; do
  hey -z "${slice}s" -c 32 -m PATCH -T application/json -D "$OUT/voxo-patch.json" "$GATEWAY/campaigns/voxo:1" >/dev/null
  hey -z "$(( slice / 4 + 1 ))s" -c 32 -m PATCH -T application/json -D "$OUT/voxo-patch.json" \
    "$GATEWAY/campaigns/voxo:1?dryRun=true" >/dev/null
  hey -z "$(( slice / 4 + 1 ))s" -c 32 "$GATEWAY/connections" >/dev/null
  for p in toingg voxo exotel; do
    hey -z "$(( slice / 2 + 1 ))s" -c 32 -m POST -T application/json -D "$OUT/$p-create.json" "$GATEWAY/campaigns" >/dev/null
  done
  hey -n 100 -c 2 -m POST -T application/json -D "$OUT/exotel-5000.json" "$GATEWAY/campaigns" >/dev/null
  for burst in 1 2; do # bursts of new connections compile their own paths (bench/RESULTS.md)
    hey -n 2000 -c 2000 -t 30 -m PATCH -T application/json -D "$OUT/voxo-patch.json" "$GATEWAY/campaigns/voxo-slow:1" >/dev/null
  done
done

paced() { # name method url body → one JSON summary line; 1,000 req/s evenly spaced (bench/paced.py)
  echo "{\"name\": \"$1\", \"result\": $(python3 bench/paced.py 1000 "$SECONDS_PER_RUN" 8 "$2" "$3" "$OUT/$4.json")}" \
    | tee -a "$OUT/results.jsonl"
}
# the same path at a steady 1,000 req/s compiles code that full load did not: in a profile of the first paced
# run after the full-load warm-up, the JIT was ~10% of the CPU, and ~0.5% from the second run on (RESULTS.md)
python3 bench/paced.py 1000 10 8 PATCH "$GATEWAY/campaigns/voxo:1" "$OUT/voxo-patch.json" >/dev/null

echo "== 1,000 requests/s: added latency (evenly spaced, then hey's bursts of 10 every 10 ms for reference)"
paced "direct@1000rps" PATCH "$DIRECT/v2/admin/call-campaigns/1" voxo-patch-wire
paced "pass-through@1000rps" PATCH "$PASS/v2/admin/call-campaigns/1" voxo-patch-wire
paced "gateway-patch@1000rps" PATCH "$GATEWAY/campaigns/voxo:1" voxo-patch
load "direct@1000rps-bursts" PATCH "$DIRECT/v2/admin/call-campaigns/1" voxo-patch-wire 10 -z "${SECONDS_PER_RUN}s" -q 100
load "gateway-patch@1000rps-bursts" PATCH "$GATEWAY/campaigns/voxo:1" voxo-patch 10 -z "${SECONDS_PER_RUN}s" -q 100

echo "== maximum throughput (64 connections)"
load "direct@max" PATCH "$DIRECT/v2/admin/call-campaigns/1" voxo-patch-wire 64 -z "${SECONDS_PER_RUN}s"
load "pass-through@max" PATCH "$PASS/v2/admin/call-campaigns/1" voxo-patch-wire 64 -z "${SECONDS_PER_RUN}s"
load "gateway-patch-voxo@max" PATCH "$GATEWAY/campaigns/voxo:1" voxo-patch 64 -z "${SECONDS_PER_RUN}s"
# the gateway's floor: the same PATCH without the provider call, and a request with no campaign work at all
load "gateway-patch-dryrun@max" PATCH "$GATEWAY/campaigns/voxo:1?dryRun=true" voxo-patch 64 -z "${SECONDS_PER_RUN}s"
load "gateway-get-connections@max" GET "$GATEWAY/connections" - 64 -z "${SECONDS_PER_RUN}s"
for p in toingg voxo exotel; do
  load "gateway-create-$p@max" POST "$GATEWAY/campaigns" "$p-create" 64 -z "${SECONDS_PER_RUN}s"
done

echo "== 5,000-contact Exotel create (one at a time)"
load "direct-exotel-5000" POST "$DIRECT/v2/accounts/bench/campaigns" exotel-5000-wire 1 -n 200
load "gateway-exotel-5000" POST "$GATEWAY/campaigns" exotel-5000 1 -n 200

peak_rss() { # pid file → samples the process's RSS every 0.1 s until stopped, keeping the peak (KB) in file
  ( peak=0; while kill -0 "$1" 2>/dev/null; do rss=$(ps -o rss= -p "$1" || echo 0); [ "$rss" -gt "$peak" ] && peak=$rss && echo $peak > "$2"; sleep 0.1; done ) & SAMPLER=$!; pids+=($SAMPLER)
}

slow_burst() { # direct-name name pid url body peak-file → 2,000 at once straight to the 1 s stand-in, then through pid
  load "$1" PATCH "$SLOW/v2/admin/call-campaigns/1" voxo-patch-wire 2000 -n 2000 -t 30
  peak_rss "$3" "$6"
  load "$2" PATCH "$4" "$5" 2000 -n 2000 -t 30
  sleep 0.5
  kill $SAMPLER 2>/dev/null || true # its ps every 0.1 s would load what is measured next
}

echo "== 2,000 concurrent requests on a provider answering after 1 s"
slow_burst slow-direct slow-gateway $GW "$GATEWAY/campaigns/voxo-slow:1" voxo-patch "$OUT/peak-rss"
PEAK_RSS_MB=$(( $(cat "$OUT/peak-rss") / 1024 ))

echo "== the bare stack, for reference: Spring MVC + WebClient passing the body through, nothing of the gateway's"
BARE=http://127.0.0.1:18090
# the gateway's Tomcat settings and an outbound pool as large as the burst, dropping idle connections after 30 s
"$JAVA" $JVM_OPTS -Dreactor.netty.pool.maxConnections=4096 -Dreactor.netty.pool.maxIdleTime=30000 \
  -jar bench/bare/target/bare-proxy.jar --server.port=18090 --spring.threads.virtual.enabled=true \
  --server.tomcat.max-connections=4096 --server.tomcat.accept-count=1000 --server.tomcat.processor-cache=4096 \
  > "$OUT/bare.log" 2>&1 & BP=$!; pids+=($BP)
until curl -fs -X PATCH -H 'Content-Type: application/json' -d '{}' "$BARE/campaigns/voxo:1" >/dev/null 2>&1; do
  kill -0 $BP 2>/dev/null || { echo "bare proxy died:"; tail -30 "$OUT/bare.log"; exit 1; }
  sleep 0.1
done
sleep 3
BARE_IDLE_RSS_MB=$(( $(ps -o rss= -p $BP) / 1024 ))
hey -z "$(( WARMUP_SECONDS / 3 ))s" -c 32 -m PATCH -T application/json -D "$OUT/voxo-patch-wire.json" "$BARE/campaigns/voxo:1" >/dev/null
for burst in 1 2; do
  hey -n 2000 -c 2000 -t 30 -m PATCH -T application/json -D "$OUT/voxo-patch-wire.json" "$BARE/campaigns/voxo-slow:1" >/dev/null
done
bursts_done=$(date +%s)
python3 bench/paced.py 1000 10 8 PATCH "$BARE/campaigns/voxo:1" "$OUT/voxo-patch-wire.json" >/dev/null
paced "bare-patch@1000rps" PATCH "$BARE/campaigns/voxo:1" voxo-patch-wire
load "bare-patch@max" PATCH "$BARE/campaigns/voxo:1" voxo-patch-wire 64 -z "${SECONDS_PER_RUN}s"
echo "== the pass-through, the gateway and the bare stack alternated at full load, 4 s each, four rounds"
# minutes apart, the host's phase alone moved a ratio by half (bench/RESULTS.md, session 12); slices this close
# share the phase, and the report takes each ratio's median over the rounds
for round in 1 2 3 4; do
  load "alternated-pass-through-$round" PATCH "$PASS/v2/admin/call-campaigns/1" voxo-patch-wire 64 -z 4s
  load "alternated-gateway-$round" PATCH "$GATEWAY/campaigns/voxo:1" voxo-patch 64 -z 4s
  load "alternated-bare-$round" PATCH "$BARE/campaigns/voxo:1" voxo-patch-wire 64 -z 4s
done
kill $GW; wait $GW 2>/dev/null || true
# as for the gateway, the burst opens new connections to the slow stand-in: the warm-up's have gone idle
while (( $(date +%s) - bursts_done < 32 )); do sleep 1; done
slow_burst slow-direct-bare slow-bare $BP "$BARE/campaigns/voxo-slow:1" voxo-patch-wire "$OUT/bare-peak-rss"
BARE_PEAK_RSS_MB=$(( $(cat "$OUT/bare-peak-rss") / 1024 ))

python3 bench/report.py "$OUT/results.jsonl" "$STARTUP_MS" "$IDLE_RSS_MB" "$PEAK_RSS_MB" "$JVM_OPTS" "$JAVA" "$FAT_JAR_MS" "${AOT[*]}" \
  "$BARE_IDLE_RSS_MB" "$BARE_PEAK_RSS_MB" | tee "$OUT/report.md"
