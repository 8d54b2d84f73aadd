"""How every benchmark prints a figure: the measured value, its goal, and the ratio to its peer or floor.

Issue 17 asks that each figure be printed with its goal and its ratio against a peer measured in the
same run (json.loads, numpy, chinese-calendar, bare Python...), so that a loaded machine slows both
sides alike. Use `figure()` for each line and `table()` to print them together.
"""

from __future__ import annotations

import os

import attrs

__all__ = ["Figure", "figure", "table"]


@attrs.frozen
class Figure:
    """One measured figure.

    `value` and `goal` are in `unit`; `lower_is_better` says which side meets the goal. `peer` is the
    peer's figure in the same unit, measured in the same run, named by `peer_name`; `ratio` is
    value/peer. A goal stated as a ratio (e.g. "within 2x json.loads") is `goal_ratio`.
    """

    name: str
    value: float
    unit: str
    goal: float | None = None
    lower_is_better: bool = True
    peer_name: str | None = None
    peer: float | None = None
    goal_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        return None if not self.peer else self.value / self.peer

    @property
    def met(self) -> bool | None:
        checks: list[bool] = []
        if self.goal is not None:
            checks.append(self.value <= self.goal if self.lower_is_better else self.value >= self.goal)
        if self.goal_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.goal_ratio if self.lower_is_better else self.ratio >= self.goal_ratio)
        return None if not checks else all(checks)


def figure(
    name: str,
    value: float,
    unit: str,
    *,
    goal: float | None = None,
    lower_is_better: bool = True,
    peer_name: str | None = None,
    peer: float | None = None,
    goal_ratio: float | None = None,
) -> Figure:
    """A `Figure` (see its fields)."""
    return Figure(name, value, unit, goal, lower_is_better, peer_name, peer, goal_ratio)


def _num(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.3g}" if abs(x) < 1000 else f"{x:,.0f}"


def table(title: str, figures: list[Figure]) -> str:
    """The figures as an aligned text table with goal, peer, ratio and whether each goal is met."""
    head = ["figure", "value", "unit", "goal", "peer", "peer value", "ratio", "goal ratio", "met"]
    rows = [head]
    for f in figures:
        cmp = "<=" if f.lower_is_better else ">="
        rows.append(
            [
                f.name,
                _num(f.value),
                f.unit,
                "-" if f.goal is None else f"{cmp} {_num(f.goal)}",
                f.peer_name or "-",
                _num(f.peer),
                "-" if f.ratio is None else f"{f.ratio:.3g}x",
                "-" if f.goal_ratio is None else f"{cmp} {f.goal_ratio:g}x",
                {True: "yes", False: "NO", None: "-"}[f.met],
            ]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [f"== {title} (load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores)"]
    for r in rows:
        lines.append(
            "  ".join(
                c.ljust(w) if i in (0, 2, 4) else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    return "\n".join(lines)
