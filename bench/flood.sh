#!/usr/bin/env bash
# Idle or dripping connections against a running gateway's API port (bench/flood.py) while a fresh client probes,
# every second, the API port (GET /connections) and the management port (GET /actuator/health/liveness) with curl,
# each with a 5 s timeout. One line a second: the flood as the probes started, and what each probe got.
#   usage: bench/flood.sh api-port management-port connections idle|drip seconds [drip-interval] [--reconnect]
# Start the gateway first, e.g. java -Xmx512m -jar target/campaign-gateway.jar --server.port=18080 \
#   --management.server.port=18081; keep `ulimit -n` above twice the connections.
set -euo pipefail
cd "$(dirname "$0")/.."
api=$1 management=$2 seconds=$5
out="$(mktemp -d /tmp/flood.XXXXXX)"
python3 bench/flood.py "$api" "$3" "$4" "$seconds" "${@:6}" > "$out/flood.log" 2>&1 &
flood=$!
trap 'kill "$flood" 2>/dev/null || true' EXIT
probe() { curl -s -o /dev/null -m 5 -w '%{http_code} in %{time_total} s' "$1" || true; }
for second in $(seq 1 "$seconds"); do
  sleep 1
  (
    seen=$(tail -1 "$out/flood.log" | sed 's/^t= *[0-9]*s //')
    a=$(probe "http://127.0.0.1:$api/connections")
    m=$(probe "http://127.0.0.1:$management/actuator/health/liveness")
    printf 't=%3ds %s  API: %-22s management: %s\n' "$second" "$seen" "${a/#000*/no answer}" "${m/#000*/no answer}"
  ) &
done
wait "$flood" || true
wait
