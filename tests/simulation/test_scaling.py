"""A run's cost is linear in its years and a variant's ruleset is built once a process, with the same
answers: the indexes the engine keeps (trips by bisection, the agenda queue) against the brute-force
scans they replaced, and the kept variant rulesets against rulesets built afresh."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govrules import rulesets, whatif
from govrules.errors import InvalidInput
from govrules.rules import Ruleset
from govrules.simulation import engine, load_scenario, run
from govrules.simulation import scenario as scenario_module
from govrules.simulation.scenario import variant_ruleset
from govrules.whatif import apply_changes
from govrules.whatif.changes import _apply_changes

ROOT = Path(__file__).resolve().parents[2]
BASELINES = sorted((ROOT / "simulations").glob("*.toml"))
DAY0 = date(2024, 1, 1)

days = st.integers(0, 120).map(lambda n: DAY0 + timedelta(days=n))
trips = st.lists(st.tuples(days, st.integers(-2, 30), st.booleans()), max_size=12).map(
    lambda xs: [(a, a + timedelta(days=n), ok) for a, n, ok in xs]
)


class _ScanningPerson(engine._Person):
    """The person as the engine had it: every trip scanned on every question."""

    def is_away(self, d: date) -> bool:
        return any(a <= d <= b for a, b, _ in self.away)

    def authorized(self, d: date) -> bool:
        return any(a <= d <= b and ok for a, b, ok in self.away)


class _ScanningAgenda(engine._Agenda):
    """The agenda as the engine had it: every item of the run filtered at every meeting."""

    def by(self, d: date) -> list[engine._Item]:
        return [i for i in self._items if i[0] <= d]

    def take(self, item: engine._Item) -> None:
        self._items.remove(item)

    def left(self) -> int:
        return len(self._items)


@given(trips, st.lists(days, max_size=30))
def test_spans_cover_the_days_the_intervals_cover(spans: list[tuple[date, date, bool]], asked: list[date]) -> None:
    index = engine._Spans((a, b) for a, b, _ in spans)
    for d in asked + [a for a, _, _ in spans] + [b for _, b, _ in spans]:
        assert (d in index) == any(a <= d <= b for a, b, _ in spans)


@given(st.lists(st.one_of(st.tuples(st.just("trip"), trips), st.tuples(st.just("ask"), days)), max_size=20))
def test_a_person_is_away_as_a_scan_of_the_trips_says(steps: list[tuple[str, Any]]) -> None:
    """Trips and questions interleaved: an index built for one question is not stale at the next."""
    person, scan = engine._Person("副职1", engine.Role.DEPUTY), _ScanningPerson("副职1", engine.Role.DEPUTY)
    for what, arg in steps:
        if what == "trip":
            for a, b, ok in arg:
                person.trip(a, b, ok)
                scan.trip(a, b, ok)
        else:
            assert person.is_away(arg) == scan.is_away(arg)
            assert person.authorized(arg) == scan.authorized(arg)


@given(
    st.lists(days, max_size=25),
    st.lists(st.tuples(st.integers(0, 15), st.lists(st.integers(0, 30), max_size=4)), max_size=12),
)
def test_the_agenda_queue_is_the_scan_of_every_item(
    arrivals: list[date], meetings: list[tuple[int, list[int]]]
) -> None:
    """Meetings on days that never go back, each taking some of the items waiting (by position)."""
    items: list[engine._Item] = sorted((d, f"议题-{n:05d}", None) for n, d in enumerate(arrivals))
    queue, scan = engine._Agenda(list(items)), _ScanningAgenda(list(items))
    d = DAY0
    for gap, picks in meetings:
        d += timedelta(days=gap * 8)
        assert queue.by(d) == scan.by(d)
        for k in picks:
            waiting = queue.by(d)
            if k < len(waiting):
                item = waiting[k]
                queue.take(item)
                scan.take(item)
        assert queue.left() == scan.left()


@pytest.mark.parametrize("path", BASELINES, ids=[p.stem for p in BASELINES])
def test_a_run_is_the_run_the_scans_gave(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two years of each baseline, with the indexes and with the scans they replaced: the same bytes."""
    s = attrs.evolve(load_scenario(path), start=date(2023, 1, 1), end=date(2024, 12, 31))
    away = {True: 0, False: 0}
    is_away = engine._Person.is_away

    def counted(person: engine._Person, d: date) -> bool:
        answer = is_away(person, d)
        away[answer] += 1
        return answer

    with monkeypatch.context() as m:
        m.setattr(engine._Person, "is_away", counted)
        fast = run(s, 5)
    monkeypatch.setattr(engine, "_Person", _ScanningPerson)
    monkeypatch.setattr(engine, "_Agenda", _ScanningAgenda)
    slow = run(s, 5)
    assert list(fast.jsonl()) == list(slow.jsonl())
    assert fast.metrics == slow.metrics
    # the paths were taken: meetings held (the agenda queue), the trip index asked and found people both away and in
    assert fast.metrics["meetings.held"] > 0
    assert away[True] > 0 and away[False] > 0, away


def test_twenty_years_run() -> None:
    s = attrs.evolve(load_scenario(BASELINES[0]), start=date(2005, 1, 1), end=date(2024, 12, 31))
    years = {r["drafted_on"][:4] for r in run(s, 1).records if r["type"] == "document"}
    assert {str(y) for y in range(2005, 2025)} <= years


CHANGES = ({"rule": "countersign_reply", "period": {"amount": 5, "unit": "WORKDAY"}},)


def test_a_variant_ruleset_is_built_once_and_equals_one_built_afresh() -> None:
    a = variant_ruleset("xifeng-2022", CHANGES)
    same = ({"period": {"unit": "WORKDAY", "amount": 5}, "rule": "countersign_reply"},)  # equal, not identical
    assert variant_ruleset("xifeng-2022", same) is a
    assert a == apply_changes(rulesets.load("xifeng-2022"), CHANGES)
    assert a != rulesets.load("xifeng-2022")
    assert variant_ruleset("xifeng-2022", ()) is rulesets.load("xifeng-2022")
    other = ({"rule": "countersign_reply", "period": {"amount": 6, "unit": "WORKDAY"}},)
    assert variant_ruleset("xifeng-2022", other) != a
    floats = ({"rule": "countersign_reply", "period": {"amount": 5.0, "unit": "WORKDAY"}},)
    with pytest.raises(InvalidInput, match="whole number"):  # 5.0 == 5, but 5.0 is refused: kept apart
        variant_ruleset("xifeng-2022", floats)


def test_bad_changes_raise_each_time() -> None:
    bad = ({"rule": "countersign_reply", "period": {"amount": -1, "unit": "WORKDAY"}},)
    for _ in range(2):
        with pytest.raises(InvalidInput):
            variant_ruleset("xifeng-2022", bad)


def test_kept_variants_give_the_runs_built_afresh_give(monkeypatch: pytest.MonkeyPatch) -> None:
    study = scenario_module.default_study()
    kept = [list(run(study, seed).jsonl()) for seed in (1, 2)]
    built: list[Ruleset] = []

    def afresh_each_time(base: Ruleset, changes: Iterable[Mapping[str, Any]]) -> Ruleset:
        built.append(_apply_changes(base, list(changes)))  # every run builds its own
        return built[-1]

    monkeypatch.setattr(whatif, "apply_changes", afresh_each_time)
    afresh = [list(run(study, seed).jsonl()) for seed in (1, 2)]
    assert kept == afresh
    assert len(built) == 2 and built[0] is not built[1]
