"""Start-up: how long a one-line command takes, against bare Python started in the same run.

Run: python benchmarks/startup.py [-n 15]. Goal (issue 17): a one-line command (`govrules --version`,
`rulesets`, `due`, `signer`, ...) within 5x `python -c pass`. Each figure is the best of N runs, each
in a fresh process; the runs are interleaved (one of each in turn), so that load on the machine
slows every figure alike; CPU time (user + system) is printed beside wall time, being the steadier of
the two on a loaded machine. The command is run as the `govrules` console script runs it, with bytecode
caches as an installed package has them: PYTHONDONTWRITEBYTECODE is dropped for the runs, and a first
unmeasured round writes them (without them, an editable install compiles every module of govrules on
every start, which costs more than all the rest). `import attrs` is printed without a goal: the house model
library's import alone, the floor of any command that builds a rule.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from _goals import Figure, figure, table

#: What the `govrules` console script does.
_SCRIPT = "import sys; from govrules.cli import main; sys.exit(main())"

#: name -> the arguments of `python`; the first is the floor the others are compared to.
CASES: dict[str, list[str]] = {
    "python -c pass": ["-c", "pass"],
    "import govrules": ["-c", "import govrules"],
    "import attrs": ["-c", "import attrs"],
    "govrules --version": ["-c", _SCRIPT, "--version"],
    "govrules rulesets": ["-c", _SCRIPT, "rulesets"],
    "govrules due": ["-c", _SCRIPT, "due", "xifeng-2022", "countersign_reply", "2025-09-26"],
    "govrules signer": [
        *("-c", _SCRIPT, "signer", "xifeng-2022"),
        *("--kind", "请示", "--issuer", "政府", "--to", "上级政府"),
    ],
    "govrules leave": [
        *("-c", _SCRIPT, "leave", "xifeng-2022", "--role", "部门主要负责人", "--kind", "离丰"),
        *("--start", "2025-03-06", "--requested-on", "2025-03-05"),
    ],
    "govrules explain": ["-c", _SCRIPT, "explain", "xifeng-2022", "53"],
    "govrules workdays": ["-c", _SCRIPT, "workdays", "is", "2025-09-28"],
}

#: The goal, as a multiple of bare Python's start-up (issue 17); `import govrules` alone should cost little.
#: `import attrs` has none: it is the floor under every command that builds a rule (the house model library,
#: imported with typing, inspect, ast and dis), printed so that the commands' ratios can be read against it.
GOAL_RATIO: dict[str, float | None] = {"import govrules": 2.0, "import attrs": None}
COMMAND_GOAL_RATIO = 5.0


def _once(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """The wall time and the CPU time (user + system) of one run, in ms."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        failed = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, check=False)
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {failed.stderr}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def measure(repeat: int, env: dict[str, str]) -> tuple[dict[str, float], dict[str, float]]:
    """The best wall time and the best CPU time of each case, in ms, over `repeat` interleaved rounds of
    fresh processes."""
    wall = dict.fromkeys(CASES, float("inf"))
    cpu = dict.fromkeys(CASES, float("inf"))
    for args in CASES.values():  # a first round unmeasured: bytecode caches written, files in the page cache
        _once(args, env)
    for _ in range(repeat):
        for name, args in CASES.items():
            w, c = _once(args, env)
            wall[name], cpu[name] = min(wall[name], w), min(cpu[name], c)
    return wall, cpu


def _env() -> dict[str, str]:
    """The environment of the runs: bytecode caches read and written, as for an installed package."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}


def figures(best: dict[str, float]) -> list[Figure]:
    floor_name = next(iter(CASES))
    floor = best[floor_name]
    out = [figure(floor_name, floor, "ms")]
    for name, ms in best.items():
        if name != floor_name:
            ratio = GOAL_RATIO.get(name, COMMAND_GOAL_RATIO)
            out.append(figure(name, ms, "ms", peer_name=floor_name, peer=floor, goal_ratio=ratio))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repeat", type=int, default=15, help="runs of each case; the best is kept")
    args = parser.parse_args()
    wall, cpu = measure(args.repeat, _env())
    print(table(f"start-up: wall time, best of {args.repeat} fresh processes", figures(wall)))
    print(
        table(f"start-up: CPU time (user + system), best of {args.repeat}; steadier on a loaded machine", figures(cpu))
    )


if __name__ == "__main__":
    main()
