"""Decisions filled from templates (issue 17): a deadline from its rule's template, a signing or leave
decision and its trace from their mask's, each exactly what `__init__` builds; answers and refusals asked
again are what they were; a calendar that is not one is refused by name."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrules import attendance, deadlines, rulesets, signing
from govrules.errors import CalendarNotCovered, GovRulesError, InvalidInput, NoApplicableRule
from govrules.model import Document, LeaveRequest
from govrules.rules import Ruleset
from govrules.workdays import WorkdayCalendar, china

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


def test_refusals_are_remembered_and_raised_anew() -> None:
    """A situation no rule covers (who_signs, who_approves, check_leave) is refused from memory when asked
    again: the memo's hits count it, and each time a new error of the same type, message and Chinese is
    raised (an error object raised twice would carry both tracebacks), with the message as its one argument,
    the same as a fresh ruleset raises."""
    document = Document(kind="RESOLUTION", issuer="JOINT_OFFICES")  # no signing or approval rule covers it
    request = LeaveRequest(role="秘书长", kind="外出", start=date(2025, 3, 3), end=date(2025, 3, 4))  # 65: no approver
    cases: list[tuple[Callable[..., object], Callable[[Ruleset], object]]] = [
        (signing._decide, lambda rs: signing.who_signs(rs, document)),
        (signing._approval, lambda rs: signing.who_approves(rs, document)),
        (attendance._check_leave_fast, lambda rs: attendance.check_leave(rs, request, calendar=CAL)),
    ]
    for compute, ask in cases:
        rs = rulesets.load("xianyang-2013").evolve()
        errors = []
        for ruleset in (rs, rs, rulesets.load("xianyang-2013").evolve()):
            with pytest.raises(NoApplicableRule) as caught:
                ask(ruleset)
            errors.append(caught.value)
        first, second = errors[:2]
        info = rs.memos[compute].cache_info()  # type: ignore[attr-defined]
        assert (info.hits, info.currsize) == (1, 1), compute
        assert first is not second
        assert {(type(e), str(e), e.zh) for e in errors} == {(type(first), str(first), first.zh)}
        assert second.args == first.args == (str(first),) and str(first).startswith("xianyang-2013: no ")
        assert second.__traceback__ is not first.__traceback__


def test_a_calendar_that_is_not_one_is_refused_by_name() -> None:
    """due and check_leave name a wrong calendar (it was a TypeError from the memo before)."""
    rs = rulesets.load("xifeng-2022")
    with pytest.raises(InvalidInput, match="calendar must be a WorkdayCalendar"):
        deadlines.due(rs, "minutes_issue", date(2025, 3, 3), calendar={})  # type: ignore[arg-type]
    request = LeaveRequest(role="副县长", kind="外出", start=date(2025, 3, 3), end=date(2025, 3, 4))
    with pytest.raises(InvalidInput, match="calendar must be a WorkdayCalendar"):
        attendance.check_leave(rs, request, calendar=[])  # type: ignore[arg-type]


#: The calendar as shipped, and with every year after it estimated: `provisional` is True only on the latter.
CALENDARS = [CAL, china(provisional=True)]


def _estimated(cal: WorkdayCalendar, *days: date) -> bool:
    """Whether any of `days` falls in a year `cal` estimates: the rule, written here apart from the code."""
    return any(d.year in cal.provisional_years for d in days)


@settings(max_examples=300, deadline=None)
@given(
    rid=st.sampled_from(rulesets.available()),
    offset=st.integers(0, 12_000),
    pick=st.integers(0, 100),
    variant=st.booleans(),
    cal=st.sampled_from(CALENDARS),
)
def test_the_deadline_from_its_template_is_the_one_init_builds(
    rid: str, offset: int, pick: int, variant: bool, cal: WorkdayCalendar
) -> None:
    """`_due` fills a Deadline from its rule's template: every field, equality, hash and explanation are
    those of `Deadline(...)` built field by field from the rule; `provisional` says whether the deadline
    or its event falls in an estimated year (anchors run to 2036, past the shipped years)."""
    rs = rulesets.load(rid)
    ids = deadlines.rule_ids(rs)
    rule_id = ids[pick % len(ids)]
    rule = rs.rule(rule_id)
    names = sorted(rule.variants) if variant else []  # type: ignore[attr-defined]
    name = names[pick % len(names)] if names else None
    period = rule.variants[name] if name else rule.period  # type: ignore[attr-defined]
    anchor = date(2004, 1, 1) + timedelta(days=offset)
    try:
        got = deadlines.due(rs, rule_id, anchor, variant=name, calendar=cal)
    except CalendarNotCovered:
        with pytest.raises(CalendarNotCovered):
            period.resolve(anchor, cal)
        return
    day = period.resolve(anchor, cal)
    built = deadlines.Deadline(
        date=day,
        anchor=anchor,
        rule=rule_id,
        period=period,
        variant=name,
        citation=rule.citation,
        citations=rule.cite,
        provisional=_estimated(cal, day, anchor),
        ruleset=rs,
    )
    assert got == built and hash(got) == hash(built) and repr(got) == repr(built)
    assert got.explain() == built.explain() and got.trace == built.trace
    assert vars(got) == {f: getattr(built, f) for f in vars(built)}
    assert list(vars(got)) == list(vars(built))  # its dict as `__init__` fills it, in the fields' order


def test_a_deadline_is_provisional_when_only_its_event_is_estimated() -> None:
    """A lead time (会前N个工作日) from an event early in the first estimated year can fall in the last
    published one: the deadline is still provisional, by its event; and a deadline wholly in published
    years is not."""
    rs = rulesets.load("xifeng-2022")
    cal = china(provisional=True)
    first = min(cal.provisional_years)
    seen: set[tuple[bool, bool]] = set()
    for rule_id in deadlines.rule_ids(rs):
        for anchor in [date(first, 1, k) for k in range(1, 15)] + [date(first - 1, 6, 1)]:
            got = deadlines.due(rs, rule_id, anchor, calendar=cal)
            assert got.provisional is _estimated(cal, got.date, anchor), (rule_id, anchor)
            seen.add((got.date.year < first, anchor.year < first))
    assert (True, False) in seen  # the event estimated, the deadline in a published year
    assert (True, True) in seen  # both published: not provisional


def _shown(obj: object) -> dict[str, object]:
    """An object's attributes but its ruleset (compared by identity apart) and trace (compared apart, with the
    template a decision builds it from when first read)."""
    return {k: v for k, v in vars(obj).items() if k not in ("ruleset", "trace", "_trace_of")}


@pytest.mark.parametrize("rid", rulesets.available())
def test_decisions_filled_from_templates_are_the_references(rid: str) -> None:
    """who_signs and who_approves fill their decisions and traces from a mask's template: each is, attribute
    by attribute (the trace's condition and subject included), what the rule-by-rule reference builds
    through `__init__` on another ruleset object. check_leave's decision is what its plan says, worked out
    here: on time and late (asked after the start), so that some are not ok."""
    from govrules.whatif.space import _DocumentSpace, _LeaveSpace

    rs = rulesets.load(rid).evolve()
    ref = rulesets.load(rid).evolve()
    space = _DocumentSpace.of(rs)
    docs = list(itertools.islice(space.documents(), 0, None, max(1, space.size() // 300)))
    made = 0
    for fast, slow in ((signing.who_signs, signing._decide_each), (signing.who_approves, signing._approval_each)):
        for doc in docs:
            try:
                d = fast(rs, doc)
            except GovRulesError:
                continue
            r = slow(ref, doc)
            assert _shown(d) == _shown(r), doc
            assert d.ruleset is rs and d.document is doc
            assert "trace" not in vars(d) and d.trace is d.trace  # built when first read, then kept
            assert d.trace == r.trace and hash(d.trace) == hash(r.trace) and repr(d) == repr(r)
            assert vars(d.trace) == vars(r.trace) and d.trace.checks == r.trace.checks
            assert d == r and hash(d) == hash(r)
            made += 1
    oks: set[bool] = set()
    for q0 in list(_LeaveSpace.of(rs).requests())[::7]:
        for q in (q0, attrs.evolve(q0, requested_on=q0.start + timedelta(days=3))):
            try:
                d = attendance.check_leave(rs, q, calendar=CAL)
            except GovRulesError:
                continue
            plan = attendance.leave_plan(ref, q)
            latest = plan.latest(q.start, CAL)
            late = plan.late_request(q.requested_on, latest) or plan.after_start(q.requested_on, q.start)
            violations = (*plan.violations, *((late,) if late else ()))
            assert d.ok is (not violations) and d.violations == violations, q
            assert (d.approvers, d.notify, d.citations) == (plan.approvers, plan.notify, plan.citations)
            assert d.latest_request_date == (latest[0] if latest else None)
            assert d.in_advance is bool(plan.advance_rules) and d.request is q and d.ruleset is rs
            assert d.provisional is _estimated(CAL, q.start, q.end, *((latest[0],) if latest else ()))
            t = d.trace
            assert (t.ruleset, t.version, t.applied, t.overridden) == (
                rs.id,
                ref.version,
                plan.applied,
                plan.overridden,
            )
            assert vars(t)["_condition"] == plan.condition and vars(t)["_subject"] is q
            oks.add(d.ok)
            made += 1
    assert made > 50
    assert oks == {True, False}


def test_decisions_kept_are_not_changed_by_later_ones() -> None:
    """Decisions of one mask share a template: filling one must not change another kept before it."""
    from govrules.whatif.space import _DocumentSpace

    rs = rulesets.load("kongtong-2016").evolve()
    docs = list(itertools.islice(_DocumentSpace.of(rs).documents(), 0, 600))
    kept = []
    for doc in docs:
        try:
            d = signing.who_signs(rs, doc)
        except GovRulesError:
            continue
        trace = d.trace  # built when first read: read before the decision's attributes are noted
        kept.append((doc, d, dict(vars(d)), dict(vars(trace))))
    assert len(kept) > 50
    for doc, d, state, trace_state in kept:
        assert vars(d) == state and vars(d.trace) == trace_state
        assert d.document is doc and vars(d.trace)["_subject"] is doc
