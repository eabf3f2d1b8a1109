"""Reads `wrk --latency` output and prints one JSON line like hey_summary.py: rps, p50/p99 in ms, 2xx responses,
errors (non-2xx/3xx answers + socket errors)."""
import json
import re
import sys

text = sys.stdin.read()
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def latency(percent):
    match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.MULTILINE)
    return round(float(match.group(1)) * UNITS[match.group(2)], 2) if match else 0.0


def number(pattern):
    match = re.search(pattern, text)
    return int(match.group(1)) if match else 0


requests = number(r"(\d+) requests in")
non_2xx = number(r"Non-2xx or 3xx responses:\s+(\d+)")
socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
socket_errors = sum(int(n) for n in socket.groups()) if socket else 0
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
print(json.dumps({
    "rps": round(float(rps.group(1)), 1) if rps else 0.0,
    "p50": latency(50),
    "p99": latency(99),
    "ok": requests - non_2xx,
    "errors": non_2xx + socket_errors,
}))
