"""The compiled engines against the reference: for every shipped ruleset and the what-if variants of
simulations/whatif, over the enumerated situation space and Hypothesis' situations, who_signs,
who_approves, check_leave and `Ruleset.select` answer exactly as the rule-by-rule engine does (each
condition tested in turn): the same decision, explanation and trace checks, or the same error.

A space larger than `SAMPLE` documents (西丰's) is walked evenly, one document in every n;
GOVRULES_FULL_SPACE=1 walks all of it (minutes).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrules import attendance, rulesets, signing, strategies
from govrules.errors import GovRulesError
from govrules.model import Document, LeaveRequest, Role
from govrules.rules import ApprovalRule, CountersignRule, LeaveRule, Ruleset, SealRule, SigningRule
from govrules.whatif import load_variant, variant_of
from govrules.whatif.space import _APPROVAL_RULES, _DocumentSpace, _LeaveSpace
from govrules.workdays import china

CAL = china()
SAMPLE = 12_000
VARIANTS = sorted((Path(__file__).parent.parent / "simulations" / "whatif").glob("*.toml"))


def _baseline(source: str) -> Ruleset:
    if source.endswith(".toml"):
        rid = load_variant(source)[0]
        assert rid is not None, f"{source} names no ruleset"
        return variant_of(rulesets.load(rid), source)
    return rulesets.load(source)


SOURCES = [*rulesets.available(), *(str(p) for p in VARIANTS)]
IDS = [*rulesets.available(), *(p.stem for p in VARIANTS)]


def _fresh(source: str) -> Ruleset:
    """A new ruleset object: nothing compiled, nothing remembered."""
    return _baseline(source).evolve()


def _outcome(decide: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, ...]:
    """What a decision function gives, comparable: the decision with its explanation and trace checks,
    or the error's type and message."""
    try:
        d = decide(*args, **kwargs)
    except GovRulesError as e:
        return ("error", type(e), str(e))
    return ("decision", d, d.explain(), d.trace.checks)


def _walk(items: Iterable[Document], size: int) -> Iterator[Document]:
    if os.environ.get("GOVRULES_FULL_SPACE") == "1" or size <= SAMPLE:
        return iter(items)
    return itertools.islice(items, 0, None, -(-size // SAMPLE))


def test_the_variants_are_there() -> None:
    assert len(VARIANTS) >= 4


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_who_signs_over_the_space(source: str) -> None:
    fast, reference = _fresh(source), _fresh(source)
    space = _DocumentSpace.of(reference)
    n = differ = 0
    for doc in _walk(space.documents(), space.size()):
        n += 1
        want = _outcome(signing._decide_each, reference, doc)
        if _outcome(signing.who_signs, fast, doc) != want:
            differ += 1
        for kind in (SigningRule, CountersignRule, SealRule):
            assert fast.select(kind, doc) == reference.select_each(kind, doc), (kind.__name__, doc)
    assert n > 0
    assert differ == 0, f"{differ} of {n} documents decided differently"


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_who_approves_over_the_space(source: str) -> None:
    fast, reference = _fresh(source), _fresh(source)
    space = _DocumentSpace.of(reference, kinds=_APPROVAL_RULES)
    for doc in _walk(space.documents(), space.size()):
        want = _outcome(signing._approval_each, reference, doc)
        assert _outcome(signing.who_approves, fast, doc) == want, doc
        assert fast.select(ApprovalRule, doc) == reference.select_each(ApprovalRule, doc)


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_check_leave_over_the_space(source: str) -> None:
    fast, reference = _fresh(source), _fresh(source)
    requests = list(_LeaveSpace.of(reference).requests())
    assert requests
    for q in requests:
        want = _outcome(attendance._check_leave_each, reference, q, CAL)
        assert _outcome(attendance.check_leave, fast, q, calendar=CAL) == want, q
        assert fast.select(LeaveRule, q) == reference.select_each(LeaveRule, q)


@settings(max_examples=150)
@given(source=st.sampled_from(SOURCES), docs=st.lists(strategies.documents(), min_size=1, max_size=8))
def test_who_signs_and_who_approves_on_any_document(source: str, docs: list[Document]) -> None:
    """Several documents on one ruleset object: later ones meet what the earlier ones compiled and left."""
    fast, reference = _fresh(source), _fresh(source)
    for doc in docs + docs[::-1]:
        assert _outcome(signing.who_signs, fast, doc) == _outcome(signing._decide_each, reference, doc)
        assert _outcome(signing.who_approves, fast, doc) == _outcome(signing._approval_each, reference, doc)


@settings(max_examples=150)
@given(source=st.sampled_from(SOURCES), requests=st.lists(strategies.leave_requests(), min_size=1, max_size=8))
def test_check_leave_on_any_request(source: str, requests: list[LeaveRequest]) -> None:
    fast, reference = _fresh(source), _fresh(source)
    for q in requests + requests[::-1]:
        want = _outcome(attendance._check_leave_each, reference, q, CAL)
        assert _outcome(attendance.check_leave, fast, q, calendar=CAL) == want


def test_a_decision_naming_the_chair_follows_each_presider() -> None:
    """Minutes signed by whoever presided (崆峒 minutes_by_chair): one mask, a decision per presider; a presider
    the text does not count as the 会议主持人 (`signing.chair_of`) leaves the role as the text names it."""
    rs = _fresh("kongtong-2016")
    rule = rs.rule("minutes_by_chair")
    assert isinstance(rule, SigningRule)
    chaired = {}
    for d in _DocumentSpace.of(rs).documents(rule.when):
        got = _outcome(signing.who_signs, rs, d)
        if got[0] == "decision" and got[1].rule == "minutes_by_chair":
            chaired[d.presided_by] = got[1].signers
    assert len(chaired) > 3

    def chair(presider: Role | None) -> Role:
        return presider if presider is not None and rs.acts_as(presider, (Role.MEETING_CHAIR,)) else Role.MEETING_CHAIR

    assert all(signers == (chair(presider),) for presider, signers in chaired.items()), chaired
    assert {chair(p) for p in chaired} > {Role.MEETING_CHAIR}


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_the_unrolled_mask_is_the_loop_over_the_tests(source: str) -> None:
    """`Selector.mask` runs the function `_masker` writes for the selector's tests; `mask_each` loops over
    them: the same mask for every document and request of the space, for every selector the engines use
    (a leave's length, the one test by range, included)."""
    rs = _fresh(source).compile()
    space = _DocumentSpace.of(rs)
    docs = list(_walk(space.documents(), space.size()))
    requests = list(_LeaveSpace.of(rs).requests())
    checked = 0
    for kinds, subjects in (
        ((SigningRule, CountersignRule, SealRule), docs),
        ((ApprovalRule,), docs),
        ((LeaveRule,), requests),
    ):
        selector = rs.selector(*kinds)
        for s in subjects:
            assert selector.mask(s) == selector.mask_each(s), (kinds, s)
            checked += 1
    assert checked > 100


@settings(max_examples=200)
@given(source=st.sampled_from(SOURCES), doc=strategies.documents(), request=strategies.leave_requests())
def test_the_unrolled_mask_on_any_situation(source: str, doc: Document, request: LeaveRequest) -> None:
    rs = _baseline(source)
    for kinds in ((SigningRule, CountersignRule, SealRule), (ApprovalRule,)):
        assert rs.selector(*kinds).mask(doc) == rs.selector(*kinds).mask_each(doc)
    assert rs.selector(LeaveRule).mask(request) == rs.selector(LeaveRule).mask_each(request)


@settings(max_examples=200)
@given(source=st.sampled_from(SOURCES), request=strategies.leave_requests(), data=st.data())
def test_the_unrolled_mask_at_each_bound_of_days(source: str, request: LeaveRequest, data: st.DataObject) -> None:
    """A leave's length is the one field tested by range (`breaks`): the unrolled mask is the loop's at each
    bound and the day before it, with the other tested fields drawn from the values the conditions name,
    so that the rules with bounds are reached (random requests seldom are)."""
    import attrs

    selector = _baseline(source).selector(LeaveRule)
    changes = {}
    for name, table, _, is_set in selector.tests:
        if not is_set and table and data.draw(st.booleans()):
            changes[name] = data.draw(st.sampled_from(sorted(table, key=repr)))
    try:
        request = attrs.evolve(request, **changes)
    except GovRulesError:
        return
    for bound in selector.breaks:
        for days in (bound - 1, bound):
            if days >= 1:
                q = attrs.evolve(request, end=request.start + timedelta(days=days - 1))
                assert q.days == days
                assert selector.mask(q) == selector.mask_each(q), (days, q)


def test_some_ruleset_bounds_a_leave_by_its_days() -> None:
    """(So that the test above can fail: at least one shipped ruleset's leave rules test the length.)"""
    assert any(rulesets.load(r).selector(LeaveRule).breaks for r in rulesets.available())
