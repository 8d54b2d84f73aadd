"""`govrules explain RULESET ARTICLE`: an article's text and every rule citing it."""

from __future__ import annotations

import argparse

from govrules.cli._common import RULESET_HELP, examples, ruleset_of
from govrules.errors import GovRulesError, InvalidInput
from govrules.labels import chinese_number, parse_chinese_number
from govrules.rules import Rule, Ruleset

__all__ = ["add_parser"]


def _describe_rule(rs: Ruleset, r: Rule, shown: str = "") -> str:
    """A rule citing the passage `shown`, with its quote; a quote from another passage it cites says
    which (附件1 五(二)8), so that no quote reads as the shown passage's words when it is not."""
    if not r.quote:
        return f"  - {r.id}（{r.kind_label}）"
    where = ""
    if shown and _bare(r.quote) not in _bare(shown):
        for c in r.cite:
            try:
                if _bare(r.quote) in _bare(rs.cited_text(c)):
                    where = f"（引自{c.short()}）"
                    break
            except KeyError:
                continue
    return f"  - {r.id}（{r.kind_label}）{where}：“{r.quote}”"


def _bare(text: str) -> str:
    """`text` without white space, for finding a quote in a passage laid out over lines."""
    return "".join(text.split())


def _explain(args: argparse.Namespace) -> str:
    try:
        return _explain_article(args)
    except (KeyError, ValueError) as e:
        if isinstance(e, GovRulesError):
            raise
        rs = ruleset_of(args)
        numbers = sorted(a.number for a in rs.articles)
        span = f"{numbers[0]}-{numbers[-1]}" if numbers else "none"
        annexes = "、".join(f"附件{a.number}" for a in rs.annexes)
        zh_span = f"第{numbers[0]}条至第{numbers[-1]}条" if numbers else "无条文"
        raise InvalidInput(
            f"{args.ruleset} has no article {args.article!r} (its articles: {span})",
            zh=f"《{rs.title}》没有“{args.article}”：govrules 所存文本只有{zh_span}"
            + (f"及{annexes}" if annexes else "")
            + f"（例如 govrules explain {rs.id} {numbers[0] if numbers else 1}）",
        ) from None


def _explain_article(args: argparse.Namespace) -> str:
    rs = ruleset_of(args)
    target = args.article
    if target.startswith("附件"):
        number, _, section = target.removeprefix("附件").partition(" ")
        annex = rs.annex(int(number))
        head = f"《{rs.title}》附件{annex.number}《{annex.title}》" + (f" {section}" if section else "")
        text = annex.text(section or None)
        rules = [
            r
            for r in rs.citing(annex=annex.number)
            if not section or any(c.section is not None and c.section.startswith(section) for c in r.cite)
        ]
    else:
        try:
            n = parse_chinese_number(target.removeprefix("第").removesuffix("条"))
        except InvalidInput:
            raise InvalidInput(
                f"not an article: {target!r} (write 53, 五十三, 第五十三条, or 附件1)",
                zh=f"“{target}”不是条号：请写 53、五十三、第五十三条，或附件1",
            ) from None
        a = rs.article(n)
        head = f"《{rs.title}》第{chinese_number(n)}条"
        text = a.text
        rules = list(rs.citing(article=n))
        if n in rs.non_operative:
            rules_note = f"{'非操作性条款：' if args.lang == 'zh' else 'not operative: '}{rs.non_operative[n]}"
            return f"{head}\n{text}\n\n{rules_note}"
    zh = args.lang == "zh"
    listing = "\n".join(_describe_rule(rs, r, text) for r in rules) or (
        "  （无规则引用）" if zh else "  (no rule cites it)"
    )
    return f"{head}\n{text}\n\n{'引用此条的规则：' if zh else 'Rules citing it:'}\n{listing}"


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    cal_opts: argparse.ArgumentParser,
    lang: str,
) -> None:
    """Add `explain` to the command line."""
    p = sub.add_parser(
        "explain",
        parents=[common],
        help="某条条文及引用它的全部规则",
        epilog=examples(
            "govrules explain xifeng-2022 53",
            "govrules explain 西丰县 第五十三条",
            "govrules explain dongchuan-2024 '附件1 五(三)'",
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help=RULESET_HELP)
    p.add_argument("article", metavar="条文", help="条号（53、五十三、第五十三条）或附件（附件1、'附件1 五(三)'）")
    p.set_defaults(run=_explain)
