"""`govrules diff RULESET VARIANT.toml`: every situation whose decision a rule change alters (exact)."""

from __future__ import annotations

import argparse
import json

from govrules import rulesets, whatif

__all__ = ["add_parser"]

#: Situations listed per pair of answers in text output unless --limit says otherwise.
TEXT_LIMIT = 20


def _limit(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数 / not a whole number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"--limit 应不小于0（0为全部），而给出的是{n} / must be >= 0; got {n}")
    return n


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    """Add `diff` to the command line (`parents` brings --lang)."""
    p = subparsers.add_parser(
        "diff",
        parents=parents,
        help="列出假设变更会改变其决定的每种情形，附两种答案及其条款",
        epilog="示例 / examples:\n"
        "  govrules diff kongtong-2016 simulations/whatif/kongtong_topical_minutes_by_deputy.toml",
        description=(
            "穷举模型的有限情形空间（公文签发与审批、请假、时限、会议组成与频次），列出现行规则与按 VARIANT.toml"
            " 变更后的规则决定不同的每一种情形，附两种答案及其条款。 / Enumerate the model's finite space of"
            " situations (documents signed and approved, leave requests, deadlines, meetings as checked and their"
            " rhythms) and list every one whose decision differs between RULESET and RULESET with VARIANT.toml's"
            " changes."
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help="规则集：编号（xifeng-2022）或政府名称（崆峒区）")
    p.add_argument(
        "variant", metavar="VARIANT.toml", help="含 [[change]] 表的假设变更文件（simulations/whatif/*.toml）"
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="text 文字（默认）或 json")
    p.add_argument(
        "--limit",
        type=_limit,
        metavar="N",
        help=f"每对答案列出的情形数（text 默认 {TEXT_LIMIT}）或每类的情形数（json 默认全部）；0 为全部",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    """The diff of `args.ruleset` against it with `args.variant`'s changes, as text or JSON."""
    baseline = rulesets.load(args.ruleset)
    variant = whatif.variant_of(baseline, args.variant)
    _, description, _ = whatif.load_variant(args.variant)
    result = whatif.diff(baseline, variant)
    lang = getattr(args, "lang", "zh")
    if args.format == "json":
        data = result.as_dict(limit=args.limit or None, lang=lang)
        data["variant"] = {"file": str(args.variant), "description": description}
        data["summary"] = result.summary(lang)
        return json.dumps(data, ensure_ascii=False, indent=2)
    text = result.report(lang, limit=TEXT_LIMIT if args.limit is None else (args.limit or None))
    if description:
        head, _, rest = text.partition("\n")
        text = f"{head}\n{'变更方案：' if lang == 'zh' else 'variant: '}{description}\n{rest}"
    return text
