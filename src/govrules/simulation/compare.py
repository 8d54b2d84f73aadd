"""Compare a baseline and a variant over many seeds: each metric's difference with a 95% interval.

Both scenarios run with the same seeds (common random numbers), so each seed gives a paired
difference; the interval is mean ± t(0.975, n-1)·sd/√n over those differences.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor

import attrs

from govrules.errors import InvalidInput
from govrules.simulation.engine import run
from govrules.simulation.scenario import Scenario

__all__ = [
    "Comparison",
    "MetricDifference",
    "MetricSummary",
    "compare",
    "metrics_of",
    "summaries_of",
    "summarize",
    "summary_table",
]

# t(0.975, df) for df = 1..30; beyond, the normal 1.96 is within 2%.
_T975 = (
    12.706,
    4.303,
    3.182,
    2.776,
    2.571,
    2.447,
    2.365,
    2.306,
    2.262,
    2.228,
    2.201,
    2.179,
    2.160,
    2.145,
    2.131,
    2.120,
    2.110,
    2.101,
    2.093,
    2.086,
    2.080,
    2.074,
    2.069,
    2.064,
    2.060,
    2.056,
    2.052,
    2.048,
    2.045,
    2.042,
)


def _t(df: int) -> float:
    return _T975[df - 1] if df <= len(_T975) else 1.96


@attrs.frozen
class MetricDifference:
    """One metric: its mean under each scenario, and the variant's difference with a 95% interval."""

    name: str
    baseline: float
    variant: float
    difference: float
    low: float
    high: float
    n: int

    @property
    def significant(self) -> bool:
        """Whether the 95% interval excludes zero."""
        return self.low > 0 or self.high < 0


@attrs.frozen
class Comparison:
    """A what-if over `replications` seeds: every metric's difference."""

    baseline: Scenario
    variant: Scenario
    replications: int
    metrics: tuple[MetricDifference, ...]
    baseline_runs: tuple[Mapping[str, float], ...] = attrs.field(repr=False)
    variant_runs: tuple[Mapping[str, float], ...] = attrs.field(repr=False)

    def metric(self, name: str) -> MetricDifference:
        """The difference of one metric by name."""
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(f"no metric {name!r}; metrics: {', '.join(m.name for m in self.metrics)}")

    def table(self) -> str:
        """A plain-text table: metric, baseline, variant, difference [95% interval]."""
        head = f"{'指标 metric':<34} {'基线':>10} {'变更后':>10} {'差值':>10}  95%区间"
        lines = [f"{self.baseline.name} → {self.variant.name}（{self.replications}次重复）", head]
        for m in self.metrics:
            mark = " *" if m.significant else ""
            lines.append(
                f"{m.name:<34} {m.baseline:>10.3f} {m.variant:>10.3f} {m.difference:>+10.3f}  "
                f"[{m.low:+.3f}, {m.high:+.3f}]{mark}"
            )
        lines.append("* 95%区间不含0")
        return "\n".join(lines)


def metrics_of(scenario: Scenario, seed: int) -> dict[str, float]:
    """The metrics of one run (a top-level function, so process pools can call it)."""
    return dict(run(scenario, seed).metrics)


def compare(
    baseline: Scenario,
    variant: Scenario,
    replications: int = 20,
    executor: Executor | None = None,
    *,
    first_seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Comparison:
    """Run both scenarios over `replications` seeds (in `executor`: a process pool by default)."""
    if replications < 2:
        raise InvalidInput(f"a comparison needs at least 2 replications; got {replications}")
    start = baseline.seed if first_seed is None else first_seed
    seeds = range(start, start + replications)
    # built here once (and kept): the runs in this process share them, and a pool's workers forked
    # from it start with them
    baseline.load_ruleset()
    variant.load_ruleset()
    own = executor is None
    pool: Executor = ProcessPoolExecutor() if executor is None else executor
    try:
        futures = [(pool.submit(metrics_of, baseline, s), pool.submit(metrics_of, variant, s)) for s in seeds]
        pairs = []
        for n, (a, b) in enumerate(futures, 1):
            pairs.append((a.result(), b.result()))
            if progress is not None:
                progress(n, replications)
    finally:
        if own:
            pool.shutdown()
    base_runs = tuple(a for a, _ in pairs)
    var_runs = tuple(b for _, b in pairs)
    names = sorted(set().union(*base_runs, *var_runs))
    out = []
    for name in names:
        xs = [a.get(name, 0.0) for a in base_runs]
        ys = [b.get(name, 0.0) for b in var_runs]
        ds = [y - x for x, y in zip(xs, ys, strict=True)]
        mean = statistics.fmean(ds)
        half = _t(len(ds) - 1) * statistics.stdev(ds) / math.sqrt(len(ds))
        out.append(
            MetricDifference(name, statistics.fmean(xs), statistics.fmean(ys), mean, mean - half, mean + half, len(ds))
        )
    return Comparison(baseline, variant, replications, tuple(out), base_runs, var_runs)


@attrs.frozen
class MetricSummary:
    """One metric of one scenario over many seeds: mean and 95% interval of the mean."""

    name: str
    mean: float
    low: float
    high: float
    n: int


def summarize(
    scenario: Scenario,
    replications: int = 20,
    executor: Executor | None = None,
    *,
    first_seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[MetricSummary, ...]:
    """Run one scenario over `replications` seeds: each metric's mean with a 95% interval."""
    if replications < 2:
        raise InvalidInput(f"a summary needs at least 2 replications; got {replications}")
    start = scenario.seed if first_seed is None else first_seed
    scenario.load_ruleset()  # (built once and kept, as in `compare`)
    own = executor is None
    pool: Executor = ProcessPoolExecutor() if executor is None else executor
    try:
        futures = [pool.submit(metrics_of, scenario, s) for s in range(start, start + replications)]
        runs = []
        for n, f in enumerate(futures, 1):
            runs.append(f.result())
            if progress is not None:
                progress(n, replications)
    finally:
        if own:
            pool.shutdown()
    return summaries_of(runs)


def summaries_of(runs: Sequence[Mapping[str, float]]) -> tuple[MetricSummary, ...]:
    """Each metric's mean over `runs` (one mapping of metrics per seed, at least 2) with a 95% interval."""
    out = []
    for name in sorted(set().union(*runs)):
        xs = [r.get(name, 0.0) for r in runs]
        mean = statistics.fmean(xs)
        half = _t(len(xs) - 1) * statistics.stdev(xs) / math.sqrt(len(xs))
        out.append(MetricSummary(name, mean, mean - half, mean + half, len(xs)))
    return tuple(out)


def summary_table(title: str, metrics: tuple[MetricSummary, ...]) -> str:
    """A plain-text table: metric, mean [95% interval]."""
    lines = [title, f"{'指标 metric':<34} {'均值':>10}  95%区间"]
    lines += [f"{m.name:<34} {m.mean:>10.3f}  [{m.low:.3f}, {m.high:.3f}]" for m in metrics]
    return "\n".join(lines)
