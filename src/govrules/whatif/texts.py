"""Situations and answers of the exact what-if as Chinese (or English) text, one line each.

Values standing for every value no condition mentions are marked with `STAND_IN`; each answer is
shown with the citations it rests on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from govrules.labels import LabeledEnum
from govrules.model import Document, LeaveRequest, Role
from govrules.periods import Direction, Period, Unit
from govrules.rules import Citation, MeetingRule, RhythmRule, Ruleset
from govrules.whatif.answers import ApprovalAnswer, LeaveAnswer, SigningAnswer
from govrules.whatif.meetings import ABSENT, EXCUSED, MeetingAnswer, MeetingPart
from govrules.whatif.space import _pos

_FAMILY_ZH = {"signing": "公文签发", "approvals": "呈批审批", "leave": "请假", "deadlines": "时限",
              "meeting_checks": "会议组成、主持与议题", "meetings": "会议频次"}  # fmt: skip
_FAMILY_EN = {"signing": "signing", "approvals": "approvals", "leave": "leave", "deadlines": "deadlines",
              "meeting_checks": "meetings as checked", "meetings": "meeting rhythms"}  # fmt: skip

_BREACH_ZH = {"leave_request": "提前量", "leave_reason": "事由", "leave_substitute": "代理人"}
_ORDINALS = "一二三四五六"


def _names(rs: Ruleset, roles: Iterable[Role], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(rs.name(r) if lang == "zh" else r.name for r in roles)


def _cites(citations: Iterable[Citation], lang: str) -> str:
    text = ("、" if lang == "zh" else "; ").join(c.short() for c in citations)
    if not text:
        return ""
    return f"（依据{text}）" if lang == "zh" else f" (cites {text})"


def _label(value: LabeledEnum | None, lang: str, none: str) -> str:
    if value is None:
        return none
    return value.label if lang == "zh" else value.name


#: Marks a value standing for every value no condition mentions.
STAND_IN = "*"
#: A field a group of situations leaves open: every value it takes there is decided alike.
ANY_ZH, ANY_EN = "任意", "any"


def _mark(value: object, field: str, others: Mapping[str, Any]) -> str:
    return STAND_IN if value is not None and others.get(field) == value else ""


def _document_text(rs: Ruleset, d: Document, lang: str, others: Mapping[str, Any]) -> str:
    return _document_fields_text(
        rs,
        {"kind": d.kind, "issuer": d.issuer, "addressee": d.addressee, "matters": d.matters,
         "meeting": d.meeting, "presided_by": d.presided_by},
        lang,
        others,
    )  # fmt: skip


def _any_text(lang: str) -> str:
    return ANY_ZH if lang == "zh" else ANY_EN


def _alternatives(value: Any, render: Any, lang: str) -> str:
    """A field's value; of a group's field taking any of several values, each, joined by 或 / or."""
    from govrules.whatif.collapse import OneOf

    if isinstance(value, OneOf):
        return (" 或 " if lang == "zh" else " or ").join(render(v) for v in value.values)
    return str(render(value))


def _document_fields_text(
    rs: Ruleset, f: Mapping[str, Any], lang: str, others: Mapping[str, Any], ranges: Mapping[str, Any] | None = None
) -> str:
    """A document, or a group of them (`collapse.SituationGroup.fields`): a field left open (`ANY`)
    shown as 任意 / any (a meeting that may also be none as 任意或无 / any or none, as `ranges` tells),
    a field taking any of several values as 'a 或 b'."""
    from govrules.whatif.collapse import ANY

    zh = lang == "zh"
    anything = _any_text(lang)
    none = "无" if zh else "none"

    def label(field: str, name: Any = None) -> Any:
        def render(v: Any) -> str:
            text = none if v is None else name(v) if name is not None else _label(v, lang, none)
            return str(text) + _mark(v, field, others)

        return render

    def topics(m: frozenset[Any]) -> str:
        text = ("、" if zh else ", ").join(_label(x, lang, "") for x in sorted(m, key=_pos)) or none
        return text + _mark(m, "matters", others)

    def show(field: str, render: Any) -> str:
        value = f[field]
        if value is not ANY:
            return _alternatives(value, render, lang)
        if field == "meeting" and ranges is not None and None in ranges.get("meeting", ()):
            return "任意或无" if zh else "any or none"
        return anything

    # the first two fields go unnamed when they have a value
    kind = show("kind", label("kind")) if f["kind"] is not ANY else f"文种：{anything}" if zh else f"{anything} kind"
    issuer = show("issuer", label("issuer"))
    if f["issuer"] is ANY:
        issuer = f"发文名义：{anything}" if zh else f"{anything} issuer"
    addressee, matters = show("addressee", label("addressee")), show("matters", topics)
    text = (
        f"{kind}｜{issuer}｜主送：{addressee}｜事项：{matters}"
        if zh
        else f"{kind} | {issuer} | to {addressee} | matters {matters}"
    )
    if f["meeting"] is not None:
        meeting = show("meeting", label("meeting", lambda m: rs.meeting_name(m) if zh else m.name))
        unnamed = "未注明" if zh else "unnamed"
        who = show("presided_by", label("presided_by", lambda r: rs.name(r) if zh else r.name))
        who = who.replace(none, unnamed) if f["presided_by"] is None else who
        text += f"｜会议：{meeting}｜主持人：{who}" if zh else f" | meeting {meeting} presided by {who}"
    return text


def _signing_text(rs: Ruleset, a: SigningAnswer, lang: str) -> str:
    zh = lang == "zh"
    barred = [f"不得如此报送（{m}）" if zh else f"may not be sent so ({m})" for m in a.forbidden]
    if a.signer is None:  # the message (kept in the answer) names one document of the group
        return ("，" if zh else ", ").join([*barred, "无适用规则" if zh else "no rule applies"])
    # every part of `outcome` is said, so that two answers `diff` tells apart never read the same: who may sign
    # in their own right (A或B), who may take a review step instead (或), reviews in no fixed order, the notes
    either = "或" if zh else " or "
    signers = either.join(rs.name(r) if zh else r.name for r in (a.signers or (a.signer,)))
    parts = [*barred, f"{signers}签发" if zh else f"signed by {signers}"]
    acts = dict(a.review_acts)  # reviews another article adds (`ReviewRule`), said with the text's word for them
    alternatives = dict[Role, list[Role]]()
    for taken, instead in a.review_alternatives:
        alternatives.setdefault(taken, []).append(instead)

    def step(r: Role) -> str:
        return either.join(rs.name(x) if zh else x.name for x in (r, *alternatives.get(r, ())))

    chain = [step(r) for r in a.reviewers if r not in acts and r not in a.unordered_reviewers]
    loose = [step(r) for r in a.reviewers if r not in acts and r in a.unordered_reviewers]
    sep = "、" if zh else ", "
    if chain:
        parts.append(f"先经{sep.join(chain)}审核" if zh else f"reviewed by {sep.join(chain)}")
    if loose:
        parts.append(
            f"并经{sep.join(loose)}审核（先后不限）"
            if zh
            else f"also reviewed, in no fixed order, by {sep.join(loose)}"
        )
    for r, act in acts.items():
        parts.append(f"并经{rs.name(r)}{act}" if zh else f"also reviewed ({act}) by {r.name}")
    if a.countersigners:
        who = _names(rs, a.countersigners, lang)
        parts.append(f"{who}会签" if zh else f"countersigned by {who}")
    for alt in a.alternates:
        parts.append(
            f"{alt.basis.label}可由{alt.named or rs.name(alt.role)}签发"
            if zh
            else f"{alt.role.name} may sign ({alt.basis.name})"
        )
    if a.seal:
        parts.append(f"加盖{a.seal}" if zh else f"seal: {a.seal}")
    if a.circle_means_consent is not None:
        if zh:
            parts.append("圈阅视为同意" if a.circle_means_consent else "审核须签署意见（圈阅不足）")
        else:
            parts.append("circling is consent" if a.circle_means_consent else "reviewers must write an opinion")
    parts.extend(n.rstrip("。") for n in a.notes)  # the text's words (Chinese under --lang en too)
    if a.conflict is not None:
        c = a.conflict
        parts.append(f"规则{c.first}与{c.second}冲突" if zh else f"CONFLICT {c.first} vs {c.second}")
    return ("，" if zh else ", ").join(parts) + _cites(a.citations, lang)


def _approval_text(rs: Ruleset, a: ApprovalAnswer, lang: str) -> str:
    zh = lang == "zh"
    if a.approver is None:
        return "无适用规则" if zh else "no rule applies"
    who = ("或" if zh else " or ").join(rs.name(r) if zh else r.name for r in a.approvers)
    parts = [f"由{who}审批" if zh else f"approved by {who}"]
    if a.opinion_required:
        parts.append("须签署明确意见" if zh else "a written opinion is required")
    if a.circle_means_consent is not None:
        if zh:
            parts.append("圈阅视为同意" if a.circle_means_consent else "仅圈阅不视为同意")
        else:
            parts.append("circling is consent" if a.circle_means_consent else "circling is not consent")
    parts.extend(a.notes if zh else ())
    if a.conflict is not None:
        c = a.conflict
        parts.append(f"规则{c.first}与{c.second}冲突" if zh else f"CONFLICT {c.first} vs {c.second}")
    return ("，" if zh else ", ").join(parts) + _cites(a.citations, lang)


_STATE_ZH = {ABSENT: "未出席且未请假", EXCUSED: "已请假或主持", "listed": "出席或列席"}


def _part_text(rs: Ruleset, part: MeetingPart, lang: str) -> str:
    """A part of a meeting: '常务会议｜主持人：常务副县长（县长出席）'."""
    zh = lang == "zh"
    sep = "、" if zh else ", "

    def who(r: Role | None) -> str:
        if r is None:
            return ""
        return (rs.name(r) if zh else r.name) + (STAND_IN if r is part.role and part.stands_in else "")

    kind = (
        rs.meeting_name(part.meeting) if lang == "zh" and part.meeting is not None else _label(part.meeting, lang, "")
    )
    if part.part == "kind":
        if zh:
            return f"{kind}｜{'出席情况有记录' if part.composition else '出席情况无记录'}"
        return f"{kind} | attendance {'on record' if part.composition else 'not on record'}"
    if part.part == "presider":
        text = f"{kind}｜主持人：{who(part.role)}" if zh else f"{kind} | presided by {who(part.role)}"
        if part.principals:
            names = sep.join(who(r) for r in sorted(part.principals, key=_pos))
            text += f"（{names}出席）" if zh else f" ({names} attending)"
        return text
    if part.part == "role":
        assert part.state is not None
        if zh:
            return f"{kind}｜{who(part.role)}：{_STATE_ZH[part.state]}"
        return f"{kind} | {who(part.role)}: {part.state}"
    if part.part == "group":
        names = ("或" if zh else " or ").join(who(r) for r in sorted(part.group, key=_pos))
        if zh:
            return f"{kind}｜{names}：{'有人出席或请假' if part.satisfied else '均未出席且未请假'}"
        return f"{kind} | {names}: {'one attends or is excused' if part.satisfied else 'none attends or is excused'}"
    if part.part == "assistants":
        more = ("及以上" if zh else " or more") if part.more_units else ""
        if zh:
            return f"{kind}｜汇报单位{part.units}个{more}｜随会助手{part.assistants}人"
        return f"{kind} | {part.units}{more} reporting units | {part.assistants} assistants"
    item = part.item
    assert item is not None
    if zh:
        bits = [
            "分管领导出席或有书面意见" if item.deputy_in_charge_present else "分管领导未出席且无书面意见",
            "汇报部门主要负责人出席" if item.reporting_head_present else "汇报部门主要负责人未出席",
        ]
        if item.matters:
            bits.append("涉及三重一大")
        s = item.materials_submitted_on
        bits.append("材料报送日期未记录" if s is None else f"材料{s.isoformat()}报送")
        return f"{kind}｜议题：{'、'.join(bits)}"
    s = item.materials_submitted_on
    return (
        f"{kind} | item: deputy {'there or wrote' if item.deputy_in_charge_present else 'absent'}, reporting head "
        f"{'there' if item.reporting_head_present else 'absent'}{', three majors' if item.matters else ''}, "
        f"materials {'not on record' if s is None else s.isoformat()}"
    )


def _check_text(rs: Ruleset, a: MeetingAnswer, lang: str, cites: tuple[Citation, ...]) -> str:
    zh = lang == "zh"
    if a.no_rule:
        return "无适用规则" if zh else "no rule applies"
    if a.composition_checked is not None:
        if zh:
            text = "检查组成、主持与议题" if a.composition_checked else "组成与主持不作检查，仅检查议题与请假"
        else:
            text = "composition checked" if a.composition_checked else "composition not checked"
        return text + _cites(cites, lang)
    if not a.breaches:
        return "符合规定" if zh else "no breach"
    return (("不符合：" + "；".join(a.breaches)) if zh else "breach: " + "; ".join(a.breaches)) + _cites(cites, lang)


def _request_text(rs: Ruleset, q: LeaveRequest, lang: str, others: Mapping[str, Any]) -> str:
    return _request_fields_text(
        rs,
        {"role": q.role, "kind": q.kind, "meeting": q.meeting, "reason": q.reason,
         "party_standing_committee_member": q.party_standing_committee_member, "days": q.days},
        lang,
        others,
    )  # fmt: skip


def _request_fields_text(
    rs: Ruleset, f: Mapping[str, Any], lang: str, others: Mapping[str, Any], ranges: Mapping[str, Any] | None = None
) -> str:
    """A leave request, or a group of them: a field left open (`collapse.ANY`) shown as 任意 / any, a
    field taking any of several values as 'a 或 b'."""
    from govrules.whatif.collapse import ANY

    zh = lang == "zh"
    anything = _any_text(lang)

    def label(field: str, none: str = "", name: Any = None) -> Any:
        def render(v: Any) -> str:
            text = none if v is None else name(v) if name is not None else _label(v, lang, none)
            return str(text) + _mark(v, field, others)

        return render

    def show(field: str, render: Any) -> str:
        value = f[field]
        if value is not ANY:
            return _alternatives(value, render, lang)
        if field == "meeting" and ranges is not None and None in ranges.get("meeting", ()):
            return "任意或无" if zh else "any or none"
        return anything

    role = show("role", label("role", name=lambda r: rs.name(r) if zh else r.name))
    if f["role"] is ANY:
        role = f"请假人{anything}" if zh else f"anyone ({anything} role)"
    kind = show("kind", label("kind", name=lambda k: rs.leave_kind_name(k) if zh else k.name))
    if f["kind"] is ANY:
        kind = f"请假类型{anything}" if zh else f"{anything} kind"
    if f["meeting"] is not None:
        meeting = show(
            "meeting", label("meeting", "无" if zh else "none", lambda m: rs.meeting_name(m) if zh else m.name)
        )
        kind += (f"（会议：{meeting}）" if f["meeting"] is ANY else f"（{meeting}）") if zh else f" ({meeting})"
    reason = show("reason", label("reason", "未说明" if zh else "none"))
    days, member = f["days"], f["party_standing_committee_member"]
    if zh:
        length = "天数任意" if days is ANY else _alternatives(days, str, lang) + "天"
    else:
        length = "any length" if days is ANY else _alternatives(days, str, lang) + (" days" if days != 1 else " day")
    text = f"{role}｜{kind}｜{length}｜事由：{reason}" if zh else f"{role} | {kind} | {length} | reason {reason}"
    if member is ANY or (not isinstance(member, bool)):  # open, or either
        return text + (f"｜是否党委常委：{anything}" if zh else " | party standing committee member or not")
    if zh:
        return text + ("｜党委常委" if member else "")
    return text + (" | party standing committee member" if member else "")


def _leave_text(rs: Ruleset, a: LeaveAnswer, lang: str) -> str:
    zh = lang == "zh"
    if a.no_rule is not None:
        return "无适用规则" if zh else "no rule applies"
    if zh:
        parts = [f"须经{_names(rs, a.approvers, lang)}批准" if a.approvers else "本规则未规定审批人"]
        if a.notify:
            parts.append(f"报{_names(rs, a.notify, lang)}")
        if a.latest_request_date is not None:
            leads = "、".join(p.describe() for p in a.lead_times)
            parts.append(f"最迟{a.latest_request_date.isoformat()}提出（{leads}）")
        elif a.in_advance:
            parts.append("应事先提出（未规定提前量）")
        breaches = sorted({_BREACH_ZH.get(v.rule, v.rule) for v in a.violations})
        if breaches:
            parts.append("当日提出时不符合：" + "、".join(breaches))
    else:
        parts = [f"approved by {_names(rs, a.approvers, lang)}" if a.approvers else "no approver stated in these rules"]
        if a.notify:
            parts.append(f"notify {_names(rs, a.notify, lang)}")
        if a.latest_request_date is not None:
            parts.append(f"ask by {a.latest_request_date.isoformat()}")
        elif a.in_advance:
            parts.append("ask in advance (no amount stated)")
        breaches = sorted({v.rule for v in a.violations})
        if breaches:
            parts.append("asked on the day: breaches " + ", ".join(breaches))
    return ("，" if zh else ", ").join(parts) + _cites(a.citations, lang)


def _period_text(p: Period | None, variants: Mapping[str, Period], lang: str) -> str:
    if p is None:
        return "未规定" if lang == "zh" else "not defined"
    text = p.describe() if lang == "zh" else _period_en(p)
    for name, vp in sorted(variants.items()):
        text += f"（{name}：{vp.describe()}）" if lang == "zh" else f" ({name}: {_period_en(vp)})"
    return text


def _period_en(p: Period) -> str:
    if p.unit is Unit.YEAR_END:
        return "by the end of the year"
    amount = f"{p.amount} {p.unit.name.lower()}{'s' if p.amount != 1 else ''}"
    return f"{amount} before" if p.direction is Direction.BEFORE else f"within {amount}"


def _meeting_rules_text(rs: Ruleset, rules: tuple[MeetingRule | RhythmRule, ...], lang: str) -> str:
    zh = lang == "zh"
    if not rules:
        return "未规定" if zh else "not defined"
    texts = []
    for r in rules:
        if isinstance(r, RhythmRule):
            texts.append(r.rhythm.describe() if zh else f"{r.rhythm.times} per {r.rhythm.per.name.lower()}")
            continue
        bits = []
        for label_zh, label_en, roles in (
            ("组成", "members", r.members),
            ("列席", "non-voting", r.non_voting),
            ("可列席", "may sit in", r.optional_non_voting),
            ("主持", "presided by", r.presiders),
        ):
            if roles:
                ordered = roles if isinstance(roles, tuple) else sorted(roles, key=_pos)
                bits.append(
                    f"{label_zh}：{_names(rs, ordered, lang)}" if zh else f"{label_en}: {_names(rs, ordered, lang)}"
                )
        if r.convener is not None:
            bits.append(f"召集：{rs.name(r.convener)}" if zh else f"convened by {r.convener.name}")
        if r.max_assistants is not None:
            bits.append(f"助手不超过{r.max_assistants}人" if zh else f"at most {r.max_assistants} assistants")
        if r.max_leaders is not None:
            leaders = _names(rs, sorted(r.leaders, key=_pos), lang)
            bits.append(
                f"领导（{leaders}）出席不超过{r.max_leaders}名"
                if zh
                else f"at most {r.max_leaders} of {leaders} attend"
            )
        texts.append(("；" if zh else "; ").join(bits))
    cites = tuple(dict.fromkeys(c for r in rules for c in r.cite))
    return (" / ".join(texts)) + _cites(cites, lang)


def _grouped(changes: Iterable[Any]) -> list[tuple[Any, Any, list[Any]]]:
    groups: dict[tuple[object, object], tuple[Any, Any, list[Any]]] = {}
    for c in changes:
        key = (c.baseline.outcome, c.variant.outcome)
        if key not in groups:
            groups[key] = (c.baseline, c.variant, [])
        groups[key][2].append(c)
    return list(groups.values())
