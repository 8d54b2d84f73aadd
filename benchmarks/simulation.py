"""Seconds per simulated government-year, and a 200-replication study on 1 and on 2 processes.

Run: python benchmarks/simulation.py [--replications N]. Targets (issues 6 and 16): one
government-year under 0.1 s with the behaviour model and the connected flows (countersign waits,
signer desks); near-linear speed-up from 1 to 2 processes. The machine has 2 cores; the study runs on
all of them by default (`govrules simulate`, `compare(..., executor=None)`).
"""

from __future__ import annotations

import argparse
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from govrules.simulation import DEFAULT_CHANGES, DEFAULT_SCENARIO, compare, load_scenario, run

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replications", type=int, default=200)
    args = parser.parse_args()
    # Wall time suffers when other work shares the cores; CPU time of this process does much less.
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'scenario':<28} {'records':>8} {'s/year':>8} {'cpu s/year':>11}")
    for path in sorted((ROOT / "simulations").glob("*.toml")):
        scenario = load_scenario(path)
        run(scenario, 0)  # warm: rulesets built, decisions memoised
        times, cpu = [], []
        for seed in range(1, 6):
            t, c = time.perf_counter(), time.process_time()
            result = run(scenario, seed)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        print(f"{path.stem:<28} {len(result.records):>8} {min(times):>8.3f} {min(cpu):>11.3f}")
    variant = DEFAULT_SCENARIO.with_changes(DEFAULT_CHANGES)
    n = args.replications
    elapsed = {}
    for workers in (1, 2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            t = time.perf_counter()
            c = compare(DEFAULT_SCENARIO, variant, replications=n, executor=pool)
            elapsed[workers] = time.perf_counter() - t
    years = 2 * n
    print(f"study, {n} replications x 2 scenarios ({years} government-years): "
          f"1 process {elapsed[1]:.2f} s ({elapsed[1] / years:.3f} s/year), "
          f"2 processes {elapsed[2]:.2f} s ({elapsed[2] / years:.3f} s/year); "
          f"speed-up 1 -> 2 processes {elapsed[1] / elapsed[2]:.2f}x (cores here: {os.cpu_count()}; "
          f"load average after: {os.getloadavg()[0]:.2f})")  # fmt: skip
    for name in ("countersign_reply.on_time_share", "signing.latency.days_mean"):
        m = c.metric(name)
        print(f"  {name}: {m.baseline:.3f} -> {m.variant:.3f}, difference {m.difference:+.3f} "
              f"[{m.low:+.3f}, {m.high:+.3f}]")  # fmt: skip


if __name__ == "__main__":
    main()
