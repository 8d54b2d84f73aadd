"""`Ruleset.remembered` keeps refusals as well as answers (issue 17): asked again, a situation no rule
covers, a rule the ruleset lacks or a year without a schedule is refused without being worked out again,
with a fresh copy of the same error; other exceptions are not kept. And the deadline built from its rule's
template is the `Deadline` `__init__` builds."""

from __future__ import annotations

import gc
import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrules import attendance, deadlines, rulesets, signing
from govrules.errors import CalendarNotCovered, GovRulesError, InvalidInput, NoApplicableRule, RuleNotDefined
from govrules.model import Document, LeaveRequest
from govrules.rules import Ruleset
from govrules.workdays import china

CAL = china()


def _counting(rs: Ruleset, calls: list[tuple[object, ...]], fail: BaseException | None = None) -> object:
    def compute(ruleset: Ruleset, *args: object) -> object:
        assert ruleset is rs
        calls.append(args)
        if fail is not None:
            raise fail
        return args

    return rs.remembered(compute)


def test_a_refusal_is_worked_out_once_and_raised_again_as_a_fresh_copy() -> None:
    rs = rulesets.load("xifeng-2022").evolve()
    calls: list[tuple[object, ...]] = []
    error = NoApplicableRule("xifeng-2022: no signing rule covers X", zh="没有规则")
    fn = _counting(rs, calls, error)
    seen = []
    for _ in range(3):
        with pytest.raises(NoApplicableRule) as caught:
            fn("a", 1)  # type: ignore[operator]
        seen.append(caught.value)
    assert calls == [("a", 1)]  # worked out once
    assert [str(e) for e in seen] == [str(error)] * 3
    assert [e.zh for e in seen] == ["没有规则"] * 3
    assert seen[1] is not seen[0] and seen[2] is not seen[1]  # each raise its own object and traceback
    # another situation is still worked out
    with pytest.raises(NoApplicableRule):
        fn("b", 1)  # type: ignore[operator]
    assert calls == [("a", 1), ("b", 1)]


def test_an_errors_own_attributes_come_back_with_it() -> None:
    """CalendarNotCovered carries the year, the years covered, the day: the copy has them all."""
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


def test_a_bug_is_not_remembered() -> None:
    """Only the library's own refusals are kept: anything else is raised each time it happens."""
    rs = rulesets.load("xifeng-2022").evolve()
    calls: list[tuple[object, ...]] = []
    fn = _counting(rs, calls, ZeroDivisionError("boom"))
    for _ in range(2):
        with pytest.raises(ZeroDivisionError):
            fn("a")  # type: ignore[operator]
    assert len(calls) == 2


def test_remembered_refusals_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import govrules.rules.ruleset

    monkeypatch.setattr(govrules.rules.ruleset, "_MEMO_LIMIT", 3)
    rs = rulesets.load("xifeng-2022").evolve()
    calls: list[tuple[object, ...]] = []
    fn = _counting(rs, calls, RuleNotDefined("no such rule"))
    for k in range(10):
        with pytest.raises(RuleNotDefined):
            fn(k)  # type: ignore[operator]
    with pytest.raises(RuleNotDefined):
        fn(9)  # type: ignore[operator]  # the newest is kept
    with pytest.raises(RuleNotDefined):
        fn(0)  # type: ignore[operator]  # the oldest was let go: worked out again
    assert [c[0] for c in calls] == [*range(10), 0]


def test_a_remembered_refusal_holds_no_frames() -> None:
    """What is kept is the error's class, arguments and attributes, not the raised object: its traceback
    would keep the frames it passed through (and their documents) alive."""
    rs = rulesets.load("xifeng-2022").evolve()
    doc = Document(kind="决议", issuer="部门", addressee="上级政府")
    with pytest.raises(NoApplicableRule):
        signing.who_signs(rs, doc)
    gc.collect()
    kept = rs.remembered(signing._decide).__wrapped__._refused  # type: ignore[attr-defined]
    assert len(kept) == 1
    ((cls, args, state),) = kept.values()
    assert cls is NoApplicableRule and "决议" in args[0] and isinstance(state, dict)


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
