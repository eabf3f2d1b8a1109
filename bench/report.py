"""Prints the benchmark's figures, ratios and targets as Markdown, with the machine it ran on.

usage: report.py OUT — reads OUT/results.jsonl (one load run a line, from bench/run.sh's load, wrk_load and paced)
and OUT/figures.txt (one `name value…` a line: start-up times, RSS, the options the run used).
"""
import json
import os
import platform
import statistics
import subprocess
import sys
from datetime import datetime, timezone

out = sys.argv[1]
results = {}
for line in open(f"{out}/results.jsonl"):
    entry = json.loads(line)
    results[entry["name"]] = entry["result"]
figures = {}
for line in open(f"{out}/figures.txt"):
    name, _, value = line.rstrip("\n").partition(" ")
    figures[name] = value


def f(name):
    """A figure bench/run.sh recorded as a whole number."""
    return int(figures.get(name) or 0)


java = subprocess.run([figures["java"], "-version"], capture_output=True, text=True).stderr.splitlines()[0]
jvm_opts, start_flags = figures.get("jvm_opts", ""), figures.get("start_flags", "")
startup_ms, idle_rss, peak_rss, fat_jar_ms = f("startup_ms"), f("idle_rss_mb"), f("peak_rss_mb"), f("fat_jar_ms")
bare_idle_rss, bare_peak_rss = f("bare_idle_rss_mb"), f("bare_peak_rss_mb")
scg_start_ms, scg_idle_rss, scg_peak_rss = f("scg_start_ms"), f("scg_idle_rss_mb"), f("scg_peak_rss_mb")
plain_start_ms, plain_idle_rss, plain_peak_rss = f("plain_start_ms"), f("plain_idle_rss_mb"), f("plain_peak_rss_mb")


def r(name):
    return results.get(name, {"rps": 0, "p50": 0, "p99": 0, "ok": 0, "errors": 0})


def ratio(a, b):
    return f"{a / b:.2f}" if b else "n/a"


def rounds(prefix):
    return sorted({name.rsplit("-", 1)[1] for name in results if name.startswith(prefix)})


def alternated_ratios(prefix, a, b):
    """Each round's req/s of a ÷ b, sorted, for the rounds that alternated the targets at full load."""
    return sorted(r(f"{prefix}{a}-{n}")["rps"] / r(f"{prefix}{b}-{n}")["rps"]
                  for n in rounds(prefix) if r(f"{prefix}{b}-{n}")["rps"])


def alternated_rps(prefix, target):
    values = [r(f"{prefix}{target}-{n}")["rps"] for n in rounds(prefix)]
    return statistics.median(values) if values else 0


def median_range(values):
    if not values:
        return "n/a"
    return f"{statistics.median(values):.2f} ({values[0]:.2f}–{values[-1]:.2f})"


def alternated():
    """Median and range of each ratio over the rounds that alternated the three at full load (hey)."""
    return "; ".join(median_range(alternated_ratios("alternated-", a, b)) for a, b in
                     [("gateway", "pass-through"), ("bare", "pass-through"), ("gateway", "bare")])


print(f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, {platform.machine()},"
      f" {java}, {f('run_seconds') / 60:.0f} minutes in all (builds included); gateway JVM options: `{jvm_opts}`,"
      f" started as the image starts it (`{start_flags}`, extracted jar); the peer (Spring Cloud Gateway Server"
      f" MVC, bench/scg) and the gateway's second start (\"plain\") with `java -jar` and no JVM options;"
      f" load generators (hey, wrk) on the same machine.\n")
print("| run | req/s | P50 ms | P99 ms | 2xx | errors |")
print("|---|---:|---:|---:|---:|---:|")
for name, v in results.items():
    if name.startswith("alternated-") or name.startswith("wrk-alternated-"):
        continue
    print(f"| {name} | {v['rps']} | {v['p50']} | {v['p99']} | {v['ok']} | {v['errors']} |")

print("\nAlternated at full load, 4 s slices, req/s in each round (hey, then wrk, both 64 connections):\n")
targets = ["pass-through", "gateway", "bare", "scg", "gateway-plain"]
print("| tool, round | " + " | ".join(targets) + " |")
print("|---|" + "---:|" * len(targets))


def cell(name):
    v = r(name)
    return f"{v['rps']:.0f}" + (f" ({v['errors']} errors)" if v["errors"] else "")


for tool, prefix in [("hey", "alternated-"), ("wrk", "wrk-alternated-")]:
    for n in rounds(prefix):
        print(f"| {tool}, {n} | " + " | ".join(cell(f"{prefix}{t}-{n}") for t in targets) + " |")

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
print("\nAgainst nginx and the bare stack (issue 9's targets):\n")
print("| figure | measured | target | met |")
print("|---|---|---|---|")
for figure, measured, target, met in rows:
    print(f"| {figure} | {measured} | {target} | {'—' if met is None else 'yes' if met else '**no**'} |")

# issue 35: the gateway beside Spring Cloud Gateway Server MVC (the peer), each target a ratio or a difference in
# this one run
scg = r("scg-patch@1000rps")
gw50, scg50, direct50 = r("gateway-patch@1000rps-50c"), r("scg-patch@1000rps-50c"), r("direct@1000rps-50c")
slow_s, slow_sd = r("slow-scg"), r("slow-direct-scg")
plain_slow = r("slow-gateway-plain")
scg_big = r("scg-exotel-5000")["p50"] - r("direct-exotel-5000")["p50"]
hey_ratio, wrk_ratio = alternated_ratios("alternated-", "gateway", "scg"), alternated_ratios("wrk-alternated-", "gateway", "scg")
plain_ratio = alternated_ratios("alternated-", "gateway-plain", "gateway")
plain_wrk_ratio = alternated_ratios("wrk-alternated-", "gateway-plain", "gateway")


def p99_over_direct(burst, direct_burst):
    return burst["p99"] / direct_burst["p99"] if direct_burst["p99"] else float("inf")


def throughput(prefix, ratios):
    gateway, peer = alternated_rps(prefix, "gateway"), alternated_rps(prefix, "scg")
    median = statistics.median(ratios) if ratios else 0
    return (f"{gateway:,.0f} req/s; ÷ peer {median_range(ratios)}", f"{peer:,.0f} req/s", "gateway ÷ peer ≥ 1.0",
            bool(ratios) and median >= 1.0)


summary = [
    ("at 1,000 req/s, hey from 50 connections (`-c 50 -q 20`), P50 / P99"
     f" (direct: {direct50['p50']:.2f} / {direct50['p99']:.2f} ms)",
     f"{gw50['p50']:.2f} / {gw50['p99']:.2f} ms", f"{scg50['p50']:.2f} / {scg50['p99']:.2f} ms",
     "each ≤ the peer's + 0.5 ms",
     gw50["ok"] > 0 and gw50["p50"] <= scg50["p50"] + 0.5 and gw50["p99"] <= scg50["p99"] + 0.5),
    ("at 1,000 req/s evenly spaced (bench/paced.py), added over direct, P50 / P99",
     f"{added_p50:.2f} / {added_p99:.2f} ms", f"{scg['p50'] - direct['p50']:.2f} / {scg['p99'] - direct['p99']:.2f} ms",
     "gateway ≤ 1 / ≤ 5 ms", gw["ok"] > 0 and added_p50 <= 1 and added_p99 <= 5),
    ("max throughput, one 64-connection hey run each (not alternated; direct"
     f" {direct_max:,.0f}, pass-through {pt_max:,.0f} req/s)",
     f"{gw_max:,.0f} req/s (÷ peer {ratio(gw_max, r('scg-patch@max')['rps'])})",
     f"{r('scg-patch@max')['rps']:,.0f} req/s", "—", None),
    ("max throughput, alternated 4 s slices, hey 64 connections: median req/s; ratio median (range) of four rounds",
     *throughput("alternated-", hey_ratio)),
    ("… the same with wrk (issue 35's tool), 2 threads, 64 connections", *throughput("wrk-alternated-", wrk_ratio)),
    ("2,000 at once on the 1 s provider: completed / errors",
     f"{slow_g['ok']} / {slow_g['errors']}", f"{slow_s['ok']} / {slow_s['errors']}", "2,000 / 0",
     slow_g["ok"] == 2000 and slow_g["errors"] == 0),
    ("… P99 (÷ direct, measured just before each)",
     f"{slow_g['p99']:,.0f} ms ({ratio(slow_g['p99'], slow_d['p99'])} ×)",
     f"{slow_s['p99']:,.0f} ms ({ratio(slow_s['p99'], slow_sd['p99'])} ×)", "gateway ≤ 1.15 × direct",
     slow_g["errors"] == 0 and p99_over_direct(slow_g, slow_d) <= 1.15),
    ("… peak RSS, both `java -jar` with no JVM options (issue 35's setup)",
     f"{plain_peak_rss} MB ({plain_slow['errors']} errors, P99 {plain_slow['p99']:,.0f} ms)", f"{scg_peak_rss} MB",
     "≤ the peer's", plain_slow["ok"] > 0 and 0 < plain_peak_rss <= scg_peak_rss),
    (f"… peak RSS, the gateway as the image starts it (`{jvm_opts}`)", f"{peak_rss} MB",
     f"{scg_peak_rss} MB (no options)", "—", None),
    ("idle RSS / start to ready, as the image starts it", f"{idle_rss} MB / {startup_ms / 1000:.2f} s", "—",
     "≤ 200 MB / ≤ 3 s", 0 < idle_rss <= 200 and startup_ms <= 3000),
    ("idle RSS / start to ready, `java -jar` with no JVM options (the peer: to its first proxied answer; it has no"
     " actuator)", f"{plain_idle_rss} MB / {plain_start_ms / 1000:.2f} s",
     f"{scg_idle_rss} MB / {scg_start_ms / 1000:.2f} s", "—", None),
    ("throughput of `java -jar` with no JVM options ÷ the image-style start, alternated (hey; wrk)",
     f"{median_range(plain_ratio)}; {median_range(plain_wrk_ratio)}", "—", "within 20 % (0.8–1.2, hey's median)",
     bool(plain_ratio) and abs(statistics.median(plain_ratio) - 1) <= 0.2),
    ("5,000-contact Exotel create, added over direct (P50; the peer forwards the provider's 100 KB wire body)",
     f"{big:.1f} ms", f"{scg_big:.1f} ms", "gateway ≤ 20 ms", r("gateway-exotel-5000")["ok"] > 0 and big <= 20),
]
print("\nAgainst Spring Cloud Gateway Server MVC, the peer (issue 35's targets):\n")
print("| figure | gateway | SCG MVC peer | target | met? |")
print("|---|---|---|---|---|")
for figure, gateway, peer, target, met in summary:
    print(f"| {figure} | {gateway} | {peer} | {target} | {'—' if met is None else 'yes' if met else '**no**'} |")
