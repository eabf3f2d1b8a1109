"""Reads `hey` output and prints one JSON line: rps, p50/p99 in ms, responses, errors (non-2xx + failures)."""
import json
import re
import sys

text = sys.stdin.read()


def number(pattern, default=0.0):
    match = re.search(pattern, text)
    return float(match.group(1)) if match else default


ok = sum(int(n) for code, n in re.findall(r"\[(\d{3})\]\s+(\d+) responses", text) if code.startswith("2"))
bad = sum(int(n) for code, n in re.findall(r"\[(\d{3})\]\s+(\d+) responses", text) if not code.startswith("2"))
failures = sum(int(n) for n in re.findall(r"\[(\d+)\]\s+Get|\[(\d+)\]\s+Post", text) if n)
error_block = text.split("Error distribution:")[1] if "Error distribution:" in text else ""
failures = sum(int(n) for n in re.findall(r"\[(\d+)\]", error_block))
print(json.dumps({
    "rps": round(number(r"Requests/sec:\s+([\d.]+)"), 1),
    "p50": round(number(r"50%+ in ([\d.]+) secs") * 1000, 2),
    "p99": round(number(r"99%+ in ([\d.]+) secs") * 1000, 2),
    "ok": ok,
    "errors": bad + failures,
}))
