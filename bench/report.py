"""Prints the benchmark's figures, ratios and targets as Markdown, with the machine it ran on."""
import json
import os
import platform
import statistics
import subprocess
import sys
from datetime import datetime, timezone

results = {}
for line in open(sys.argv[1]):
    entry = json.loads(line)
    results[entry["name"]] = entry["result"]
startup_ms, idle_rss, peak_rss, jvm_opts = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
java = subprocess.run([sys.argv[6], "-version"], capture_output=True, text=True).stderr.splitlines()[0]
fat_jar_ms, start_flags = int(sys.argv[7]), sys.argv[8]
bare_idle_rss, bare_peak_rss = int(sys.argv[9]), int(sys.argv[10])


def r(name):
    return results.get(name, {"rps": 0, "p50": 0, "p99": 0, "ok": 0, "errors": 0})


def ratio(a, b):
    return f"{a / b:.2f}" if b else "n/a"


def alternated():
    """Median and range of each ratio over the rounds that alternated the three at full load."""
    rounds = sorted({name.rsplit("-", 1)[1] for name in results if name.startswith("alternated-")})

    def summary(a, b):
        values = sorted(r(f"alternated-{a}-{n}")["rps"] / r(f"alternated-{b}-{n}")["rps"]
                        for n in rounds if r(f"alternated-{b}-{n}")["rps"])
        if not values:
            return "n/a"
        return f"{statistics.median(values):.2f} ({values[0]:.2f}–{values[-1]:.2f})"

    return "; ".join(summary(a, b) for a, b in
                     [("gateway", "pass-through"), ("bare", "pass-through"), ("gateway", "bare")])


print(f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, {platform.machine()},"
      f" {java}; gateway JVM options: `{jvm_opts}`, started as the image starts it (`{start_flags}`, extracted jar);"
      f" load generator (hey) on the same machine.\n")
print("| run | req/s | P50 ms | P99 ms | 2xx | errors |")
print("|---|---:|---:|---:|---:|---:|")
for name, v in results.items():
    if name.startswith("alternated-"):
        continue
    print(f"| {name} | {v['rps']} | {v['p50']} | {v['p99']} | {v['ok']} | {v['errors']} |")

direct, gw = r("direct@1000rps"), r("gateway-patch@1000rps")
added_p50, added_p99 = gw["p50"] - direct["p50"], gw["p99"] - direct["p99"]
bursts_p50 = r("gateway-patch@1000rps-bursts")["p50"] - r("direct@1000rps-bursts")["p50"]
bursts_p99 = r("gateway-patch@1000rps-bursts")["p99"] - r("direct@1000rps-bursts")["p99"]
pt_max, gw_max, direct_max = r("pass-through@max")["rps"], r("gateway-patch-voxo@max")["rps"], r("direct@max")["rps"]
slow_d, slow_g = r("slow-direct"), r("slow-gateway")
big = r("gateway-exotel-5000")["p50"] - r("direct-exotel-5000")["p50"]
bare, bare_slow, bare_slow_d = r("bare-patch@1000rps"), r("slow-bare"), r("slow-direct-bare")
rows = [
    ("added latency at 1,000 req/s evenly spaced, P50 / P99", f"{added_p50:.2f} ms / {added_p99:.2f} ms", "≤ 1 ms / ≤ 5 ms",
     added_p50 <= 1 and added_p99 <= 5),
    ("… the same rate in hey's bursts of 10 every 10 ms (`-c 10 -q 100`)", f"{bursts_p50:.2f} ms / {bursts_p99:.2f} ms",
     "—", None),
    ("max throughput, gateway ÷ direct", ratio(gw_max, direct_max), "—", None),
    ("max throughput, gateway ÷ nginx pass-through", ratio(gw_max, pt_max), "≥ 0.3", pt_max and gw_max / pt_max >= 0.3),
    ("… the same PATCH as a dry run (no provider call) ÷ pass-through", ratio(r("gateway-patch-dryrun@max")["rps"], pt_max),
     "—", None),
    ("… `GET /connections` (Tomcat, Spring MVC, the filters; no campaign work) ÷ pass-through",
     ratio(r("gateway-get-connections@max")["rps"], pt_max), "—", None),
    ("2,000 concurrent on a 1 s provider: completed, errors", f"{slow_g['ok']} / {slow_g['errors']}", "2,000 / 0",
     slow_g["ok"] == 2000 and slow_g["errors"] == 0),
    ("… P99 gateway ÷ direct", f"{ratio(slow_g['p99'], slow_d['p99'])} ({slow_g['p99']} ms vs {slow_d['p99']} ms)",
     "≤ 1.15", slow_g["errors"] == 0 and slow_d["p99"] and slow_g["p99"] / slow_d["p99"] <= 1.15),
    ("RSS under that load / idle", f"{peak_rss} MB / {idle_rss} MB", "≤ 300 MB / ≤ 200 MB", peak_rss <= 300 and idle_rss <= 200),
    ("start to ready, as the image starts it", f"{startup_ms / 1000:.2f} s", "≤ 3 s", startup_ms <= 3000),
    ("start to ready, `java -jar` on the fat jar (reference)", f"{fat_jar_ms / 1000:.2f} s", "—", None),
    ("5,000-contact Exotel create, added latency (P50)", f"{big:.1f} ms", "≤ 20 ms", big <= 20),
    ("the bare stack for reference (Spring MVC + WebClient passing the body through, nothing of the gateway's):"
     " max throughput ÷ pass-through", ratio(r("bare-patch@max")["rps"], pt_max), "—", None),
    ("… its added latency at 1,000 req/s, P50 / P99",
     f"{bare['p50'] - direct['p50']:.2f} ms / {bare['p99'] - direct['p99']:.2f} ms", "—", None),
    ("… 2,000 concurrent on the 1 s provider: errors; P99 ÷ direct",
     f"{bare_slow['errors']}; {ratio(bare_slow['p99'], bare_slow_d['p99'])} ({bare_slow['p99']} ms vs {bare_slow_d['p99']} ms)",
     "—", None),
    ("… its RSS under that load / idle", f"{bare_peak_rss} MB / {bare_idle_rss} MB", "—", None),
    ("… alternated 4 s slices, median of four rounds (range): gateway ÷ pass-through; bare ÷ pass-through;"
     " gateway ÷ bare", alternated(), "—", None),
    ("the gateway against the bare stack: max throughput ÷ bare; burst P99 ÷ bare; RSS under the burst − bare",
     f"{ratio(gw_max, r('bare-patch@max')['rps'])}; {ratio(slow_g['p99'], bare_slow['p99'])};"
     f" {peak_rss - bare_peak_rss:+d} MB", "—", None),
]
print("\n| figure | measured | target | met |")
print("|---|---|---|---|")
for figure, measured, target, met in rows:
    print(f"| {figure} | {measured} | {target} | {'—' if met is None else 'yes' if met else '**no**'} |")
