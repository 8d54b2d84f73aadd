"""Checks of the simulation model itself (Hypothesis): a later deadline never lowers its on-time share
and never speeds documents up; a what-if that changes nothing changes no metric."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from govrules.simulation import DEFAULT_SCENARIO, compare, load_scenario, run
from govrules.simulation.output import InlineExecutor

SIMULATIONS = Path(__file__).resolve().parents[2] / "simulations"
#: A quarter of the built-in year: long enough for queues and countersigns, short enough to run often.
QUARTER = attrs.evolve(DEFAULT_SCENARIO, end=date(2025, 3, 31))


def _period(amount: int) -> tuple[dict[str, object], ...]:
    return ({"rule": "countersign_reply", "period": {"amount": amount, "unit": "WORKDAY"}},)


def test_a_what_if_that_changes_nothing_changes_no_metric() -> None:
    same = QUARTER.with_changes(_period(7), "会签仍为7个工作日")  # 第五十二条 says 7 already
    c = compare(QUARTER, same, replications=3, executor=InlineExecutor())
    assert c.metrics
    assert all(m.difference == 0 and m.low == 0 and m.high == 0 for m in c.metrics)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 10_000), amount=st.integers(1, 10), later=st.integers(1, 5))
def test_a_later_deadline_is_never_met_less_often_nor_moves_documents_faster(
    seed: int, amount: int, later: int
) -> None:
    sooner = run(QUARTER.with_changes(_period(amount)), seed).metrics
    after = run(QUARTER.with_changes(_period(amount + later)), seed).metrics
    assert after["countersign_reply.on_time_share"] >= sooner["countersign_reply.on_time_share"]
    assert after["countersign_reply.days_mean"] >= sooner["countersign_reply.days_mean"]
    assert after["countersign.wait.days_mean"] >= sooner["countersign.wait.days_mean"]
    assert after["signing.latency.days_mean"] >= sooner["signing.latency.days_mean"]


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 10_000), amount=st.integers(1, 15), later=st.integers(1, 5))
def test_a_later_request_deadline_is_never_met_less_often(seed: int, amount: int, later: int) -> None:
    """The same for answers to requests (咸阳 第五十八条: 10个工作日内办复)."""
    quarter = attrs.evolve(load_scenario(SIMULATIONS / "xianyang_2013.toml"), end=date(2025, 3, 31))

    def change(n: int) -> tuple[dict[str, object], ...]:
        return ({"rule": "request_reply", "period": {"amount": n, "unit": "WORKDAY"}},)

    sooner = run(quarter.with_changes(change(amount)), seed).metrics
    after = run(quarter.with_changes(change(amount + later)), seed).metrics
    assert after["request_reply.on_time_share"] >= sooner["request_reply.on_time_share"]
    assert after["request_reply.days_mean"] >= sooner["request_reply.days_mean"]
