#!/usr/bin/env bash
# The gateway's cost on top of the provider call, measured in one run beside the physical limit (nginx direct
# and as a pass-through), the bare stack it is built on (bench/bare) and the product a Java team would deploy
# instead (issue 35): Spring Cloud Gateway Server MVC as a plain pass-through (bench/scg, "the peer").
# usage: bench/run.sh [seconds per load run, default 10]
#   WARMUP_SECONDS (default 120): full-load warm-up before anything is measured — on 2 cores the JIT
#   needs about two minutes of load before C2 settles (see bench/RESULTS.md); the peer and the gateway's plain
#   `java -jar` start get as long on their PATCH path. JAVA picks the runtime (21 or later).
#   JVM_OPTS: the gateway's options when started as the image starts it. The peer and the plain start get none.
# Needs hey, wrk, nginx and python3 (installed from Debian when missing). Everything it starts, it stops.
# A full run (`bench/run.sh 8`, the 120 s warm-ups) takes about 20 minutes on 2 cores, builds included.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-10}"
OUT="$PWD/bench/out"
GATEWAY=http://127.0.0.1:18080
DIRECT=http://127.0.0.1:18081
PASS=http://127.0.0.1:18082
SLOW=http://127.0.0.1:18083
PLAIN=http://127.0.0.1:18084 # the gateway again, plain `java -jar` with no JVM options
SCG=http://127.0.0.1:18085   # the peer; its port and routes are in bench/scg/src/main/resources/application.yml
BARE=http://127.0.0.1:18090
# JDK 25 runs the jar about twice as fast as 17 on these machines (bench/RESULTS.md); use it when present
JAVA="${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java)}"
WARMUP_SECONDS="${WARMUP_SECONDS:-120}"
# 2,000 requests in flight hold ~155 MB of heap (bench/RESULTS.md); the heap is sized for that, starts small
# and grows under load; malloc's freed start-up memory goes back to the OS where the JDK can trim it (22+)
TRIM=""
if "$JAVA" -XX:TrimNativeHeapInterval=1000 -version >/dev/null 2>&1; then TRIM="-XX:TrimNativeHeapInterval=1000"; fi
read -ra JVM_FLAGS <<< "${JVM_OPTS:--Xms16m -Xmx384m -XX:MaxMetaspaceSize=160m -XX:+ExitOnOutOfMemoryError $TRIM}"
rm -rf "$OUT" && mkdir -p "$OUT/nginx"
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$OUT/nginx/nginx.pid" ]; then nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
}
trap cleanup EXIT
figure() { # name value… → one line of bench/out/figures.txt, read by bench/report.py
  echo "$*" >> "$OUT/figures.txt"
}

for tool in hey wrk nginx python3 curl; do
  if ! command -v "$tool" >/dev/null; then
    apt-get update -qq && apt-get install -y -qq hey wrk nginx-light python3 curl >/dev/null
  fi
done
ulimit -n 65536 2>/dev/null || true
JAVA_VERSION=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [ "${JAVA_VERSION%%.*}" -lt 21 ]; then
  echo "$JAVA is Java $JAVA_VERSION: the gateway and the peer run on virtual threads, Java 21 or later"; exit 1
fi

echo "== build (Spring AOT processing on the runtime's JDK, as the image's build stage does)"
JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")"
export JAVA_HOME
./mvnw -B -q package -DskipTests
JAR=target/campaign-gateway.jar
./mvnw -B -q -f bench/bare/pom.xml package -DskipTests
./mvnw -B -q -f bench/scg/pom.xml package -DskipTests

echo "== provider stand-ins"
sed "s|PREFIX|$OUT/nginx|g" bench/nginx.conf > "$OUT/nginx/nginx.conf"
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"
python3 bench/slow_provider.py 18083 1.0 & pids+=("$!")

ready() { # pid log curl-args… → waits until curl gets a 2xx answer, or stops the run if the process died
  local pid=$1 log=$2; shift 2
  until curl -fs -o /dev/null "$@" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$log: the process died:"; tail -30 "$log"; exit 1; }
    sleep 0.02
  done
}
rss_mb() { # pid → its resident set in MB
  echo $(( $(ps -o rss= -p "$1") / 1024 ))
}

echo "== start-up as a fat jar (java -jar with the benchmark's JVM options, for reference)"
start=$(date +%s%N)
"$JAVA" "${JVM_FLAGS[@]}" -jar "$JAR" --server.port=18080 > "$OUT/fat-jar.log" 2>&1 & FAT=$!; pids+=("$FAT")
ready "$FAT" "$OUT/fat-jar.log" "$GATEWAY/actuator/health/readiness"
figure fat_jar_ms $(( ($(date +%s%N) - start) / 1000000 ))
kill "$FAT"; wait "$FAT" 2>/dev/null || true

# the gateway's configuration, the same for the image-style start and the plain one: application arguments,
# as the image takes it from the environment (no JVM option among them)
CONNECTIONS=(--gateway.security.enabled=false
  --gateway.connections.toingg.provider=toingg --gateway.connections.toingg.base-url="$DIRECT/api/v3"
  --gateway.connections.toingg.token=bench-toingg-token
  --gateway.connections.voxo.provider=voxo --gateway.connections.voxo.base-url="$DIRECT"
  --gateway.connections.voxo.token=bench-voxo-token --gateway.connections.voxo.tenant-id=1
  --gateway.connections.exotel.provider=exotel --gateway.connections.exotel.base-url="$DIRECT"
  --gateway.connections.exotel.account-sid=bench --gateway.connections.exotel.api-key=bench-key
  --gateway.connections.exotel.api-token=bench-token --gateway.connections.exotel.rate-limit.requests-per-minute=0
  --gateway.connections.voxo-slow.provider=voxo --gateway.connections.voxo-slow.base-url="$SLOW"
  --gateway.connections.voxo-slow.token=bench-voxo-token --gateway.connections.voxo-slow.tenant-id=1)

echo "== gateway, started the way the image starts it (extracted, Spring AOT, JDK AOT cache)"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --layers --destination "$OUT/layers" >/dev/null
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
"$JAVA" "${AOT[@]}" "${JVM_FLAGS[@]}" -jar campaign-gateway.jar --server.port=18080 "${CONNECTIONS[@]}" \
  > "$OUT/gateway.log" 2>&1 & GW=$!; pids+=("$GW")
cd - >/dev/null
ready "$GW" "$OUT/gateway.log" "$GATEWAY/actuator/health/readiness"
figure startup_ms $(( ($(date +%s%N) - start) / 1000000 ))
sleep 3
figure idle_rss_mb "$(rss_mb "$GW")"

echo "== the peer, Spring Cloud Gateway Server MVC: java -jar with no JVM options and no arguments"
# it has no actuator (the floor of a gateway on this stack): ready is its first proxied 2xx answer
start=$(date +%s%N)
"$JAVA" -jar bench/scg/target/scg-mvc-proxy.jar > "$OUT/scg.log" 2>&1 & SP=$!; pids+=("$SP")
ready "$SP" "$OUT/scg.log" -X PATCH -H 'Content-Type: application/json' -d '{}' "$SCG/v2/admin/call-campaigns/1"
figure scg_start_ms $(( ($(date +%s%N) - start) / 1000000 ))
sleep 3
figure scg_idle_rss_mb "$(rss_mb "$SP")"

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

wrk_load() { # name method url body|- → one JSON summary line; wrk flat out, 64 connections, 4 s
  local name=$1 method=$2 url=$3 body=""
  [ "$4" != - ] && body="$OUT/$4.json"
  WRK_METHOD=$method WRK_BODY=$body wrk -t 2 -c 64 -d 4s --latency -s bench/wrk_body.lua "$url" > "$OUT/$name.txt" 2>&1 || true
  echo "{\"name\": \"$name\", \"result\": $(python3 bench/wrk_summary.py < "$OUT/$name.txt")}" | tee -a "$OUT/results.jsonl"
}

burst() { # url body → 2,000 requests at once, answers ignored
  hey -n 2000 -c 2000 -t 30 -m PATCH -T application/json -D "$OUT/$2.json" "$1" >/dev/null
}

echo "== warm-up (${WARMUP_SECONDS}s at full load, every measured path)"
slice=$(( WARMUP_SECONDS / 6 + 1 ))
for _ in 1 2; do
  hey -z "${slice}s" -c 32 -m PATCH -T application/json -D "$OUT/voxo-patch.json" "$GATEWAY/campaigns/voxo:1" >/dev/null
  hey -z "$(( slice / 4 + 1 ))s" -c 32 -m PATCH -T application/json -D "$OUT/voxo-patch.json" \
    "$GATEWAY/campaigns/voxo:1?dryRun=true" >/dev/null
  hey -z "$(( slice / 4 + 1 ))s" -c 32 "$GATEWAY/connections" >/dev/null
  for p in toingg voxo exotel; do
    hey -z "$(( slice / 2 + 1 ))s" -c 32 -m POST -T application/json -D "$OUT/$p-create.json" "$GATEWAY/campaigns" >/dev/null
  done
  hey -n 100 -c 2 -m POST -T application/json -D "$OUT/exotel-5000.json" "$GATEWAY/campaigns" >/dev/null
  for _ in 1 2; do # bursts of new connections compile their own paths (bench/RESULTS.md)
    burst "$GATEWAY/campaigns/voxo-slow:1" voxo-patch
  done
done

warm_proxy() { # url body slow-url → WARMUP_SECONDS at full load on one PATCH path, with the bursts' paths
  for _ in 1 2; do
    hey -z "$(( WARMUP_SECONDS / 2 + 1 ))s" -c 32 -m PATCH -T application/json -D "$OUT/$2.json" "$1" >/dev/null
    for _ in 1 2; do burst "$3" "$2"; done
  done
}
echo "== the peer's warm-up (${WARMUP_SECONDS}s at full load on its PATCH path, the bursts, the 5,000-contact body)"
warm_proxy "$SCG/v2/admin/call-campaigns/1" voxo-patch-wire "$SCG/slow/v2/admin/call-campaigns/1"
hey -n 200 -c 2 -m POST -T application/json -D "$OUT/exotel-5000-wire.json" "$SCG/v2/accounts/bench/campaigns" >/dev/null
scg_bursts_done=$(date +%s)

paced() { # name method url body → one JSON summary line; 1,000 req/s evenly spaced (bench/paced.py)
  echo "{\"name\": \"$1\", \"result\": $(python3 bench/paced.py 1000 "$SECONDS_PER_RUN" 8 "$2" "$3" "$OUT/$4.json")}" \
    | tee -a "$OUT/results.jsonl"
}
# the same path at a steady 1,000 req/s compiles code that full load did not: in a profile of the first paced
# run after the full-load warm-up, the JIT was ~10% of the CPU, and ~0.5% from the second run on (RESULTS.md)
python3 bench/paced.py 1000 10 8 PATCH "$GATEWAY/campaigns/voxo:1" "$OUT/voxo-patch.json" >/dev/null
python3 bench/paced.py 1000 10 8 PATCH "$SCG/v2/admin/call-campaigns/1" "$OUT/voxo-patch-wire.json" >/dev/null

echo "== 1,000 requests/s: added latency (evenly spaced; hey's bursts of 10 every 10 ms; hey from 50 connections)"
paced "direct@1000rps" PATCH "$DIRECT/v2/admin/call-campaigns/1" voxo-patch-wire
paced "pass-through@1000rps" PATCH "$PASS/v2/admin/call-campaigns/1" voxo-patch-wire
paced "gateway-patch@1000rps" PATCH "$GATEWAY/campaigns/voxo:1" voxo-patch
paced "scg-patch@1000rps" PATCH "$SCG/v2/admin/call-campaigns/1" voxo-patch-wire
load "direct@1000rps-bursts" PATCH "$DIRECT/v2/admin/call-campaigns/1" voxo-patch-wire 10 -z "${SECONDS_PER_RUN}s" -q 100
load "gateway-patch@1000rps-bursts" PATCH "$GATEWAY/campaigns/voxo:1" voxo-patch 10 -z "${SECONDS_PER_RUN}s" -q 100
# issue 35's way: hey at 1,000 req/s from 50 connections (each sends 20 req/s)
load "direct@1000rps-50c" PATCH "$DIRECT/v2/admin/call-campaigns/1" voxo-patch-wire 50 -z "${SECONDS_PER_RUN}s" -q 20
load "gateway-patch@1000rps-50c" PATCH "$GATEWAY/campaigns/voxo:1" voxo-patch 50 -z "${SECONDS_PER_RUN}s" -q 20
load "scg-patch@1000rps-50c" PATCH "$SCG/v2/admin/call-campaigns/1" voxo-patch-wire 50 -z "${SECONDS_PER_RUN}s" -q 20

echo "== maximum throughput (64 connections)"
load "direct@max" PATCH "$DIRECT/v2/admin/call-campaigns/1" voxo-patch-wire 64 -z "${SECONDS_PER_RUN}s"
load "pass-through@max" PATCH "$PASS/v2/admin/call-campaigns/1" voxo-patch-wire 64 -z "${SECONDS_PER_RUN}s"
load "gateway-patch-voxo@max" PATCH "$GATEWAY/campaigns/voxo:1" voxo-patch 64 -z "${SECONDS_PER_RUN}s"
load "scg-patch@max" PATCH "$SCG/v2/admin/call-campaigns/1" voxo-patch-wire 64 -z "${SECONDS_PER_RUN}s"
# the gateway's floor: the same PATCH without the provider call, and a request with no campaign work at all
load "gateway-patch-dryrun@max" PATCH "$GATEWAY/campaigns/voxo:1?dryRun=true" voxo-patch 64 -z "${SECONDS_PER_RUN}s"
load "gateway-get-connections@max" GET "$GATEWAY/connections" - 64 -z "${SECONDS_PER_RUN}s"
for p in toingg voxo exotel; do
  load "gateway-create-$p@max" POST "$GATEWAY/campaigns" "$p-create" 64 -z "${SECONDS_PER_RUN}s"
done

echo "== 5,000-contact Exotel create (one at a time; the peer passes the provider's wire body through)"
load "direct-exotel-5000" POST "$DIRECT/v2/accounts/bench/campaigns" exotel-5000-wire 1 -n 200
load "gateway-exotel-5000" POST "$GATEWAY/campaigns" exotel-5000 1 -n 200
load "scg-exotel-5000" POST "$SCG/v2/accounts/bench/campaigns" exotel-5000-wire 1 -n 200

peak_rss() { # pid file → samples the process's RSS every 0.1 s until stopped, keeping the peak (KB) in file
  ( peak=0; while kill -0 "$1" 2>/dev/null; do rss=$(ps -o rss= -p "$1" || echo 0); [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" > "$2"; sleep 0.1; done ) & SAMPLER=$!; pids+=("$SAMPLER")
}

slow_burst() { # direct-name name pid url body peak-file → 2,000 at once straight to the 1 s stand-in, then through pid
  load "$1" PATCH "$SLOW/v2/admin/call-campaigns/1" voxo-patch-wire 2000 -n 2000 -t 30
  peak_rss "$3" "$6"
  load "$2" PATCH "$4" "$5" 2000 -n 2000 -t 30
  sleep 0.5
  kill "$SAMPLER" 2>/dev/null || true # its ps every 0.1 s would load what is measured next
}

idle_since() { # epoch seconds → waits until 32 s after it: the burst then opens new connections to the slow
  # stand-in, as the gateway's does minutes after its warm-up (the pools drop connections idle for 30 s)
  while (( $(date +%s) - $1 < 32 )); do sleep 1; done
}

echo "== 2,000 concurrent requests on a provider answering after 1 s (the gateway, then the peer)"
slow_burst slow-direct slow-gateway "$GW" "$GATEWAY/campaigns/voxo-slow:1" voxo-patch "$OUT/peak-rss"
figure peak_rss_mb $(( $(cat "$OUT/peak-rss") / 1024 ))
idle_since "$scg_bursts_done"
slow_burst slow-direct-scg slow-scg "$SP" "$SCG/slow/v2/admin/call-campaigns/1" voxo-patch-wire "$OUT/scg-peak-rss"
figure scg_peak_rss_mb $(( $(cat "$OUT/scg-peak-rss") / 1024 ))

echo "== the gateway again, plain java -jar on the fat jar with no JVM options (issue 35: both jars with no flags)"
start=$(date +%s%N)
"$JAVA" -jar "$JAR" --server.port=18084 "${CONNECTIONS[@]}" > "$OUT/gateway-plain.log" 2>&1 & PG=$!; pids+=("$PG")
ready "$PG" "$OUT/gateway-plain.log" "$PLAIN/actuator/health/readiness"
figure plain_start_ms $(( ($(date +%s%N) - start) / 1000000 ))
sleep 3
figure plain_idle_rss_mb "$(rss_mb "$PG")"
warm_proxy "$PLAIN/campaigns/voxo:1" voxo-patch "$PLAIN/campaigns/voxo-slow:1"
plain_bursts_done=$(date +%s)

echo "== the bare stack, for reference: Spring MVC + WebClient passing the body through, nothing of the gateway's"
# the gateway's Tomcat settings and an outbound pool as large as the burst, dropping idle connections after 30 s
"$JAVA" "${JVM_FLAGS[@]}" -Dreactor.netty.pool.maxConnections=4096 -Dreactor.netty.pool.maxIdleTime=30000 \
  -jar bench/bare/target/bare-proxy.jar --server.port=18090 --spring.threads.virtual.enabled=true \
  --server.tomcat.max-connections=4096 --server.tomcat.accept-count=1000 --server.tomcat.processor-cache=4096 \
  > "$OUT/bare.log" 2>&1 & BP=$!; pids+=("$BP")
ready "$BP" "$OUT/bare.log" -X PATCH -H 'Content-Type: application/json' -d '{}' "$BARE/campaigns/voxo:1"
sleep 3
figure bare_idle_rss_mb "$(rss_mb "$BP")"
hey -z "$(( WARMUP_SECONDS / 3 ))s" -c 32 -m PATCH -T application/json -D "$OUT/voxo-patch-wire.json" "$BARE/campaigns/voxo:1" >/dev/null
for _ in 1 2; do burst "$BARE/campaigns/voxo-slow:1" voxo-patch-wire; done
bursts_done=$(date +%s)
python3 bench/paced.py 1000 10 8 PATCH "$BARE/campaigns/voxo:1" "$OUT/voxo-patch-wire.json" >/dev/null
paced "bare-patch@1000rps" PATCH "$BARE/campaigns/voxo:1" voxo-patch-wire
load "bare-patch@max" PATCH "$BARE/campaigns/voxo:1" voxo-patch-wire 64 -z "${SECONDS_PER_RUN}s"

echo "== 2,000 concurrent on the 1 s provider through the plain java -jar gateway (its peak RSS with no JVM options)"
idle_since "$plain_bursts_done"
slow_burst slow-direct-plain slow-gateway-plain "$PG" "$PLAIN/campaigns/voxo-slow:1" voxo-patch "$OUT/plain-peak-rss"
figure plain_peak_rss_mb $(( $(cat "$OUT/plain-peak-rss") / 1024 ))

echo "== all five alternated at full load, 4 s each, four rounds: hey (64 connections), then wrk (64 connections)"
# minutes apart, the host's phase alone moved a ratio by half (bench/RESULTS.md, session 12); slices this close
# share the phase, and the report takes each ratio's median over the rounds
declare -A URL=([pass-through]="$PASS/v2/admin/call-campaigns/1" [gateway]="$GATEWAY/campaigns/voxo:1"
  [bare]="$BARE/campaigns/voxo:1" [scg]="$SCG/v2/admin/call-campaigns/1" [gateway-plain]="$PLAIN/campaigns/voxo:1")
declare -A BODY=([pass-through]=voxo-patch-wire [gateway]=voxo-patch [bare]=voxo-patch-wire [scg]=voxo-patch-wire
  [gateway-plain]=voxo-patch)
for round in 1 2 3 4; do
  for target in pass-through gateway bare scg gateway-plain; do
    load "alternated-$target-$round" PATCH "${URL[$target]}" "${BODY[$target]}" 64 -z 4s
  done
  for target in pass-through gateway bare scg gateway-plain; do
    wrk_load "wrk-alternated-$target-$round" PATCH "${URL[$target]}" "${BODY[$target]}"
  done
done
for pid in "$GW" "$PG" "$SP"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
# as for the gateway, the burst opens new connections to the slow stand-in: the warm-up's have gone idle
idle_since "$bursts_done"
slow_burst slow-direct-bare slow-bare "$BP" "$BARE/campaigns/voxo-slow:1" voxo-patch-wire "$OUT/bare-peak-rss"
figure bare_peak_rss_mb $(( $(cat "$OUT/bare-peak-rss") / 1024 ))

figure jvm_opts "${JVM_FLAGS[*]}"
figure java "$JAVA"
figure start_flags "${AOT[*]}"
figure run_seconds "$SECONDS"
python3 bench/report.py "$OUT" | tee "$OUT/report.md"
