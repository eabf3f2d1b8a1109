"""A steady request rate from `hey`, evenly spaced: prints one JSON summary line like hey_summary.py.

`hey -c 10 -q 100` is 1,000 req/s in bursts: its 10 workers tick together, so 10 requests arrive at once every
10 ms and the last waits for the nine before it. Here each of `workers` single-connection hey processes sends
rate/workers req/s, and they start 1/rate s apart, so requests arrive about every 1/rate s.

usage: paced.py rate seconds workers method url body-file
Failed connections do not appear in hey's CSV: they show as req/s below the rate asked for.
"""
import json
import subprocess
import sys
import tempfile
import time

rate, seconds, workers = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
method, url, body = sys.argv[4], sys.argv[5], sys.argv[6]

runs = []
for _ in range(workers):
    out = tempfile.TemporaryFile(mode="w+")
    command = ["hey", "-z", f"{seconds}s", "-c", "1", "-q", str(rate // workers), "-m", method,
               "-T", "application/json", "-D", body, "-o", "csv", url]
    runs.append((subprocess.Popen(command, stdout=out), out))
    time.sleep(1 / rate)

latencies, errors = [], 0
for process, out in runs:
    process.wait()
    out.seek(0)
    for line in out:
        fields = line.strip().split(",")
        if len(fields) < 7 or not fields[0][:1].isdigit():
            continue
        if fields[6].startswith("2"):
            latencies.append(float(fields[0]))
        else:
            errors += 1

latencies.sort()


def percentile(p):
    return round(latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000, 2) if latencies else 0.0


print(json.dumps({
    "rps": round((len(latencies) + errors) / seconds, 1),
    "p50": percentile(0.50),
    "p99": percentile(0.99),
    "ok": len(latencies),
    "errors": errors,
}))
