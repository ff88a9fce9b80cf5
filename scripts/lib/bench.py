#!/usr/bin/env python3
"""Runs every benchmark and prints one table against the product brief's targets (called by scripts/bench).

usage: bench.py BUILD_DIR SYNTHETIC_BANK_DIR [--quick]
Writes BUILD_DIR/bench-results.json too, for docs/PERFORMANCE.md.
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path


def google_benchmark(binary, env, repetitions):
    out = subprocess.run(
        [str(binary), "--benchmark_format=json", f"--benchmark_repetitions={repetitions}",
         "--benchmark_report_aggregates_only=true", "--benchmark_min_time=0.2"],
        env=env, check=True, capture_output=True, text=True).stdout
    medians = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("aggregate_name") == "median":
            unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
            medians[b["run_name"]] = b["real_time"] * unit  # milliseconds
    return medians


def run_once(command, env):
    """Wall time (ms) and peak resident memory (MiB) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[0]} exited with {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_maxrss / 1024


def startup(app, bare, env, runs):
    """Alternates the two programs so that a busy moment hurts both alike; returns the medians."""
    app_times, bare_times, app_rss, bare_rss = [], [], [], []
    run_once([str(bare)], env)  # warm the file cache for both
    run_once([str(app), "--quit-after-startup"], env)
    for _ in range(runs):
        t, m = run_once([str(bare)], env)
        bare_times.append(t)
        bare_rss.append(m)
        t, m = run_once([str(app), "--quit-after-startup"], env)
        app_times.append(t)
        app_rss.append(m)
    return {
        "app_ms": statistics.median(app_times), "bare_ms": statistics.median(bare_times),
        "app_rss_mib": statistics.median(app_rss), "bare_rss_mib": statistics.median(bare_rss),
        "runs": runs,
    }


def main():
    build = Path(sys.argv[1])
    bank = Path(sys.argv[2])
    quick = "--quick" in sys.argv
    repetitions = 3 if quick else 10
    env = dict(os.environ, LUMBAR_SYNTHETIC_BANK=str(bank), QT_QPA_PLATFORM="offscreen")
    # The app must not pick up a user bank from the real data folder while it is being measured.
    env["XDG_DATA_HOME"] = str(build / "bench-home")

    core = google_benchmark(build / "bench/lumbar_bench_core", env, repetitions)
    ui = google_benchmark(build / "bench/lumbar_bench_ui", env, repetitions)
    start = startup(build / "src/app/lumbar-relief", build / "bench/bare-window", env, 10)

    bank_bytes = sum(f.stat().st_size for f in Path("data/bank").glob("*.json"))
    by_length = lambda k: int(k.split("/")[1])
    keystrokes = sorted((k for k in core if k.startswith("syntheticSearchKeystroke")), key=by_length)
    proxy_keys = sorted((k for k in ui if k.startswith("proxySearchKeystroke")), key=by_length)
    core_keystroke = statistics.median(core[k] for k in keystrokes)
    proxy_keystroke = statistics.median(ui[k] for k in proxy_keys)
    load_ratio = core["syntheticLoadAndValidate"] / core["syntheticParseOnly"]
    start_ratio = start["app_ms"] / start["bare_ms"]
    memory_limit = 1.5 * start["bare_rss_mib"] + bank_bytes / 2**20

    rows = [
        ("load + validate the shipped bank", f"{core['loadShippedBank']:.2f} ms", "", "", "—"),
        ("load + validate 10,000 exercises", f"{core['syntheticLoadAndValidate']:.0f} ms",
         f"{core['syntheticParseOnly']:.0f} ms parse", f"{load_ratio:.2f}×", ("≤ 2×", load_ratio <= 2)),
        ("search, one keystroke (core)", f"{core_keystroke:.2f} ms", "", "", ("< 2 ms", core_keystroke < 2)),
        ("search, one keystroke (Qt proxy)", f"{proxy_keystroke:.2f} ms", "", "", ("< 16 ms", proxy_keystroke < 16)),
        ("start to first paint (median of 10)", f"{start['app_ms']:.0f} ms", f"{start['bare_ms']:.0f} ms bare",
         f"{start_ratio:.2f}×", ("≤ 1.5×", start_ratio <= 1.5)),
        ("peak memory at start-up", f"{start['app_rss_mib']:.1f} MiB", f"{start['bare_rss_mib']:.1f} MiB bare",
         f"{start['app_rss_mib'] / start['bare_rss_mib']:.2f}×",
         (f"≤ {memory_limit:.1f} MiB", start["app_rss_mib"] <= memory_limit)),
    ]
    print(f"\nLumbar Relief benchmarks — {platform.node()}, {os.cpu_count()} cores, "
          f"{platform.processor() or platform.machine()}, {time.strftime('%Y-%m-%d')}"
          f"{' (quick)' if quick else ''}\n")
    header = ("what", "Lumbar Relief", "baseline", "ratio", "target", "")
    table = [header] + [(w, v, b, r, t[0] if t != "—" else "—", ("met" if t[1] else "MISSED") if t != "—" else "")
                        for w, v, b, r, t in rows]
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    for n, row in enumerate(table):
        print("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print("\nper keystroke (core, ms):  " + "  ".join(f"{k.split('/')[1]}:{core[k]:.2f}" for k in keystrokes))
    print("per keystroke (proxy, ms): " + "  ".join(f"{k.split('/')[1]}:{ui[k]:.2f}" for k in proxy_keys))
    results = {"core": core, "ui": ui, "startup": start, "shipped_bank_bytes": bank_bytes,
               "machine": {"node": platform.node(), "cores": os.cpu_count(), "cpu": platform.processor()}}
    (build / "bench-results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
