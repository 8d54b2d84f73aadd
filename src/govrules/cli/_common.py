"""What several commands share: the ruleset and calendar their options name, weekdays, examples, one-line errors.

Light to import: the library is imported inside each function, so that a command loads only what it uses.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govrules.rules import Ruleset
    from govrules.workdays import WorkdayCalendar

__all__ = [
    "DATE_HELP",
    "RULESET_HELP",
    "calendar_of",
    "examples",
    "one_line",
    "role_list",
    "ruleset_of",
    "say_forced",
    "weekday",
    "with_files",
]

RULESET_HELP = "规则集：编号（xifeng-2022）或政府名称（西丰县、西丰）；govrules rulesets 列出全部"
DATE_HELP = "日期：2025-09-26、2025/9/26 或 2025年9月26日"

_WEEKDAYS_ZH = "一二三四五六日"


def weekday(d: date, lang: str) -> str:
    return f"星期{_WEEKDAYS_ZH[d.weekday()]}" if lang == "zh" else d.strftime("%A")


def calendar_of(args: argparse.Namespace) -> WorkdayCalendar:
    """The working-day calendar the options ask for: `--provisional`, each `--holidays FILE` (`--force`)."""
    from govrules import workdays

    return with_files(workdays.china(provisional=args.provisional), args.holidays, args.force, args.lang)


def with_files(cal: WorkdayCalendar, paths: list[str] | None, force: bool, lang: str) -> WorkdayCalendar:
    """The calendar with each `--holidays FILE` loaded; a file loaded by `--force` despite a check says so on stderr."""
    from govrules import workdays
    from govrules.errors import CalendarFileWarning

    for path in paths or ():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CalendarFileWarning)
            cal = workdays.load_holiday_cn(path, cal, force=force)
        say_forced(caught, lang)
    return cal


def say_forced(caught: list[warnings.WarningMessage], lang: str) -> None:
    """Say on stderr each calendar file that `--force` loaded despite a failed check."""
    from govrules.calendar_messages import render
    from govrules.errors import CalendarFileWarning

    for w in caught:
        if isinstance(w.message, CalendarFileWarning):
            head = "govrules: 注意：已按 --force 载入，" if lang == "zh" else "govrules: warning: loaded by --force: "
            print(head + render(w.message.error, lang, forced=True), file=sys.stderr)


def ruleset_of(args: argparse.Namespace) -> Ruleset:
    """The ruleset the command names (its id, as `main` resolved it)."""
    from govrules import rulesets

    return rulesets.load(args.ruleset)


def role_list(rs: Ruleset, roles: tuple[object, ...], lang: str) -> str:
    from govrules.model import Role

    names = [rs.name(r) if lang == "zh" else r.name for r in roles if isinstance(r, Role)]
    return "、".join(names) if lang == "zh" else ", ".join(names)


def examples(*lines: str) -> str:
    return "示例 / examples:\n" + "\n".join(f"  {line}" for line in lines)


def one_line(text: str) -> str:
    """An error message on one line, its control characters escaped and its length bounded."""
    from govrules.audit.report import clean_text

    text = clean_text(text)
    return text if len(text) <= 2000 else text[:2000] + "…"
