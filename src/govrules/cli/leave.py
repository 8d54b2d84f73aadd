"""`govrules leave RULESET --role ... --kind ... --start ...`: whether a leave or absence is as the rules require."""

from __future__ import annotations

import argparse

from govrules import attendance
from govrules.cli._common import DATE_HELP, RULESET_HELP, calendar_of, examples, role_list, ruleset_of
from govrules.cli._parse import arg_type, parse_date, parse_label, parse_leave_kind, parse_meeting, parse_role
from govrules.errors import InvalidInput
from govrules.model import AbsenceReason, LeaveRequest

__all__ = ["add_parser"]


def _leave(args: argparse.Namespace) -> tuple[str, int]:
    """The verdict, and exit status 1 when the leave is 不符合规定."""
    rs = ruleset_of(args)
    if args.end is not None and args.end < args.start:
        raise InvalidInput(
            f"--end {args.end} is before --start {args.start}", zh=f"--end {args.end} 早于 --start {args.start}"
        )
    req = LeaveRequest(
        role=parse_role(rs, args.role, "--role"),
        kind=parse_leave_kind(rs, args.kind, "--kind"),
        start=args.start,
        end=args.end or args.start,
        requested_on=args.requested_on,
        meeting=None if args.meeting is None else parse_meeting(rs, args.meeting, "--meeting"),
        reason=None if args.reason is None else parse_label(AbsenceReason, args.reason, "--reason"),
        substitute=args.substitute,
        party_standing_committee_member=args.party_standing_committee_member,
    )
    if getattr(args, "format", "text") == "json":
        import json

        from govrules.cli.receipts import decision_receipt, leave_input

        text = decision_receipt("leave", args, leave_input(args))
        return text, 0 if json.loads(text)["answer"]["ok"] else 1
    v = attendance.check_leave(rs, req, calendar=calendar_of(args))
    status = 0 if v.ok else 1
    # the command line cannot tell "no substitute" from "not said": where that is the breach, it says how to say so
    unsaid = not args.substitute and any(x.rule == "leave_substitute" for x in v.violations)
    if args.lang == "zh":
        hint = "\n（按未安排代理人检查；已安排的，加 --substitute）" if unsaid else ""
        return v.explain() + hint, status
    lines = [
        "ok" if v.ok else "NOT OK",
        "approvers, in order: " + (role_list(rs, v.approvers, "en") or "none"),
        "notify: " + (role_list(rs, v.notify, "en") or "none"),
    ]
    if v.latest_request_date:
        lines.append(f"latest request date: {v.latest_request_date.isoformat()}")
    lines.extend(f"violation: {x.rule} ({x.citation})" for x in v.violations)
    lines.append("cites: " + "; ".join(str(c) for c in v.citations))
    if unsaid:
        lines.append("(checked as if no substitute was arranged; add --substitute if one was)")
    return "\n".join(lines), status


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    cal_opts: argparse.ArgumentParser,
    lang: str,
) -> None:
    """Add `leave` to the command line."""
    date_type = arg_type(parse_date, lang)
    p = sub.add_parser(
        "leave",
        parents=[common, cal_opts],
        help="请假或缺席是否符合规定（不符合时退出状态为1）",
        epilog=examples(
            "govrules leave xifeng-2022 --role 部门主要负责人 --kind 离丰 --start 2025-10-09 --requested-on 2025-10-08",
            "govrules leave 咸阳 --role 副市长 --kind 不能出席会议 --meeting 市政府常务会议"
            " --start 2025/9/26 --reason 生病",
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help=RULESET_HELP)
    p.add_argument("--role", required=True, help="请假人的职务，按该文本的称呼：副县长、部门主要负责人……")
    p.add_argument(
        "--kind",
        required=True,
        help="请假类型，按该文本的称呼（外出、离丰、离咸外出、出差……）或通称：离开辖区外出、休假、不能出席会议、出访、学习",
    )
    p.add_argument("--start", required=True, type=date_type, help="开始日期；" + DATE_HELP)
    p.add_argument("--end", type=date_type, help="结束日期（默认同开始日期）")
    p.add_argument("--requested-on", type=date_type, help="提出请假的日期")
    p.add_argument("--meeting", help="缺席的会议（不能出席会议时）：常务会议、县政府常务会议……")
    p.add_argument("--reason", help="事由：参加上级重要会议及活动、个人身体健康……")
    p.add_argument("--substitute", action="store_true", help="已安排他人代为出席或代理工作（不加时按未安排检查）")
    p.add_argument("--party-standing-committee-member", action="store_true", help="请假人是党委常委")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text 文字（默认）；json 决定回执")
    p.set_defaults(run=_leave)
