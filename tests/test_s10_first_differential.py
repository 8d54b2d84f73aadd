"""Issue 17 (first and repeated answers), session 10: the paths this session made faster give the answers of the
plain ones, over each ruleset's situation space.

- a set-valued field's mask kept per set (`compiled._masker`): the loop over the tests (`mask_each`), asked
  once and again, for a set that cannot be hashed (worked out, not kept), and beyond the sets kept;
- a text without routing rules skips their mask (`signing._routing`): the prohibitions and refusals the
  rules tested one by one give;
- `china()` without files: the calendar `_china` builds; the calendar folder of the last call's environment
  values, followed when a variable is set again (even to the same value) or the folder appears;
- `next_workday` and `previous_workday` with `is_workday` in line: the days, and the errors, of the plain
  definitions, over every day from a year before the calendar to a year after it.
"""

from __future__ import annotations

import json
import types
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest

from _spaces import sampled_documents
from govrules import rulesets, signing, workdays
from govrules.decision import Violation
from govrules.errors import ForbiddenByRule, GovRulesError, NoApplicableRule
from govrules.model import Document
from govrules.rules import RoutingRule, Ruleset, compiled

IDS = list(rulesets.available())
#: documents walked per space (西丰's has millions), evenly
SAMPLE = 20_000


def _documents(rs: Ruleset) -> list[Document]:
    """About `SAMPLE` documents of the space, evenly spread (`_spaces.sampled_documents`)."""
    return sampled_documents(rs, SAMPLE)


def _set_tables(selector: compiled.Selector) -> Iterator[dict[object, int]]:
    """The sets kept by a selector's mask, one table per set-valued field."""
    scope = selector.mask.__globals__
    for k, (_, _, _, is_set) in enumerate(selector.tests):
        if is_set:
            yield scope[f"sets{k}"]


@pytest.mark.parametrize("rid", IDS)
def test_the_mask_of_a_set_kept_is_the_loop_asked_once_and_again(rid: str) -> None:
    rs = rulesets.load(rid).evolve()
    docs = _documents(rs)
    for kinds in (signing._SIGNING_KINDS, signing._APPROVAL_KINDS, signing._ROUTING_KINDS):
        selector = rs.selector(*kinds)
        for _ in range(2):  # first worked out and kept, then read from what was kept
            for d in docs:
                assert selector.mask(d) == selector.mask_each(d), (rid, kinds, d)


def test_a_set_that_cannot_be_hashed_is_worked_out_and_not_kept() -> None:
    rs = rulesets.load("xifeng-2022").evolve()
    selector = rs.selector(*signing._SIGNING_KINDS)
    tables = list(_set_tables(selector))
    assert tables, "xifeng's signing rules test the matters"
    for d in _documents(rs)[:500]:
        duck = types.SimpleNamespace(**{f: getattr(d, f) for f in attrs.fields_dict(Document)})
        duck.matters = sorted(d.matters, key=lambda m: m.name)  # a list: not hashable
        before = [dict(t) for t in tables]
        assert selector.mask(duck) == selector.mask_each(duck) == selector.mask_each(d)
        assert [dict(t) for t in tables] == before


def test_the_sets_kept_are_bounded_and_the_rest_worked_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled, "_SETS_KEPT", 3)
    rs = rulesets.load("xifeng-2022").evolve()  # its selectors written after the bound was lowered
    selector = rs.selector(*signing._SIGNING_KINDS)
    docs = _documents(rs)
    assert len({d.matters for d in docs}) > 3
    for _ in range(2):
        for d in docs:
            assert selector.mask(d) == selector.mask_each(d)
    assert all(len(t) == 3 for t in _set_tables(selector))


def _routing_each(rs: Ruleset, d: Document) -> tuple[Violation, ...]:
    """The prohibitions of the routing rules tested one by one (the reference of `signing.routing`)."""
    prevailing = rs.select_each(RoutingRule, d)[1]
    return tuple(Violation("routing", r.citation, r.message(), r.id) for r in prevailing)  # type: ignore[attr-defined]


def _refusal(rs: Ruleset, d: Document) -> tuple[type[GovRulesError], tuple[object, ...], str | None] | None:
    try:
        signing.who_signs(rs, d)
    except GovRulesError as e:
        return type(e), e.args, e.zh
    return None


def _without_routing(rs: Ruleset) -> Ruleset:
    return rs.evolve(rules=tuple(r for r in rs.rules if not isinstance(r, RoutingRule)))


@pytest.mark.parametrize("rid", IDS)
def test_routing_with_and_without_routing_rules_is_the_rules_tested_one_by_one(rid: str) -> None:
    for rs in (rulesets.load(rid).evolve(), _without_routing(rulesets.load(rid))):
        for d in _documents(rs):
            assert signing.routing(rs, d) == _routing_each(rs, d), (rid, d)


def test_a_refusal_in_a_text_without_routing_rules_names_no_prohibition() -> None:
    # district-xx 第五十六条第四款 forbids some documents: without that rule, their refusal says only who is silent
    rs = rulesets.load("district-xx")
    plain = _without_routing(rs)
    assert rs.rules_of(RoutingRule) and not plain.rules_of(RoutingRule)
    barred = 0
    for d in _documents(rs):
        with_rule, without = _refusal(rs, d), _refusal(plain, d)
        if with_rule is None:
            assert without is None
            continue
        assert without is not None
        if _routing_each(rs, d):
            barred += 1
            assert with_rule[0] is ForbiddenByRule and without[0] is NoApplicableRule  # (session 11)
            assert "不得如此报送" in str(with_rule[2]) and "不得如此报送" not in str(without[2])
        else:
            assert without == with_rule
    assert barred


def _whole_year(year: int) -> dict[str, object]:
    est = workdays.estimate(year)
    off, work = est.schedule(year)
    days = [{"name": est.holiday_name(d), "date": d.isoformat(), "isOffDay": True} for d in off]
    days += [{"name": "", "date": d.isoformat(), "isOffDay": False} for d in work]
    return {"year": year, "papers": [], "days": days}


def test_china_without_files_is_the_calendar_built_for_no_files() -> None:
    assert workdays.china() is workdays._china(False, ())
    assert workdays.china() is workdays.china()
    pytest.importorskip("lunardate")
    assert workdays.china(provisional=True) is workdays._china(True, ())


def test_the_calendar_folder_is_followed_when_a_variable_is_set_again_or_the_folder_appears(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip("lunardate")
    mine = tmp_path / "mine"
    monkeypatch.setenv("GOVRULES_DATA_DIR", str(mine))
    assert 2027 not in workdays.china().years  # no folder yet
    (mine / "calendar").mkdir(parents=True)
    (mine / "calendar" / "2027.json").write_text(json.dumps(_whole_year(2027), ensure_ascii=False), encoding="utf-8")
    assert 2027 in workdays.china().years  # seen at once
    other = tmp_path / "other"
    monkeypatch.setenv("GOVRULES_DATA_DIR", str(other))
    assert 2027 not in workdays.china().years
    monkeypatch.setenv("GOVRULES_DATA_DIR", str(mine))  # the same value as before, set again
    assert 2027 in workdays.china().years
    monkeypatch.setenv("GOVRULES_DATA_DIR", str(mine))  # and again: a new object, the same folder
    assert 2027 in workdays.china().years
    monkeypatch.delenv("GOVRULES_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(other))
    assert 2027 not in workdays.china().years
    monkeypatch.setenv("HOME", str(tmp_path))  # XDG_DATA_HOME still wins
    assert 2027 not in workdays.china().years
    monkeypatch.delenv("XDG_DATA_HOME")
    (tmp_path / ".local" / "share").mkdir(parents=True)
    (tmp_path / ".local" / "share" / "govrules").symlink_to(mine)
    assert 2027 in workdays.china().years  # HOME's ~/.local/share/govrules


def _outcome(fn: object, d: date) -> object:
    try:
        return fn(d)  # type: ignore[operator]
    except GovRulesError as e:
        return type(e), e.args, getattr(e, "zh", None), str(e)


def test_next_and_previous_workday_are_their_plain_definitions_on_every_day() -> None:
    cal = workdays.china()
    first, last = min(cal.years), max(cal.years)
    day, end = date(first - 1, 12, 1), date(last + 1, 1, 31)
    while day <= end:
        assert _outcome(cal.next_workday, day) == _outcome(
            lambda d: d if cal.is_workday(d) else cal.add_workdays(d, 1), day
        ), day
        assert _outcome(cal.previous_workday, day) == _outcome(
            lambda d: d if cal.is_workday(d) else cal.add_workdays(d, -1), day
        ), day
        day += timedelta(days=1)
    for bad in ("2025-10-01", None, 20251001):
        assert _outcome(cal.next_workday, bad) == _outcome(  # type: ignore[arg-type]
            lambda d: d if cal.is_workday(workdays.as_date(d)) else cal.add_workdays(d, 1),
            bad,  # type: ignore[arg-type]
        )
