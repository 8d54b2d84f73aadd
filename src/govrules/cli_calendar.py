"""`govrules calendar show|add|diff`: a year's schedule and its source, adding a published year, what it changes."""

from __future__ import annotations

import argparse
import json
import os
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from govrules import deadlines, rulesets, workdays
from govrules.audit.records import (
    CountersignRecord,
    DeadlineRecord,
    DocumentRecord,
    MeetingRecord,
    Record,
    RequestRecord,
    read_record,
)
from govrules.calendar_sources import data_dir
from govrules.errors import CalendarNotCovered, GovRulesError, InvalidInput
from govrules.model import DocumentKind
from govrules.rules import Ruleset

__all__ = ["add_parser"]

_WEEKDAYS_ZH = "一二三四五六日"


def _weekday(d: date, lang: str) -> str:
    return f"星期{_WEEKDAYS_ZH[d.weekday()]}" if lang == "zh" else d.strftime("%a")


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"not a year (YYYY): {text!r}")
    return int(text)


def _calendar_for(year: int) -> workdays.WorkdayCalendar:
    cal = workdays.china()
    return cal if year in cal.years else workdays.china(provisional=True)


def _runs(days: list[date]) -> Iterator[tuple[date, date]]:
    """Consecutive days grouped into (first, last) runs."""
    start = prev = None
    for d in days:
        if prev is not None and d == prev + timedelta(days=1):
            prev = d
            continue
        if start is not None and prev is not None:
            yield start, prev
        start = prev = d
    if start is not None and prev is not None:
        yield start, prev


def _show(args: argparse.Namespace) -> str:
    year, lang = args.year, args.lang
    cal = _calendar_for(year)
    if year not in cal.years:
        raise CalendarNotCovered(year, cal.years)
    off, work = cal.schedule(year)
    # the whole rest period of each holiday, weekends included, as the notices state it
    rest: list[date] = []
    d = date(year, 1, 1)
    while d.year == year:
        if not cal.is_workday(d) and (d in off or _next_to_holiday(cal, d)):
            rest.append(d)
        d += timedelta(days=1)
    lines = [cal.source(year).describe(lang)]
    lines.append("放假：" if lang == "zh" else "days off:")
    for first, last in _runs(rest):
        name = next((h for x in _span(first, last) if (h := cal.holiday_name(x))), None) or ""
        n = (last - first).days + 1
        if lang == "zh":
            span = first.isoformat() if first == last else f"{first.isoformat()}至{last.isoformat()}"
            lines.append(f"  {name or '—'}：{span}，共{n}天")
        else:
            span = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
            lines.append(f"  {name or '-'}: {span}, {n} day{'s' if n > 1 else ''}")
    lines.append("调休上班：" if lang == "zh" else "make-up working days:")
    lines.extend(
        f"  {w.isoformat()}（{_weekday(w, lang)}）" if lang == "zh" else f"  {w.isoformat()} ({_weekday(w, lang)})"
        for w in work
    )
    if not work:
        lines.append("  无" if lang == "zh" else "  none")
    if cal.is_provisional(year):
        lines.append(
            f"注意：{year}年为估算日程，以国务院通知为准。"
            if lang == "zh"
            else f"note: {year} is an estimate until the State Council publishes it."
        )
    return "\n".join(lines)


def _span(first: date, last: date) -> Iterator[date]:
    d = first
    while d <= last:
        yield d
        d += timedelta(days=1)


def _next_to_holiday(cal: workdays.WorkdayCalendar, d: date) -> bool:
    """A weekend rest day joined to a holiday by other rest days (2026-02-15 before 春节)."""
    for step in (timedelta(days=1), timedelta(days=-1)):
        x = d + step
        while cal.covers(x) and not cal.is_workday(x):
            if cal.holiday_name(x):
                return True
            x += step
    return False


def _check_file(path: str) -> tuple[workdays.WorkdayCalendar, int]:
    """The calendar with the file loaded onto the shipped data, and the file's year (errors name the file)."""
    base = workdays.china()
    cal = workdays.load_holiday_cn(path, base)
    year = int(json.loads(Path(path).read_text(encoding="utf-8"))["year"])
    return cal, year


def _add(args: argparse.Namespace) -> str:
    lang = args.lang
    _, year = _check_file(args.file)
    folder = data_dir() / "calendar"
    target = folder / f"{year}.json"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".json.tmp")
        shutil.copyfile(args.file, tmp)
        os.replace(tmp, target)
    except OSError as e:
        raise InvalidInput(f"cannot copy {args.file} to {target}: {e}") from e
    cal = workdays.china()
    if lang == "zh":
        return f"已添加{year}年节假日安排：{target}\n{cal.source(year).describe(lang)}"
    return f"added the {year} schedule: {target}\n{cal.source(year).describe(lang)}"


def _day_state(cal: workdays.WorkdayCalendar, d: date, lang: str) -> str:
    if cal.is_makeup_workday(d):
        return "调休上班" if lang == "zh" else "make-up working day"
    if cal.is_workday(d):
        return "工作日" if lang == "zh" else "working day"
    name = cal.holiday_name(d)
    if lang == "zh":
        return f"休息（{name}）" if name else "休息"
    return f"day off ({name})" if name else "day off"


def _deadlines_of(r: Record) -> Iterator[tuple[str, date, str | None]]:
    """The deadlines a record's dates start (rule id, anchor, variant), as the audit counts them."""
    if isinstance(r, DocumentRecord):
        if r.signed_on is not None:
            yield "printing", r.signed_on, None
        if r.printed_on is not None:
            yield "publication", r.printed_on, None
        if r.meeting_date is not None and r.kind is not DocumentKind.MINUTES:
            yield "post_meeting_issue", r.meeting_date, None
    elif isinstance(r, CountersignRecord):
        yield "countersign_reply", r.requested_on, r.variant
    elif isinstance(r, RequestRecord):
        yield "request_reply", r.received_on, None
    elif isinstance(r, MeetingRecord):
        for rule in ("minutes_draft", "minutes_issue", "agenda_materials"):
            yield rule, r.date, None
    elif isinstance(r, DeadlineRecord):
        yield r.rule, r.anchor, r.variant


def _moved(
    rs: Ruleset, log: str, before: workdays.WorkdayCalendar, after: workdays.WorkdayCalendar, lang: str
) -> list[str]:
    """Each deadline a record of the log starts whose date differs between the two calendars."""
    ids = set(deadlines.rule_ids(rs))
    out: list[str] = []
    for n, r in _read_log(log):
        for rule, anchor, variant in _deadlines_of(r):
            if rule not in ids:
                continue
            try:
                a = deadlines.due_date(rs, rule, anchor, variant=variant, calendar=before)
                b = deadlines.due_date(rs, rule, anchor, variant=variant, calendar=after)
            except GovRulesError:
                continue
            if a != b:
                where = f"第{n}行 {r.id} {rule}" if lang == "zh" else f"line {n} {r.id} {rule}"
                since = f"{anchor.isoformat()}起" if lang == "zh" else f"from {anchor.isoformat()}"
                sep = "，" if lang == "zh" else ", "
                out.append(f"  {where}{'：' if lang == 'zh' else ': '}{since}{sep}{a.isoformat()} → {b.isoformat()}")
    return out


def _read_log(log: str) -> Iterator[tuple[int, Record]]:
    """The readable records of a JSON Lines log with their line numbers (the audit reports the others)."""
    try:
        with open(log, encoding="utf-8") as f:
            for n, text in enumerate(f, 1):
                if not text.strip():
                    continue
                try:
                    yield n, read_record(json.loads(text))
                except (ValueError, GovRulesError):
                    continue
    except OSError as e:
        raise InvalidInput(f"cannot read log {log}: {e}") from e


def _diff(args: argparse.Namespace) -> str:
    lang = args.lang
    if (args.log is None) != (args.ruleset is None):
        raise InvalidInput("--log and --ruleset go together: which deadlines of that log move under that ruleset")
    _, year = _check_file(args.file)
    est = workdays.estimate(year)
    off, work = est.schedule(year)
    names = {d: n for d in off if (n := est.holiday_name(d))}
    # the calendar as it stood on the estimate, and as it stands with the published year
    base = workdays.china(provisional=True).with_schedule(year, off, work, names, provisional=True)
    published = workdays.load_holiday_cn(args.file, base)
    lines = [
        f"{year}年：国务院安排（{args.file}）与估算的差别"
        if lang == "zh"
        else f"{year}: {args.file} against the estimate"
    ]
    wrong = 0
    d = date(year, 1, 1)
    while d.year == year:
        if est.is_workday(d) != published.is_workday(d) or est.is_makeup_workday(d) != published.is_makeup_workday(d):
            wrong += 1
            a, b = _day_state(est, d, lang), _day_state(published, d, lang)
            lines.append(
                f"  {d.isoformat()}（{_weekday(d, lang)}）：估算{a}，通知{b}"
                if lang == "zh"
                else f"  {d.isoformat()} ({_weekday(d, lang)}): estimate {a}, published {b}"
            )
        d += timedelta(days=1)
    lines.append(f"共{wrong}天不同。" if lang == "zh" else f"{wrong} day{'s' if wrong != 1 else ''} differ.")
    if args.log is not None:
        rs = rulesets.load(args.ruleset)
        moved = _moved(rs, args.log, base, published, lang)
        lines.append(
            f"{args.log}中时限变动的{len(moved)}项："
            if lang == "zh"
            else f"{len(moved)} deadline(s) of {args.log} move:"
        )
        lines.extend(moved)
    return "\n".join(lines)


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    """Add `calendar show|add|diff` to the command line (`parents` brings --lang)."""
    p = subparsers.add_parser("calendar", help="a year's holiday schedule and its source; add a published year")
    sub = p.add_subparsers(dest="action", required=True)
    s = sub.add_parser("show", parents=parents, help="a year's days off, make-up working days and source")
    s.add_argument("year", type=_year)
    s.set_defaults(run=_show)
    s = sub.add_parser(
        "add", parents=parents, help="add a holiday-cn JSON file to the user's data directory (used from then on)"
    )
    s.add_argument("file", help="a holiday-cn file, e.g. 2027.json")
    s.set_defaults(run=_add)
    s = sub.add_parser("diff", parents=parents, help="each day a published schedule changes against the estimate")
    s.add_argument("file", help="a holiday-cn file, e.g. 2027.json")
    s.add_argument("--log", help="a JSON Lines log: list its deadlines that move")
    s.add_argument("--ruleset", help="the ruleset the log's deadlines are counted under")
    s.set_defaults(run=_diff)
