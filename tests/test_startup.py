"""Start-up (issue 17): what a one-line command leaves out, the collector paused and given back, and the cheaper
forms of `Ruleset.version`, the calendar's arrays and the terminal's width each equal to what they replace.

Nothing here is timed (benchmarks/startup.py times the commands); each test checks a result or what a fresh
interpreter has loaded.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from datetime import date, timedelta
from enum import Enum
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govrules import rulesets
from govrules.cli import ONE_LINE, main
from govrules.model import Role
from govrules.rules.ruleset import _canonical
from govrules.workdays import WorkdayCalendar, china

_LOADED = """
import json, sys
from govrules.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""

#: What no one-line command needs: the archive modules shutil brings, pathlib, the stdlib calendar, the
#: holiday-cn file reader (no --holidays given) and the estimate of years not published (no --provisional).
_NOT_LOADED = ("shutil", "bz2", "lzma", "pathlib", "calendar", "govrules.calendar_files", "govrules.estimate")

_ONE_LINE_RUNS = [
    ("--version",),
    ("rulesets",),
    ("due", "xifeng-2022", "countersign_reply", "2025-09-26"),
    ("signer", "xifeng-2022", "--kind", "请示", "--issuer", "政府", "--to", "上级政府"),
    ("leave", "xifeng-2022", "--role", "部门主要负责人", "--kind", "离丰", "--start", "2025-03-06"),
    ("explain", "xifeng-2022", "53"),
    ("workdays", "is", "2025-09-28"),
]


def _loaded(argv: tuple[str, ...]) -> list[str]:
    code = _LOADED.format(argv=list(argv))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return modules


@pytest.mark.parametrize("argv", _ONE_LINE_RUNS, ids=lambda a: a[0])
def test_a_one_line_command_leaves_out_what_it_does_not_use(argv: tuple[str, ...]) -> None:
    loaded = _loaded(argv)
    assert "govrules.cli" in loaded
    assert not [m for m in loaded if m in _NOT_LOADED], loaded


@pytest.mark.parametrize(
    "argv", [a for a in _ONE_LINE_RUNS if a[0] in ("due", "explain", "signer", "leave")], ids=lambda a: a[0]
)
def test_an_answer_that_does_not_show_the_version_does_not_hash_the_rules(argv: tuple[str, ...]) -> None:
    loaded = _loaded(argv)
    assert "govrules.rulesets.xifeng_2022" in loaded
    assert "hashlib" not in loaded and "_hashlib" not in loaded, loaded


def test_the_listing_of_rulesets_builds_none() -> None:
    # it reads the index tools/gen_docs.py writes: no rule, no attrs class, no hash
    loaded = _loaded(("rulesets",))
    assert not [m for m in loaded if m.startswith("govrules.rulesets") or m in ("attr", "attrs", "hashlib")], loaded


@pytest.mark.parametrize("rid", rulesets.available())
def test_the_index_of_rulesets_says_what_each_ruleset_says(rid: str) -> None:
    from govrules.cli.rulesets import shipped

    index = shipped()
    assert [r["id"] for r in index] == list(rulesets.available())
    rs = rulesets.load(rid)
    since = rs.effective_from.isoformat() if rs.effective_from else None
    assert next(r for r in index if r["id"] == rid) == {
        "id": rid, "government": rs.government.name, "title": rs.title, "effective_from": since,
        "rules": len(rs.rules), "version": rs.version,
    }  # fmt: skip


def test_the_estimate_is_still_a_name_of_workdays() -> None:
    from govrules import estimate, workdays

    assert workdays.statutory_schedule is estimate.statutory_schedule
    assert "statutory_schedule" in workdays.__all__
    with pytest.raises(AttributeError, match="no attribute 'nothing_of_that_name'"):
        workdays.nothing_of_that_name  # noqa: B018


# -- the collector --


def _spy(monkeypatch: pytest.MonkeyPatch, module: str, run: str, seen: list[bool]) -> None:
    """The run function of a command replaced by one that notes whether the collector is on."""
    import importlib

    def noting(args: argparse.Namespace) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(importlib.import_module(module), run, noting)


def test_a_one_line_command_runs_with_the_collector_paused_and_gives_it_back(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    _spy(monkeypatch, "govrules.cli.due", "_due", seen)
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    assert main(["due", "xifeng-2022", "countersign_reply", "2025-09-26"]) == 0
    assert seen == [False]
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # argv given: not the console script, nothing frozen


def test_a_long_command_runs_with_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    _spy(monkeypatch, "govrules.cli.audit", "_audit", seen)
    assert "audit" not in ONE_LINE
    assert main(["audit", "xifeng-2022", "records.jsonl"]) == 0
    assert seen == [True]
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    _spy(monkeypatch, "govrules.cli.audit", "_audit", seen)
    gc.disable()
    try:
        assert main(["audit", "xifeng-2022", "records.jsonl"]) == 0
        assert main(["workdays", "is", "2025-09-28"]) == 0
        assert main(["due", "-h"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False]


def test_the_console_script_freezes_what_is_left_and_an_error_gives_the_collector_back() -> None:
    code = (
        "import gc, sys\nfrom govrules.cli import main\nsys.argv = ['govrules', 'due', 'nowhere', 'x', '2025-01-01']\n"
        "status = main()\nprint(status, gc.isenabled(), gc.get_freeze_count() > 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["2", "True", "True"]


# -- Ruleset.version: the same value, worked out faster --


def _canonical_before(value: object) -> object:
    """`_canonical` as it was written before it dispatched once per class: the definition it must still meet."""
    if attrs.has(type(value)):
        return (
            type(value).__name__,
            tuple((f.name, _canonical_before(getattr(value, f.name))) for f in attrs.fields(type(value)) if f.eq),  # type: ignore[arg-type]
        )
    if isinstance(value, (frozenset, set)):
        return ("set", tuple(sorted((_canonical_before(v) for v in value), key=repr)))
    if isinstance(value, Mapping):
        return (
            "map",
            tuple(sorted(((_canonical_before(k), _canonical_before(v)) for k, v in value.items()), key=repr)),
        )
    if isinstance(value, tuple):
        return tuple(_canonical_before(v) for v in value)
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


@pytest.mark.parametrize("ruleset_id", rulesets.available())
def test_the_version_is_the_hash_of_the_rules_as_before(ruleset_id: str) -> None:
    rs = rulesets.load(ruleset_id)
    for rule in rs.rules:
        assert _canonical(rule) == _canonical_before(rule), rule.id
    before = hashlib.sha256(repr(sorted((r.id, _canonical_before(r)) for r in rs.rules)).encode()).hexdigest()[:12]
    assert rs.version == before
    assert rs.evolve(rules=rs.rules[1:]).version != rs.version


@attrs.frozen
class _Pair:
    left: object
    right: object = attrs.field(eq=False)


_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=3),
    st.dates(),
    st.sampled_from(Role),
    st.floats(allow_nan=False),
)
_values = st.recursive(
    _leaves,
    lambda inner: st.one_of(
        st.tuples(inner, inner),
        st.lists(inner, max_size=3).map(tuple),
        st.frozensets(st.one_of(st.integers(), st.text(max_size=2), st.sampled_from(Role)), max_size=3),
        st.dictionaries(st.text(max_size=2), inner, max_size=3),
        st.builds(_Pair, inner, inner),
        st.lists(inner, max_size=2),
    ),
    max_leaves=12,
)


@given(_values)
def test_canonical_is_what_it_was_for_any_value(value: Any) -> None:
    assert _canonical(value) == _canonical_before(value)


# -- the calendar's arrays --


def _arrays_day_by_day(exceptions: Mapping[date, bool], years: frozenset[int]) -> tuple[object, ...]:
    """The calendar's arrays as `WorkdayCalendar.build` made them before: one day at a time."""
    base = date(min(years), 1, 1).toordinal()
    end = date(max(years), 12, 31).toordinal()
    kind, cum, nth, gaps = bytearray(end - base + 1), [], [], []
    count = gap = 0
    for i in range(end - base + 1):
        d = date.fromordinal(base + i)
        if d.year not in years:
            k = 2
            gap += 1
        else:
            work = exceptions.get(d, d.weekday() < 5)
            k = int(bool(work))
            if work:
                count += 1
                nth.append(d)
        kind[i] = k
        cum.append(count)
        gaps.append(gap)
    return base, bytes(kind), tuple(cum), tuple(nth), tuple(gaps) if gap else None, len(kind), len(nth)


def _arrays(cal: WorkdayCalendar) -> tuple[object, ...]:
    return cal._base, cal._kind, cal._cum, cal._nth, cal._gapcum, cal._size, cal._total


@st.composite
def _schedules(draw: st.DrawFn) -> tuple[dict[date, bool], frozenset[int]]:
    years = frozenset(draw(st.lists(st.integers(1999, 2040), min_size=1, max_size=5)))
    days = st.sampled_from(sorted(years)).flatmap(
        lambda y: st.integers(0, date(y, 12, 31).toordinal() - date(y, 1, 1).toordinal()).map(
            lambda n, y=y: date(y, 1, 1) + timedelta(days=n)
        )
    )
    return draw(st.dictionaries(days, st.booleans(), max_size=40)), years


@given(_schedules())
def test_the_calendar_arrays_are_those_of_the_day_by_day_build(
    schedule: tuple[dict[date, bool], frozenset[int]],
) -> None:
    exceptions, years = schedule
    assert _arrays(WorkdayCalendar.build(exceptions, {}, years)) == _arrays_day_by_day(exceptions, years)


def test_the_shipped_calendar_arrays_are_those_of_the_day_by_day_build() -> None:
    cal = china()
    assert _arrays(cal) == _arrays_day_by_day(cal._exceptions, frozenset(cal.years))


# -- the terminal's width --


@given(st.one_of(st.none(), st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))))
@example("-5")
@example("0")
@example("1.5")
@example(" 90 ")
@example("120")
@example("٣")
def test_the_help_is_as_wide_as_shutil_says(columns: str | None) -> None:
    from govrules.cli._parse import Formatter, terminal_columns

    with pytest.MonkeyPatch.context() as mp:
        if columns is None:
            mp.delenv("COLUMNS", raising=False)
        else:
            mp.setenv("COLUMNS", columns)
        assert terminal_columns() == shutil.get_terminal_size().columns
        assert Formatter("govrules")._width == argparse.HelpFormatter("govrules")._width


@pytest.mark.parametrize("size", [(132, 40), (0, 0), None], ids=["terminal-132", "terminal-0", "no-terminal"])
def test_the_width_of_a_terminal_is_as_shutil_says(
    size: tuple[int, int] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without $COLUMNS the width is the terminal's (132), 80 where it says 0 or there is none: what shutil says,
    with the terminal faked (under pytest stdout is no terminal)."""
    from govrules.cli._parse import terminal_columns

    monkeypatch.delenv("COLUMNS", raising=False)

    def fake(fd: int = 1) -> os.terminal_size:
        if size is None:
            raise OSError("not a terminal")
        return os.terminal_size(size)

    monkeypatch.setattr(os, "get_terminal_size", fake)
    assert terminal_columns() == shutil.get_terminal_size().columns == (132 if size == (132, 40) else 80)


def test_the_collector_is_given_back_when_a_command_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that ends by raising (SystemExit from deep inside a command, an interrupt) still leaves the
    collector as it found it."""

    def stop(args: object) -> int:
        assert not gc.isenabled()
        raise SystemExit(3)

    monkeypatch.setattr(importlib.import_module("govrules.cli.due"), "_due", stop)
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["due", "xifeng-2022", "countersign_reply", "2025-09-26"])
    assert gc.isenabled()
