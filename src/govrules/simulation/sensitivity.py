"""What a study's conclusion rests on: each behavioural assumption varied over its stated range.

For each assumption (a path into `[behaviour]`, with the range `behaviour.RANGES` or the scenario's
`[sensitivity]` table states), the study — baseline against variant, over the same seeds — is run
with the assumption at the low end and at the high end of its range, everything else as stated. The
study's result is the difference the rule change makes to its key metrics; an assumption matters
when that difference moves across its range (a tornado chart shows the widest swings first).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any

import attrs

from govrules.errors import InvalidInput
from govrules.model import Role
from govrules.simulation.behaviour import RANGES
from govrules.simulation.compare import compare
from govrules.simulation.scenario import Behaviour, Scenario, Volumes

__all__ = ["Sensitivity", "Swing", "check_path", "key_metrics", "sensitivity", "with_assumption"]


@attrs.frozen
class Swing:
    """One assumption over its range: the study's difference in one metric at each end."""

    assumption: str
    metric: str
    low: float
    high: float
    at_low: float
    at_high: float
    #: the half-width of the 95% interval of the difference, the wider of the two ends: a swing
    #: within it is not told apart from the noise of the replications
    noise: float = 0.0

    @property
    def swing(self) -> float:
        """How far the study's result moves across the assumption's range."""
        return abs(self.at_high - self.at_low)


@attrs.frozen
class Sensitivity:
    """A study's result (each key metric's difference) and how each assumption moves it."""

    study: str
    replications: int
    result: Mapping[str, float]
    swings: tuple[Swing, ...]

    def ranked(self, metric: str) -> list[Swing]:
        """The swings of one metric, widest first."""
        return sorted((s for s in self.swings if s.metric == metric), key=lambda s: (-s.swing, s.assumption))

    def table(self, lang: str = "zh") -> str:
        """A plain-text table per key metric: assumption, range, the study's difference at each end (in `lang`)."""
        from govrules.simulation.report import metric_label

        zh = lang == "zh"
        lines = [
            f"敏感性分析：{self.study}（每端{self.replications}次重复）"
            if zh
            else f"Sensitivity analysis: {self.study} ({self.replications} replications at each end)"
        ]
        for metric, value in self.result.items():
            lines.append("")
            label, unit = metric_label(metric, lang)
            if zh:
                lines.append(
                    f"结果：{label}（{metric}，单位{'比例' if unit == '%' else unit}）：变更后差值 {value:+.3f}"
                )
                head = ("假设 assumption", "取值范围", "低端差值", "高端差值", "摆幅", "±噪声")
            else:
                shown = "a share" if unit == "%" else unit
                lines.append(f"Result: {label} ({metric}, in {shown}): difference after the change {value:+.3f}")
                head = ("assumption", "range", "at low", "at high", "swing", "±noise")
            lines.append(f"{head[0]:<28} {head[1]:>14} {head[2]:>10} {head[3]:>10} {head[4]:>8} {head[5]:>8}")
            for s in self.ranked(metric):
                span = f"[{s.low:g}, {s.high:g}]"
                lines.append(
                    f"{s.assumption:<28} {span:>14} {s.at_low:>+10.3f} {s.at_high:>+10.3f} {s.swing:>8.3f}"
                    f" {s.noise:>8.3f}"
                )
        lines.append("")
        if zh:
            lines.append("摆幅：该假设从低端到高端时，规则变更效果（差值）的变化；越大，结论越依赖该假设。")
            lines.append("±噪声：两端差值95%区间半宽的较大者；摆幅小于噪声时，与重复次数带来的随机波动无法区分。")
        else:
            lines.append(
                "swing: how far the rule change's effect (the difference) moves as the assumption goes from its low"
                " end to its high end; the wider, the more the result rests on that assumption."
            )
            lines.append(
                "±noise: the wider half of the two ends' 95% intervals; a swing within it is not told apart from"
                " the random noise of the replications."
            )
        return "\n".join(lines)


#: Assumed volumes a study's result can rest on as much as behaviour does (a review found the share of
#: documents that wait for countersigns moved 西丰's latency result seven times the widest behavioural
#: swing): varied too, as paths into `[volumes]`.
VOLUME_RANGES: dict[str, tuple[float, float]] = {
    "volumes.countersign_share": (0.1, 0.8),
    "volumes.documents_per_day": (0.6, 2.0),
}


def check_path(path: str) -> None:
    """Raise `InvalidInput` unless `path` names a number in `[behaviour]` (a share, a mean, a capacity) or
    in `[volumes]` (`volumes.countersign_share`)."""
    if path.startswith("volumes."):
        _set(Volumes(), path.removeprefix("volumes."), 0.0)
        return
    with_assumption(Behaviour(), path, 0.0)


def with_scenario_assumption(scenario: Scenario, path: str, value: float) -> Scenario:
    """`scenario` with the assumption at `path` set to `value`: a path into `[volumes]` or `[behaviour]`."""
    if path.startswith("volumes."):
        try:
            volumes = _set(scenario.volumes, path.removeprefix("volumes."), value)
        except (InvalidInput, TypeError, AttributeError) as e:
            raise InvalidInput(f"assumption {path!r} cannot be set to {value!r}: {e}") from None
        return attrs.evolve(scenario, volumes=volumes)
    return attrs.evolve(scenario, behaviour=with_assumption(scenario.behaviour, path, value))


def with_assumption(behaviour: Behaviour, path: str, value: float) -> Behaviour:
    """`behaviour` with the number at `path` ("countersign.prompt_share", "sign_capacity.HEAD") set to `value`."""
    head, _, rest = path.partition(".")
    fields = attrs.fields_dict(Behaviour)
    if head not in fields:
        raise InvalidInput(f"unknown assumption {path!r}; expected a path into [behaviour]: {', '.join(fields)}")
    if head == "sign_capacity":
        try:
            role = Role[rest]
        except KeyError:
            raise InvalidInput(f"unknown assumption {path!r}: {rest!r} is not a role") from None
        return attrs.evolve(behaviour, sign_capacity={**behaviour.sign_capacity, role: max(1, round(value))})
    current = getattr(behaviour, head)
    try:
        return attrs.evolve(behaviour, **{head: _set(current, rest, value)})
    except (InvalidInput, TypeError, AttributeError) as e:
        raise InvalidInput(f"assumption {path!r} cannot be set to {value!r}: {e}") from None


def _set(obj: Any, path: str, value: float) -> Any:
    if not path:
        if isinstance(obj, bool) or not isinstance(obj, (int, float)):
            raise InvalidInput(f"not a number but a {type(obj).__name__}")
        return value
    if not attrs.has(type(obj)):
        raise InvalidInput(f"{type(obj).__name__} has no field {path!r}")
    head, _, rest = path.partition(".")
    if head not in attrs.fields_dict(type(obj)):
        raise InvalidInput(f"{type(obj).__name__} has no field {head!r}")
    return attrs.evolve(obj, **{head: _set(getattr(obj, head), rest, value)})


def key_metrics(variant: Scenario) -> tuple[str, ...]:
    """The metrics a study is about: the on-time share of each deadline it changes, and signing latency."""
    rules = [str(c["rule"]) for c in variant.changes]
    return (*(f"{r}.on_time_share" for r in rules), "signing.latency.days_mean")


def sensitivity(
    variant: Scenario,
    replications: int = 10,
    executor: Executor | None = None,
    *,
    metrics: tuple[str, ...] | None = None,
    ranges: Mapping[str, tuple[float, float]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Sensitivity:
    """The study `variant` against its baseline, with each assumption at each end of its range."""
    if not variant.changes:
        raise InvalidInput(f"scenario {variant.name!r} changes no rule: a sensitivity analysis needs a what-if")
    chosen = dict({**RANGES, **VOLUME_RANGES} if ranges is None else ranges)
    chosen.update(variant.sensitivity if ranges is None else {})
    wanted = metrics or key_metrics(variant)
    baseline = variant.baseline()
    # Every end runs the same rule change: one pool for them all, whose workers keep the variant's
    # ruleset (and its memo of decisions) from one comparison to the next.
    own = executor is None
    pool: Executor = ProcessPoolExecutor() if executor is None else executor
    try:
        return _sensitivity(variant, baseline, replications, pool, wanted, chosen, progress)
    finally:
        if own:
            pool.shutdown()


def _sensitivity(
    variant: Scenario,
    baseline: Scenario,
    replications: int,
    executor: Executor,
    wanted: tuple[str, ...],
    chosen: Mapping[str, tuple[float, float]],
    progress: Callable[[int, int], None] | None,
) -> Sensitivity:
    central = compare(baseline, variant, replications, executor)
    names = {m.name for m in central.metrics}
    wanted = tuple(m for m in wanted if m in names)
    swings: list[Swing] = []
    total = len(chosen)
    for n, (path, (low, high)) in enumerate(sorted(chosen.items()), 1):
        ends = []
        for value in (low, high):
            c = compare(
                with_scenario_assumption(baseline, path, value),
                with_scenario_assumption(variant, path, value),
                replications,
                executor,
            )
            ends.append({m.name: (m.difference, (m.high - m.low) / 2) for m in c.metrics})
        swings += [
            Swing(
                path,
                m,
                low,
                high,
                ends[0].get(m, (0.0, 0.0))[0],
                ends[1].get(m, (0.0, 0.0))[0],
                max(ends[0].get(m, (0.0, 0.0))[1], ends[1].get(m, (0.0, 0.0))[1]),
            )
            for m in wanted
        ]
        if progress is not None:
            progress(n, total)
    result = {m: central.metric(m).difference for m in wanted}
    return Sensitivity(variant.name, replications, result, tuple(swings))
