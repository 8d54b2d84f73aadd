"""Seconds per simulated government-year, and the speed-up of a 100-replication compare on 2 processes.

Run: python benchmarks/simulation.py [--replications N]. Targets (issue 6): one government-year
under 1 s; near-linear speed-up from 1 to 2 processes. The machine has 2 cores.
"""

from __future__ import annotations

import argparse
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from govrules.simulation import DEFAULT_CHANGES, DEFAULT_SCENARIO, compare, load_scenario, run
from govrules.simulation.output import InlineExecutor

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replications", type=int, default=100)
    args = parser.parse_args()
    print(f"{'scenario':<28} {'records':>8} {'s/year':>8}")
    for path in sorted((ROOT / "simulations").glob("*.toml")):
        scenario = load_scenario(path)
        run(scenario, 0)  # warm: rulesets built, decisions memoised
        times = []
        for seed in range(1, 6):
            t = time.perf_counter()
            result = run(scenario, seed)
            times.append(time.perf_counter() - t)
        print(f"{path.stem:<28} {len(result.records):>8} {min(times):>8.3f}")
    variant = DEFAULT_SCENARIO.with_changes(DEFAULT_CHANGES)
    n = args.replications
    t = time.perf_counter()
    compare(DEFAULT_SCENARIO, variant, replications=n, executor=InlineExecutor())
    one = time.perf_counter() - t
    with ProcessPoolExecutor(max_workers=1) as pool:
        t = time.perf_counter()
        compare(DEFAULT_SCENARIO, variant, replications=n, executor=pool)
        pool1 = time.perf_counter() - t
    with ProcessPoolExecutor(max_workers=2) as pool:
        t = time.perf_counter()
        compare(DEFAULT_SCENARIO, variant, replications=n, executor=pool)
        pool2 = time.perf_counter() - t
    print(f"compare, {n} replications x 2 scenarios: in-process {one:.2f} s, 1 process {pool1:.2f} s, "
          f"2 processes {pool2:.2f} s; speed-up 1 -> 2 processes {pool1 / pool2:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
