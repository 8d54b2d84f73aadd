"""`govrules workdays is|add|between`: working days by the State Council's holiday schedule (with 调休)."""

from __future__ import annotations

import argparse
from datetime import date

from govrules.cli._common import DATE_HELP, calendar_of, examples, weekday
from govrules.cli._parse import arg_type, parse_date
from govrules.workdays import WorkdayCalendar

__all__ = ["add_parser"]


def _provisional_note(cal: WorkdayCalendar, lang: str, *days: date) -> str:
    years = [y for y in range(min(d.year for d in days), max(d.year for d in days) + 1) if cal.is_provisional(y)]
    if not years:
        return ""
    ys = ", ".join(map(str, years))
    return f"（{ys}年为估算日程，以国务院通知为准）" if lang == "zh" else f" (provisional: {ys} is estimated)"


def _workdays_is(args: argparse.Namespace) -> str:
    cal, d, lang = calendar_of(args), args.date, args.lang
    work = cal.is_workday(d)
    name = cal.holiday_name(d)
    if lang == "zh":
        text = f"{d.isoformat()}（{weekday(d, lang)}）" + ("是工作日" if work else "不是工作日")
        if cal.is_makeup_workday(d):
            text += "（调休上班）"
        elif name:
            text += f"（{name}）"
    else:
        text = f"{d.isoformat()} ({weekday(d, lang)}) is " + ("a working day" if work else "not a working day")
        if cal.is_makeup_workday(d):
            text += " (make-up working day, 调休上班)"
        elif name:
            text += f" ({name})"
    return text + _provisional_note(cal, lang, d)


def _workdays_add(args: argparse.Namespace) -> str:
    cal, d, n, lang = calendar_of(args), args.date, args.n, args.lang
    r = cal.add_workdays(d, n)
    if lang == "zh":
        where = f"之后第{n}个工作日" if n >= 0 else f"之前第{-n}个工作日"
        text = f"{d.isoformat()}{where}：{r.isoformat()}（{weekday(r, lang)}）"
    else:
        where = "after" if n >= 0 else "before"
        text = f"working day {abs(n)} {where} {d.isoformat()}: {r.isoformat()} ({weekday(r, lang)})"
    return text + _provisional_note(cal, lang, d, r)


def _workdays_between(args: argparse.Namespace) -> str:
    cal, a, b, lang = calendar_of(args), args.a, args.b, args.lang
    n = cal.workdays_between(a, b)
    if b < a:  # counted backwards: the days of (b, a], negated; said as such, not as a count of -N days
        if lang == "zh":
            text = (
                f"止日{b.isoformat()}早于起日{a.isoformat()}：{b.isoformat()}（不含）至{a.isoformat()}（含）之间"
                f"有{-n}个工作日，倒数记为{n}"
            )
        else:
            text = f"{n}: the end comes first; {-n} working days in ({b.isoformat()}, {a.isoformat()}], negated"
    elif lang == "zh":
        text = f"{a.isoformat()}（不含）至{b.isoformat()}（含）之间有{n}个工作日"
    else:
        text = f"{n} working days in ({a.isoformat()}, {b.isoformat()}]"
    return text + _provisional_note(cal, lang, a, b)


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    cal_opts: argparse.ArgumentParser,
    lang: str,
) -> None:
    """Add `workdays is|add|between` to the command line, its messages in `lang`."""
    date_type = arg_type(parse_date, lang)
    wd = sub.add_parser(
        "workdays",
        help="按国务院节假日安排计算工作日",
        description="按国务院节假日安排（含调休）计算工作日。",
        epilog=examples(
            "govrules workdays is 2025-10-08",
            "govrules workdays add 2025/9/26 7",
            "govrules workdays between 2025-09-26 2025-10-10",
        ),
    )
    wd_sub = wd.add_subparsers(dest="action", required=True, metavar="操作", title="操作")
    p = wd_sub.add_parser(
        "is", parents=[common, cal_opts], help="某日是否工作日", epilog=examples("govrules workdays is 2025年10月11日")
    )
    p.add_argument("date", type=date_type, metavar="日期", help=DATE_HELP)
    p.set_defaults(run=_workdays_is)
    p = wd_sub.add_parser(
        "add",
        parents=[common, cal_opts],
        help="某日之后（或之前）第N个工作日",
        epilog=examples("govrules workdays add 2025-09-26 7", "govrules workdays add 2025-10-09 -3"),
    )
    p.add_argument("date", type=date_type, metavar="日期", help=DATE_HELP)
    p.add_argument("n", type=int, metavar="N", help="工作日数，负数为之前")
    p.set_defaults(run=_workdays_add)
    p = wd_sub.add_parser(
        "between",
        parents=[common, cal_opts],
        help="两日之间的工作日数（不含起日，含止日）",
        epilog=examples("govrules workdays between 2025-09-26 2025-10-10"),
    )
    p.add_argument("a", type=date_type, metavar="起日", help=DATE_HELP + "（不计入）")
    p.add_argument("b", type=date_type, metavar="止日", help=DATE_HELP + "（计入）")
    p.set_defaults(run=_workdays_between)
