"""Simulation speed: seconds per government-year, a 20-year run against one year, a comparison with its
variant ruleset kept against one that rebuilds it for every run, and a study on 1 and on 2 processes.

Run: python benchmarks/simulation.py [--replications N] [--quick]. Goals (issues 6, 16 and 17):
- one government-year under 0.1 s with the behaviour model and the connected flows;
- cost linear in years: a 20-year run (2005-2024) within 22x one year, one year being the mean cost
  of each of those 20 years run alone (the same seed); linear is 20x;
- variant rulesets built once per process: a comparison builds its variant once, not once per run,
  and is faster than the same comparison rebuilding it (the old way) measured in this run;
- near-linear speed-up from 1 to 2 processes (the machine has 2 cores).
CPU time of this process is used for the single-process figures: other work on the cores slows wall
time far more than it slows CPU time. Every peer is measured in this same run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import attrs
from _goals import Figure, figure, table

import govrules.whatif
from govrules.simulation import compare, load_scenario, run
from govrules.simulation import scenario as scenario_module
from govrules.simulation.output import InlineExecutor

ROOT = Path(__file__).resolve().parent.parent
FIRST, LAST = 2005, 2024  # twenty published years


def cpu(fn: Callable[[], Any], repeat: int) -> float:
    """The least CPU time of `repeat` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def per_year(quick: bool) -> list[Figure]:
    out = []
    for path in sorted((ROOT / "simulations").glob("*.toml")):
        scenario = load_scenario(path)
        run(scenario, 0)  # warm: rulesets built, decisions memoised
        seeds = iter(range(1, 100))
        t = cpu(lambda scenario=scenario, seeds=seeds: run(scenario, next(seeds)), 2 if quick else 5)
        out.append(figure(f"one government-year, {path.stem}", t, "s", goal=0.1))
    return out


def linearity(quick: bool) -> list[Figure]:
    """Each baseline (xifeng alone with --quick): 20 years run at once against its years run alone."""
    paths = sorted((ROOT / "simulations").glob("*.toml"))
    out = []
    for path in [p for p in paths if p.stem == "xifeng_2022"] if quick else paths:
        s = load_scenario(path)
        run(s, 0)
        years = [attrs.evolve(s, start=date(y, 1, 1), end=date(y, 12, 31)) for y in range(FIRST, LAST + 1)]
        one = statistics.fmean(cpu(lambda y=y: run(y, 1), 1 if quick else 3) for y in years)
        whole = attrs.evolve(s, start=date(FIRST, 1, 1), end=date(LAST, 12, 31))
        twenty = cpu(lambda whole=whole: run(whole, 1), 1 if quick else 2)
        out.append(
            figure(
                f"{LAST - FIRST + 1}-year run {FIRST}-{LAST}, {path.stem}",
                twenty,
                "s",
                peer_name="one year (mean of each alone)",
                peer=one,
                goal_ratio=22,
            )
        )
    return out


def variants(replications: int) -> list[Figure]:
    """The built-in study in this process, its variant ruleset kept on its baseline (as now:
    `whatif.apply_changes` keeps it, `Ruleset.variant`) and rebuilt for every run (as before issue 17);
    and how many times it was built (the loaded baseline, and so what it keeps, lives as long as the process)."""
    study = scenario_module.default_study()
    baseline = study.baseline()
    changes_module = importlib.import_module("govrules.whatif.changes")
    build = changes_module._apply_changes
    built = 0

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal built
        built += 1
        return build(*args, **kwargs)

    def rebuilt_every_time(base: Any, changes: Any) -> Any:
        return counting(base, list(changes))

    cached = govrules.whatif.apply_changes
    changes_module._apply_changes = counting
    try:
        compare(baseline, study, 2, InlineExecutor())  # warm: calendars, modules
        times = {}
        builds = {}
        for kept in (True, False):
            govrules.whatif.apply_changes = cached if kept else rebuilt_every_time  # type: ignore[assignment]
            best = float("inf")
            for _ in range(2):
                built = 0
                t = time.process_time()
                compare(baseline, study, replications, InlineExecutor())
                best = min(best, time.process_time() - t)
            times[kept], builds[kept] = best, built
    finally:
        govrules.whatif.apply_changes = cached  # type: ignore[assignment]
        changes_module._apply_changes = build
    return [
        figure(
            f"comparison, {replications} replications, one process, variant kept",
            times[True],
            "s",
            peer_name="rebuilt for every run",
            peer=times[False],
            goal_ratio=1.0,
        ),
        figure(
            f"variant rulesets built in that comparison, after the warm-up built it once (rebuilt: {builds[False]})",
            builds[True],
            "builds",
            goal=1,
        ),
    ]


def processes(replications: int) -> list[Figure]:
    study = scenario_module.default_study()
    elapsed = {}
    for workers in (1, 2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            t = time.perf_counter()
            c = compare(study.baseline(), study, replications=replications, executor=pool)
            elapsed[workers] = time.perf_counter() - t
    years = 2 * replications
    for name in ("countersign_reply.on_time_share", "signing.latency.days_mean"):
        m = c.metric(name)
        print(f"  the study's {name}: {m.baseline:.3f} -> {m.variant:.3f}, difference {m.difference:+.3f} "
              f"[{m.low:+.3f}, {m.high:+.3f}]")  # fmt: skip
    return [
        figure(
            f"study, {replications} replications x 2 scenarios, 2 processes (wall)",
            elapsed[2] / years,
            "s/year",
            peer_name="1 process (wall)",
            peer=elapsed[1] / years,
            goal_ratio=0.6,
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replications", type=int, default=200, help="of the 1- and 2-process study")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, one baseline for linearity")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    figures = per_year(args.quick)
    figures += linearity(args.quick)
    figures += variants(10 if args.quick else 40)
    figures += processes(20 if args.quick else args.replications)
    print(table("simulation (CPU seconds unless marked wall)", figures))


if __name__ == "__main__":
    main()
