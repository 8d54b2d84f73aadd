"""`govrules due RULESET RULE DATE`: when a matter falls due under a ruleset's deadline, with its article."""

from __future__ import annotations

import argparse

from govrules import deadlines
from govrules.cli._common import DATE_HELP, RULESET_HELP, calendar_of, examples, ruleset_of, weekday
from govrules.cli._parse import arg_type, parse_date
from govrules.errors import InvalidInput
from govrules.rules import DeadlineRule, Ruleset

__all__ = ["add_parser"]


def _deadline_ids(rs: Ruleset) -> tuple[str, ...]:
    return tuple(r.id for r in rs.rules_of(DeadlineRule))


def _check_due(args: argparse.Namespace) -> None:
    """Refuse a deadline id or variant the ruleset does not have, listing those it has."""
    rs = ruleset_of(args)
    ids = _deadline_ids(rs)
    if args.rule not in ids:
        # a deadline named in words (会签, 纪要印发) rather than by its id: say which ids those words describe
        given = args.rule.strip()
        meant = deadlines.rules_meant(rs, given)
        example = f"govrules due {rs.id} {meant[0]} 日期" if meant else ""
        hint = f"。“{given}”是指 {' 或 '.join(meant)} 吗？RULE 须写编号，如：{example}" if meant else ""
        hint_en = f"; by {given!r} did you mean {' or '.join(meant)}? RULE is the id" if meant else ""
        raise InvalidInput(
            f"{rs.id} has no deadline {args.rule!r}; its deadlines: {', '.join(ids)}{hint_en}",
            zh=f"《{rs.title}》没有时限“{args.rule}”；它的时限有：{'、'.join(ids)}"
            f"（govrules rulesets {rs.id} 列出详情）{hint}",
        )
    if args.variant is not None:
        written = args.variant
        rule = rs.rule(args.rule)
        assert isinstance(rule, DeadlineRule)
        args.variant = rule.variant_named(args.variant)
        if args.variant not in rule.variants:
            raise InvalidInput(
                f"--variant: {args.rule} under {rs.id} has no variant {written!r}"
                f" (variants: {rule.variants_said_en()})",
                zh=f"--variant：《{rs.title}》的“{args.rule}”没有“{written}”这一情形"
                + (f"（可用：{rule.variants_said()}）" if rule.variants else "（此时限没有特殊情形）"),
            )


def _due(args: argparse.Namespace) -> str:
    _check_due(args)
    if getattr(args, "format", "text") == "json":
        from govrules.cli.receipts import decision_receipt

        return decision_receipt(
            "deadline", args, {"rule": args.rule, "anchor": args.date.isoformat(), "variant": args.variant}
        )
    rs = ruleset_of(args)
    d = deadlines.due(rs, args.rule, args.date, variant=args.variant, calendar=calendar_of(args))
    if args.lang == "zh":
        return d.explain()
    return (
        f"{args.rule} under {rs.id}: {d.period.describe_en()} {d.anchor.isoformat()}"
        f" -> due {d.date.isoformat()} ({weekday(d.date, 'en')}); cites {d.citation}"
        + (" (provisional calendar)" if d.provisional else "")
    )


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    cal_opts: argparse.ArgumentParser,
    lang: str,
) -> None:
    """Add `due` to the command line."""
    p = sub.add_parser(
        "due",
        parents=[common, cal_opts],
        help="某事项按规则何时到期",
        epilog=examples(
            "govrules due xifeng-2022 countersign_reply 2025-09-26",
            "govrules due 某区 countersign_reply 2025/9/26 --variant 特别复杂",
            "govrules rulesets xifeng-2022      （查看可用的时限）",
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help=RULESET_HELP)
    p.add_argument(
        "rule",
        metavar="时限",
        help="时限编号：countersign_reply、minutes_issue、leave_request……（govrules rulesets ID 列出）",
    )
    p.add_argument(
        "date", type=arg_type(parse_date, lang), metavar="日期", help="起算事件的日期（或期限之前的事件）；" + DATE_HELP
    )
    p.add_argument("--variant", help="条文规定的特殊情形，如 特别复杂（complex）、重大修改（major_revision）")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text 文字（默认）；json 决定回执")
    p.set_defaults(run=_due)
