"""The `govrules` command line: thin, every answer comes from the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date

from govrules import workdays
from govrules.errors import GovRulesError

__all__ = ["main"]

_WEEKDAYS_ZH = "一二三四五六日"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _weekday(d: date, lang: str) -> str:
    return f"星期{_WEEKDAYS_ZH[d.weekday()]}" if lang == "zh" else d.strftime("%A")


def _calendar(args: argparse.Namespace) -> workdays.WorkdayCalendar:
    cal = workdays.china(provisional=args.provisional)
    for path in args.holidays or ():
        cal = workdays.load_holiday_cn(path, cal)
    return cal


def _provisional_note(cal: workdays.WorkdayCalendar, lang: str, *days: date) -> str:
    years = sorted({d.year for d in days if cal.is_provisional(d.year)})
    if not years:
        return ""
    ys = ", ".join(map(str, years))
    return f"（{ys}年为估算日程，以国务院通知为准）" if lang == "zh" else f" (provisional: {ys} is estimated)"


def _workdays_is(args: argparse.Namespace) -> str:
    cal, d, lang = _calendar(args), args.date, args.lang
    work = cal.is_workday(d)
    name = cal.holiday_name(d)
    if lang == "zh":
        text = f"{d.isoformat()}（{_weekday(d, lang)}）" + ("是工作日" if work else "不是工作日")
        if cal.is_makeup_workday(d):
            text += "（调休上班）"
        elif name:
            text += f"（{name}）"
    else:
        text = f"{d.isoformat()} ({_weekday(d, lang)}) is " + ("a working day" if work else "not a working day")
        if cal.is_makeup_workday(d):
            text += " (make-up working day, 调休上班)"
        elif name:
            text += f" ({name})"
    return text + _provisional_note(cal, lang, d)


def _workdays_add(args: argparse.Namespace) -> str:
    cal, d, n, lang = _calendar(args), args.date, args.n, args.lang
    r = cal.add_workdays(d, n)
    if lang == "zh":
        where = f"之后第{n}个工作日" if n >= 0 else f"之前第{-n}个工作日"
        text = f"{d.isoformat()}{where}：{r.isoformat()}（{_weekday(r, lang)}）"
    else:
        where = "after" if n >= 0 else "before"
        text = f"working day {abs(n)} {where} {d.isoformat()}: {r.isoformat()} ({_weekday(r, lang)})"
    return text + _provisional_note(cal, lang, d, r)


def _workdays_between(args: argparse.Namespace) -> str:
    cal, a, b, lang = _calendar(args), args.a, args.b, args.lang
    n = cal.workdays_between(a, b)
    if lang == "zh":
        text = f"{a.isoformat()}（不含）至{b.isoformat()}（含）之间有{n}个工作日"
    else:
        text = f"{n} working days in ({a.isoformat()}, {b.isoformat()}]"
    return text + _provisional_note(cal, lang, a, b)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `govrules` command."""
    parser = argparse.ArgumentParser(
        prog="govrules",
        description="人民政府工作规则: who signs, when it is due, who may be absent — with the article.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default="zh", help="output language (default zh)")
    sub = parser.add_subparsers(dest="command", required=True)

    wd = sub.add_parser("workdays", help="working-day arithmetic on the State Council schedule")
    wd_sub = wd.add_subparsers(dest="action", required=True)
    cal_opts = argparse.ArgumentParser(add_help=False)
    cal_opts.add_argument(
        "--provisional", action="store_true", help="estimate years the State Council has not published yet"
    )
    cal_opts.add_argument(
        "--holidays", action="append", metavar="FILE", help="a holiday-cn JSON file adding a year (repeatable)"
    )
    p = wd_sub.add_parser("is", parents=[common, cal_opts], help="is DATE a working day?")
    p.add_argument("date", type=_date)
    p.set_defaults(run=_workdays_is)
    p = wd_sub.add_parser("add", parents=[common, cal_opts], help="the N-th working day after DATE")
    p.add_argument("date", type=_date)
    p.add_argument("n", type=int)
    p.set_defaults(run=_workdays_add)
    p = wd_sub.add_parser("between", parents=[common, cal_opts], help="working days in (A, B]")
    p.add_argument("a", type=_date)
    p.add_argument("b", type=_date)
    p.set_defaults(run=_workdays_between)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], str] = args.run
    try:
        print(run(args))
    except GovRulesError as e:
        print(f"govrules: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
