#!/usr/bin/env bash
# Two builds of the gateway side by side on this host, alternated so the host's phases fall on both alike: the
# same VOXO PATCH through each, flat out (wrk, 4 s slices) and at a steady 1,000 req/s (bench/paced.py), several
# rounds, each build in turn first. For "measure before and after" of a change (issue 32's execution model, say).
# usage: bench/ab.sh BEFORE_REF [AFTER_REF, default HEAD]   (git refs; each is built in a temporary worktree)
#   ROUNDS (default 4), WARMUP_SECONDS (default 90, per build, at full load), JAVA (default JDK 25).
#   BEFORE_JAVA17=1 also runs BEFORE on the machine's Java 17 (a build of before the Java 21 baseline only).
# Both builds are started as plain `java -jar` with the same JVM options; the provider is the nginx stand-in.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE="${1:?usage: bench/ab.sh BEFORE_REF [AFTER_REF]}"
AFTER="${2:-HEAD}"
ROUNDS="${ROUNDS:-4}"
WARMUP_SECONDS="${WARMUP_SECONDS:-90}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
OUT="$PWD/bench/out-ab"
DIRECT=http://127.0.0.1:18081
JVM_FLAGS=(-Xms16m -Xmx384m -XX:MaxMetaspaceSize=160m)
rm -rf "$OUT" && mkdir -p "$OUT/nginx"
pids=()
trees=()
cleanup() {
  for pid in "${pids[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$OUT/nginx/nginx.pid" ]; then nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
  for tree in "${trees[@]:-}"; do git worktree remove --force "$tree" 2>/dev/null || true; done
}
trap cleanup EXIT
for tool in hey wrk nginx python3 curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq hey wrk nginx-light python3 curl >/dev/null; }
done

build() { # ref name → $OUT/name.jar, built by that ref's own wrapper with Maven on JDK 25
  local tree="$OUT/tree-$2"
  git worktree add -q --detach "$tree" "$1"; trees+=("$tree")
  (cd "$tree" && JAVA_HOME="$(dirname "$(dirname "$JAVA")")" ./mvnw -B -q package -DskipTests >/dev/null)
  cp "$tree/target/campaign-gateway.jar" "$OUT/$2.jar"
  echo "$2: $(git rev-parse --short "$1")"
}
echo "== builds"
build "$BEFORE" before
build "$AFTER" after

sed "s|PREFIX|$OUT/nginx|g" bench/nginx.conf > "$OUT/nginx/nginx.conf"
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"
echo '{"name": "Bench renamed", "status": "paused"}' > "$OUT/patch.json"

declare -A PORT=([before]=18091 [after]=18092 [before-17]=18093)
declare -A RUNTIME=([before]="$JAVA" [after]="$JAVA" [before-17]=java)
declare -A JAR=([before]="$OUT/before.jar" [after]="$OUT/after.jar" [before-17]="$OUT/before.jar")
TARGETS=(before after)
[ "${BEFORE_JAVA17:-0}" = 1 ] && TARGETS+=(before-17)

for target in "${TARGETS[@]}"; do
  "${RUNTIME[$target]}" "${JVM_FLAGS[@]}" -jar "${JAR[$target]}" --server.port="${PORT[$target]}" \
    --gateway.security.enabled=false --gateway.warm-up.enabled=true \
    --gateway.connections.voxo.provider=voxo --gateway.connections.voxo.base-url="$DIRECT" \
    --gateway.connections.voxo.token=bench-voxo-token --gateway.connections.voxo.tenant-id=1 \
    > "$OUT/$target.log" 2>&1 & pids+=($!)
  until curl -fs "http://127.0.0.1:${PORT[$target]}/actuator/health/readiness" 2>/dev/null | grep -q UP; do sleep 0.2; done
done
url() { echo "http://127.0.0.1:${PORT[$1]}/campaigns/voxo:1"; }

echo "== warm-up, ${WARMUP_SECONDS}s each at full load"
for target in "${TARGETS[@]}"; do
  hey -z "${WARMUP_SECONDS}s" -c 32 -m PATCH -T application/json -D "$OUT/patch.json" "$(url "$target")" >/dev/null
  python3 bench/paced.py 1000 10 8 PATCH "$(url "$target")" "$OUT/patch.json" >/dev/null
done

echo "== $ROUNDS rounds, each build in turn first"
for round in $(seq 1 "$ROUNDS"); do
  order=("${TARGETS[@]}")
  [ $((round % 2)) = 0 ] && mapfile -t order < <(printf '%s\n' "${TARGETS[@]}" | tac)
  for target in "${order[@]}"; do
    WRK_METHOD=PATCH WRK_BODY="$OUT/patch.json" wrk -t 2 -c 64 -d 4s --latency -s bench/wrk_body.lua "$(url "$target")" \
      > "$OUT/wrk-$target-$round.txt" 2>&1 || true
    echo "{\"target\": \"$target\", \"round\": $round, \"kind\": \"max\", \"result\": $(python3 bench/wrk_summary.py < "$OUT/wrk-$target-$round.txt")}" >> "$OUT/results.jsonl"
    echo "{\"target\": \"$target\", \"round\": $round, \"kind\": \"paced\", \"result\": $(python3 bench/paced.py 1000 8 8 PATCH "$(url "$target")" "$OUT/patch.json")}" >> "$OUT/results.jsonl"
  done
done

python3 - "$OUT/results.jsonl" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
targets = list(dict.fromkeys(r["target"] for r in rows))
def med(values): return statistics.median(values) if values else float("nan")
print("| build | max req/s, median (range) | at 1,000 req/s evenly spaced: P50 / P99 ms, median |")
print("|---|---|---|")
for t in targets:
    mx = [r["result"]["rps"] for r in rows if r["target"] == t and r["kind"] == "max"]
    pc = [r["result"] for r in rows if r["target"] == t and r["kind"] == "paced"]
    print(f"| {t} | {med(mx):,.0f} ({min(mx):,.0f}–{max(mx):,.0f}) | {med([p['p50'] for p in pc]):.2f} / {med([p['p99'] for p in pc]):.2f} |")
rounds = sorted({r["round"] for r in rows})
ratios = []
for n in rounds:
    by = {r["target"]: r["result"]["rps"] for r in rows if r["round"] == n and r["kind"] == "max"}
    if by.get("before"):
        ratios.append(by["after"] / by["before"])
print(f"\nafter ÷ before, max req/s per round: {', '.join(f'{x:.2f}' for x in ratios)} (median {med(ratios):.2f})")
PY
