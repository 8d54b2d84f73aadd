"""Whether a leave or absence is allowed, who approves it and who is told; whether a meeting was proper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any, Protocol

import attrs

from govrules.decision import (
    Trace,
    Violation,
    citations_of,
    conflict_among,
    overridden_text,
    quote_citations,
    trace,
    trace_template,
    traced,
)
from govrules.errors import GovRulesError, InvalidInput, NoApplicableRule, expect
from govrules.labels import chinese_number
from govrules.model import AgendaItem, LeaveKind, LeaveRequest, Matter, Meeting, MeetingKind, Role
from govrules.rules import (
    AgendaRequirement,
    AgendaRule,
    AlternateBasis,
    Citation,
    Condition,
    Conflict,
    LeaveRule,
    MeetingRule,
    Rhythm,
    RhythmRule,
    Rule,
    Ruleset,
    hedge_word,
)
from govrules.rules.ruleset import Refusal
from govrules.workdays import WorkdayCalendar, as_date, china

__all__ = [
    "NOTIFY_DEFAULT",
    "LeaveDecision",
    "LeavePlan",
    "MeetingDecision",
    "MeetingLike",
    "MeetingPlan",
    "RhythmCheck",
    "check_leave",
    "check_meeting",
    "check_rhythm",
    "leave_plan",
    "leave_plan_key",
    "meeting_check_key",
    "meeting_plan",
    "meeting_rule",
    "meeting_schedule",
    "notify_phrases",
    "rhythm_periods",
]


@attrs.frozen(slots=False)  # an instance dict: `_check_leave` fills one in one update
class LeaveDecision:
    """Whether a request may go ahead as made, who approves (in order), who is told, by when to ask."""

    ok: bool
    approvers: tuple[Role, ...]
    notify: tuple[Role, ...]
    latest_request_date: date | None
    violations: tuple[Violation, ...]
    citations: tuple[Citation, ...]
    provisional: bool
    trace: Trace
    request: LeaveRequest = attrs.field(repr=False)
    ruleset: Ruleset = attrs.field(repr=False, eq=False)
    in_advance: bool = False
    #: The text's words for telling each of `notify` (`LeaveRule.notify_verb`, None: none recorded); empty: none.
    notify_verbs: tuple[str | None, ...] = attrs.field(default=(), repr=False, eq=False)
    #: The orders of approval the text states where it orders only some (`LeavePlan.approval_orders`); empty: none.
    approval_orders: tuple[tuple[frozenset[Role], ...], ...] = attrs.field(default=(), repr=False, eq=False)
    #: Whether a rule lists the accepted reasons and the request gives none: not checked against them.
    reason_unchecked: bool = attrs.field(default=False, repr=False, eq=False)

    def explain(self) -> str:
        """In Chinese: who approves, who is told, the latest day to ask, and any breach, with the articles."""
        rs, name = self.ruleset, self.ruleset.name
        req = self.request
        kind = rs.leave_word(req.kind, self.trace.applied)  # the article's word for this person's leave
        text = f"按照《{rs.title}》，{name(req.role)}{kind}（{req.start.isoformat()}至{req.end.isoformat()}）"
        text += (
            "须经" + "、".join(name(r) for r in self.approvers) + "批准" if self.approvers else "，本规则未规定审批人"
        )
        if self.notify:
            told = zip(self.notify, self.notify_verbs or (None,) * len(self.notify), strict=True)
            text += "，并" + "，".join(notify_phrases(told, name, NOTIFY_DEFAULT))
        text += "。"
        if self.approval_orders:  # the order the text states of some of them (`LeaveRule.approval_orders`)
            text += f"审批顺序：{orders_phrase(self.approval_orders, name, self.approvers)}。"
        if self.latest_request_date is not None:
            text += f"最迟应于{self.latest_request_date.isoformat()}提出。"
        elif self.in_advance:
            text += "应事先提出（本规则未规定提前量，仅检查不晚于开始之日）。"
        # a breach of a hedged rule (原则上, 一般应: `Rule.hedged`) departs from a default, it does not break a ban
        hedged = {v.source for v in self.violations if rs.has_rule(v.source) and rs.rule(v.source).hedged}
        said = {True: "不符合原则性规定", False: "不符合规定"}
        breaches = (f"{said[v.source in hedged]}：{v.message}。" for v in self.violations)
        text += "".join(breaches) or "符合规定。"
        if self.reason_unchecked:
            text += "未说明请假事由，未对照所列事由检查。"
        # a rule's note (what the text leaves open) is said in every explanation that applies the rule
        notes = (rs.rule(i).note for i in self.trace.applied if rs.has_rule(i))
        text += "".join(f"{n}。" for n in dict.fromkeys(notes) if n)
        if self.provisional:
            text += "注意：所用节假日安排为估算，以国务院通知为准。"
        text += overridden_text(rs, self.trace)
        return text + "\n" + quote_citations(rs, self.citations)


def check_leave(ruleset: Ruleset, request: LeaveRequest, *, calendar: WorkdayCalendar | None = None) -> LeaveDecision:
    """Who approves `request`, who is told, the latest day to ask, and every breach of the rules."""
    # the arguments checked in line, `expect` called only to name what is wrong: an answer from memory costs
    # less than three calls
    if not (
        isinstance(ruleset, Ruleset)
        and isinstance(request, LeaveRequest)
        and (calendar is None or isinstance(calendar, WorkdayCalendar))
    ):
        expect(ruleset, Ruleset, "ruleset")
        expect(request, LeaveRequest, "leave request")
        expect(calendar, WorkdayCalendar, "calendar")
    cal = calendar if calendar is not None else china()
    decision: LeaveDecision | Refusal = ruleset.memos[_check_leave_fast](request, cal)
    if type(decision) is Refusal:  # remembered as refused: a new error each time
        raise decision.error()
    return decision  # type: ignore[return-value]


def _check_leave_fast(ruleset: Ruleset, request: LeaveRequest, calendar: WorkdayCalendar) -> LeaveDecision | Refusal:
    """`check_leave` from the compiled conditions; a request no leave rule covers refused, the refusal
    returned for the memo to keep (`Refusal`), not raised here and raised again by the caller."""
    plan = _plan_or_refusal(ruleset, request)
    if type(plan) is Refusal:
        return plan
    return _check_leave(ruleset, request, calendar, plan)  # type: ignore[arg-type]


def _check_leave_each(ruleset: Ruleset, request: LeaveRequest, calendar: WorkdayCalendar) -> LeaveDecision:
    """The reference for `check_leave`: each rule's condition tested in turn (`Ruleset.select_each`)."""
    plan = _leave_plan(ruleset, request, ruleset.select_each(LeaveRule, request))
    return _check_leave(ruleset, request, calendar, plan)


def _check_leave(ruleset: Ruleset, request: LeaveRequest, cal: WorkdayCalendar, plan: LeavePlan) -> LeaveDecision:
    latest = plan.latest(request.start, cal)
    violations = plan.violations
    late = plan.late_request(request.requested_on, latest) or plan.after_start(request.requested_on, request.start)
    if late is not None:
        violations = (*violations, late)
    decision: LeaveDecision = object.__new__(LeaveDecision)  # as __init__ would: no converter or validator
    decision.__dict__.update(
        {
            "ok": not violations,
            "approvers": plan.approvers,
            "notify": plan.notify,
            "latest_request_date": latest[0] if latest else None,
            "violations": violations,
            "citations": plan.citations,
            "provisional": cal.is_estimated(request.start, request.end, *((latest[0],) if latest else ())),
            "trace": traced(trace_template(ruleset, plan.applied, plan.overridden, plan.condition), request),
            "request": request,
            "ruleset": ruleset,
            "in_advance": bool(plan.advance_rules),
            "notify_verbs": plan.notify_verbs,
            "approval_orders": plan.approval_orders,
            "reason_unchecked": plan.reason_unchecked,
        }
    )
    return decision


@attrs.frozen
class LeavePlan:
    """What the rules say of a kind of leave request, before its dates are looked at.

    Everything here depends only on the situation (role, kind, meeting, reason, standing-committee
    membership, length, whether a substitute is named), so it is worked out once per situation and
    remembered on the ruleset; `check_leave` adds the dates.
    """

    approvers: tuple[Role, ...]
    notify: tuple[Role, ...]
    violations: tuple[Violation, ...]
    citations: tuple[Citation, ...]
    lead_rules: tuple[LeaveRule, ...]
    advance_rules: tuple[LeaveRule, ...]
    applied: tuple[str, ...]
    overridden: tuple[str, ...]
    condition: Condition | None = attrs.field(eq=False)
    #: Whether the approvals must come in the order of `approvers` (False: each, in any order), as every rule
    #: naming approvers says (`LeaveRule.approvers_in_order`).
    approvers_in_order: bool = True
    #: The text's words for telling each of `notify`, in its order (`LeaveRule.notify_verb`; None: none recorded).
    notify_verbs: tuple[str | None, ...] = attrs.field(default=(), eq=False)
    #: Where some rule states only some of the order (`LeaveRule.approval_orders`), every order to hold of the
    #: approvals: each rule's stated orders, and each other rule's approvers in their order where it fixes one
    #: (`approvers_in_order`), one stage each; empty where no rule has `approval_orders` (the old comparison).
    approval_orders: tuple[tuple[frozenset[Role], ...], ...] = ()
    #: Whether a rule lists the accepted reasons and the request gives none (not checked against them).
    reason_unchecked: bool = False

    def latest(self, start: date, calendar: WorkdayCalendar) -> tuple[date, LeaveRule] | None:
        """The latest day to ask for leave starting on `start`, and the rule whose lead time sets it.

        With several lead times the earliest day wins (the first such rule, in rule order).
        """
        best: tuple[date, LeaveRule] | None = None
        start = as_date(start)
        for r in self.lead_rules:
            assert r.lead_time is not None
            d = r.lead_time.resolve_on(start, calendar)
            if best is None or d < best[0]:
                best = (d, r)
        return best

    def after_start(self, requested_on: date | None, start: date) -> Violation | None:
        """The breach of asking after the absence began (or after the meeting), where the text says
        事先/提前 without an amount: late under any reading of the amount."""
        if not self.advance_rules or requested_on is None or requested_on <= start:
            return None
        rule = self.advance_rules[0]
        return Violation(
            "leave_request",
            rule.citation,
            f"应事先提出，实际于{requested_on.isoformat()}提出，晚于开始之日{start.isoformat()}",
            rule.id,
        )

    @staticmethod
    def late_request(requested_on: date | None, latest: tuple[date, LeaveRule] | None) -> Violation | None:
        """The breach of asking after the latest day (None when on time, or when either is unknown)."""
        if latest is None or requested_on is None or requested_on <= latest[0]:
            return None
        day, rule = latest
        return Violation(
            "leave_request",
            rule.citation,
            f"应{_lead(rule)}提出（最迟{day.isoformat()}），实际于{requested_on.isoformat()}提出",
            rule.id,
        )


def leave_plan(ruleset: Ruleset, request: LeaveRequest) -> LeavePlan:
    """The situational part of `check_leave` (approvers, notices, reasons, substitutes, lead-time rules).

    Worked out once per set of applicable rules (the compiled conditions' mask) and the fields the plan
    reads beside them: the role (who does not approve their own leave), the reason and the substitute.
    """
    plan = _plan_or_refusal(ruleset, request)
    if type(plan) is Refusal:
        raise plan.error()
    return plan  # type: ignore[return-value]


def _plan_or_refusal(ruleset: Ruleset, request: LeaveRequest) -> LeavePlan | Refusal:
    """`leave_plan`, or its refusal (`NoApplicableRule`) returned rather than raised."""
    selector = ruleset.selectors[_LEAVE_KINDS]
    key = _plan_key(selector.mask(request), request)
    plan: LeavePlan | None = selector.derived.get(key)
    if plan is None:
        selected: Any = selector.chosen(key[1])[0]
        if not selected[0]:
            return _no_leave_rule(ruleset, request)
        plan = _leave_plan(ruleset, request, selected)
        selector.derived[key] = plan
    return plan


def leave_plan_key(ruleset: Ruleset, request: LeaveRequest) -> tuple[object, ...]:
    """What `leave_plan` reads of `request`: requests of one key get the same plan (the compiled
    conditions' mask, and the role, reason and substitute beside it). For callers that remember what
    they work out from a plan by this key rather than by the whole request (the audit)."""
    return _plan_key(ruleset.selectors[_LEAVE_KINDS].mask(request), request)


def leave_length_breaks(ruleset: Ruleset) -> tuple[int, ...]:
    """The lengths at which the leave rules that apply may change (`Selector.breaks` of the compiled leave
    conditions): two requests alike but for their lengths (`LeaveRequest.days`) have the same `leave_plan_key`
    when `bisect.bisect_right(breaks, days)` is the same for both. For callers that remember what they work out
    from a plan by its key without building each request (the audit)."""
    return ruleset.selectors[_LEAVE_KINDS].breaks


def _plan_key(mask: int, request: LeaveRequest) -> tuple[Any, ...]:
    """The key of a leave plan: the applicable rules' mask, and the fields the plan reads beside it."""
    return ("leave_plan", mask, request.role, request.reason, request.substitute)


#: The rules a leave plan reads, compiled (`Ruleset.selectors`).
_LEAVE_KINDS: tuple[type[Rule], ...] = (LeaveRule,)


def _no_leave_rule(ruleset: Ruleset, request: LeaveRequest) -> Refusal:
    """The refusal (`NoApplicableRule`) of a request no leave rule covers, naming who and what it is (in
    English, and in Chinese as `.zh`)."""
    text = f"{ruleset.id}: no leave rule covers {ruleset.name(request.role)} {ruleset.leave_kind_name(request.kind)}"
    what = f"{ruleset.name(request.role)}{ruleset.leave_kind_name(request.kind)}"
    if request.meeting:
        text += f" ({request.meeting.label})"
        what += f"（{ruleset.meeting_name(request.meeting)}）"
    zh = f"《{ruleset.title}》未规定{what}的审批"
    away = _away_rules(ruleset, request)
    if away:
        # the text is silent on the kind, not on leaving: a vacation (or study) spent away is a trip, which it rules
        where = "、".join(dict.fromkeys(c.short() for r in away for c in r.cite))
        text += f" (if it is spent away from the area, see {where}, which rules leaving it)"
        zh += f"；{ruleset.leave_kind_name(request.kind)}期间离开本地的，见{where}"
    return Refusal((NoApplicableRule, (text,), zh))


#: Kinds of absence that may be spent away: refused, they point to the rules on leaving (`LeaveKind.TRIP`).
_MAY_BE_AWAY = frozenset({LeaveKind.VACATION, LeaveKind.STUDY})


def _away_rules(ruleset: Ruleset, request: LeaveRequest) -> tuple[LeaveRule, ...]:
    """The leave rules that cover `request`'s role leaving the area (`LeaveKind.TRIP`) where `request` is of
    a kind that may be spent away and no rule covers it; () otherwise."""
    if request.kind not in _MAY_BE_AWAY:
        return ()

    def work() -> tuple[LeaveRule, ...]:
        try:
            trip = attrs.evolve(request, kind=LeaveKind.TRIP, meeting=None)
        except GovRulesError:
            return ()
        return ruleset.select(LeaveRule, trip)[0]

    # what a trip's rules read beside its kind: the role, the length, the reason, whether a 常委 (not the dates)
    key = ("away_rules", request.role, request.days, request.reason, request.party_standing_committee_member)
    return ruleset.cached(key, work)


def _leave_plan(
    ruleset: Ruleset, request: LeaveRequest, selected: tuple[tuple[LeaveRule, ...], tuple[LeaveRule, ...]]
) -> LeavePlan:
    applicable, rules = selected
    if not applicable:
        raise _no_leave_rule(ruleset, request).error()
    approvers: list[Role] = []
    notify: dict[Role, str | None] = {}  # each told, with the words of the first rule that tells him
    violations: list[Violation] = []
    reason_unchecked = False
    for r in rules:
        for a in r.approvers:
            if a not in approvers and a is not request.role:
                approvers.append(a)
        for n in r.notify:
            notify.setdefault(n, r.notify_verb_for(n))
        if r.reasons is not None and request.reason is None:
            # a reason not given is not held against the reasons a text lists: it is left unchecked, and said so
            reason_unchecked = True
        elif r.reasons is not None and request.reason not in r.reasons:
            got = request.reason.label if request.reason else "未说明"
            accepted = "、".join(sorted(x.label for x in r.reasons))
            # a hedged list (「除…等特殊原因外,原则上不应请假」) names the usual reasons: one outside it is a departure
            # from the default, said with the text's hedge word, not a reason the text forbids
            said = (
                f"请假事由“{got}”不在所列事由（{accepted}）之内，{hedge_word(r.quote)}不应请假"
                if r.hedged
                else (f"请假事由“{got}”不在规定事由（{accepted}）之内")
            )
            violations.append(Violation("leave_reason", r.citation, said, r.id))
        if r.substitute_required and not request.substitute:
            violations.append(Violation("leave_substitute", r.citation, "未安排代理人（须明确代为履职的人员）", r.id))
    t = trace(ruleset, applicable, rules, None)
    return LeavePlan(
        approvers=tuple(approvers),
        notify=tuple(n for n in notify if n not in approvers),
        notify_verbs=tuple(v for n, v in notify.items() if n not in approvers),
        violations=tuple(violations),
        citations=citations_of(rules),
        lead_rules=tuple(r for r in rules if r.lead_time is not None),
        advance_rules=tuple(r for r in rules if r.in_advance and r.lead_time is None),
        applied=t.applied,
        overridden=t.overridden,
        condition=rules[0].condition() if rules else None,
        approvers_in_order=all(r.approvers_in_order for r in rules if r.approvers),
        approval_orders=_approval_orders(rules, request.role),
        reason_unchecked=reason_unchecked,
    )


def _approval_orders(rules: Sequence[LeaveRule], role: Role) -> tuple[tuple[frozenset[Role], ...], ...]:
    """The orders of approval to hold where some rule states only part of one (`LeaveRule.approval_orders`):
    its stated orders, and each other ordered rule's approvers one stage each; none of them the requester."""
    if not any(r.approval_orders for r in rules):
        return ()
    orders: list[tuple[frozenset[Role], ...]] = []
    for r in rules:
        stated = r.approval_orders or (
            (tuple(frozenset((a,)) for a in r.approvers),) if r.approvers_in_order and r.approvers else ()
        )
        for order in stated:
            stages = tuple(stage - {role} for stage in order if stage - {role})
            if len(stages) > 1 and stages not in orders:
                orders.append(stages)
    return tuple(orders)


def orders_phrase(
    orders: Sequence[Sequence[frozenset[Role]]], name: Callable[[Role], str], listing: Sequence[Role] = ()
) -> str:
    """The stated orders of approval in words: 「先经A、B，再经C」, several joined with 「；」 (each stage's
    roles as `listing` lists them, the approvers in the text's words' order; else the vocabulary's)."""
    rank = [*listing, *(r for r in Role if r not in listing)]
    return "；".join(
        "先经" + "，再经".join("、".join(name(r) for r in sorted(stage, key=rank.index)) for stage in order)
        for order in orders
    )


#: What the engines say of telling someone where the rule records no word of the text (`LeaveRule.notify_verb`).
NOTIFY_DEFAULT = "报{}备案（报告）"


def notify_phrases(
    told: Iterable[tuple[Role, str | None]], name: Callable[[Role], str], default: str = NOTIFY_DEFAULT
) -> list[str]:
    """Telling each role in the words of the rule that requires it (「向县长报告」, 「报县政府办公室备案」): the roles
    told in the same words named together, in order of first mention; `default` where no words are recorded."""
    groups: dict[str, list[str]] = {}
    for role, verb in told:
        groups.setdefault(verb or default, []).append(name(role))
    return [verb.format("、".join(names)) for verb, names in groups.items()]


def _lead(rule: LeaveRule) -> str:
    return rule.lead_time.describe() if rule.lead_time is not None else ""


@attrs.frozen
class MeetingDecision:
    """Whether a meeting was composed, presided and run as the rules say; items not to be taken."""

    ok: bool
    violations: tuple[Violation, ...]
    items_not_taken: tuple[AgendaItem, ...]
    citations: tuple[Citation, ...]
    trace: Trace
    meeting: Meeting = attrs.field(repr=False)
    ruleset: Ruleset = attrs.field(repr=False, eq=False)
    composition_checked: bool = True
    #: Whether a lead time checked here was counted on an estimated holiday schedule.
    provisional: bool = False
    #: The absent whose absence no leave rule covers (东川 第二十五条 binds the leaders and department heads
    #: only): not checked, and said so.
    unchecked_absences: tuple[Role, ...] = ()
    #: The standing observers (固定列席) not checked: who sat in (`non_voting`) is not on record
    #: (`check_meeting(observers=False)`), and said so.
    unchecked_observers: tuple[Role, ...] = ()

    def explain(self) -> str:
        """In Chinese: the breaches found, with the articles; what was not checked, and why."""
        rs = self.ruleset
        head = f"按照《{rs.title}》，{self.meeting.date.isoformat()}{rs.meeting_name(self.meeting.kind)}"
        kind = self.meeting.kind
        rules = rs.cached(("meeting_rules", kind), lambda: _meeting_rules(rs, kind))
        rule = rules[0] if rules is not None else None
        agenda = bool(rules[1]) if rules is not None else False
        # the text gives the chair (and whom, if it names anyone); a rule that only limits the leaders attending
        # (咸阳 四十七 一名领导, `max_leaders`) names no chair: who presided is not checked, nor said to be
        limits_only = rule is not None and not rule.presiders and not rule.presider_alternates and not rule.composed
        chaired = rule is not None and not limits_only
        leaders = "出席领导人数" if limits_only and rule is not None and rule.max_leaders is not None else ""
        if self.ok:
            full = self.composition_checked and rule is not None and rule.composed  # no one named: attendance open
            checked = (
                "的组成、主持和议题"
                if full
                else "的主持和议题"
                if chaired
                else f"的{leaders}{'和议题' if agenda else ''}"
                if leaders and self.composition_checked
                else "的议题"
                if agenda
                else "的请假"
            )
            if checked == "的请假" and not self.meeting.absent:
                text = head + "：记录中无请假。"
            else:
                text = head + checked + "符合规定。"
        else:
            text = head + "：" + "；".join(v.message for v in self.violations) + "。"
        if not self.composition_checked:
            held = "本规则（现存文本）" if rs.text_is_partial else "本规则"  # (district-xx: only page 2 of 3 survives)
            text += (
                "出席情况未在记录中，组成未作检查。"
                if chaired
                else f"出席情况未在记录中，{leaders}未作检查。"
                if leaders
                else f"{held}未规定该会议的组成，组成与主持未作检查。"
                if agenda
                else f"{held}仅规定该会议的请假，组成、主持与议题未作检查。"
            )
        if limits_only:
            text += f"主持人未作检查：本规则未规定{rs.meeting_name(kind)}由谁主持。"
        if self.unchecked_absences:
            who = "、".join(rs.name(r) for r in dict.fromkeys(self.unchecked_absences))
            text += f"{who}的请假，本规则未规定其审批，未作检查。"
        if self.unchecked_observers:
            who = "、".join(rs.name(r) for r in self.unchecked_observers)
            text += f"列席人员未在记录中，固定列席人员{who}是否列席未作检查。"
        convener = self.meeting.convened_by
        if convener is not None and (rule is None or not rule.convened_as_presided):
            # 召集 where the text names only who presides or holds it (主持召开): said, as the audit says it
            only = "（仅规定主持）" if chaired else ""  # (咸阳 四十七 names neither)
            text += f"召集人{rs.name(convener)}未作检查：本规则未规定{rs.meeting_name(kind)}由谁召集{only}。"
        text += _presider_terms(rs, self.meeting)
        # a rule's note (what the text leaves open) is said in every explanation that applies the rule
        notes = (rs.rule(i).note for i in self.trace.applied if rs.has_rule(i))
        text += "".join(f"{n}。" for n in dict.fromkeys(notes) if n)
        if self.provisional:
            text += "注意：所用节假日安排为估算，以国务院通知为准。"
        return text + "\n" + quote_citations(rs, self.citations)


def _presider_terms(ruleset: Ruleset, meeting: Meeting) -> str:
    """The circumstance the text sets for one presiding in another's place, in its words (`Alternate.terms`):
    '负责常务工作的副区长主持，限于区长外出期间。'; empty where the presider is not such an alternate."""
    rules = ruleset.cached(("meeting_rules", meeting.kind), lambda: _meeting_rules(ruleset, meeting.kind))
    rule = rules[0] if rules is not None else None
    if rule is None or ruleset.acts_as(meeting.presided_by, rule.presiders):
        return ""
    alt = next((a for a in rule.presider_alternates if ruleset.acts_as(meeting.presided_by, (a.role,))), None)
    if alt is None or not alt.terms:
        return ""
    return f"{ruleset.name(meeting.presided_by)}主持，限于{alt.terms}。"


def check_meeting(
    ruleset: Ruleset,
    meeting: Meeting,
    *,
    composition: bool = True,
    calendar: WorkdayCalendar | None = None,
    observers: bool = True,
) -> MeetingDecision:
    """Check a meeting's presider, members, non-voting attendees, absences, assistants and agenda.

    Members must attend or be excused (by a leave whose days include the meeting's); of an any-of group
    (A或B) one suffices; members 有关/相关 to the matter may attend and need not; standing observers
    (固定列席) are expected like members. With
    `composition=False` (attendance not on record) who attended is not checked; with `observers=False` (who sat
    in, `non_voting`, not on record) the standing observers are not (a record that leaves the field out). A kind
    of meeting whose composition the text does not give (a lost page) is checked on its agenda and absences only.
    `calendar` counts lead times (the State Council schedule by default).

    Raises `NoApplicableRule` when no rule of the ruleset speaks of this kind of meeting.
    """
    expect(ruleset, Ruleset, "ruleset")
    expect(meeting, Meeting, "meeting")
    cal = calendar if calendar is not None else china()
    for d in (meeting.date, *(x for leave in meeting.absent for x in (leave.start, leave.end, leave.requested_on))):
        if d is not None and not cal.covers(d):  # no year is guessed, even where no working day is counted
            raise cal.not_covered(d.year, f"meeting of {meeting.date.isoformat()}")
    rules = ruleset.cached(("meeting_rules", meeting.kind), lambda: _meeting_rules(ruleset, meeting.kind))
    if rules is None:
        raise NoApplicableRule(
            f"{ruleset.id}: no rule composes a {meeting.kind.label}",
            zh=f"《{ruleset.title}》未规定{ruleset.meeting_name(meeting.kind)}的组成",
        )
    rule, agenda_rules = rules
    cal = calendar if calendar is not None else china()
    violations: list[Violation] = []
    cited: list[Citation] = []
    if rule is not None:
        violations.extend(_composition(ruleset, rule, meeting, composition, observers))
        cited.extend(rule.cite)
    # a lead time counted in working days (or rolled to one) on an estimated year is itself an estimate
    provisional = (
        any(ar.lead_time is not None for ar in agenda_rules)
        and bool(meeting.agenda)
        and cal.is_provisional(meeting.date.year)
    )
    unchecked_absences: list[Role] = []
    for leave in meeting.absent:
        try:
            decision = check_leave(ruleset, leave, calendar=cal)
        except NoApplicableRule:  # no leave rule covers this person's absence: not checked, and said so
            unchecked_absences.append(leave.role)
            continue
        provisional = provisional or decision.provisional
        # each breach names the absentee: a meeting may have several absences
        absentee = f"缺席人员{ruleset.name(leave.role)}："
        violations.extend(attrs.evolve(v, message=absentee + v.message) for v in decision.violations)
        cited.extend(c for c in decision.citations if c not in cited)
    not_taken: list[AgendaItem] = []
    for ar in agenda_rules:
        for item in meeting.agenda:
            if not _eligible(ar, item, meeting, cal):
                if ar.drops_item:
                    not_taken.append(item)
                violations.append(Violation("agenda", ar.citation, _agenda_message(ar, item, meeting, cal), ar.id))
                cited.extend(c for c in ar.cite if c not in cited)
    if not cited:
        cited.extend(c for ar in agenda_rules for c in ar.cite if c not in cited)
    applied = ((rule.id,) if rule is not None else ()) + tuple(ar.id for ar in agenda_rules)
    return MeetingDecision(
        ok=not violations,
        violations=tuple(violations),
        items_not_taken=tuple(dict.fromkeys(not_taken)),
        citations=tuple(cited),
        trace=Trace(ruleset.id, ruleset.version, applied),
        meeting=meeting,
        ruleset=ruleset,
        composition_checked=rule is not None and composition,
        provisional=provisional,
        unchecked_absences=tuple(unchecked_absences),
        unchecked_observers=(
            tuple(sorted(rule.non_voting, key=lambda r: r.name))
            if rule is not None and composition and not observers
            else ()
        ),
    )


class MeetingLike(Protocol):
    """What `meeting_check_key` and `MeetingPlan.violations` read of a meeting: a `Meeting`, or a record of one
    (`audit.records.MeetingRecord`, whose `attendees` None is not on record: checked as none, with
    `composition=False`)."""

    @property
    def kind(self) -> MeetingKind: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def presided_by(self) -> Role: ...
    @property
    def attendees(self) -> frozenset[Role] | None: ...
    @property
    def non_voting(self) -> frozenset[Role] | None: ...
    @property
    def convened_by(self) -> Role | None: ...
    @property
    def absent(self) -> tuple[LeaveRequest, ...]: ...
    @property
    def agenda(self) -> tuple[AgendaItem, ...]: ...
    @property
    def assistants(self) -> int: ...


def meeting_check_key(
    ruleset: Ruleset, meeting: MeetingLike, *, composition: bool = True, observers: bool = True
) -> tuple[object, ...]:
    """What `check_meeting` reads of `meeting` to find its violations and unchecked absences: meetings of one
    key get the same `meeting_plan`, and so the same violations but for their dates and their items' titles
    (`MeetingPlan.violations` adds those). For callers that remember what they work out from a plan by this key
    rather than by the whole meeting (the audit).

    The key holds the kind, the presider, who convened it, the attendees (None read as none) and those sitting in,
    whether attendance and the standing observers are checked (`composition`, `observers`), the assistants, and,
    where a rule limits assistants per reporting unit, the number of units (`_assistant_limit`); of each absence in
    order, what its leave plan reads (`leave_plan_key`: its length only as far as the leave rules tell lengths
    apart), its kind of leave (a meeting refuses any but 不能出席会议), and whether it excuses the meeting
    (`_leave_covers`: its days include the meeting's, and it names this meeting); of each agenda item in order,
    where an agenda rule speaks of the kind, the flags and matters the agenda requirements read and whether its
    materials' day is on record. Not the dates beside these (the late request of an absence, an item's materials
    after their day: worked out for each meeting), nor the titles, nor `provisional`."""
    day, kind = meeting.date, meeting.kind
    units_read, items_read = ruleset.cached(("meeting_check_reads", kind), lambda: _agenda_reads(ruleset, kind))
    absences = tuple(
        (leave_plan_key(ruleset, leave), leave.kind, leave.start <= day <= leave.end and _names_meeting(leave, kind))
        for leave in meeting.absent
    )
    agenda = meeting.agenda
    items = tuple(map(_item_reads, agenda)) if items_read else ()
    units = len({i.reporting_unit or f"#{n}" for n, i in enumerate(agenda)}) if units_read and agenda else 0
    attendees = meeting.attendees or frozenset()
    return ("meeting_check", kind, meeting.presided_by, meeting.convened_by, attendees, meeting.non_voting,
            composition, observers, meeting.assistants, units, absences, items)  # fmt: skip


def _agenda_reads(ruleset: Ruleset, kind: MeetingKind) -> tuple[bool, bool]:
    """Whether the check of `kind` of meeting reads its agenda's reporting units (a limit of assistants per
    reporting unit: `_assistant_limit`), and its items (an agenda rule for that kind)."""
    rules = ruleset.cached(("meeting_rules", kind), lambda: _meeting_rules(ruleset, kind))
    if rules is None:
        return False, False
    rule, agenda_rules = rules
    return rule is not None and rule.assistants_per_reporting_unit is not None, bool(agenda_rules)


def _item_reads(item: AgendaItem) -> tuple[bool, ...]:
    """What the agenda requirements read of an item (`_eligible`): its materials' day only as whether on record."""
    return (
        item.deputy_in_charge_present,
        item.deputy_written_opinion,
        item.reporting_head_present,
        Matter.THREE_MAJORS_ONE_LARGE in item.matters,
        item.materials_submitted_on is None,
    )


@attrs.frozen(eq=False)
class _LateAbsence:
    """An absence's request made too late (`LeavePlan.late_request`, `LeavePlan.after_start`): by its dates."""

    index: int
    plan: LeavePlan
    absentee: str

    def violation(self, meeting: MeetingLike, calendar: WorkdayCalendar) -> Violation | None:
        leave = meeting.absent[self.index]
        plan = self.plan
        latest = plan.latest(leave.start, calendar)
        late = plan.late_request(leave.requested_on, latest) or plan.after_start(leave.requested_on, leave.start)
        return None if late is None else attrs.evolve(late, message=self.absentee + late.message)


@attrs.frozen(eq=False)
class _AgendaBreach:
    """An agenda item not meeting a requirement: always (`dated` False: its title said), or where its
    materials came after their day (`dated`)."""

    rule: AgendaRule
    index: int
    dated: bool

    def violation(self, meeting: MeetingLike, calendar: WorkdayCalendar) -> Violation | None:
        ar, item = self.rule, meeting.agenda[self.index]
        if self.dated and _eligible(ar, item, meeting, calendar):
            return None
        return Violation("agenda", ar.citation, _agenda_message(ar, item, meeting, calendar), ar.id)


@attrs.frozen(eq=False)
class MeetingPlan:
    """What `check_meeting` finds of a meeting before its dates and its items' titles are looked at: the same
    for every meeting of one `meeting_check_key`.

    `ruled`: whether any rule speaks of the kind of meeting (else `check_meeting` raises NoApplicableRule);
    `parts`: its violations in `check_meeting`'s order, each a `Violation`, or what makes one of a meeting's
    dates or titles; `unchecked_absences`: the absent whose absence no leave rule covers."""

    ruled: bool
    parts: tuple[Violation | _LateAbsence | _AgendaBreach, ...]
    unchecked_absences: tuple[Role, ...]

    @property
    def dated(self) -> bool:
        """Whether a meeting's dates or titles make any of its violations (else `violations` are the `parts`)."""
        return any(type(p) is not Violation for p in self.parts)

    def violations(self, meeting: MeetingLike, calendar: WorkdayCalendar) -> list[Violation]:
        """`check_meeting(...).violations` of `meeting`, one of this plan's key: raising as it does where a date
        is beyond the calendar (none where no rule speaks of the kind: `ruled` False)."""
        day = meeting.date
        for d in (day, *(x for leave in meeting.absent for x in (leave.start, leave.end, leave.requested_on))):
            if d is not None and not calendar.covers(d):  # as check_meeting, first
                raise calendar.not_covered(d.year, f"meeting of {day.isoformat()}")
        out: list[Violation] = []
        for part in self.parts:
            if type(part) is Violation:
                out.append(part)
            else:
                v = part.violation(meeting, calendar)  # type: ignore[union-attr]
                if v is not None:
                    out.append(v)
        return out


def meeting_plan(
    ruleset: Ruleset, meeting: Meeting, *, composition: bool = True, observers: bool = True
) -> MeetingPlan:
    """The part of `check_meeting` that depends on `meeting_check_key` alone, worked out afresh (callers
    remember it by that key); `MeetingPlan.violations` adds a meeting's dates and titles."""
    expect(ruleset, Ruleset, "ruleset")
    expect(meeting, Meeting, "meeting")
    rules = ruleset.cached(("meeting_rules", meeting.kind), lambda: _meeting_rules(ruleset, meeting.kind))
    if rules is None:
        return MeetingPlan(False, (), ())
    rule, agenda_rules = rules
    parts: list[Violation | _LateAbsence | _AgendaBreach] = []
    if rule is not None:
        parts.extend(_composition(ruleset, rule, meeting, composition, observers))
    unchecked: list[Role] = []
    for index, leave in enumerate(meeting.absent):
        plan = _plan_or_refusal(ruleset, leave)
        if type(plan) is Refusal:  # no leave rule covers this person's absence (check_meeting: not checked)
            unchecked.append(leave.role)
            continue
        assert isinstance(plan, LeavePlan)
        absentee = f"缺席人员{ruleset.name(leave.role)}："
        parts.extend(attrs.evolve(v, message=absentee + v.message) for v in plan.violations)
        if plan.lead_rules or plan.advance_rules:
            parts.append(_LateAbsence(index, plan, absentee))
    for ar in agenda_rules:
        for index, item in enumerate(meeting.agenda):
            if ar.requirement is AgendaRequirement.MATERIALS_IN_TIME:
                if item.materials_submitted_on is not None:
                    parts.append(_AgendaBreach(ar, index, True))
            elif not _eligible_undated(ar, item):
                parts.append(_AgendaBreach(ar, index, False))
    return MeetingPlan(True, tuple(parts), tuple(unchecked))


#: A 工作会议 of a class (district-xx 五十二: 一类会议, 二类会议) is a 工作会议: a leave may name either.
_WORK_CONFERENCES = frozenset(
    {MeetingKind.WORK_CONFERENCE, MeetingKind.WORK_CONFERENCE_CLASS_1, MeetingKind.WORK_CONFERENCE_CLASS_2}
)


def _leave_covers(leave: LeaveRequest, meeting: Meeting) -> bool:
    """Whether a leave in a meeting's `absent` is a leave from that meeting: its days include the meeting's,
    and it names that kind of meeting (a 工作会议 and one of its classes being the same; a 一类 and a 二类会议 being
    two meetings)."""
    return leave.start <= meeting.date <= leave.end and _names_meeting(leave, meeting.kind)


def _names_meeting(leave: LeaveRequest, kind: MeetingKind) -> bool:
    """Whether a leave names `kind` of meeting, or none (`_leave_covers`, but for the days)."""
    if leave.meeting in (None, kind):
        return True
    pair = {leave.meeting, kind}
    return MeetingKind.WORK_CONFERENCE in pair and pair <= _WORK_CONFERENCES


def _convener(ruleset: Ruleset, rule: MeetingRule, convened_by: Role) -> list[Violation]:
    """A breach where the meeting was convened (召集) by one the text does not let convene it: where it names who
    convenes with who presides (`MeetingRule.convened_as_presided`: 「由市长或市长委托常务副市长召集和主持」, 咸阳
    四十), any who may preside may have convened it (on a commission or in an absence the record does not show:
    not checked, as for the presider). Elsewhere nothing is checked (general.md meeting-convener)."""
    if not rule.convened_as_presided:
        return []
    named = tuple(dict.fromkeys((*((rule.convener,) if rule.convener else ()), *rule.presiders,
                                 *(a.role for a in rule.presider_alternates))))  # fmt: skip
    if not named or ruleset.acts_as(convened_by, named):
        return []
    name = ruleset.name
    return [
        Violation(
            "meeting_convener",
            rule.citation,
            f"会议由{name(convened_by)}召集，规定由{'或'.join(name(r) for r in named)}召集",
            rule.id,
        )
    ]


def _composition(
    ruleset: Ruleset, rule: MeetingRule, meeting: Meeting, composition: bool, observers: bool = True
) -> list[Violation]:
    """Breaches of the presider, the members, the standing observers and the assistants."""
    name = ruleset.name
    out: list[Violation] = []
    present = meeting.attendees | meeting.non_voting | {meeting.presided_by}
    # a leave excuses the meeting it covers: one for other days, or for another kind of meeting, leaves the member
    # absent without leave (general.md leave-covers-the-meeting)
    excused = {leave.role for leave in meeting.absent if _leave_covers(leave, meeting)}
    acts_as = ruleset.acts_as
    stood_in_for: set[Role] = set()
    if not acts_as(meeting.presided_by, rule.presiders):
        basis = next((a for a in rule.presider_alternates if acts_as(meeting.presided_by, (a.role,))), None)
        if basis is None and rule.presiders:
            # 「由A或A委托B主持」: the alternates with the terms on which they preside, as the text words them
            allowed = (
                "或".join(name(r) for r in rule.presiders)
                + "主持"
                + "".join(
                    f"（{a.terms}，可由{name(a.role)}主持）" if a.terms else f"（或由{name(a.role)}主持）"
                    for a in rule.presider_alternates
                )
            )
            out.append(
                Violation(
                    "meeting_presider",
                    rule.citation,
                    f"会议由{name(meeting.presided_by)}主持，规定由{allowed}",
                    rule.id,
                )
            )
        elif basis is not None and basis.basis is AlternateBasis.ABSENCE:
            principals = [r for r in rule.presiders if r in meeting.attendees]
            if principals:
                out.append(
                    Violation(
                        "meeting_presider",
                        rule.citation,
                        f"{name(principals[0])}出席会议，{name(meeting.presided_by)}仅在其不在时方可主持",
                        rule.id,
                    )
                )
            else:  # 缺席时代行: the absence of those stood in for is the alternate's premise, not a breach
                stood_in_for.update(rule.presiders)
    if meeting.convened_by is not None:
        out.extend(_convener(ruleset, rule, meeting.convened_by))
    if not composition:
        return out
    missing = sorted(rule.members - present - excused - stood_in_for, key=lambda r: r.name)
    if missing:
        out.append(
            Violation("meeting_composition", rule.citation,
                      "组成人员" + "、".join(name(r) for r in missing) + "未出席且未请假", rule.id)
        )  # fmt: skip
    for group in rule.any_of:  # 「A或B」: the roles the text names there (no group names a role that includes another)
        if not group & (present | excused):
            names = "或".join(name(r) for r in sorted(group, key=lambda r: r.name))
            out.append(Violation("meeting_composition", rule.citation, f"{names}均未出席且未请假", rule.id))
    missing_observers = sorted(rule.non_voting - present - excused, key=lambda r: r.name) if observers else []
    if missing_observers:
        out.append(
            Violation("meeting_composition", rule.citation,
                      "固定列席人员" + "、".join(name(r) for r in missing_observers) + "未列席且未请假", rule.id)
        )  # fmt: skip
    allowed_roles = rule.allowed
    outsiders = sorted(
        (
            r
            for r in meeting.attendees | meeting.non_voting
            if r is not Role.ASSISTANT and not acts_as(r, allowed_roles)
        ),
        key=lambda r: r.name,
    )
    if outsiders and rule.composed:  # 参加会议人员根据需要确定: a text naming no one leaves attendance open
        out.append(
            Violation("meeting_composition", rule.citation,
                      "非规定参会人员" + "、".join(name(r) for r in outsiders) + "出席或列席会议", rule.id)
        )  # fmt: skip
    if rule.max_leaders is not None:
        # in the order of rank (市长, 常务副市长, 副市长), as the text lists them
        leaders = sorted((r for r in present if acts_as(r, tuple(rule.leaders))), key=_ROLE_ORDER.__getitem__)
        if len(leaders) > rule.max_leaders:
            out.append(
                Violation(
                    "meeting_leaders",
                    rule.citation,
                    f"{'、'.join(name(r) for r in leaders)}均出席会议；"
                    f"规定{hedge_word(rule.quote) if rule.hedged else ''}"
                    f"只安排{chinese_number(rule.max_leaders)}名领导出席",
                    rule.id,
                )
            )
    limit = _assistant_limit(rule, meeting)
    if limit is not None and meeting.assistants > limit:
        out.append(
            Violation(
                "meeting_assistants",
                rule.assistants_cite or rule.citation,
                f"随会助手{meeting.assistants}人，超过规定的{limit}人",
                rule.id,
            )
        )
    return out


#: Roles in the order the vocabulary declares them (heads, then deputies, …): the order names are said in.
_ROLE_ORDER: dict[Role, int] = {r: i for i, r in enumerate(Role)}


def _assistant_limit(rule: MeetingRule, meeting: Meeting) -> int | None:
    """The most assistants allowed: a whole meeting's limit, or so many per reporting unit. With a per-unit
    limit and no agenda on record the number of units is unknown, so nothing is checked; an item naming
    no unit counts as a unit of its own (the most the record allows)."""
    limits: list[int] = []
    if rule.max_assistants is not None:
        limits.append(rule.max_assistants)
    if rule.assistants_per_reporting_unit is not None and meeting.agenda:
        units = {i.reporting_unit or f"#{n}" for n, i in enumerate(meeting.agenda)}
        limits.append(rule.assistants_per_reporting_unit * len(units))
    return min(limits) if limits else None


def meeting_rule(ruleset: Ruleset, kind: MeetingKind) -> MeetingRule | None:
    """The rule composing `kind` of meeting that `check_meeting` applies (the prevailing one), or None where the
    text gives none: for callers that say what the check could not check (the audit)."""
    rules = ruleset.cached(("meeting_rules", kind), lambda: _meeting_rules(ruleset, kind))
    return None if rules is None else rules[0]


def _meeting_rules(ruleset: Ruleset, kind: MeetingKind) -> tuple[MeetingRule | None, tuple[AgendaRule, ...]] | None:
    """The prevailing rule composing a kind of meeting (None if the text gives none) and its agenda rules;
    None when no rule speaks of the kind at all. A leave rule naming the kind of meeting (`LeaveIs.meeting`:
    district-xx 五十三 ¶2 工作会议, whose composition is on a lost page or not given) speaks of it: its absences
    are checked, its composition is not."""
    rules = ruleset.prevailing(r for r in ruleset.rules_of(MeetingRule) if r.meeting is kind)
    agenda = tuple(ar for ar in ruleset.rules_of(AgendaRule) if kind in ar.meetings)
    if (
        not rules
        and not agenda
        and not any(lr.when.meeting is not None and kind in lr.when.meeting for lr in ruleset.rules_of(LeaveRule))
    ):
        return None
    return (rules[0] if rules else None), agenda


def _eligible(ar: AgendaRule, item: AgendaItem, meeting: MeetingLike, calendar: WorkdayCalendar) -> bool:
    if ar.requirement is AgendaRequirement.MATERIALS_IN_TIME:
        if item.materials_submitted_on is None:  # not on record: not checked
            return True
        return item.materials_submitted_on <= _materials_due(ar, meeting, calendar)
    return _eligible_undated(ar, item)


def _eligible_undated(ar: AgendaRule, item: AgendaItem) -> bool:
    """`_eligible` of a requirement that reads no date (all but MATERIALS_IN_TIME, which it holds to)."""
    requirement = ar.requirement
    if requirement is AgendaRequirement.DEPUTY_PRESENT_OR_OPINION:
        return item.deputy_in_charge_present or item.deputy_written_opinion
    if requirement is AgendaRequirement.REPORTING_HEAD_PRESENT:
        return item.reporting_head_present
    if requirement is AgendaRequirement.NOT_THREE_MAJORS:
        return Matter.THREE_MAJORS_ONE_LARGE not in item.matters
    return True


def _materials_due(ar: AgendaRule, meeting: MeetingLike, calendar: WorkdayCalendar) -> date:
    """The last day an item's materials may arrive: the lead time before the meeting, or (会前 with no
    amount) the meeting day itself, the only day certain under every reading."""
    return ar.lead_time.resolve(meeting.date, calendar) if ar.lead_time is not None else meeting.date


def _agenda_message(ar: AgendaRule, item: AgendaItem, meeting: MeetingLike, calendar: WorkdayCalendar) -> str:
    if ar.requirement is AgendaRequirement.MATERIALS_IN_TIME:
        due = _materials_due(ar, meeting, calendar)
        submitted = item.materials_submitted_on.isoformat() if item.materials_submitted_on else "未知"
        lead = ar.lead_time.describe() if ar.lead_time is not None else "会前（本规则未规定提前量）"
        return f"议题“{item.title}”材料应于{lead}（最迟{due.isoformat()}）报送，实际于{submitted}报送"
    return f"议题“{item.title}”不符合“{ar.requirement.label}”"


def meeting_schedule(
    ruleset: Ruleset, kind: MeetingKind, start: date, end: date, *, calendar: WorkdayCalendar | None = None
) -> tuple[date, ...]:
    """The planned dates of a kind of meeting between `start` and `end` under the ruleset's rhythm rule.

    Each period's meetings are spread evenly from its first day and moved to the next working day.
    """
    _covered_span(start, end, calendar if calendar is not None else china())
    rules = ruleset.prevailing(r for r in ruleset.rules_of(RhythmRule) if r.meeting is kind)
    if not rules:
        raise NoApplicableRule(
            f"{ruleset.id}: no rule says how often a {kind.label} is held",
            zh=f"《{ruleset.title}》未规定{ruleset.meeting_name(kind)}多久召开一次",
        )
    start, end = as_date(start), as_date(end)
    if end < start:
        raise InvalidInput(f"schedule ends on {end} before it starts on {start}")
    from dateutil.rrule import MONTHLY, WEEKLY, YEARLY, rrule  # here: a leave or signing question does not load it

    rhythm = rules[0].rhythm
    freq, interval, span = {"WEEK": (WEEKLY, 1, 7), "MONTH": (MONTHLY, 1, 28), "QUARTER": (MONTHLY, 3, 84),
                            "HALF_YEAR": (MONTHLY, 6, 168), "YEAR": (YEARLY, 1, 336)}[rhythm.per.name]  # fmt: skip
    cal = calendar if calendar is not None else china()
    step = span // max(1, rhythm.times)
    out: list[date] = []
    for period_start in rrule(freq, interval=interval, dtstart=start, until=end):  # type: ignore[arg-type]
        for k in range(rhythm.times):
            d = cal.next_workday(period_start.date() + timedelta(days=k * step))
            if start <= d <= end and d not in out:
                out.append(d)
    return tuple(out)


@attrs.frozen
class RhythmCheck:
    """How often a kind of meeting was held in each whole period, against the rule saying how often."""

    kind: MeetingKind
    rule: str
    rhythm: Rhythm
    periods: tuple[tuple[date, date, int], ...]
    violations: tuple[Violation, ...]
    citations: tuple[Citation, ...]
    trace: Trace
    ruleset: Ruleset = attrs.field(repr=False, eq=False)
    conflict: Conflict | None = None

    @property
    def ok(self) -> bool:
        """Whether every whole period had as many meetings as the rule says."""
        return not self.violations

    def explain(self) -> str:
        """In Chinese: the rhythm, the periods checked, and each shortfall, with the article quoted."""
        rs = self.ruleset
        rule = rs.rule(self.rule) if rs.has_rule(self.rule) else None
        hedge = hedge_word(rule.quote) if rule is not None and rule.hedged else ""  # 一般每月召开两次: a default
        text = f"按照《{rs.title}》，{rs.meeting_name(self.kind)}{hedge}{self.rhythm.describe()}。"
        if not self.periods:
            text += "所给期间内没有完整的周期，未作检查。"
        else:
            first, last = self.periods[0][0], self.periods[-1][1]
            text += f"检查{first.isoformat()}至{last.isoformat()}的{len(self.periods)}个完整周期："
            text += "；".join(v.message for v in self.violations) + "。" if self.violations else "均符合。"
        if self.conflict is not None:
            c = self.conflict
            text += f"注意：规则{c.first}与{c.second}结论不同且无优先规定（{c.reason}）。"
        return text + "\n" + quote_citations(rs, self.citations)


def rhythm_periods(per: str, start: date, end: date) -> tuple[tuple[date, date], ...]:
    """The whole calendar periods (周 Monday to Sunday, 月, 季度, 半年, 年) lying within `start`..`end`.

    `per` is a rhythm's unit: WEEK, MONTH, QUARTER, HALF_YEAR or YEAR (or its label, 每月 ...).
    """
    unit = Rhythm(1, per).per.name
    if end < start:
        raise InvalidInput(f"period ends on {end} before it starts on {start}")
    out: list[tuple[date, date]] = []
    first = _period_start(unit, start)
    if first < start:
        try:
            first = _next_period(unit, first)
        except (ValueError, OverflowError):  # no whole period before the calendar ends
            return ()
    while True:
        try:
            nxt: date | None = _next_period(unit, first)
        except (ValueError, OverflowError):  # the calendar ends (9999-12-31): a month ends with it, a week not
            if unit == "WEEK":
                return tuple(out)
            nxt = None
        last = date.max if nxt is None else nxt - timedelta(days=1)
        if last > end:
            return tuple(out)
        out.append((first, last))
        if nxt is None:
            return tuple(out)
        first = nxt


#: The months in a calendar period of each rhythm unit but the week.
_MONTHS = {"MONTH": 1, "QUARTER": 3, "HALF_YEAR": 6, "YEAR": 12}


def _period_start(unit: str, d: date) -> date:
    if unit == "WEEK":
        return d - timedelta(days=d.weekday())
    months = _MONTHS[unit]
    return date(d.year, (d.month - 1) // months * months + 1, 1)


def _next_period(unit: str, first: date) -> date:
    if unit == "WEEK":
        return first + timedelta(days=7)
    month = first.month - 1 + _MONTHS[unit]
    return date(first.year + month // 12, month % 12 + 1, 1)


def _period_name(unit: str, first: date, last: date) -> str:
    if unit == "MONTH":
        return f"{first.year}年{first.month}月"
    if unit == "QUARTER":
        return f"{first.year}年第{(first.month + 2) // 3}季度"
    if unit == "HALF_YEAR":
        return f"{first.year}年{'上' if first.month == 1 else '下'}半年"
    if unit == "YEAR":
        return f"{first.year}年"
    return f"{first.isoformat()}至{last.isoformat()}这一周"


def _covered_span(start: object, end: object, calendar: WorkdayCalendar) -> None:
    """Refuse a span that is not two dates in order within the calendar's years: no year is guessed."""
    for d in (start, end):
        if not isinstance(d, date):
            raise InvalidInput(f"a rhythm is checked between two dates; got {d!r}")
    assert isinstance(start, date) and isinstance(end, date)
    start, end = as_date(start), as_date(end)
    if end < start:
        raise InvalidInput(f"the span ends on {end} before it starts on {start}")
    for year in range(start.year, end.year + 1):
        if not calendar.covers(date(year, 1, 1)):
            raise calendar.not_covered(year, f"checking how often meetings were held in {year}")


def check_rhythm(
    ruleset: Ruleset,
    kind: MeetingKind,
    held: Iterable[date],
    start: date,
    end: date,
    *,
    calendar: WorkdayCalendar | None = None,
) -> RhythmCheck:
    """Whether a kind of meeting was held as often as the ruleset's rhythm rule says, in every whole
    calendar period from `start` to `end`; `held` are the dates of the meetings of that kind.

    Periods cut by `start` or `end` are not checked (the meetings of their other part are unknown).
    Meetings beyond the rhythm are not a breach: the texts allow extra meetings (如有需要可随时召开).
    """
    expect(ruleset, Ruleset, "ruleset")
    expect(kind, MeetingKind, "kind of meeting")
    if not isinstance(held, Iterable) or isinstance(held, str | bytes):
        raise InvalidInput(f"held is the dates meetings were held on (a list); got {held!r}")
    _covered_span(start, end, calendar if calendar is not None else china())
    rules = ruleset.prevailing(r for r in ruleset.rules_of(RhythmRule) if r.meeting is kind)
    if not rules:
        raise NoApplicableRule(
            f"{ruleset.id}: no rule says how often a {kind.label} is held",
            zh=f"《{ruleset.title}》未规定{ruleset.meeting_name(kind)}多久召开一次",
        )
    rule = rules[0]  # the first declared, with any conflict among the prevailing ones flagged
    start, end, held = as_date(start), as_date(end), [as_date(d) for d in held]
    unit = rule.rhythm.per.name
    periods = rhythm_periods(unit, start, end)
    days = sorted(d for d in held if start <= d <= end)
    counted: list[tuple[date, date, int]] = []
    violations: list[Violation] = []
    i = 0
    for first, last in periods:
        while i < len(days) and days[i] < first:
            i += 1
        j = i
        while j < len(days) and days[j] <= last:
            j += 1
        n = j - i
        counted.append((first, last, n))
        if n < rule.rhythm.times:
            message = (
                f"{_period_name(unit, first, last)}召开{ruleset.meeting_name(kind)}{n}次，规定{rule.rhythm.describe()}"
            )
            violations.append(Violation("meeting_rhythm", rule.citation, message, rule.id))
    return RhythmCheck(
        kind=kind,
        rule=rule.id,
        rhythm=rule.rhythm,
        periods=tuple(counted),
        violations=tuple(violations),
        citations=rule.cite,
        trace=Trace(ruleset.id, ruleset.version, (rule.id,)),
        ruleset=ruleset,
        conflict=conflict_among(rules),
    )
