"""Invariants of the decisions over every shipped ruleset (Hypothesis)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govrules import attendance, deadlines, rulesets, signing, strategies, workdays
from govrules.errors import NoApplicableRule
from govrules.model import Document, LeaveRequest, Role
from govrules.periods import BEFORE

IDS = rulesets.available()
CAL = workdays.china()


@pytest.mark.parametrize("rid", IDS)
@given(doc=strategies.documents())
def test_every_document_gets_a_decision_or_a_typed_error(rid: str, doc: Document) -> None:
    rs = rulesets.load(rid)
    try:
        d = signing.who_signs(rs, doc)
    except NoApplicableRule:
        return
    assert isinstance(d.signer, Role)
    assert d.citations
    assert all(rs.cited_text(c) for c in d.citations)
    assert d.signer not in d.reviewers
    assert d.trace.version == rs.version
    assert d.explain()


@pytest.mark.parametrize("rid", IDS)
@given(anchor=st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 12, 1)), data=st.data())
def test_deadlines_are_working_days(rid: str, anchor: date, data: st.DataObject) -> None:
    rs = rulesets.load(rid)
    ids = deadlines.rule_ids(rs)
    if not ids:
        return
    rule_id = data.draw(st.sampled_from(ids))
    d = deadlines.due(rs, rule_id, anchor)
    assert deadlines.due_date(rs, rule_id, anchor) == d.date
    if d.period.amount > 0 or d.period.unit.name != "WORKDAY":
        assert CAL.is_workday(d.date)
    if d.period.direction is BEFORE:
        assert d.date <= anchor
    else:
        assert d.date >= anchor
    assert d.citation.ruleset == rs.id


@pytest.mark.parametrize("rid", IDS)
@given(request=strategies.leave_requests())
def test_leave_never_approves_what_the_lead_time_forbids(rid: str, request: LeaveRequest) -> None:
    rs = rulesets.load(rid)
    try:
        v = attendance.check_leave(rs, request)
    except NoApplicableRule:
        return
    late = v.latest_request_date is not None and request.requested_on is not None
    if late and request.requested_on > v.latest_request_date:  # type: ignore[operator]
        assert not v.ok
    if v.ok:
        assert not v.violations
    assert all(x.citation.ruleset == rs.id for x in v.violations)
    assert request.role not in v.approvers
