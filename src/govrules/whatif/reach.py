"""Which declared rules decide some situation of the space: a rule no situation returns is dead.

A signing, approval or leave rule decides a situation when its decision's trace names it (it
applied and prevailed); a countersign rule when it adds a countersigner to a signing decision; a
seal rule when its seal is the one a signing decision names; a routing rule when `signing.routing`
names it of a document; a meeting rule when `check_meeting`
applies it to its kind of meeting; an agenda rule when some agenda item is not taken because of it.
"""

from __future__ import annotations

from collections.abc import Mapping

from govrules.attendance import check_leave, check_meeting
from govrules.errors import NoApplicableRule
from govrules.model import Document, LeaveRequest, Meeting
from govrules.rules import (
    AgendaRule,
    ApprovalRule,
    CountersignRule,
    LeaveRule,
    MeetingRule,
    ReviewRule,
    RoutingRule,
    Rule,
    Ruleset,
    SealRule,
    SigningRule,
)
from govrules.signing import routing, who_approves, who_signs
from govrules.whatif.meetings import MeetingSpace
from govrules.whatif.space import _APPROVAL_RULES, _DocumentSpace, _LeaveSpace
from govrules.workdays import WorkdayCalendar, china

__all__ = ["DECIDING_KINDS", "reached"]

#: The kinds of rule that decide situations (the others: deadlines and rhythms, decided per id and kind;
#: duties, which no engine checks).
DECIDING_KINDS: tuple[type[Rule], ...] = (
    SigningRule,
    CountersignRule,
    ReviewRule,
    ApprovalRule,
    SealRule,
    RoutingRule,
    LeaveRule,
    MeetingRule,
    AgendaRule,
)

Situation = Document | LeaveRequest | Meeting


def reached(rs: Ruleset, calendar: WorkdayCalendar | None = None) -> Mapping[str, Situation]:
    """For each rule of `DECIDING_KINDS` some situation of the space decides, one such situation.

    A rule missing from the answer is decided by no situation of the space (`whatif.diff`'s space:
    documents, requests for approval, leave requests and meetings, one per equivalence class).
    """
    cal = calendar if calendar is not None else china()
    rs = rs.evolve()  # a private memo, dropped afterwards
    out: dict[str, Situation] = {}
    documents, approvals, requests = (
        _DocumentSpace.of(rs),
        _DocumentSpace.of(rs, kinds=_APPROVAL_RULES),
        _LeaveSpace.of(rs),
    )
    hit: Situation | None
    for rule in rs.rules:  # only the situations a rule's condition holds for can return it
        if isinstance(rule, (SigningRule, CountersignRule, SealRule, ReviewRule)):
            hit = next((d for d in documents.documents(rule.when) if _signs(rs, rule, d)), None)
        elif isinstance(rule, RoutingRule):
            hit = next((d for d in documents.documents(rule.when) if _routes(rs, rule, d)), None)
        elif isinstance(rule, ApprovalRule):
            hit = next((d for d in approvals.documents(rule.when) if _approves(rs, rule, d)), None)
        elif isinstance(rule, LeaveRule):
            hit = next((q for q in requests.requests(rule.when) if _leave(rs, rule, q, cal)), None)
        else:
            continue
        if hit is not None:
            out[rule.id] = hit
    meetings = MeetingSpace.of(rs, calendar=cal)
    for part in meetings.parts():
        meeting, composition = meetings.example(part)
        try:
            d = check_meeting(rs, meeting, composition=composition, calendar=cal)
        except NoApplicableRule:
            continue
        if d.trace.applied and isinstance(rs.rule(d.trace.applied[0]), MeetingRule):
            out.setdefault(d.trace.applied[0], meeting)
        for v in d.violations:
            if v.rule == "agenda":
                out.setdefault(v.source, meeting)
    return out


def _signs(rs: Ruleset, rule: Rule, doc: Document) -> bool:
    if isinstance(rule, SigningRule) and rule not in rs.select(SigningRule, doc)[1]:
        return False  # (a quick no: the decision's trace names the prevailing signing rules)
    try:
        d = who_signs(rs, doc)
    except NoApplicableRule:
        return False
    if isinstance(rule, SigningRule):
        return rule.id in d.trace.applied
    if isinstance(rule, CountersignRule):
        return rule in rs.select(CountersignRule, doc)[1] and bool(set(rule.countersigners) & set(d.countersigners))
    if isinstance(rule, ReviewRule):  # it decides where it adds a review the signing chain lacks
        return rule in rs.select(ReviewRule, doc)[1] and bool(set(rule.reviewers) & set(dict(d.review_acts)))
    seals = rs.select(SealRule, doc)[1]
    return bool(seals) and seals[0] is rule


def _routes(rs: Ruleset, rule: RoutingRule, doc: Document) -> bool:
    return any(v.source == rule.id for v in routing(rs, doc))


def _approves(rs: Ruleset, rule: ApprovalRule, doc: Document) -> bool:
    try:
        return rule.id in who_approves(rs, doc).trace.applied
    except NoApplicableRule:
        return False


def _leave(rs: Ruleset, rule: LeaveRule, q: LeaveRequest, cal: WorkdayCalendar) -> bool:
    try:
        return rule.id in check_leave(rs, q, calendar=cal).trace.applied
    except NoApplicableRule:
        return False
