"""Writing a simulation's outputs: the event log, the metrics (CSV and JSON), and charts (extra `plot`)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from govrules.simulation.compare import Comparison
from govrules.simulation.engine import SimulationResult
from govrules.simulation.sensitivity import Sensitivity

__all__ = ["InlineExecutor", "write_comparison", "write_log", "write_plots", "write_sensitivity", "write_tornado"]

P = ParamSpec("P")
T = TypeVar("T")


class InlineExecutor(Executor):
    """An executor that runs each task at once in this process (`--jobs 1`, tests, debugging)."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as e:
            future.set_exception(e)
        return future


def write_log(result: SimulationResult, path: Path) -> None:
    """The event log as JSON Lines (audit records, `truth` tagged)."""
    with path.open("w", encoding="utf-8") as f:
        for line in result.jsonl():
            f.write(line + "\n")


def write_comparison(comparison: Comparison, out: Path) -> list[Path]:
    """metrics.csv (one row per scenario and seed) and metrics.json (each metric's difference)."""
    out.mkdir(parents=True, exist_ok=True)
    names = [m.name for m in comparison.metrics]
    rows = out / "metrics.csv"
    with rows.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["scenario", "replication", *names])
        for label, runs in (("baseline", comparison.baseline_runs), ("variant", comparison.variant_runs)):
            for i, r in enumerate(runs):
                w.writerow([label, i, *(r.get(n, 0.0) for n in names)])
    summary = out / "metrics.json"
    payload: dict[str, Any] = {
        "baseline": comparison.baseline.name,
        "variant": comparison.variant.name,
        "ruleset": comparison.baseline.ruleset,
        "changes": list(comparison.variant.changes),
        "replications": comparison.replications,
        "metrics": {
            m.name: {
                "baseline": m.baseline,
                "variant": m.variant,
                "difference": m.difference,
                "ci95": [m.low, m.high],
                "significant": m.significant,
            }
            for m in comparison.metrics
        },
    }
    summary.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return [rows, summary]


def write_plots(comparison: Comparison, out: Path, metrics: Mapping[str, str] | None = None) -> list[Path]:
    """PNG charts of the metric distributions over the replications; needs the `plot` extra (matplotlib)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    chosen = metrics or {
        m.name: m.name for m in comparison.metrics if m.name.endswith(("on_time_share", "days_mean", "late_share"))
    }
    written = []
    out.mkdir(parents=True, exist_ok=True)
    for name in chosen:
        fig, ax = plt.subplots(figsize=(6, 3.5))
        base = [r.get(name, 0.0) for r in comparison.baseline_runs]
        var = [r.get(name, 0.0) for r in comparison.variant_runs]
        ax.hist([base, var], bins=15, label=["baseline", "variant"])
        ax.set_title(name)
        ax.legend()
        path = out / f"{name.replace('.', '_')}.png"
        fig.tight_layout()
        fig.savefig(path, dpi=100)
        plt.close(fig)
        written.append(path)
    return written


def write_sensitivity(result: Sensitivity, out: Path) -> Path:
    """sensitivity.json: the study's result and, per assumption and metric, the result at each end."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "sensitivity.json"
    payload = {
        "study": result.study,
        "replications": result.replications,
        "result": dict(result.result),
        "swings": [
            {
                "assumption": s.assumption,
                "metric": s.metric,
                "range": [s.low, s.high],
                "at_low": s.at_low,
                "at_high": s.at_high,
                "swing": s.swing,
                "noise": s.noise,
            }
            for metric in result.result
            for s in result.ranked(metric)
        ],
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def write_tornado(result: Sensitivity, out: Path) -> list[Path]:
    """One tornado chart (PNG) per key metric: each assumption's swing, widest on top; needs `plot`."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for metric, centre in result.result.items():
        swings = list(reversed(result.ranked(metric)))
        fig, ax = plt.subplots(figsize=(7, 0.4 * len(swings) + 1.2))
        for y, s in enumerate(swings):
            lo, hi = min(s.at_low, s.at_high), max(s.at_low, s.at_high)
            ax.barh(y, hi - lo, left=lo, color="tab:blue" if s.at_high >= s.at_low else "tab:orange")
        ax.set_yticks(range(len(swings)), [f"{s.assumption} [{s.low:g}, {s.high:g}]" for s in swings])
        ax.axvline(centre, color="black", linewidth=1)
        ax.set_xlabel(f"difference in {metric} (variant - baseline)")
        ax.set_title("blue: rises with the assumption; orange: falls", fontsize=9)
        path = out / f"tornado_{metric.replace('.', '_')}.png"
        fig.tight_layout()
        fig.savefig(path, dpi=100)
        plt.close(fig)
        written.append(path)
    return written
