#!/usr/bin/env python3
"""Runs every benchmark and prints one table against the product brief's targets (called by scripts/bench).

usage: bench.py BUILD_DIR SYNTHETIC_BANK_DIR [--quick]
Writes BUILD_DIR/bench-results.json too, for docs/PERFORMANCE.md.
"""
import json
import os
import platform
import shutil
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


def phase_accuracy(binary, seconds):
    """How late the player's phases begin on the real clock (JSON from bench/phase-accuracy)."""
    out = subprocess.run([str(binary), str(seconds)], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


HOLD_BANK = {
    "format": "lumbar-relief-bank", "version": 1,
    "routines": [{
        "id": "bench-long-hold", "name": "Benchmark: one long hold", "purpose": "Measures CPU while a hold counts down.",
        "audience": "The benchmark.", "items": [{"exercise": "prone-lying", "dosage": {"holdSeconds": 300, "reps": 1}}],
    }],
}


def cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def hold_cpu(app, build, env, seconds):
    """CPU the app uses while a 5-minute hold counts down, in a real X window (Xvfb) when there is one."""
    bank = build / "hold-bank"
    bank.mkdir(exist_ok=True)
    (bank / "routines.json").write_text(json.dumps(HOLD_BANK))
    run_env = dict(env)
    xvfb = None
    if shutil.which("Xvfb"):
        display = f":{90 + os.getpid() % 9}"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
                break
            time.sleep(0.1)
        run_env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    # 15 s of get-ready and 3 s into position: at 20 s the hold has 298 s to go.
    app_process = subprocess.Popen([str(app), "--bank", str(bank), "--play", "bench-long-hold", "--at", "20"],
                                   env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(3)  # start-up is not the hold
        c0, t0 = cpu_seconds(app_process.pid), time.monotonic()
        time.sleep(seconds)
        c1, t1 = cpu_seconds(app_process.pid), time.monotonic()
    finally:
        app_process.terminate()
        app_process.wait()
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
    return {"cpu_percent": 100 * (c1 - c0) / (t1 - t0), "seconds": t1 - t0,
            "platform": "xcb (Xvfb)" if xvfb else "offscreen"}


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
    accuracy = phase_accuracy(build / "bench/phase-accuracy", 20 if quick else 60)
    hold = hold_cpu(build / "src/app/lumbar-relief", build, env, 20 if quick else 60)

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
        ("CPU while a hold counts down", f"{hold['cpu_percent']:.2f}% of a core", hold["platform"], "",
         ("≤ 2%", hold["cpu_percent"] <= 2)),
        (f"phase start on the real clock ({accuracy['phases']} phases)",
         f"{accuracy['late_median_ms']:.2f} ms late (median)",
         f"max {accuracy['late_max_ms']:.2f} ms", "", ("≤ 10 ms", accuracy["late_max_ms"] <= 10)),
        ("routine end vs plan (real clock)", f"{accuracy['end_drift_ms']:+.3f} ms", "", "", "—"),
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
    results = {"core": core, "ui": ui, "startup": start, "phase_accuracy": accuracy, "hold_cpu": hold, "shipped_bank_bytes": bank_bytes,
               "machine": {"node": platform.node(), "cores": os.cpu_count(), "cpu": platform.processor()}}
    (build / "bench-results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
