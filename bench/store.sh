#!/usr/bin/env bash
# Issue 34's cost: the latency the shared store (Redis) adds to a keyed create and to a PATCH on a rate-limited
# connection, beside the in-memory store, P50/P99 at a fixed rate (open loop: bench/StoreLoad.java).
# usage: bench/store.sh [seconds per measurement, default 60] [requests/s, default 100] [rounds, default 2]
#   WARMUP_SECONDS (default 60) of the same load before each measurement; the gateway starts the way the image
#   starts it (Spring AOT) and is started afresh for each store; the rounds alternate in-memory and Redis, so a
#   slow phase of the host does not fall on one of them only. A smoke run: bench/store.sh 5 50 1 (WARMUP_SECONDS=5).
# What each request does at the store (Redis, one round trip each): a keyed create runs the claim script before the
# provider call and the complete script after it; the PATCH (a schedule change) takes the campaign's update turn
# (acquire), confirms it before the write (renew), takes a rate-limit permit (reserve) and gives the turn back
# (release). The rate-limited PATCH goes to one campaign after another (voxo:1 … voxo:1000); one-campaign-patch
# sends them all to voxo:1, where each waits for the one before (the update turn), to show the cost of handing the
# turn on through Redis.
# Starts nginx (the provider stand-in) and redis-server (AOF on, as in production) itself, installs them from Debian
# when missing, and stops everything it started. Results: bench/out-store/results.jsonl and the table it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-60}"
RATE="${2:-100}"
ROUNDS="${3:-2}"
WARMUP_SECONDS="${WARMUP_SECONDS:-60}"
OUT="$PWD/bench/out-store"
GATEWAY=http://127.0.0.1:18190
STANDIN=http://127.0.0.1:18191
REDIS_PORT=18379
JAVA="${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java)}"
read -ra JVM_FLAGS <<< "${JVM_OPTS:--Xms16m -Xmx384m -XX:MaxMetaspaceSize=160m -XX:+ExitOnOutOfMemoryError}"
rm -rf "$OUT" && mkdir -p "$OUT/nginx" "$OUT/redis"
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$OUT/nginx/nginx.pid" ]; then nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
}
trap cleanup EXIT

for tool in nginx redis-server curl; do
  if ! command -v "$tool" >/dev/null; then
    apt-get update -qq && apt-get install -y -qq nginx-light redis-server curl >/dev/null
  fi
done

echo "== build (Spring AOT processing on the runtime's JDK, as the image's build stage does)"
JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")"
export JAVA_HOME
./mvnw -B -q package -DskipTests
JAR="$PWD/target/campaign-gateway.jar"

echo "== provider stand-in (nginx) and redis-server"
# bench/nginx.conf's stand-in (and its pass-through, unused here), on this script's own ports
sed "s|PREFIX|$OUT/nginx|g; s|127.0.0.1:18081|127.0.0.1:18191|g; s|127.0.0.1:18082|127.0.0.1:18192|g" bench/nginx.conf \
  > "$OUT/nginx/nginx.conf"
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly yes --appendfsync everysec \
  --maxmemory-policy noeviction --dir "$OUT/redis" > "$OUT/redis/redis.log" 2>&1 & pids+=("$!")
until redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; do sleep 0.05; done

script="You are a friendly assistant calling on behalf of Acme. You are a friendly assistant calling on behalf of Acme."
script="$script $script"
printf '{"connection": "toingg", "name": "Bench", "agent": {"voice": "Meera", "language": "english", "script": "%s"}}' \
  "$script" > "$OUT/toingg-create.json"
# a schedule change takes the campaign's update turn (a rename would not: VOXO changes the fields it is sent, so a
# rename waits for no other update); both ends of the calling hours, so VOXO's campaign is not read first
echo '{"schedule": {"callingHours": {"start": "09:00", "end": "18:00"}}}' > "$OUT/voxo-patch.json"

CONNECTIONS=(--gateway.security.enabled=false
  --gateway.connections.toingg.provider=toingg --gateway.connections.toingg.base-url="$STANDIN/api/v3"
  --gateway.connections.toingg.token=bench-toingg-token
  --gateway.connections.voxo.provider=voxo --gateway.connections.voxo.base-url="$STANDIN"
  --gateway.connections.voxo.token=bench-voxo-token --gateway.connections.voxo.tenant-id=1
  # every request takes a permit; none ever waits
  --gateway.connections.voxo.rate-limit.requests-per-minute=1000000)

measure() { # store round → two JSON lines in results.jsonl
  local store=$1 round=$2 args=()
  if [ "$store" = redis ]; then args=(--spring.data.redis.url="redis://127.0.0.1:$REDIS_PORT"); fi
  "$JAVA" -Dspring.aot.enabled=true "${JVM_FLAGS[@]}" -jar "$JAR" --server.port=18190 "${CONNECTIONS[@]}" "${args[@]}" \
    > "$OUT/gateway-$store-$round.log" 2>&1 & local gw=$!
  until curl -fs -o /dev/null "$GATEWAY/actuator/health/readiness" 2>/dev/null; do
    kill -0 "$gw" 2>/dev/null || { echo "the gateway died:"; tail -30 "$OUT/gateway-$store-$round.log"; exit 1; }
    sleep 0.05
  done
  local type
  type=$(curl -fs "$GATEWAY/actuator/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["components"]["store"]["details"]["type"])')
  if [ "$type" != "$store" ]; then
    echo "the gateway runs on the $type store, not $store (Spring AOT kept a build-time decision?)"; exit 1
  fi
  for run in "keyed-create POST $GATEWAY/campaigns toingg-create keyed" \
      "rate-limited-patch PATCH $GATEWAY/campaigns/voxo:{n} voxo-patch" \
      "one-campaign-patch PATCH $GATEWAY/campaigns/voxo:1 voxo-patch"; do
    read -r name method url body keyed <<< "$run"
    result=$("$JAVA" bench/StoreLoad.java "$method" "$url" "$OUT/$body.json" "$RATE" "$SECONDS_PER_RUN" "$WARMUP_SECONDS" ${keyed:-})
    echo "{\"store\": \"$store\", \"round\": $round, \"name\": \"$name\", \"result\": $result}" | tee -a "$OUT/results.jsonl"
  done
  kill "$gw"; wait "$gw" 2>/dev/null || true
}

echo "== $RATE requests/s for ${SECONDS_PER_RUN} s each (after ${WARMUP_SECONDS} s of warm-up), $ROUNDS round(s)"
for round in $(seq 1 "$ROUNDS"); do
  measure in-memory "$round"
  measure redis "$round"
done

python3 - "$OUT/results.jsonl" "$RATE" <<'PY'
import json, sys, statistics
rows = [json.loads(line) for line in open(sys.argv[1])]
print(f"\n{'request':<20} {'store':<10} {'P50 ms':>8} {'P99 ms':>8} {'errors':>7}   (median over rounds, {sys.argv[2]} req/s)")
summary = {}
names = ("keyed-create", "rate-limited-patch", "one-campaign-patch")
for name in names:
    for store in ("in-memory", "redis"):
        results = [r["result"] for r in rows if r["name"] == name and r["store"] == store]
        p50 = statistics.median(r["p50"] for r in results)
        p99 = statistics.median(r["p99"] for r in results)
        summary[(name, store)] = (p50, p99)
        print(f"{name:<20} {store:<10} {p50:>8.2f} {p99:>8.2f} {sum(r['errors'] for r in results):>7}")
for name in names:
    (m50, m99), (r50, r99) = summary[(name, "in-memory")], summary[(name, "redis")]
    print(f"added by Redis, {name}: P50 {r50 - m50:+.2f} ms, P99 {r99 - m99:+.2f} ms")
PY
