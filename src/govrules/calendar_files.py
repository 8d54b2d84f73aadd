"""Reading a holiday-cn file, and the checks that it can be a State Council schedule for its year.

A holiday-cn file is `{"year": 2027, "papers": [...], "days": [{"name", "date", "isOffDay"}]}`.
`read_holiday_cn` reads one (UTF-8, with or without a BOM; UTF-16 or GBK is refused, naming the
encoding) and `incomplete` says what a whole year's schedule lacks. Every error is a
`CalendarFileError` whose `.reason` and `.facts` let `govrules.calendar_messages` say it in Chinese.
"""

from __future__ import annotations

import json
import re
from datetime import date
from os import PathLike
from pathlib import Path
from typing import Any

import attrs

from govrules.errors import CalendarFileError, EmptySchedule, ScheduleIncomplete

__all__ = ["FILE_YEARS", "HolidayFile", "incomplete", "net_days_off", "read_holiday_cn", "statutory_net"]

#: The years a file may be for: the data start in 2004; the lunar tables end in 2099.
FILE_YEARS = range(2004, 2100)

#: The most days off a year's notices have given beyond the law: 2015 (+1, 抗战胜利70周年纪念日,
#: a second notice) and 2020 (+2, 春节 extended by 国办发明电〔2020〕1号).
EXTRA_DAYS_SEEN = 2


@attrs.frozen
class HolidayFile:
    """A holiday-cn file read: its year, each listed day (True: worked), the holiday each is for, papers."""

    path: str
    year: int
    changes: dict[date, bool]
    names: dict[date, str]
    papers: tuple[str, ...]


def statutory_net(year: int) -> int:
    """Weekday days off minus weekend days worked, as the law in force for `year` fixes it.

    《全国年节及纪念日放假办法》: 1999 version 10 days (to 2007), 2007 version 11 (from 2008; the
    2013 revision moved 春节's days but kept 11), 2024 version 13 (from 2025). The real holiday-cn
    files of 2007-2026 give exactly this, except 2015 (12) and 2020 (13): see `EXTRA_DAYS_SEEN`.
    """
    return 10 if year <= 2007 else 11 if year <= 2024 else 13


def net_days_off(changes: dict[date, bool]) -> int:
    """Weekday days off minus weekend days worked, over the days listed."""
    return sum(1 for d, w in changes.items() if not w and d.weekday() < 5) - sum(
        1 for d, w in changes.items() if w and d.weekday() >= 5
    )


def _error(p: str, reason: str, message: str, year: int | None = None, **facts: object) -> CalendarFileError:
    return CalendarFileError(f"{p}: {message}", file=p, reason=reason, year=year, facts=facts)


def _decode(p: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # Notepad's UTF-8 BOM
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and b"\x00" in data[:4]):
        raise _error(p, "encoding", "is UTF-16; save it as UTF-8", encoding="UTF-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            data.decode("gbk")
            encoding = "GBK"
        except UnicodeDecodeError:
            encoding = "not UTF-8"
        raise _error(p, "encoding", f"is {encoding}; save it as UTF-8", encoding=encoding) from None


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _day(p: str, k: int, entry: Any) -> date:
    text = entry.get("date") if isinstance(entry, dict) else None
    if not isinstance(text, str):
        raise _error(p, "entry", f"day #{k} is not {{'name', 'date', 'isOffDay'}}: {entry!r}", k=k, entry=repr(entry))
    m = _ISO.fullmatch(text)
    if not m:
        raise _error(p, "date", f"day #{k}: {text!r} is not a date (YYYY-MM-DD)", k=k, text=text)
    y, mo, d = map(int, m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        why = f"no month {mo}" if not 1 <= mo <= 12 else f"month {mo} has no day {d}"
        raise _error(
            p,
            "date",
            f"day #{k}: {text} does not exist ({why})",
            k=k,
            text=text,
            month=mo,
            day=d,
        ) from None


def read_holiday_cn(path: str | PathLike[str]) -> HolidayFile:
    """Read a holiday-cn file; `CalendarFileError` naming the file (and the day) for anything wrong."""
    p = str(path)
    try:
        data = Path(p).read_bytes()
    except FileNotFoundError:
        raise _error(p, "missing", "no such file") from None
    except IsADirectoryError:
        raise _error(p, "directory", "is a directory, not a file") from None
    except OSError as e:
        raise _error(p, "unreadable", f"cannot be read: {e.strerror}", detail=str(e.strerror)) from None
    try:
        raw: Any = json.loads(_decode(p, data))
    except json.JSONDecodeError as e:
        raise _error(
            p, "json", f"is not JSON (line {e.lineno}, column {e.colno})", line=e.lineno, column=e.colno
        ) from None
    if not isinstance(raw, dict) or type(raw.get("year")) is not int or not isinstance(raw.get("days"), list):
        raise _error(p, "shape", "expected an object with an integer 'year' and a list 'days'")
    year: int = raw["year"]
    if year not in FILE_YEARS:
        raise _error(p, "range", f"is for {year}; files are for 2004-2099", year, first=2004, last=2099)
    if not raw["days"]:
        raise EmptySchedule(
            f"{p} lists no days for {year}: the State Council has not published that schedule yet,"
            f" so {year} stays uncovered",
            file=p,
            reason="empty",
            year=year,
        )
    papers = raw.get("papers", [])
    if not isinstance(papers, list) or not all(isinstance(x, str) for x in papers):
        raise _error(p, "papers", f"'papers' must be a list of addresses; got {papers!r}", year)
    changes: dict[date, bool] = {}
    names: dict[date, str] = {}
    for k, entry in enumerate(raw["days"], 1):
        d = _day(p, k, entry)
        is_off = entry.get("isOffDay")
        if not isinstance(is_off, bool):
            raise _error(
                p,
                "flag",
                f"day {d.isoformat()} (#{k}) has isOffDay={is_off!r}; expected true or false",
                year,
                day=d,
                k=k,
                value=repr(is_off),
            )
        if changes.get(d, not is_off) is is_off:
            raise _error(
                p, "both", f"day {d.isoformat()} is listed both as a day off and as a working day", year, day=d
            )
        changes[d] = not is_off
        name = entry.get("name")
        if isinstance(name, str) and name:
            names[d] = name  # a day off's holiday, or the one a working day is worked for
    return HolidayFile(p, year, changes, names, tuple(papers))


def incomplete(f: HolidayFile) -> ScheduleIncomplete | None:
    """Why the file cannot be the whole of its year's schedule, or None.

    Refused: none of its days in its year (a copied file whose "year" alone was changed); no 春节 day
    off (one between 1月20日 and 2月23日, where 除夕 to 初三 always fall) or no 国庆 (10月1日 off); net
    days off (`net_days_off`) below the law's (`statutory_net`) or more than `EXTRA_DAYS_SEEN` above.
    """
    y = f.year
    mine = {d: w for d, w in f.changes.items() if d.year == y}
    if not mine:
        elsewhere = sorted({d.year for d in f.changes})
        return ScheduleIncomplete(
            f"{f.path} is for {y} but lists no day of {y} (its days are in {', '.join(map(str, elsewhere))}):"
            ' is its "year" wrong, or its dates',
            file=f.path,
            reason="year",
            year=y,
            facts={"elsewhere": tuple(elsewhere)},
        )
    missing = []
    if not any(not w and date(y, 1, 20) <= d <= date(y, 2, 23) for d, w in mine.items()):
        missing.append("春节")
    if mine.get(date(y, 10, 1)) is not False:
        missing.append("国庆节")
    if missing:
        return ScheduleIncomplete(
            f"{f.path} is for {y} but has no {' or '.join(missing)} days off: not a whole year's schedule",
            file=f.path,
            reason="block",
            year=y,
            facts={"missing": tuple(missing)},
        )
    net, law = net_days_off(f.changes), statutory_net(y)
    if not law <= net <= law + EXTRA_DAYS_SEEN:
        return ScheduleIncomplete(
            f"{f.path} gives {net} days off net (weekday days off minus weekend days worked);"
            f" the law in force for {y} gives {law}",
            file=f.path,
            reason="net",
            year=y,
            facts={"net": net, "law": law},
        )
    return None
