"""Simulation: a government's year under its rules, and under changed rules, compared.

`run(scenario, seed)` plays out a year and returns its event log (audit records, each violation
tagged `"truth"`) and metrics; `compare(baseline, variant, replications=n, executor=None)` runs both
over n seeds and reports each metric's difference with a 95% interval.
"""

from __future__ import annotations

from typing import Any

from govrules.simulation import scenario as _scenario
from govrules.simulation.compare import Comparison, MetricDifference, compare
from govrules.simulation.engine import SimulationResult, run
from govrules.simulation.scenario import Scenario, default_study, load_scenario

__all__ = [
    "DEFAULT_CHANGES",
    "DEFAULT_SCENARIO",
    "Comparison",
    "MetricDifference",
    "Scenario",
    "SimulationResult",
    "compare",
    "default_study",
    "load_scenario",
    "run",
]


def __getattr__(name: str) -> Any:
    """`DEFAULT_SCENARIO` and `DEFAULT_CHANGES`: the shipped default study, read when first asked for."""
    return getattr(_scenario, name)
