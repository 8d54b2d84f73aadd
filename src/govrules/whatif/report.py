"""A `WhatIfDiff` as text (Chinese or English, grouped by family and by pair of answers) and as JSON-ready data.

Each situation and answer is worded by `govrules.whatif.texts`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from govrules.model import converter
from govrules.rules import Ruleset
from govrules.whatif.answers import ApprovalAnswer, LeaveAnswer, SigningAnswer
from govrules.whatif.collapse import SituationGroup
from govrules.whatif.diff import WhatIfDiff
from govrules.whatif.space import LEAVE_START
from govrules.whatif.texts import (
    _FAMILY_EN,
    _FAMILY_ZH,
    _ORDINALS,
    ANY_EN,
    ANY_ZH,
    STAND_IN,
    _approval_text,
    _check_text,
    _cites,
    _document_fields_text,
    _leave_text,
    _meeting_rules_text,
    _part_text,
    _period_text,
    _request_fields_text,
    _signing_text,
)


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

    def listing(items: list[str], groups: bool = False) -> None:
        nonlocal starred
        shown = items if limit is None else items[:limit]
        out.extend(f"     - {s}" for s in shown)
        starred = starred or any(STAND_IN in s for s in shown)
        if len(shown) < len(items):
            rest = len(items) - len(shown)
            out.append(
                f"     - ……另有{rest}{'类' if groups else '种'}（--limit 0 全部列出）"
                if zh
                else f"     - ... and {rest} more{' groups' if groups else ''} (--limit 0 lists all)"
            )

    families: tuple[tuple[str, Any], ...] = (
        ("signing", _signing_text),
        ("approvals", _approval_text),
        ("leave", _leave_text),
    )
    opened = False
    for family, render_answer in families:
        changes = getattr(d, family)
        if not changes:
            continue
        head(family, len(changes), "种情形")
        others = d.stand_ins.get(family, {})
        for n, (ab, av, groups) in enumerate(d.groups(family), 1):
            out.append(
                f"  （{n}）现行：{render_answer(b, ab, lang)}"
                if zh
                else f"  ({n}) baseline: {render_answer(b, ab, lang)}"
            )
            out.append(
                f"       变更后：{render_answer(v, av, lang)}" if zh else f"      variant: {render_answer(v, av, lang)}"
            )
            count = sum(g.count for g in groups)
            fewer = len(groups) < count
            if zh:
                out.append(f"       共{count}种情形" + (f"，归为{len(groups)}类：" if fewer else "："))
            else:
                n_groups = f"{len(groups)} group{'s' if len(groups) != 1 else ''}"
                out.append(f"      in {count} situations" + (f", {n_groups}:" if fewer else ":"))
            opened = opened or any(g.count > 1 for g in groups)
            listing([_group_text(b, family, g, lang, others) for g in groups], groups=True)
        if starred:
            starred = False
            out.append(
                f"  注：标{STAND_IN}者代表各规则条件均未提及的一切其他取值（其结论相同）。"
                if zh
                else f"  {STAND_IN} stands for every value no rule's condition mentions (they are decided alike)."
            )
        if opened:
            opened = False
            out.append(
                f"  注：“{ANY_ZH}”指该项取本情形空间中的任何一种值，“甲 或 乙”指取其中任何一种（其余各项如所列），"
                "两种结论都一样；括号内为该行代表的情形数。"
                if zh
                else f"  “{ANY_EN}”: every value the field takes in the space; “a or b”: either (the other fields as"
                " shown): both answers are the same for each; in brackets, how many situations the line stands for."
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
    if d.meeting_checks:
        head("meeting_checks", len(d.meeting_checks), "种情形")
        pairs: dict[tuple[object, ...], list[Any]] = {}
        for check in d.meeting_checks:
            key = (check.baseline.outcome, check.variant.outcome, check.part.meeting, check.part.part)
            pairs.setdefault(key, []).append(check)
        for n, group in enumerate(pairs.values(), 1):
            first = group[0]
            before = _check_text(b, first.baseline, lang, first.baseline_citations)
            after = _check_text(v, first.variant, lang, first.variant_citations)
            out.append(f"  （{n}）现行：{before}" if zh else f"  ({n}) baseline: {before}")
            out.append(f"       变更后：{after}" if zh else f"      variant: {after}")
            out.append(f"       共{len(group)}种情形：" if zh else f"      in {len(group)} situations:")
            listing([_part_text(b, c.part, lang) for c in group])
        if starred:
            starred = False
            out.append(
                f"  注：标{STAND_IN}者代表会议规则均未提及的一切其他角色（其结论相同）。"
                if zh
                else f"  {STAND_IN} stands for every role no meeting rule names (they are judged alike)."
            )
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


def _group_text(rs: Ruleset, family: str, g: SituationGroup, lang: str, others: Mapping[str, Any]) -> str:
    """A group of situations, with how many it stands for when more than one."""
    render = _request_fields_text if family == "leave" else _document_fields_text
    text = render(rs, g.fields, lang, others, g.ranges)
    if g.count > 1:
        text += f"（{g.count}种）" if lang == "zh" else f" ({g.count} situations)"
    return text


def _answer_dict(a: SigningAnswer | ApprovalAnswer | LeaveAnswer) -> dict[str, Any]:
    raw: dict[str, Any] = converter.unstructure(attrs.evolve(a, citations=()))
    raw["citations"] = [c.short() for c in a.citations]
    raw.pop("conflict", None)
    if isinstance(a, (SigningAnswer, ApprovalAnswer)):
        raw["conflict"] = None if a.conflict is None else [a.conflict.first, a.conflict.second]
    else:
        raw["lead_times"] = [p.describe() for p in a.lead_times]
        raw["violations"] = [
            {"rule": x.rule, "source": x.source, "citation": x.citation.short(), "message": x.message}
            for x in a.violations
        ]
    return raw


def _value_dict(value: object) -> object:
    if isinstance(value, frozenset):
        return sorted((converter.unstructure(m) for m in value), key=str)
    return converter.unstructure(value)


def _groups_dict(d: WhatIfDiff, family: str, limit: int | None, lang: str) -> list[dict[str, Any]]:
    """Per pair of answers, its situations collapsed (`WhatIfDiff.groups`): at most `limit` groups a pair."""
    others = d.stand_ins.get(family, {})
    out = []
    for ab, av, groups in d.groups(family):
        shown = groups if limit is None else groups[:limit]
        out.append(
            {
                "baseline": _answer_dict(ab),
                "variant": _answer_dict(av),
                "count": sum(g.count for g in groups),
                "groups_total": len(groups),
                "groups": [
                    {
                        "fixed": {k: _value_dict(x) for k, x in g.fixed.items()},
                        "one_of": {k: [_value_dict(x) for x in xs] for k, xs in g.one_of.items()},
                        "any": list(g.any),
                        "count": g.count,
                        "text": _group_text(d.baseline, family, g, lang, others),
                    }
                    for g in shown
                ],
            }
        )
    return out


def _as_dict(d: WhatIfDiff, limit: int | None, lang: str = "zh") -> dict[str, Any]:
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
        "approvals": [
            {
                "document": converter.unstructure(c.document),
                "baseline": _answer_dict(c.baseline),
                "variant": _answer_dict(c.variant),
            }
            for c in cut(d.approvals)
        ],
        "meeting_checks": [
            {
                "part": converter.unstructure(c.part),
                "text": _part_text(d.baseline, c.part, "zh"),
                "baseline": {
                    **converter.unstructure(c.baseline),
                    "citations": [x.short() for x in c.baseline_citations],
                },
                "variant": {**converter.unstructure(c.variant), "citations": [x.short() for x in c.variant_citations]},
            }
            for c in cut(d.meeting_checks)
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
        "groups": {family: _groups_dict(d, family, limit, lang) for family in ("signing", "approvals", "leave")},
    }
