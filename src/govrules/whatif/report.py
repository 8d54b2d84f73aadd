"""A `WhatIfDiff` as text (Chinese or English, grouped by family and by pair of answers) and as JSON-ready data.

Values standing for every value no condition mentions are marked with `STAND_IN`; each answer is
shown with the citations it rests on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from govrules.labels import LabeledEnum
from govrules.model import Document, LeaveRequest, Role, converter
from govrules.periods import Direction, Period, Unit
from govrules.rules import Citation, MeetingRule, RhythmRule, Ruleset
from govrules.whatif.diff import LeaveAnswer, SigningAnswer, WhatIfDiff
from govrules.whatif.space import LEAVE_START, _pos

_FAMILY_ZH = {"signing": "公文签发", "leave": "请假", "deadlines": "时限", "meetings": "会议"}
_FAMILY_EN = {"signing": "signing", "leave": "leave", "deadlines": "deadlines", "meetings": "meetings"}

_BREACH_ZH = {"leave_request": "提前量", "leave_reason": "事由", "leave_substitute": "代理人"}
_ORDINALS = "一二三四"


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


def _mark(value: object, field: str, others: Mapping[str, Any]) -> str:
    return STAND_IN if value is not None and others.get(field) == value else ""


def _document_text(rs: Ruleset, d: Document, lang: str, others: Mapping[str, Any]) -> str:
    matters = sorted(d.matters, key=_pos)
    zh = lang == "zh"
    sep = "、" if zh else ", "
    kind = _label(d.kind, lang, "") + _mark(d.kind, "kind", others)
    issuer = _label(d.issuer, lang, "") + _mark(d.issuer, "issuer", others)
    addressee = _label(d.addressee, lang, "无" if zh else "none") + _mark(d.addressee, "addressee", others)
    topics = sep.join(_label(m, lang, "") for m in matters) or ("无" if zh else "none")
    topics += _mark(d.matters, "matters", others)
    if zh:
        text = f"{kind}｜{issuer}｜主送：{addressee}｜事项：{topics}"
    else:
        text = f"{kind} | {issuer} | to {addressee} | matters {topics}"
    if d.meeting is not None:
        meeting = _label(d.meeting, lang, "") + _mark(d.meeting, "meeting", others)
        mark = _mark(d.presided_by, "presided_by", others)
        if zh:
            who = (rs.name(d.presided_by) if d.presided_by is not None else "未注明") + mark
            text += f"｜会议：{meeting}｜主持人：{who}"
        else:
            text += f" | {meeting} presided by {_label(d.presided_by, lang, 'unnamed')}{mark}"
    return text


def _signing_text(rs: Ruleset, a: SigningAnswer, lang: str) -> str:
    zh = lang == "zh"
    if a.signer is None:  # the message (kept in the answer) names one document of the group
        return "无适用规则" if zh else "no rule applies"
    parts = [f"{rs.name(a.signer)}签发" if zh else f"signed by {a.signer.name}"]
    if a.reviewers:
        parts.append(
            f"先经{_names(rs, a.reviewers, lang)}审核" if zh else f"reviewed by {_names(rs, a.reviewers, lang)}"
        )
    if a.countersigners:
        who = _names(rs, a.countersigners, lang)
        parts.append(f"{who}会签" if zh else f"countersigned by {who}")
    for alt in a.alternates:
        parts.append(
            f"{alt.basis.label}可由{rs.name(alt.role)}签发" if zh else f"{alt.role.name} may sign ({alt.basis.name})"
        )
    if a.seal:
        parts.append(f"加盖{a.seal}" if zh else f"seal: {a.seal}")
    if a.circle_means_consent is not None:
        if zh:
            parts.append("圈阅视为同意" if a.circle_means_consent else "审核须签署意见（圈阅不足）")
        else:
            parts.append("circling is consent" if a.circle_means_consent else "reviewers must write an opinion")
    if a.conflict is not None:
        c = a.conflict
        parts.append(f"规则{c.first}与{c.second}冲突" if zh else f"CONFLICT {c.first} vs {c.second}")
    return ("，" if zh else ", ").join(parts) + _cites(a.citations, lang)


def _request_text(rs: Ruleset, q: LeaveRequest, lang: str, others: Mapping[str, Any]) -> str:
    zh = lang == "zh"
    role = (rs.name(q.role) if zh else q.role.name) + _mark(q.role, "role", others)
    kind = _label(q.kind, lang, "") + _mark(q.kind, "kind", others)
    if q.meeting is not None:
        meeting = _label(q.meeting, lang, "") + _mark(q.meeting, "meeting", others)
        kind += f"（{meeting}）" if zh else f" ({meeting})"
    reason = _label(q.reason, lang, "未说明" if zh else "none") + _mark(q.reason, "reason", others)
    if zh:
        text = f"{role}｜{kind}｜{q.days}天｜事由：{reason}"
        return text + ("｜党委常委" if q.party_standing_committee_member else "")
    text = f"{role} | {kind} | {q.days} day{'s' if q.days > 1 else ''} | reason {reason}"
    return text + (" | party standing committee member" if q.party_standing_committee_member else "")


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
        breaches = sorted({_BREACH_ZH.get(v.rule, v.rule) for v in a.violations})
        if breaches:
            parts.append("当日提出时不符合：" + "、".join(breaches))
    else:
        parts = [f"approved by {_names(rs, a.approvers, lang)}" if a.approvers else "no approver stated in these rules"]
        if a.notify:
            parts.append(f"notify {_names(rs, a.notify, lang)}")
        if a.latest_request_date is not None:
            parts.append(f"ask by {a.latest_request_date.isoformat()}")
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


def _report(d: WhatIfDiff, lang: str, limit: int | None) -> str:
    zh = lang == "zh"
    b, v = d.baseline, d.variant
    out = [
        f"《{b.title}》（{b.id}）：变更方案与现行规则的决定差异"
        if zh
        else f"{b.id} ({b.title}): what the variant changes"
    ]
    changed = ("、" if zh else ", ").join(d.rules_changed) or ("无" if zh else "none")
    out.append(f"变更的规则：{changed}" if zh else f"rules changed: {changed}")
    sections = 0
    starred = False

    def head(family: str, count: int, unit_zh: str) -> None:
        nonlocal sections
        out.append("")
        if zh:
            out.append(f"{_ORDINALS[sections]}、{_FAMILY_ZH[family]}：{count}{unit_zh}结论改变")
        else:
            out.append(f"{sections + 1}. {_FAMILY_EN[family]}: {count} changed")
        sections += 1

    def listing(items: list[str]) -> None:
        nonlocal starred
        shown = items if limit is None else items[:limit]
        out.extend(f"     - {s}" for s in shown)
        starred = starred or any(STAND_IN in s for s in shown)
        if len(shown) < len(items):
            rest = len(items) - len(shown)
            out.append(
                f"     - ……另有{rest}种（--limit 0 全部列出）"
                if zh
                else f"     - ... and {rest} more (--limit 0 lists all)"
            )

    for family, render_subject, render_answer in (
        ("signing", _document_text, _signing_text),
        ("leave", _request_text, _leave_text),
    ):
        changes = getattr(d, family)
        if not changes:
            continue
        head(family, len(changes), "种情形")
        for n, (ab, av, group) in enumerate(_grouped(changes), 1):
            out.append(
                f"  （{n}）现行：{render_answer(b, ab, lang)}"
                if zh
                else f"  ({n}) baseline: {render_answer(b, ab, lang)}"
            )
            out.append(
                f"       变更后：{render_answer(v, av, lang)}" if zh else f"      variant: {render_answer(v, av, lang)}"
            )
            out.append(f"       共{len(group)}种情形：" if zh else f"      in {len(group)} situations:")
            subject = "document" if family == "signing" else "request"
            others = d.stand_ins.get(family, {})
            listing([render_subject(b, getattr(c, subject), lang, others) for c in group])
        if starred:
            starred = False
            out.append(
                f"  注：标{STAND_IN}者代表各规则条件均未提及的一切其他取值（其结论相同）。"
                if zh
                else f"  {STAND_IN} stands for every value no rule's condition mentions (they are decided alike)."
            )
    if d.deadlines:
        head("deadlines", len(d.deadlines), "项")
        for n, c in enumerate(d.deadlines, 1):
            before = _period_text(c.baseline_period, c.baseline_variants, lang) + _cites(c.baseline_citations, lang)
            after = _period_text(c.variant_period, c.variant_variants, lang) + _cites(c.variant_citations, lang)
            line = (
                f"  （{n}）{c.rule}（{c.action}）：现行{before} → 变更后{after}"
                if zh
                else f"  ({n}) {c.rule} ({c.action}): {before} -> {after}"
            )
            if c.baseline_period is not None and c.variant_period is not None:
                x, y = c.baseline_period.resolve(LEAVE_START), c.variant_period.resolve(LEAVE_START)
                line += (
                    f"；例：{c.anchor}为{LEAVE_START.isoformat()}，{x.isoformat()} → {y.isoformat()}"
                    if zh
                    else f"; e.g. from {LEAVE_START.isoformat()}: {x.isoformat()} -> {y.isoformat()}"
                )
            out.append(line)
    if d.meetings:
        head("meetings", len(d.meetings), "项")
        for n, m in enumerate(d.meetings, 1):
            aspect = {"composition": "组成", "rhythm": "频次"}[m.aspect] if zh else m.aspect
            before, after = _meeting_rules_text(b, m.baseline, lang), _meeting_rules_text(v, m.variant, lang)
            out.append(
                f"  （{n}）{m.meeting.label}{aspect}：现行{before} → 变更后{after}"
                if zh
                else f"  ({n}) {m.meeting.name} {aspect}: {before} -> {after}"
            )
    if d.empty:
        out.append("")
        out.append("任何情形的结论均未改变。" if zh else "No decision changes.")
    out.append("")
    out.append(d.summary(lang))
    return "\n".join(out)


def _answer_dict(a: SigningAnswer | LeaveAnswer) -> dict[str, Any]:
    raw: dict[str, Any] = converter.unstructure(attrs.evolve(a, citations=()))
    raw["citations"] = [c.short() for c in a.citations]
    raw.pop("conflict", None)
    if isinstance(a, SigningAnswer):
        raw["conflict"] = None if a.conflict is None else [a.conflict.first, a.conflict.second]
    else:
        raw["lead_times"] = [p.describe() for p in a.lead_times]
        raw["violations"] = [
            {"rule": x.rule, "source": x.source, "citation": x.citation.short(), "message": x.message}
            for x in a.violations
        ]
    return raw


def _as_dict(d: WhatIfDiff, limit: int | None) -> dict[str, Any]:
    def cut(items: tuple[Any, ...]) -> tuple[Any, ...]:
        return items if limit is None else items[:limit]

    return {
        "ruleset": d.baseline.id,
        "baseline_version": d.baseline.version,
        "variant_version": d.variant.version,
        "rules_changed": list(d.rules_changed),
        "situations_checked": dict(d.situations_checked),
        "situations_evaluated": dict(d.situations_evaluated),
        "changed": dict(d.changed),
        "signing": [
            {
                "document": converter.unstructure(c.document),
                "baseline": _answer_dict(c.baseline),
                "variant": _answer_dict(c.variant),
            }
            for c in cut(d.signing)
        ],
        "leave": [
            {
                "request": converter.unstructure(c.request),
                "baseline": _answer_dict(c.baseline),
                "variant": _answer_dict(c.variant),
            }
            for c in cut(d.leave)
        ],
        "deadlines": [
            {
                "rule": c.rule,
                "baseline": None if c.baseline_period is None else converter.unstructure(c.baseline_period),
                "variant": None if c.variant_period is None else converter.unstructure(c.variant_period),
                "baseline_variants": {k: converter.unstructure(p) for k, p in c.baseline_variants.items()},
                "variant_variants": {k: converter.unstructure(p) for k, p in c.variant_variants.items()},
                "baseline_citations": [x.short() for x in c.baseline_citations],
                "variant_citations": [x.short() for x in c.variant_citations],
            }
            for c in cut(d.deadlines)
        ],
        "meetings": [
            {
                "meeting": m.meeting.name,
                "aspect": m.aspect,
                "baseline": [r.id for r in m.baseline],
                "variant": [r.id for r in m.variant],
                "baseline_text": _meeting_rules_text(d.baseline, m.baseline, "zh"),
                "variant_text": _meeting_rules_text(d.variant, m.variant, "zh"),
                "baseline_citations": [x.short() for x in m.baseline_citations],
                "variant_citations": [x.short() for x in m.variant_citations],
            }
            for m in cut(d.meetings)
        ],
    }
