"""Decisions filled from templates (issue 17): a deadline from its rule's template, a signing or leave
decision and its trace from their mask's, each exactly what `__init__` builds; answers and refusals asked
again are what they were; a calendar that is not one is refused by name."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrules import attendance, deadlines, rulesets, signing
from govrules.errors import CalendarNotCovered, GovRulesError, InvalidInput
from govrules.model import Document, LeaveRequest
from govrules.workdays import china

CAL = china()


def test_a_year_without_a_schedule_is_refused_alike_each_time() -> None:
    """CalendarNotCovered carries the year, the years covered, the day: asked again, the same."""
    rs = rulesets.load("xifeng-2022").evolve()
    first = second = None
    for _ in range(2):
        with pytest.raises(CalendarNotCovered) as caught:
            deadlines.due(rs, "minutes_issue", date(2031, 3, 3), calendar=CAL)
        first, second = second, caught.value
    assert first is not None and second is not None and first is not second
    assert (second.year, second.covered, second.estimated, second.day, str(second)) == (
        first.year,
        first.covered,
        first.estimated,
        first.day,
        str(first),
    )
    assert second.year == 2031 and 2026 in second.covered
    assert rs.remembered(deadlines._due).cache_info().currsize == 0  # type: ignore[attr-defined]


@pytest.mark.parametrize("rid", rulesets.available())
def test_refusals_and_answers_asked_again_are_what_they_were(rid: str) -> None:
    """Every document kind from every issuer, asked three times on one ruleset: the same decision or the
    same error (type, message, Chinese) each time, and what a fresh ruleset gives."""
    from govrules.model import DocumentKind, Issuer

    rs = rulesets.load(rid).evolve()
    for kind in DocumentKind:
        for issuer in Issuer:
            try:
                doc = Document(kind=kind, issuer=issuer, meeting="常务会议" if kind.value == "纪要" else None)
            except InvalidInput:
                continue
            outcomes = []
            for ruleset in (rs, rs, rs, rulesets.load(rid).evolve()):
                try:
                    d = signing.who_signs(ruleset, doc)
                    outcomes.append(("ok", d.signers, d.reviewers, d.explain()))
                except GovRulesError as e:
                    outcomes.append(("error", type(e), str(e), e.zh))
            assert outcomes.count(outcomes[0]) == 4, (kind, issuer, outcomes)


def test_a_calendar_that_is_not_one_is_refused_by_name() -> None:
    """due and check_leave name a wrong calendar (it was a TypeError from the memo before)."""
    rs = rulesets.load("xifeng-2022")
    with pytest.raises(InvalidInput, match="calendar must be a WorkdayCalendar"):
        deadlines.due(rs, "minutes_issue", date(2025, 3, 3), calendar={})  # type: ignore[arg-type]
    request = LeaveRequest(role="副县长", kind="外出", start=date(2025, 3, 3), end=date(2025, 3, 4))
    with pytest.raises(InvalidInput, match="calendar must be a WorkdayCalendar"):
        attendance.check_leave(rs, request, calendar=[])  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(
    rid=st.sampled_from(rulesets.available()),
    offset=st.integers(0, 8000),
    pick=st.integers(0, 100),
    variant=st.booleans(),
)
def test_the_deadline_from_its_template_is_the_one_init_builds(rid: str, offset: int, pick: int, variant: bool) -> None:
    """`_due` fills a Deadline from its rule's template: every field, equality, hash and explanation are
    those of `Deadline(...)` built field by field from the rule."""
    rs = rulesets.load(rid)
    ids = deadlines.rule_ids(rs)
    rule_id = ids[pick % len(ids)]
    rule = rs.rule(rule_id)
    names = sorted(rule.variants) if variant else []  # type: ignore[attr-defined]
    name = names[pick % len(names)] if names else None
    period = rule.variants[name] if name else rule.period  # type: ignore[attr-defined]
    anchor = date(2004, 1, 1) + timedelta(days=offset)
    try:
        got = deadlines.due(rs, rule_id, anchor, variant=name, calendar=CAL)
    except CalendarNotCovered:
        with pytest.raises(CalendarNotCovered):
            period.resolve(anchor, CAL)
        return
    day = period.resolve(anchor, CAL)
    built = deadlines.Deadline(
        date=day,
        anchor=anchor,
        rule=rule_id,
        period=period,
        variant=name,
        citation=rule.citation,
        citations=rule.cite,
        provisional=CAL.is_estimated(day, anchor),
        ruleset=rs,
    )
    assert got == built and hash(got) == hash(built) and repr(got) == repr(built)
    assert got.explain() == built.explain() and got.trace == built.trace
    assert vars(got) == {f: getattr(built, f) for f in vars(built)}


def _as_init_builds(obj: object) -> object:
    """`obj` built again by its class's `__init__` from its own fields."""
    import attrs

    cls = type(obj)
    return cls(**{(f.alias or f.name): getattr(obj, f.name) for f in attrs.fields(cls) if f.init})  # type: ignore[arg-type]


@pytest.mark.parametrize("rid", rulesets.available())
def test_decisions_filled_from_templates_are_what_init_builds(rid: str) -> None:
    """who_signs, who_approves and check_leave fill their decisions and traces from templates, not through
    `__init__`: each has exactly the attributes `__init__` gives it, equal, with the same repr and
    explanation, and its trace likewise."""
    from govrules.whatif.space import _DocumentSpace, _LeaveSpace

    rs = rulesets.load(rid).evolve()
    space = _DocumentSpace.of(rs)
    docs = list(itertools.islice(space.documents(), 0, None, max(1, space.size() // 300)))
    requests = list(_LeaveSpace.of(rs).requests())[::7]
    made = 0
    for ask, items in (
        (lambda d: signing.who_signs(rs, d), docs),
        (lambda d: signing.who_approves(rs, d), docs),
        (lambda q: attendance.check_leave(rs, q, calendar=CAL), requests),
    ):
        for x in items:
            try:
                d = ask(x)
            except GovRulesError:
                continue
            made += 1
            again = _as_init_builds(d)
            assert vars(d) == vars(again) and repr(d) == repr(again) and d.explain() == again.explain()
            t = d.trace
            t_again = _as_init_builds(t)
            assert vars(t) == vars(t_again) and t.checks == t_again.checks
    assert made > 50
