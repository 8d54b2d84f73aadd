"""Every decision a change alters: `diff` of two rulesets over the finite situation space, exact, not sampled.

The answers of each ruleset (who signs, who approves a leave, a deadline's period, a meeting's
composition and rhythm) are compared by their resolved outcome; a `WhatIfDiff` holds the situations
whose answer differs, and renders them through `govrules.whatif.report`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from govrules.model import Document, DocumentKind, LeaveRequest, MeetingKind, Role
from govrules.rules import (
    AgendaRule,
    Citation,
    DeadlineRule,
    LeaveIs,
    MeetingRule,
    RhythmRule,
    Rule,
    Ruleset,
    _canonical,
    _proxy,
)
from govrules.whatif.answers import (
    ApprovalAnswer,
    ApprovalChange,
    DeadlineChange,
    LeaveAnswer,
    LeaveChange,
    MeetingChange,
    MeetingCheckChange,
    SigningAnswer,
    SigningChange,
    _approval_answer,
    _leave_answer,
    _signing_answer,
)
from govrules.whatif.meetings import MeetingAnswer, MeetingSpace, judge
from govrules.whatif.space import (
    _APPROVAL_RULES,
    _DOCUMENT_RULES,
    _LEAVE_RULES,
    _NOT_OUTCOME,
    _conditions,
    _differing,
    _document_key,
    _DocumentSpace,
    _essence,
    _ids_of,
    _LeaveSpace,
    _request_key,
)
from govrules.workdays import WorkdayCalendar, china

if TYPE_CHECKING:
    from govrules.whatif.collapse import SituationGroup

_FAMILIES = ("signing", "approvals", "leave", "deadlines", "meeting_checks", "meetings")
_SUMMARY_ZH = {"signing": "签发", "approvals": "审批", "leave": "请假", "deadlines": "时限",
               "meeting_checks": "会议组成与议题", "meetings": "会议频次"}  # fmt: skip


@attrs.frozen
class WhatIfDiff:
    """Every situation of the model's finite space whose decision differs between two rulesets.

    `situations_checked` counts, per family, the situations of the space (each evaluated, or
    unchanged because no rule that could decide it differs); `situations_evaluated` those actually
    decided under both rulesets.
    """

    signing: tuple[SigningChange, ...]
    leave: tuple[LeaveChange, ...]
    deadlines: tuple[DeadlineChange, ...]
    meetings: tuple[MeetingChange, ...]
    approvals: tuple[ApprovalChange, ...]
    meeting_checks: tuple[MeetingCheckChange, ...]
    situations_checked: Mapping[str, int] = attrs.field(converter=_proxy)
    situations_evaluated: Mapping[str, int] = attrs.field(converter=_proxy, eq=False)
    rules_changed: tuple[str, ...]
    baseline: Ruleset = attrs.field(repr=False, eq=False)
    variant: Ruleset = attrs.field(repr=False, eq=False)
    #: per family ("signing", "leave") and field, the value standing for the values no condition mentions
    stand_ins: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict, repr=False, eq=False)
    #: per family ("signing", "approvals", "leave"), the space its situations were enumerated from
    spaces: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)
    _groups: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    @property
    def changed(self) -> Mapping[str, int]:
        """How many situations changed, per family."""
        return {f: len(getattr(self, f)) for f in _FAMILIES}

    @property
    def empty(self) -> bool:
        """Whether no decision changes."""
        return not any(self.changed.values())

    def explain(self, limit: int | None = 20) -> str:
        """In Chinese: the changed situations grouped by family and by answer, with both answers' citations."""
        return self.report("zh", limit)

    def report(self, lang: str = "zh", limit: int | None = 20) -> str:
        """The changes as text ("zh" or "en"), at most `limit` situations listed per pair of answers."""
        from govrules.whatif.report import _report  # rendering imports this module, not the reverse

        return _report(self, lang, limit)

    def groups(self, family: str) -> list[tuple[Any, Any, tuple[SituationGroup, ...]]]:
        """The changed situations of `family` ("signing", "approvals" or "leave") by pair of answers
        (baseline, variant: the first situation's), each pair's situations collapsed into groups that
        leave open the fields neither answer depends on, or let a field take any of several values
        (`govrules.whatif.collapse`). Worked out once."""
        done = self._groups.get(family)
        if done is None:
            done = self._groups[family] = self._collapse(family)
        return done

    def _collapse(self, family: str) -> list[tuple[Any, Any, tuple[SituationGroup, ...]]]:
        from govrules.whatif.collapse import document_domain, group_documents, group_requests, request_domain
        from govrules.whatif.texts import _grouped

        space = self.spaces.get(family)
        pairs = _grouped(getattr(self, family))
        if family == "leave":
            leave = space if isinstance(space, _LeaveSpace) else _LeaveSpace.of(self.baseline, self.variant)
            among = request_domain(leave)
            return [(ab, av, group_requests((c.request for c in cs), leave, among)) for ab, av, cs in pairs]
        if not isinstance(space, _DocumentSpace):
            kinds = _APPROVAL_RULES if family == "approvals" else _DOCUMENT_RULES
            space = _DocumentSpace.of(self.baseline, self.variant, kinds=kinds)
        domain = document_domain(space)
        return [(ab, av, group_documents((c.document for c in cs), space, domain)) for ab, av, cs in pairs]

    def summary(self, lang: str = "zh") -> str:
        """One line: situations checked and changed, per family."""
        c, ch = self.situations_checked, self.changed
        if lang == "zh":
            names = _SUMMARY_ZH
            checked = "、".join(f"{names[f]}{c[f]}" for f in _FAMILIES)
            changed = "、".join(f"{names[f]}{ch[f]}" for f in _FAMILIES)
            return f"共检查{sum(c.values())}种情形（{checked}），结论改变{sum(ch.values())}种（{changed}）。"
        checked = ", ".join(f"{f.replace('_', ' ')} {c[f]}" for f in _FAMILIES)
        changed = ", ".join(f"{f.replace('_', ' ')} {ch[f]}" for f in _FAMILIES)
        return f"{sum(c.values())} situations checked ({checked}); {sum(ch.values())} changed ({changed})."

    def as_dict(self, limit: int | None = None, lang: str = "zh") -> dict[str, Any]:
        """JSON-ready: the summary and, per family, the changed situations (at most `limit` each); under
        `groups`, the signing, approval and leave changes by pair of answers, collapsed (at most `limit`
        groups a pair, each group's text in `lang`)."""
        from govrules.whatif.report import _as_dict  # rendering imports this module, not the reverse

        return _as_dict(self, limit, lang)


def diff(baseline: Ruleset, variant: Ruleset, *, prune: bool = True) -> WhatIfDiff:
    """Every situation whose decision differs between `baseline` and `variant`: exact, not sampled.

    The model's situations are finite once each field is cut into equivalence classes, and the
    decisions depend on a field only through the rules' conditions (and, for the roles, through
    who is compared with whom). So the space enumerated takes, per field:

    - documents: the kind, issuer, addressee and meeting each condition of either ruleset mentions
      (`DocumentIs`), plus one member mentioned by none (standing for all such members), plus
      None for the addressee and the meeting; minutes always name a meeting. Matters, a set tested
      by "shares a member", are the empty set, every one or two of the matters mentioned, and one
      matter mentioned by none: documents with three or more matters are outside the space.
      `presided_by` varies only when there is a meeting: None, the roles mentioned, every role
      signing, reviewing or countersigning in either ruleset (MEETING_CHAIR resolves to the
      presider, who is then compared with them) and one other role.
    - leave requests: the roles mentioned (and every approver) plus one other, the kinds mentioned
      plus one other, the meeting (for absences from a meeting only), the reason (None, mentioned
      or accepted, one other), party standing committee member or not, and durations 1 and t-1, t,
      t+1 for every `min_days`/`max_days` t. Requests start on `LEAVE_START`, are asked for that
      day and arrange no substitute (a change seen with a substitute is seen without one too).
    - approvals: documents as for signing, cut by the approval rules' conditions (an approval never
      resolves MEETING_CHAIR, so the presider varies only as a condition mentions it).
    - meetings as `check_meeting` judges them: per kind of meeting some meeting or agenda rule speaks
      of, its parts (`govrules.whatif.meetings`): whether attendance is on record, the presider (with
      the principals attending, where one presides only in their absence), each role named by a rule
      (and ASSISTANT, and one role standing for the others) absent, excused or listed, each any-of
      group met or not, the assistants against the reporting units, and each agenda item's class
      (each requirement met or not; materials not on record, on each last day or the day after).
    - deadlines: every deadline id of either ruleset (period and named variants); meeting rhythms:
      every meeting kind with a rhythm rule (the prevailing rules' outcome).

    Answers are compared by their resolved outcome (signer, reviewers and who may take a step
    instead, countersigners, alternates, seal, 圈阅 semantics, notes, conflict; approvers, opinion,
    圈阅, notes, conflict; approvers, notify, lead times and latest request date, kinds of breach;
    the breaches a meeting part shows), never by citations alone. With `prune` (the default) only the
    situations some differing rule (changed, added, removed, reordered, or overriding differently)
    applies to in either ruleset are decided: the others cannot change, and are counted as checked.
    """
    b, v = baseline.evolve(), variant.evolve()  # private memos, dropped afterwards
    checked: dict[str, int] = {}
    evaluated: dict[str, int] = {}
    cal = china()

    doc_space = _DocumentSpace.of(b, v)
    flipped: list[tuple[str, str]] = []
    differing = set(_differing(b, v, _DOCUMENT_RULES, flipped)) if prune else None
    signed, evaluated["signing"] = _document_changes(
        b, v, doc_space, differing, _DOCUMENT_RULES, _signing_answer, True, flipped
    )
    signing_changes = [SigningChange(*c) for c in signed]
    checked["signing"] = doc_space.size()

    approval_space = _DocumentSpace.of(b, v, kinds=_APPROVAL_RULES)
    flipped = []
    differing = set(_differing(b, v, _APPROVAL_RULES, flipped)) if prune else None
    approved, evaluated["approvals"] = _document_changes(
        b, v, approval_space, differing, _APPROVAL_RULES, _approval_answer, False, flipped
    )
    approval_changes = [ApprovalChange(*c) for c in approved]
    checked["approvals"] = approval_space.size()

    leave_space = _LeaveSpace.of(b, v)
    requests: Iterable[LeaveRequest]
    if prune:
        conds = _conditions(b, v, _differing(b, v, _LEAVE_RULES), _LEAVE_RULES)
        requests = dict.fromkeys(q for c in conds if isinstance(c, LeaveIs) for q in leave_space.requests(c))
    else:
        requests = leave_space.requests()
    leave_changes: list[LeaveChange] = []
    n = 0
    for request in requests:
        n += 1
        la, lz = _leave_answer(b, request, cal), _leave_answer(v, request, cal)
        if la.outcome != lz.outcome:
            leave_changes.append(LeaveChange(request, la, lz))
    checked["leave"], evaluated["leave"] = leave_space.size(), n
    leave_changes.sort(key=lambda c: _request_key(c.request))

    deadline_changes, checked["deadlines"] = _deadline_changes(b, v)
    evaluated["deadlines"] = checked["deadlines"]

    meeting_space = MeetingSpace.of(b, v, calendar=cal)
    check_changes, evaluated["meeting_checks"] = _meeting_check_changes(b, v, meeting_space, prune, cal)
    checked["meeting_checks"] = meeting_space.size()
    meeting_changes, checked["meetings"] = _meeting_changes(b, v)
    evaluated["meetings"] = checked["meetings"]

    all_ids = dict.fromkeys([*(r.id for r in b.rules), *(r.id for r in v.rules)])
    rules_changed = tuple(
        i for i in all_ids if not (b.has_rule(i) and v.has_rule(i)) or _canonical(b.rule(i)) != _canonical(v.rule(i))
    )
    return WhatIfDiff(
        signing=tuple(signing_changes),
        leave=tuple(leave_changes),
        deadlines=tuple(deadline_changes),
        meetings=tuple(meeting_changes),
        approvals=tuple(approval_changes),
        meeting_checks=tuple(check_changes),
        situations_checked=checked,
        situations_evaluated=evaluated,
        rules_changed=rules_changed,
        baseline=baseline,
        variant=variant,
        stand_ins={"signing": doc_space.others, "approvals": approval_space.others, "leave": leave_space.others},
        spaces={"signing": doc_space, "approvals": approval_space, "leave": leave_space},
    )


def _seen(answer: SigningAnswer | ApprovalAnswer | LeaveAnswer, cited: bool) -> object:
    return (answer.outcome, answer.citations) if cited else answer.outcome


def changes_anything(baseline: Ruleset, variant: Ruleset, *, cited: bool = False) -> bool:
    """Whether some decision of the space differs between the two rulesets (`not diff(...).empty`, but
    stopping at the first difference found); with `cited`, a decision citing other articles counts too."""
    b, v = baseline.evolve(), variant.evolve()
    cal = china()
    if _deadline_changes(b, v)[0] or _meeting_changes(b, v)[0]:
        return True
    if cited and any(
        tuple(c for r in b.rules_of(kind) for c in r.cite) != tuple(c for r in v.rules_of(kind) for c in r.cite)
        for kind in (DeadlineRule, RhythmRule)
    ):
        return True
    if _meeting_check_changes(b, v, MeetingSpace.of(b, v, calendar=cal), True, cal, cited)[0]:
        return True
    kinds = _APPROVAL_RULES
    flipped: list[tuple[str, str]] = []
    differing = set(_differing(b, v, kinds, flipped))
    space = _DocumentSpace.of(b, v, kinds=kinds)
    if _document_changes(b, v, space, differing, kinds, _approval_answer, False, flipped, True, cited)[0]:
        return True
    kinds, flipped = _DOCUMENT_RULES, []
    differing = set(_differing(b, v, kinds, flipped))
    space = _DocumentSpace.of(b, v, kinds=kinds)
    if _document_changes(b, v, space, differing, kinds, _signing_answer, True, flipped, True, cited)[0]:
        return True
    leave_space = _LeaveSpace.of(b, v)
    for c in _conditions(b, v, _differing(b, v, _LEAVE_RULES), _LEAVE_RULES):
        if isinstance(c, LeaveIs):
            for q in leave_space.requests(c):
                if _seen(_leave_answer(b, q, cal), cited) != _seen(_leave_answer(v, q, cal), cited):
                    return True
    return False


def _meeting_check_changes(
    b: Ruleset, v: Ruleset, space: MeetingSpace, prune: bool, cal: WorkdayCalendar, cited: bool = False
) -> tuple[list[MeetingCheckChange], int]:
    """The parts of meetings `check_meeting` judges differently, and how many were judged.

    With `prune`, only the kinds of meeting a differing meeting or agenda rule speaks of; with
    `cited`, parts judged alike on other articles count as changed.
    """
    kinds: set[MeetingKind] | None = None
    if prune:
        kinds = set()
        for i in _differing(b, v, (MeetingRule, AgendaRule)):
            for rs in (b, v):
                r = rs.rule(i) if rs.has_rule(i) else None
                if isinstance(r, MeetingRule):
                    kinds.add(r.meeting)
                elif isinstance(r, AgendaRule):
                    kinds |= {k for k in r.meetings if k is not None}
    out: list[MeetingCheckChange] = []
    n = 0
    for kind in space.kinds:
        if kinds is not None and kind not in kinds:
            continue
        for part in space.parts(kind):
            n += 1
            ab, av = judge(b, part, cal), judge(v, part, cal)
            cb, cv = _part_citations(b, ab), _part_citations(v, av)
            if ab.outcome != av.outcome or (cited and cb != cv):
                out.append(MeetingCheckChange(part, ab, av, cb, cv))
    out.sort(key=lambda c: c.part.key())
    return out, n


def _part_citations(rs: Ruleset, answer: MeetingAnswer) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(c for i in answer.rules for c in rs.rule(i).cite))


A = TypeVar("A", "SigningAnswer", "ApprovalAnswer")


def _document_changes(
    b: Ruleset,
    v: Ruleset,
    space: _DocumentSpace,
    differing: set[str] | None,
    kinds: tuple[type[Rule], ...],
    decide: Callable[[Ruleset, Document], A],
    by_presider: bool,
    flipped: Iterable[tuple[str, str]] = (),
    first: bool = False,
    cited: bool = False,
) -> tuple[list[tuple[Document, A, A]], int]:
    """The documents of `space` whose answer (`decide`) differs, and how many were decided.

    Each rule of `kinds` of either ruleset is a bit; per field value, the rules whose condition allows
    it. Walking the space field by field, the bits of the rules still applicable narrow down; a
    subtree where no rule of `differing` (None: every rule) can apply, nor both rules of a `flipped`
    pair (whose order changed) in the baseline, is skipped. With `first`, the walk stops at the first
    change found; with `cited`, answers differing in their citations only count as changed. An answer depends
    only on the applicable rules (and, `by_presider`, on the presider, whom MEETING_CHAIR resolves
    to), so each is decided once per such set.
    """
    rules = [r for rs in (b, v) for r in rs.rules if isinstance(r, kinds)]
    conds = [r.condition() for r in rules]
    n_b = sum(1 for r in b.rules if isinstance(r, kinds))
    b_bits, v_bits = (1 << n_b) - 1, ((1 << len(rules)) - 1) & ~((1 << n_b) - 1)
    every = b_bits | v_bits
    d_bits = every if differing is None else sum(1 << i for i, r in enumerate(rules) if r.id in differing)
    at = {r.id: i for i, r in enumerate(rules[:n_b])}
    pairs = [(1 << at[x]) | (1 << at[y]) for x, y in flipped]
    changes: list[tuple[Document, A, A]] = []
    if not d_bits and not pairs:
        return changes, 0

    def may_change(live: int) -> bool:
        return bool(live & d_bits) or any(live & p == p for p in pairs)

    def bits(field: str, values: Iterable[Any], matters: bool = False) -> list[int]:
        out = []
        for x in values:
            m = 0
            for i, c in enumerate(conds):
                allowed = getattr(c, field) if c is not None else None
                if allowed is None or (bool(x & allowed) if matters else x in allowed):
                    m |= 1 << i
            out.append(m)
        return out

    kinds_ = list(zip(space.kinds, bits("kind", space.kinds), strict=True))
    issuers = list(zip(space.issuers, bits("issuer", space.issuers), strict=True))
    meetings = list(zip(space.meetings, bits("meeting", space.meetings), strict=True))
    addressees = list(zip(space.addressees, bits("addressee", space.addressees), strict=True))
    matters = list(zip(space.matters, bits("matters", space.matters, matters=True), strict=True))
    presiders = list(zip(space.presiders, bits("presided_by", space.presiders), strict=True))
    no_presider = [p for p in presiders if p[0] is None]
    answers: tuple[dict[tuple[int, Role | None], A], ...] = ({}, {})
    differs: dict[tuple[object, ...], bool] = {}
    n = 0
    for kind, k_bits in kinds_:
        for meeting, m_bits in meetings:
            if meeting is None and kind is DocumentKind.MINUTES:
                continue
            km = k_bits & m_bits
            if not may_change(km):
                continue
            chairs = no_presider if meeting is None else presiders
            for issuer, i_bits in issuers:
                kmi = km & i_bits
                if not may_change(kmi):
                    continue
                for addressee, a_bits in addressees:
                    kmia = kmi & a_bits
                    if not may_change(kmia):
                        continue
                    for subset, s_bits in matters:
                        kmias = kmia & s_bits
                        if not may_change(kmias):
                            continue
                        for presider, p_bits in chairs:
                            live = kmias & p_bits
                            if not may_change(live):
                                continue
                            n += 1
                            masks: tuple[int, int] = (live & b_bits, live & v_bits)
                            chair = presider if by_presider else None
                            key = (*masks, chair)
                            changed = differs.get(key)
                            if changed is False:
                                continue
                            doc = Document(kind, issuer, addressee, subset, meeting, presider)
                            sides = []
                            for side, rs in enumerate((b, v)):
                                answer = answers[side].get((masks[side], chair))
                                if answer is None or answer.no_rule is not None:  # the message names the document
                                    answer = answers[side][masks[side], chair] = decide(rs, doc)
                                sides.append(answer)
                            if changed is None:
                                changed = differs[key] = _seen(sides[0], cited) != _seen(sides[1], cited)
                            if changed:
                                changes.append((doc, sides[0], sides[1]))
                                if first:
                                    return changes, n
    changes.sort(key=lambda c: _document_key(c[0]))
    return changes, n


def _deadline_changes(b: Ruleset, v: Ruleset) -> tuple[list[DeadlineChange], int]:
    ids = list(dict.fromkeys([*_ids_of(b, (DeadlineRule,)), *_ids_of(v, (DeadlineRule,))]))
    out = []
    for i in ids:
        rb = b.rule(i) if b.has_rule(i) else None
        rv = v.rule(i) if v.has_rule(i) else None
        db = rb if isinstance(rb, DeadlineRule) else None
        dv = rv if isinstance(rv, DeadlineRule) else None
        if db is not None and dv is not None and db.outcome() == dv.outcome():
            continue
        some = dv if dv is not None else db
        assert some is not None
        out.append(
            DeadlineChange(
                rule=i,
                baseline_period=db.period if db else None,
                variant_period=dv.period if dv else None,
                baseline_variants=db.variants if db else {},
                variant_variants=dv.variants if dv else {},
                baseline_citations=db.cite if db else (),
                variant_citations=dv.cite if dv else (),
                action=some.action,
                anchor=some.anchor,
            )
        )
    return out, len(ids)


def _meeting_changes(b: Ruleset, v: Ruleset) -> tuple[list[MeetingChange], int]:
    out = []
    n = 0
    aspects: tuple[tuple[str, type[MeetingRule] | type[RhythmRule]], ...] = (("rhythm", RhythmRule),)
    for aspect, kind in aspects:
        for meeting in MeetingKind:
            sides: list[tuple[MeetingRule | RhythmRule, ...]] = []
            for rs in (b, v):
                rules: tuple[MeetingRule | RhythmRule, ...] = rs.rules_of(kind)
                sides.append(rs.prevailing(r for r in rules if r.meeting is meeting))
            if not sides[0] and not sides[1]:
                continue
            n += 1
            if [_essence(r, _NOT_OUTCOME) for r in sides[0]] != [_essence(r, _NOT_OUTCOME) for r in sides[1]]:
                out.append(MeetingChange(meeting, aspect, sides[0], sides[1]))
    return out, n
