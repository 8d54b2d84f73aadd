"""What each ruleset answers for a situation of the exact what-if, and a situation whose answer changed.

An answer holds the resolved outcome of one decision (`outcome`: what `diff` compares) with the
citations it rests on; a change pairs the baseline's answer with the variant's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import attrs

from govrules.attendance import check_leave
from govrules.decision import Violation
from govrules.errors import NoApplicableRule
from govrules.model import Document, LeaveRequest, MeetingKind, Role
from govrules.periods import Period
from govrules.rules import Alternate, Citation, Conflict, LeaveRule, MeetingRule, RhythmRule, Ruleset
from govrules.signing import routing, who_approves, who_signs
from govrules.whatif.meetings import MeetingAnswer, MeetingPart
from govrules.workdays import WorkdayCalendar

__all__ = [
    "ApprovalAnswer",
    "ApprovalChange",
    "DeadlineChange",
    "LeaveAnswer",
    "LeaveChange",
    "MeetingChange",
    "MeetingCheckChange",
    "SigningAnswer",
    "SigningChange",
]


@attrs.frozen
class SigningAnswer:
    """What a ruleset answers for a document: who signs and the rest, or that no rule covers it."""

    signer: Role | None
    reviewers: tuple[Role, ...] = ()
    countersigners: tuple[Role, ...] = ()
    alternates: tuple[Alternate, ...] = ()
    seal: str | None = None
    circle_means_consent: bool | None = None
    conflict: Conflict | None = None
    rule: str | None = None
    citations: tuple[Citation, ...] = ()
    no_rule: str | None = None  # the NoApplicableRule message
    signers: tuple[Role, ...] = ()  # every role that may sign in its own right (A或B)
    review_alternatives: tuple[tuple[Role, Role], ...] = ()  # (step, role): who may take a step instead (或)
    notes: tuple[str, ...] = ()  # what the text leaves open, said with the answer
    #: What the text forbids of sending the document so (`signing.routing`: 不得直接向区政府报送), in its words.
    forbidden: tuple[str, ...] = ()
    #: Reviews whose place in the order is not fixed, and the text's word for those another article adds.
    unordered_reviewers: tuple[Role, ...] = ()
    review_acts: tuple[tuple[Role, str], ...] = ()

    @property
    def outcome(self) -> tuple[object, ...]:
        """What is compared: the resolved roles, the seal, 圈阅 semantics, notes, any conflict, and whether the
        document may be sent so (not citations)."""
        conflict = None if self.conflict is None else (self.conflict.first, self.conflict.second)
        return (
            self.forbidden,
            self.signer,
            self.signers,
            self.reviewers,
            self.review_alternatives,
            self.countersigners,
            self.alternates,
            self.seal,
            self.circle_means_consent,
            self.notes,
            conflict,
            self.unordered_reviewers,
            self.review_acts,
        )


@attrs.frozen
class SigningChange:
    """A document whose signing decision differs between the baseline and the variant."""

    document: Document
    baseline: SigningAnswer
    variant: SigningAnswer


@attrs.frozen
class ApprovalAnswer:
    """What a ruleset answers for a document received for approval (呈批): who approves, what counts as
    consent, or that no rule covers it."""

    approver: Role | None
    approvers: tuple[Role, ...] = ()
    opinion_required: bool | None = None
    circle_means_consent: bool | None = None
    conflict: Conflict | None = None
    notes: tuple[str, ...] = ()
    rule: str | None = None
    citations: tuple[Citation, ...] = ()
    no_rule: str | None = None

    @property
    def outcome(self) -> tuple[object, ...]:
        """What is compared: the approvers, whether an opinion is required, 圈阅 semantics, notes, any conflict."""
        conflict = None if self.conflict is None else (self.conflict.first, self.conflict.second)
        return (
            self.approver,
            self.approvers,
            self.opinion_required,
            self.circle_means_consent,
            self.notes,
            conflict,
        )


@attrs.frozen
class ApprovalChange:
    """A document received for approval whose decision differs between the baseline and the variant."""

    document: Document
    baseline: ApprovalAnswer
    variant: ApprovalAnswer


@attrs.frozen
class MeetingCheckChange:
    """A part of a meeting (see `govrules.whatif.meetings`) that `check_meeting` judges differently."""

    part: MeetingPart
    baseline: MeetingAnswer
    variant: MeetingAnswer
    baseline_citations: tuple[Citation, ...] = ()
    variant_citations: tuple[Citation, ...] = ()


@attrs.frozen
class LeaveAnswer:
    """What a ruleset answers for a leave request: approvers, who is told, lead time, breaches."""

    ok: bool | None
    approvers: tuple[Role, ...] = ()
    notify: tuple[Role, ...] = ()
    latest_request_date: date | None = None
    lead_times: tuple[Period, ...] = ()  # the lead times of the rules that applied
    violations: tuple[Violation, ...] = ()
    rules: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    no_rule: str | None = None
    in_advance: bool = False  # 事先 with no amount: asked after the start is late

    @property
    def outcome(self) -> tuple[object, ...]:
        """What is compared: approvers, notify, lead times and latest date, 事先, the kinds of breach."""
        return (
            self.ok,
            self.approvers,
            self.notify,
            self.latest_request_date,
            frozenset(self.lead_times),
            self.in_advance,
            tuple(sorted({v.rule for v in self.violations})),
            self.no_rule is None,
        )


@attrs.frozen
class LeaveChange:
    """A leave request whose decision differs between the baseline and the variant."""

    request: LeaveRequest
    baseline: LeaveAnswer
    variant: LeaveAnswer


@attrs.frozen
class DeadlineChange:
    """A deadline whose period (or a named variant of it) differs; None where a side does not define it."""

    rule: str
    baseline_period: Period | None
    variant_period: Period | None
    baseline_variants: Mapping[str, Period]
    variant_variants: Mapping[str, Period]
    baseline_citations: tuple[Citation, ...]
    variant_citations: tuple[Citation, ...]
    action: str = ""
    anchor: str = ""


@attrs.frozen
class MeetingChange:
    """A kind of meeting whose rhythm (RhythmRule: how often it is held) differs.

    (How each meeting is composed, presided and run is the `meeting_checks` family.)
    """

    meeting: MeetingKind
    aspect: str  # "rhythm"
    baseline: tuple[MeetingRule | RhythmRule, ...]
    variant: tuple[MeetingRule | RhythmRule, ...]

    @property
    def baseline_citations(self) -> tuple[Citation, ...]:
        """The citations of the baseline's prevailing rules."""
        return tuple(dict.fromkeys(c for r in self.baseline for c in r.cite))

    @property
    def variant_citations(self) -> tuple[Citation, ...]:
        """The citations of the variant's prevailing rules."""
        return tuple(dict.fromkeys(c for r in self.variant for c in r.cite))


def _signing_answer(rs: Ruleset, doc: Document) -> SigningAnswer:
    forbidden = tuple(v.message for v in routing(rs, doc))
    try:
        d = who_signs(rs, doc)
    except NoApplicableRule as e:
        return SigningAnswer(None, no_rule=str(e), forbidden=forbidden)
    return SigningAnswer(
        d.signer,
        d.reviewers,
        d.countersigners,
        d.alternates,
        d.seal,
        d.circle_means_consent,
        d.conflict,
        d.rule,
        d.citations,
        signers=d.signers,
        review_alternatives=d.review_alternatives,
        notes=d.notes,
        forbidden=forbidden,
        unordered_reviewers=d.unordered_reviewers,
        review_acts=d.review_acts,
    )


def _approval_answer(rs: Ruleset, doc: Document) -> ApprovalAnswer:
    try:
        d = who_approves(rs, doc)
    except NoApplicableRule as e:
        return ApprovalAnswer(None, no_rule=str(e))
    return ApprovalAnswer(
        d.approver,
        d.approvers,
        d.opinion_required,
        d.circle_means_consent,
        d.conflict,
        d.notes,
        d.rule,
        d.citations,
    )


def _leave_answer(rs: Ruleset, request: LeaveRequest, cal: WorkdayCalendar) -> LeaveAnswer:
    try:
        d = check_leave(rs, request, calendar=cal)
    except NoApplicableRule as e:
        return LeaveAnswer(None, no_rule=str(e))
    leads = []
    for i in d.trace.applied:
        r = rs.rule(i)
        if isinstance(r, LeaveRule) and r.lead_time is not None:
            leads.append(r.lead_time)
    return LeaveAnswer(
        d.ok,
        d.approvers,
        d.notify,
        d.latest_request_date,
        tuple(leads),
        d.violations,
        d.trace.applied,
        d.citations,
        in_advance=d.in_advance,
    )
