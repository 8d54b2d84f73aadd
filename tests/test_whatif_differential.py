"""The exact diff against brute force: for seeded rule changes on every shipped ruleset, concrete
documents, requests for approval, leave requests and meetings are decided under both rulesets by the
public decision functions, and each family of `diff` must list exactly the classes of those that differ.

Both directions: a concrete situation whose decision differs falls in a listed class, and one that
does not differ falls in no listed class (its class is then not listed, or the diff is wrong); every
listed class is then decided again, concretely, and must differ.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import attrs
import pytest

from govrules import rulesets
from govrules.attendance import check_leave, check_meeting
from govrules.errors import NoApplicableRule
from govrules.model import (
    AbsenceReason,
    Addressee,
    AgendaItem,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    Meeting,
    MeetingKind,
    Role,
)
from govrules.periods import BEFORE, DAY, WORKDAY, Period
from govrules.rules import (
    AgendaRequirement,
    AgendaRule,
    ApprovalRule,
    CountersignRule,
    DeadlineRule,
    DocumentIs,
    LeaveRule,
    MeetingRule,
    Rule,
    Ruleset,
    SealRule,
    SigningRule,
)
from govrules.signing import who_approves, who_signs
from govrules.whatif import LEAVE_START, WhatIfDiff, diff
from govrules.whatif.meetings import MEETING_DATE, MeetingSpace
from govrules.whatif.space import _APPROVAL_RULES, _DocumentSpace, _LeaveSpace
from govrules.workdays import china

CAL = china()
OFFICIALS = (Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.OFFICE_DIRECTOR, Role.SECRETARY_GENERAL)

# -- the decisions, as the public functions return them ---------------------------------------------


def signing_outcome(rs: Ruleset, doc: Document) -> tuple[object, ...] | None:
    try:
        s = who_signs(rs, doc)
    except NoApplicableRule:
        return None
    conflict = None if s.conflict is None else (s.conflict.first, s.conflict.second)
    return (s.signer, s.signers, s.reviewers, s.review_alternatives, s.countersigners, s.alternates, s.seal,
            s.circle_means_consent, s.notes, conflict)  # fmt: skip


def approval_outcome(rs: Ruleset, doc: Document) -> tuple[object, ...] | None:
    try:
        a = who_approves(rs, doc)
    except NoApplicableRule:
        return None
    conflict = None if a.conflict is None else (a.conflict.first, a.conflict.second)
    return (a.approver, a.approvers, a.opinion_required, a.circle_means_consent, a.notes, conflict)


def leave_outcome(rs: Ruleset, q: LeaveRequest) -> tuple[object, ...] | None:
    try:
        d = check_leave(rs, q, calendar=CAL)
    except NoApplicableRule:
        return None
    leads = frozenset(r.lead_time for i in d.trace.applied if isinstance(r := rs.rule(i), LeaveRule) and r.lead_time)
    kinds = tuple(sorted({v.rule for v in d.violations}))
    return (d.ok, d.approvers, d.notify, d.latest_request_date, leads, d.in_advance, kinds)


def meeting_outcome(rs: Ruleset, m: Meeting, composition: bool) -> tuple[object, ...] | None:
    """What check_meeting finds, but the absences' own leave decisions (the leave family's)."""
    try:
        d = check_meeting(rs, m, composition=composition, calendar=CAL)
    except NoApplicableRule:
        return None
    found = tuple(sorted((v.rule, v.message) for v in d.violations if not v.rule.startswith("leave_")))
    return (d.composition_checked, found, frozenset(i.title for i in d.items_not_taken))


# -- concrete situations ----------------------------------------------------------------------------


def random_document(rng: random.Random, space: _DocumentSpace) -> Document:
    """Half drawn from the space's own values, half from the whole model."""
    if rng.random() < 0.5:
        kind = rng.choice(space.kinds)
        issuer, addressee = rng.choice(space.issuers), rng.choice(space.addressees)
        matters = rng.choice(space.matters)
        meetings = [m for m in space.meetings if m is not None] if kind is DocumentKind.MINUTES else space.meetings
        meeting = rng.choice(meetings)
        presider = None if meeting is None else rng.choice(space.presiders)
    else:
        kind = rng.choice(list(DocumentKind))
        issuer = rng.choice(list(Issuer))
        addressee = rng.choice([None, *Addressee])
        matters = frozenset(rng.sample(list(Matter), rng.choice((0, 1, 1, 2, 3))))
        meeting = rng.choice(list(MeetingKind)) if kind is DocumentKind.MINUTES or rng.random() < 0.3 else None
        presider = None if meeting is None or rng.random() < 0.2 else rng.choice([*OFFICIALS, *Role])
    return Document(kind, issuer, addressee, matters, meeting, presider)


def random_request(rng: random.Random, space: _LeaveSpace) -> LeaveRequest:
    role = rng.choice(space.roles) if rng.random() < 0.6 else rng.choice(list(Role))
    kind = rng.choice(list(LeaveKind))
    meeting = rng.choice(list(MeetingKind)) if kind is LeaveKind.MEETING_ABSENCE else None
    days = rng.choice((*space.days, rng.randint(1, 40)))
    reason = rng.choice([None, *AbsenceReason])
    return LeaveRequest(role, kind, LEAVE_START, LEAVE_START + timedelta(days=days - 1), LEAVE_START, meeting,
                        reason, False, rng.random() < 0.3)  # fmt: skip


def random_meeting(rng: random.Random, space: MeetingSpace) -> tuple[Meeting, bool]:
    kind = rng.choice(space.kinds) if space.kinds and rng.random() < 0.9 else rng.choice(list(MeetingKind))
    known = space.roles(kind) if kind in space.kinds else OFFICIALS
    pool = [*known, *rng.sample(list(Role), 3)]
    presider = rng.choice(space.presiders(kind) if kind in space.kinds and rng.random() < 0.7 else pool)
    attendees = frozenset(r for r in pool if rng.random() < 0.6)
    non_voting = frozenset(r for r in pool if rng.random() < 0.15)
    absent = tuple(
        LeaveRequest(r, LeaveKind.MEETING_ABSENCE, MEETING_DATE, MEETING_DATE, MEETING_DATE, kind)
        for r in dict.fromkeys(r for r in pool if r not in attendees and rng.random() < 0.4)
    )
    agenda = tuple(
        AgendaItem(
            f"议题{n}",
            reporting_unit=rng.choice((None, "甲", "乙", "丙")),
            deputy_in_charge_present=rng.random() < 0.7,
            deputy_written_opinion=rng.random() < 0.3,
            reporting_head_present=rng.random() < 0.7,
            matters=frozenset({Matter.THREE_MAJORS_ONE_LARGE}) if rng.random() < 0.3 else frozenset(),
            materials_submitted_on=None if rng.random() < 0.2 else MEETING_DATE + timedelta(days=rng.randint(-9, 3)),
        )
        for n in range(rng.choice((0, 1, 1, 2, 3, 4)))
    )
    meeting = Meeting(kind, MEETING_DATE, presider, attendees, non_voting, absent, agenda, rng.randint(0, 5))
    return meeting, rng.random() < 0.8


# -- the check: both directions ---------------------------------------------------------------------


def discrepancies(base: Ruleset, variant: Ruleset, result: WhatIfDiff, seed: int, n: int = 150) -> list[str]:
    """Every disagreement between `result` and brute force on `n` concrete situations per family."""
    rng = random.Random(seed)
    out: list[str] = []

    def check(family: str, differs: bool, listed: bool, what: object) -> None:
        if differs != listed:
            out.append(f"{family}: {'missed' if differs else 'listed wrongly'}: {what}")

    doc_space = _DocumentSpace.of(base, variant)
    signed = {c.document for c in result.signing}
    for _ in range(n):
        doc = random_document(rng, doc_space)
        rep = doc_space.representative(doc)
        if rep is not None:
            check("signing", signing_outcome(base, doc) != signing_outcome(variant, doc), rep in signed, doc)
    for doc in rng.sample([c.document for c in result.signing], min(n, len(signed))):
        check("signing", signing_outcome(base, doc) != signing_outcome(variant, doc), True, doc)

    approval_space = _DocumentSpace.of(base, variant, kinds=_APPROVAL_RULES)
    approved = {c.document for c in result.approvals}
    for _ in range(n):
        doc = random_document(rng, approval_space)
        rep = approval_space.representative(doc)
        if rep is not None:
            check("approvals", approval_outcome(base, doc) != approval_outcome(variant, doc), rep in approved, doc)
    for doc in rng.sample([c.document for c in result.approvals], min(n, len(approved))):
        check("approvals", approval_outcome(base, doc) != approval_outcome(variant, doc), True, doc)

    leave_space = _LeaveSpace.of(base, variant)
    asked = {c.request for c in result.leave}
    for _ in range(n):
        q = random_request(rng, leave_space)
        rep = leave_space.representative(q)
        if rep is not None:
            check("leave", leave_outcome(base, q) != leave_outcome(variant, q), rep in asked, q)
    for q in rng.sample([c.request for c in result.leave], min(n, len(asked))):
        check("leave", leave_outcome(base, q) != leave_outcome(variant, q), True, q)

    meeting_space = MeetingSpace.of(base, variant, calendar=CAL)
    parts = {c.part for c in result.meeting_checks}
    for _ in range(n):
        m, composition = random_meeting(rng, meeting_space)
        differs = meeting_outcome(base, m, composition) != meeting_outcome(variant, m, composition)
        of = meeting_space.parts_of(m, composition)
        check("meeting_checks", differs, of is not None and any(p in parts for p in of), (m, composition))
    for p in parts:
        m, composition = meeting_space.example(p)
        assert p in (meeting_space.parts_of(m, composition) or ()), p
        check("meeting_checks", meeting_outcome(base, m, composition) != meeting_outcome(variant, m, composition),
              True, p)  # fmt: skip
    return out


# -- seeded changes ---------------------------------------------------------------------------------


def without(rs: Ruleset, rule_id: str) -> Ruleset:
    """`rs` without one rule; rules that overrode it no longer name it."""
    rules = tuple(
        attrs.evolve(r, overrides=tuple(o for o in r.overrides if o != rule_id)) if rule_id in r.overrides else r
        for r in rs.rules
        if r.id != rule_id
    )
    return rs.evolve(rules=rules)


def _pick(rng: random.Random, rs: Ruleset, kind: type[Rule]) -> Any:
    rules = rs.rules_of(kind)
    return rng.choice(rules) if rules else None


def seeded_changes(rs: Ruleset, seed: int) -> Iterator[tuple[str, Ruleset]]:
    """A few changes of each sort the issue names, drawn with `seed`."""
    rng = random.Random(seed)
    cite = rs.rules[0].citation
    if (r := _pick(rng, rs, SigningRule)) is not None:
        yield f"signer {r.id}", rs.replace_rule(r.id, signer=rng.choice([x for x in OFFICIALS if x is not r.signer]))
        yield f"reviewers {r.id}", rs.replace_rule(r.id, reviewers=(*r.reviewers, Role.OFFICE_DEPUTY_DIRECTOR))
    if (r := _pick(rng, rs, ApprovalRule)) is not None:
        yield (
            f"approver {r.id}",
            rs.replace_rule(r.id, approver=rng.choice([x for x in OFFICIALS if x is not r.approver])),
        )
        yield f"opinion {r.id}", rs.replace_rule(r.id, opinion_required=not r.opinion_required)
        yield f"or approvers {r.id}", rs.replace_rule(r.id, or_approvers=(Role.EXECUTIVE_DEPUTY,))
    if (r := _pick(rng, rs, AgendaRule)) is not None:
        more = frozenset({*r.meetings, rng.choice([k for k in MeetingKind if k not in r.meetings])})
        yield f"agenda meetings {r.id}", rs.replace_rule(r.id, meetings=more)
        if r.requirement is AgendaRequirement.MATERIALS_IN_TIME:
            yield f"agenda lead {r.id}", rs.replace_rule(r.id, lead_time=Period(3, WORKDAY, BEFORE))
    if (r := _pick(rng, rs, MeetingRule)) is not None:
        yield f"members {r.id}", rs.replace_rule(r.id, members=r.members ^ {rng.choice(OFFICIALS)})
        yield f"presiders {r.id}", rs.replace_rule(r.id, presiders=(*r.presiders[1:], Role.SECRETARY_GENERAL))
        yield f"assistants {r.id}", rs.replace_rule(r.id, max_assistants=2, assistants_per_reporting_unit=1)
        yield (
            f"any of {r.id}",
            rs.replace_rule(r.id, any_of=(frozenset({Role.OFFICE_DIRECTOR, Role.SECRETARY_GENERAL}),)),
        )
    if (r := _pick(rng, rs, LeaveRule)) is not None:
        yield f"leave approvers {r.id}", rs.replace_rule(r.id, approvers=(*r.approvers, Role.EXECUTIVE_DEPUTY))
        yield f"leave lead {r.id}", rs.replace_rule(r.id, lead_time=Period(rng.randint(1, 9), DAY, BEFORE))
        yield f"leave in advance {r.id}", rs.replace_rule(r.id, lead_time=None, in_advance=not r.in_advance)
    if (r := _pick(rng, rs, DeadlineRule)) is not None:
        yield f"deadline {r.id}", rs.replace_rule(r.id, period=Period(r.period.amount + 2, r.period.unit))
    kinds = [SigningRule, CountersignRule, ApprovalRule, SealRule, LeaveRule, MeetingRule, AgendaRule]
    for kind in rng.sample(kinds, 3):
        specific = [r for r in rs.rules_of(kind) if not isinstance(r, SigningRule) or r.when.kind or r.when.meeting]
        if specific:  # (a general signing rule is left in: its removal alone changes a million documents)
            r = rng.choice(specific)
            yield f"remove {r.id}", without(rs, r.id)
    added: list[Rule] = [
        SealRule(
            id="added_seal",
            when=DocumentIs(kind=DocumentKind.DECISION, issuer=Issuer.GOVERNMENT),
            seal="印章",
            cite=cite,
        ),
        ApprovalRule(
            id="added_approval",
            when=DocumentIs(kind=DocumentKind.REQUEST, matters=Matter.FUNDS),
            approver=Role.HEAD,
            opinion_required=True,
            cite=cite,
        ),
        AgendaRule(
            id="added_agenda",
            meetings={MeetingKind.TOPICAL, MeetingKind.EXECUTIVE},
            requirement=AgendaRequirement.MATERIALS_IN_TIME,
            lead_time=Period(2, WORKDAY, BEFORE),
            cite=cite,
        ),
        CountersignRule(
            id="added_countersign",
            when=DocumentIs(kind=DocumentKind.NOTICE, matters=Matter.MULTI_PORTFOLIO),
            countersigners=(Role.DEPUTY,),
            cite=cite,
        ),
    ]
    for new in added:
        yield f"add {new.id}", rs.evolve(rules=(*rs.rules, new))
    overriding = [r for r in rs.rules if r.overrides and not isinstance(r, (MeetingRule,))]
    if overriding:
        r = rng.choice(overriding)
        yield f"overrides {r.id}", rs.replace_rule(r.id, overrides=r.overrides[1:])
    for kind in (SigningRule, ApprovalRule, MeetingRule):
        of_kind = rs.rules_of(kind)
        if len(of_kind) > 1:  # the first prevailing rule decides: swap two rules of the kind
            x, y = rng.sample(of_kind, 2)
            swapped = tuple(y if r is x else x if r is y else r for r in rs.rules)
            yield f"order {x.id}/{y.id}", rs.evolve(rules=swapped)


@pytest.mark.parametrize("rid", rulesets.available())
def test_diff_equals_brute_force(rid: str) -> None:
    """Each seeded change on each ruleset: the diff lists exactly the classes brute force finds differing."""
    base = rulesets.load(rid)
    seed = sum(map(ord, rid))
    failures: list[str] = []
    changed = 0
    for n, (label, variant) in enumerate(seeded_changes(base, seed)):
        result = diff(base, variant)
        changed += not result.empty
        for problem in discrepancies(base, variant, result, seed + n, n=40):
            failures.append(f"{label}: {problem}")
    assert not failures, "\n".join(failures[:20])
    assert changed >= 10  # the changes do change decisions


@pytest.mark.parametrize(
    ("target", "broken"),
    [
        pytest.param("_differing", lambda b, v, kinds, flipped=None: (), id="pruning skips every rule"),
        pytest.param(
            "ApprovalAnswer.outcome",
            property(lambda a: (a.approver,)),
            id="approvals compared by the first approver only",
        ),
        pytest.param(
            "MeetingAnswer.outcome",
            property(lambda a: (a.no_rule, a.composition_checked, bool(a.breaches))),
            id="meeting parts compared by breach or not",
        ),
        pytest.param(
            "SigningAnswer.outcome",
            property(lambda a: (a.signer, a.reviewers)),
            id="signing without seals and countersigns",
        ),
    ],
)
def test_a_broken_diff_is_caught(target: str, broken: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The brute force notices a diff that misses or mislists situations."""
    base = rulesets.load("district-xx")
    variants = [
        base.replace_rule("submission_approved_by_leader_in_charge", or_approvers=(Role.EXECUTIVE_DEPUTY,)),
        base.replace_rule("head_office_meeting", presiders=(Role.HEAD, Role.EXECUTIVE_DEPUTY)),
        base.replace_rule("government_seal", seal="区人民政府印章"),
        base.replace_rule("executive_materials_in_time", lead_time=Period(3, WORKDAY, BEFORE)),
    ]
    for v in variants:  # sound as shipped
        assert not discrepancies(base, v, diff(base, v), 7, n=40)
    owner, _, name = target.rpartition(".")
    module = sys.modules["govrules.whatif.diff"]
    monkeypatch.setattr(getattr(module, owner) if owner else module, name, broken)
    assert any(discrepancies(base, v, diff(base, v), 7, n=40) for v in variants)
