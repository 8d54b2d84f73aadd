"""`govrules rulesets [RULESET]`: the rulesets govrules ships, or one of them in detail."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from govrules.cli._common import RULESET_HELP, examples
from govrules.cli._parse import ruleset_id

__all__ = ["add_parser"]

#: What the listing shows of each shipped ruleset, written by tools/gen_docs.py from the rulesets themselves
#: (CI checks it is current, and a test that it says what loading each ruleset says): the listing then
#: neither builds nor hashes five rulesets.
INDEX = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "rulesets.json")


def _show_ruleset(args: argparse.Namespace) -> str:
    """One ruleset: its deadline ids, meeting kinds, roles (as its text names them) and articles."""
    from govrules import rulesets
    from govrules.labels import chinese_number
    from govrules.model import MeetingKind as MK
    from govrules.model import Role
    from govrules.rules import DeadlineRule

    rs = rulesets.load(ruleset_id(args.ruleset))
    zh = args.lang == "zh"
    numbers = sorted(a.number for a in rs.articles)
    since = rs.effective_from.isoformat() if rs.effective_from else ("未注明" if zh else "not stated")
    lines = [
        f"{rs.id}：《{rs.title}》（{rs.government.name}，{since}起施行，版本{rs.version}）"
        if zh
        else f"{rs.id}: {rs.title} ({rs.government.name}, in force from {since}, version {rs.version})"
    ]
    lines.append("时限（govrules due 的 RULE）：" if zh else "Deadlines (RULE of govrules due):")
    for r in rs.rules_of(DeadlineRule):
        cite = r.cite[0].short() if r.cite else ""
        variants = ("；特殊情形：" if zh else "; variants: ") + "、".join(r.variants) if r.variants else ""
        lines.append(
            f"  {r.id}：{r.period.describe() if zh else r.period.describe_en()}，{r.action}（{cite}）{variants}"
        )
    kinds = sorted(rs.meeting_kinds(), key=list(MK).index)
    lines.append(("会议：" if zh else "Meetings: ") + "、".join(rs.meeting_name(k) for k in kinds))
    roles = sorted(rs.roles(), key=list(Role).index)
    names = [rs.name(r) if zh else f"{rs.name(r)} ({r.name})" for r in roles]
    lines.append(("职务：" if zh else "Roles: ") + ("、" if zh else ", ").join(names))
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    spans = "、".join(f"第{chinese_number(a)}条" + ("" if a == b else f"至第{chinese_number(b)}条") for a, b in runs)
    annexes = "、".join(f"附件{a.number}《{a.title}》" for a in rs.annexes)
    lines.append(("条文：" if zh else "Articles: ") + spans + (f"；{annexes}" if annexes else ""))
    lines.append(("规则：" if zh else "Rules: ") + f"{len(rs.rules)}")
    return "\n".join(lines)


def _list_rulesets(args: argparse.Namespace) -> str:
    if args.ruleset is not None:
        return _show_ruleset(args)
    lines = []
    for rs in shipped():
        if args.lang == "zh":
            since = rs["effective_from"] or "未注明"
            counts = f"{rs['rules']}条规则\t版本{rs['version']}"
        else:
            since = rs["effective_from"] or "date not stated"
            counts = f"{rs['rules']} rules\tversion {rs['version']}"
        lines.append(f"{rs['id']}\t{rs['government']}\t{rs['title']}\t{since}\t{counts}")
    return "\n".join(lines)


def shipped() -> list[dict[str, Any]]:
    """Each shipped ruleset as `INDEX` gives it: id, government, title, effective_from (ISO date or None),
    rules (how many) and version."""
    with open(INDEX, encoding="utf-8") as f:
        index: list[dict[str, Any]] = json.load(f)
    return index


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    cal_opts: argparse.ArgumentParser,
    lang: str,
) -> None:
    """Add `rulesets` to the command line."""
    p = sub.add_parser(
        "rulesets",
        parents=[common],
        help="列出规则集；给出一个时，显示它的时限、会议、职务和条文",
        epilog=examples("govrules rulesets", "govrules rulesets xifeng-2022", "govrules rulesets 东川区"),
    )
    p.add_argument("ruleset", nargs="?", metavar="规则集", help=RULESET_HELP)
    p.set_defaults(run=_list_rulesets)
