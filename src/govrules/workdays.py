"""The working-day calendar: the State Council holiday schedule (调休 included), with O(1) arithmetic.

A working day is a day the State Council schedule makes one: Monday to Friday unless it is a
holiday, plus the weekend days worked in exchange (调休上班). The data come from chinese-calendar
(2004-2026 in 1.11.0) with a small, cited table of corrections (`CORRECTIONS`). A year without
data raises `CalendarNotCovered`; see docs/calendar.md for the three ways past it.

Every query is a few list look-ups on arrays built once per calendar: `add_workdays(d, 250)` costs
what `add_workdays(d, 1)` does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from govrules.errors import CalendarNotCovered, EmptySchedule, InvalidInput, format_years

__all__ = [
    "CORRECTIONS",
    "Correction",
    "WorkdayCalendar",
    "china",
    "load_holiday_cn",
    "statutory_schedule",
]

_OFF, _WORK, _UNCOVERED = 0, 1, 2


@attrs.frozen
class Correction:
    """A day where our data source contradicts the State Council notice; the notice wins."""

    day: date
    is_workday: bool
    source: str


#: Days where chinese-calendar's data contradicts the State Council's own notice.
CORRECTIONS: tuple[Correction, ...] = (
    # 《国务院办公厅关于2006年部分节假日安排的通知》: 元旦 1月1日至3日放假，2005年12月31日（星期六）上班。
    # chinese-calendar 1.11.0 has the holiday but not the make-up Saturday; python-holidays has both.
    Correction(date(2005, 12, 31), True, "国务院办公厅关于2006年部分节假日安排的通知"),
)

# chinese-calendar's short names, as the notices and 《全国年节及纪念日放假办法》 name the holidays.
_FULL_NAMES = {"清明": "清明节", "端午": "端午节", "中秋": "中秋节"}


@attrs.frozen(eq=False, repr=False)
class WorkdayCalendar:
    """An immutable working-day calendar over a set of covered years.

    Build one with `china()`, then extend it with `with_schedule()` or `load_holiday_cn()`.
    """

    # The schedule itself: the exceptions to "Monday-Friday works", per covered year.
    _exceptions: Mapping[date, bool]
    _names: Mapping[date, str]
    _years: frozenset[int]
    _provisional: frozenset[int]
    # Arrays derived from the schedule, indexed by ordinal - _base.
    _base: int
    _kind: bytes
    _cum: tuple[int, ...]
    _nth: tuple[date, ...]
    _gapcum: tuple[int, ...] | None
    _size: int
    _total: int

    @classmethod
    def build(
        cls,
        exceptions: Mapping[date, bool],
        names: Mapping[date, str],
        years: Iterable[int],
        provisional: Iterable[int] = (),
    ) -> WorkdayCalendar:
        """Build a calendar from its schedule: covered years and the exceptions inside them."""
        ys = frozenset(years)
        if not ys:
            raise InvalidInput("a working-day calendar needs at least one covered year; got none")
        prov = frozenset(provisional)
        if not prov <= ys:
            raise InvalidInput(f"provisional years {sorted(prov - ys)} are not covered years")
        for d in exceptions:
            if d.year not in ys:
                raise InvalidInput(f"schedule day {d.isoformat()} lies outside the covered years")
        base = date(min(ys), 1, 1).toordinal()
        end = date(max(ys), 12, 31).toordinal()
        kind = bytearray(end - base + 1)
        cum: list[int] = []
        nth: list[date] = []
        gaps: list[int] = []
        count = gap = 0
        for i in range(end - base + 1):
            d = date.fromordinal(base + i)
            if d.year not in ys:
                k = _UNCOVERED
                gap += 1
            else:
                work = exceptions.get(d, d.weekday() < 5)
                k = _WORK if work else _OFF
                if work:
                    count += 1
                    nth.append(d)
            kind[i] = k
            cum.append(count)
            gaps.append(gap)
        return cls(
            MappingProxyType(dict(exceptions)),
            MappingProxyType(dict(names)),
            ys,
            prov,
            base,
            bytes(kind),
            tuple(cum),
            tuple(nth),
            tuple(gaps) if gap else None,
            len(kind),
            len(nth),
        )

    # -- queries ---------------------------------------------------------------------------------

    @property
    def years(self) -> tuple[int, ...]:
        """The covered years, in order."""
        return tuple(sorted(self._years))

    @property
    def provisional_years(self) -> frozenset[int]:
        """The years whose schedule is an estimate."""
        return self._provisional

    def is_provisional(self, year: int) -> bool:
        """Whether that year's schedule is an estimate rather than the State Council's notice."""
        return year in self._provisional

    def covers(self, d: date) -> bool:
        """Whether the calendar has a schedule for the year of `d`."""
        return d.year in self._years

    def is_workday(self, d: date) -> bool:
        """Whether `d` is a working day (调休上班 days included)."""
        return self._kind[self._index(d)] == _WORK

    def is_makeup_workday(self, d: date) -> bool:
        """Whether `d` is a weekend day worked in exchange for a holiday (调休上班)."""
        self._index(d)
        return d.weekday() >= 5 and self._exceptions.get(d, False)

    def holiday_name(self, d: date) -> str | None:
        """The Chinese name of the holiday `d` falls in (春节, 国庆节, ...), or None."""
        self._index(d)
        return self._names.get(d)

    def add_workdays(self, d: date, n: int) -> date:
        """The n-th working day after `d` (`d` not counted); n < 0 counts backwards; n = 0 gives `d`."""
        i = d.toordinal() - self._base
        kind = self._kind
        if not 0 <= i < self._size or kind[i] == _UNCOVERED:
            raise self._not_covered(d)
        if n > 0:
            k = self._cum[i] + n
            if k > self._total:
                raise CalendarNotCovered(max(self._years) + 1, self.years, self._overrun(d, n))
        elif n < 0:
            k = self._cum[i] - (kind[i] == _WORK) + n + 1
            if k < 1:
                raise CalendarNotCovered(min(self._years) - 1, self.years, self._overrun(d, n))
        else:
            return d if type(d) is date else date(d.year, d.month, d.day)
        r = self._nth[k - 1]
        gapcum = self._gapcum
        if gapcum is not None and gapcum[i] != gapcum[r.toordinal() - self._base]:
            raise self._gap_between(i, r.toordinal() - self._base, self._overrun(d, n))
        return r

    def workdays_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a."""
        i, j = self._index(a), self._index(b)
        gapcum = self._gapcum
        if gapcum is not None and gapcum[i] != gapcum[j]:
            raise self._gap_between(min(i, j), max(i, j), f"counting from {a} to {b}")
        return self._cum[j] - self._cum[i]

    def next_workday(self, d: date) -> date:
        """The first working day on or after `d`."""
        return d if self.is_workday(d) else self.add_workdays(d, 1)

    def previous_workday(self, d: date) -> date:
        """The last working day on or before `d`."""
        return d if self.is_workday(d) else self.add_workdays(d, -1)

    def schedule(self, year: int) -> tuple[tuple[date, ...], tuple[date, ...]]:
        """The State Council schedule of a covered year: (off days, make-up working days)."""
        if year not in self._years:
            raise CalendarNotCovered(year, self.years)
        days = sorted(d for d in self._exceptions if d.year == year)
        return (
            tuple(d for d in days if not self._exceptions[d]),
            tuple(d for d in days if self._exceptions[d]),
        )

    # -- extending -------------------------------------------------------------------------------

    def with_schedule(
        self,
        year: int,
        off_days: Iterable[date] = (),
        makeup_workdays: Iterable[date] = (),
        names: Mapping[date, str] | None = None,
        *,
        provisional: bool = False,
    ) -> WorkdayCalendar:
        """A new calendar with `year`'s schedule set to these days; other years are unchanged."""
        off, work = frozenset(off_days), frozenset(makeup_workdays)
        for d in sorted(off | work):
            if d.year != year:
                raise InvalidInput(f"day {d.isoformat()} is not in {year}, the year being scheduled")
        both = off & work
        if both:
            raise InvalidInput(f"day {min(both).isoformat()} is given both as a day off and as a working day")
        for d in sorted(work):
            if d.weekday() < 5:
                raise InvalidInput(
                    f"make-up working day {d.isoformat()} is a {d.strftime('%A')}, already a working day"
                )
        exceptions = {d: w for d, w in self._exceptions.items() if d.year != year}
        exceptions.update(dict.fromkeys(off, False))
        exceptions.update(dict.fromkeys(work, True))
        all_names = {d: n for d, n in self._names.items() if d.year != year}
        for d, name in (names or {}).items():
            if d.year != year:
                raise InvalidInput(f"named day {d.isoformat()} is not in {year}, the year being scheduled")
            all_names[d] = name
        prov = (self._provisional | {year}) if provisional else (self._provisional - {year})
        return WorkdayCalendar.build(exceptions, all_names, self._years | {year}, prov)

    def with_provisional_years(self, years: Iterable[int]) -> WorkdayCalendar:
        """A new calendar where each uncovered year given is estimated from the statutory holidays."""
        exceptions, names = dict(self._exceptions), dict(self._names)
        new = sorted(set(years) - self._years)
        for year in new:
            off, year_names = statutory_schedule(year)
            exceptions.update(dict.fromkeys(off, False))
            names.update(year_names)
        return WorkdayCalendar.build(exceptions, names, self._years | set(new), self._provisional | set(new))

    # -- internals -------------------------------------------------------------------------------

    def _index(self, d: date) -> int:
        i = d.toordinal() - self._base
        if not 0 <= i < self._size or self._kind[i] == _UNCOVERED:
            raise self._not_covered(d)
        return i

    def _not_covered(self, d: date) -> CalendarNotCovered:
        return CalendarNotCovered(d.year, self.years, f"asked about {d.isoformat()}")

    def _overrun(self, d: date, n: int) -> str:
        return f"counting {n} working days from {d.isoformat()} runs past the covered years"

    def _gap_between(self, i: int, j: int, detail: str) -> CalendarNotCovered:
        lo, hi = sorted((i, j))
        year = next(date.fromordinal(self._base + k).year for k in range(lo, hi + 1) if self._kind[k] == _UNCOVERED)
        return CalendarNotCovered(year, self.years, detail)

    def __repr__(self) -> str:
        prov = f", provisional: {format_years(tuple(self._provisional))}" if self._provisional else ""
        return f"WorkdayCalendar(covered: {format_years(self.years)}{prov})"


@cache
def _china(provisional: bool) -> WorkdayCalendar:
    from chinese_calendar.constants import Holiday
    from chinese_calendar.constants import holidays as cc_holidays
    from chinese_calendar.constants import workdays as cc_workdays

    exceptions: dict[date, bool] = {}
    names: dict[date, str] = {}
    for d, value in cc_holidays.items():
        exceptions[d] = False
        short = Holiday(value).chinese
        names[d] = _FULL_NAMES.get(short, short)
    for d in cc_workdays:
        exceptions[d] = True
    for c in CORRECTIONS:
        exceptions[c.day] = c.is_workday
        if c.is_workday:
            names.pop(c.day, None)
    years = range(min(cc_holidays).year, max(cc_holidays).year + 1)
    cal = WorkdayCalendar.build(exceptions, names, years)
    if provisional:
        cal = cal.with_provisional_years(range(max(years) + 1, PROVISIONAL_UNTIL + 1))
    return cal


#: The last year `china(provisional=True)` estimates (the lunar tables run to 2099).
PROVISIONAL_UNTIL = 2099


def china(provisional: bool = False) -> WorkdayCalendar:
    """The default calendar: the State Council schedule, 2004-2026 (built once).

    With `provisional=True`, the years after the data up to 2099 are estimated from the statutory
    holidays (see `statutory_schedule`) and flagged: `cal.is_provisional(2027)` is True.
    """
    return _china(provisional)


def statutory_schedule(year: int) -> tuple[frozenset[date], dict[date, str]]:
    """Estimate a year's days off from 《全国年节及纪念日放假办法》 (2024): no 调休, only 补假.

    第二条: 元旦 1 day (1月1日), 春节 4 days (农历除夕、正月初一至初三), 清明节 1 day (清明 solar term),
    劳动节 2 days (5月1日、2日), 端午节 1 day (农历端午当日), 中秋节 1 day (农历中秋当日),
    国庆节 3 days (10月1日至3日). 第六条: a holiday falling on a weekend is made up on a working day
    (补假), here the next weekday not already off. Make-up weekend working days (调休) are set by the
    State Council each year and cannot be estimated; there are none here. Needs the `provisional` extra
    (lunardate) for the lunar holidays.
    """
    try:
        from lunardate import LunarDate
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise InvalidInput(
            "estimating a provisional year needs the lunar calendar package: pip install 'govrules[provisional]'"
        ) from e
    import chinese_calendar

    def lunar(month: int, day: int) -> date:
        solar: date = LunarDate(year, month, day).to_solar_date()
        return solar

    try:
        new_year = lunar(1, 1)
        dragon_boat, mid_autumn = lunar(5, 5), lunar(8, 15)
    except ValueError as e:
        raise InvalidInput(f"cannot estimate {year}: no lunar calendar data for it ({e})") from e
    qingming = next(
        d for d, name in chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 30)) if name == "清明"
    )
    holidays: dict[date, str] = {date(year, 1, 1): "元旦"}
    for k in range(-1, 3):
        holidays[new_year + timedelta(k)] = "春节"
    holidays[qingming] = "清明节"
    holidays[date(year, 5, 1)] = holidays[date(year, 5, 2)] = "劳动节"
    holidays[dragon_boat] = "端午节"
    holidays[mid_autumn] = "中秋节"
    for k in range(1, 4):
        holidays[date(year, 10, k)] = "国庆节"
    names = {d: n for d, n in holidays.items() if d.year == year}
    off = set(names)
    for d in sorted(holidays):
        if d.weekday() >= 5 and d.year == year:
            extra = d + timedelta(1)
            while extra.weekday() >= 5 or extra in off:
                extra += timedelta(1)
            if extra.year == year:
                off.add(extra)
                names[extra] = holidays[d]
    return frozenset(off), names


def load_holiday_cn(path: str | PathLike[str], calendar: WorkdayCalendar | None = None) -> WorkdayCalendar:
    """A calendar extended with a holiday-cn JSON file ({"year": 2027, "days": [...]}).

    Only exceptions are listed: `isOffDay: true` is a day off, `false` a make-up working day.
    Files are keyed by the notice's year, so a December day may sit in next year's file: such a day
    amends its own year, which must then be covered already. An empty `days` list is not a schedule
    (the holiday-cn project keeps empty placeholders for unpublished years): `EmptySchedule`.
    """
    cal = calendar if calendar is not None else china()
    p = Path(path)
    try:
        raw: Any = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InvalidInput(f"cannot read holiday-cn file {p}: {e}") from e
    if not isinstance(raw, dict) or not isinstance(raw.get("year"), int) or not isinstance(raw.get("days"), list):
        raise InvalidInput(f"{p}: expected an object with an integer 'year' and a list 'days'")
    year: int = raw["year"]
    if not raw["days"]:
        raise EmptySchedule(
            f"{p} lists no days for {year}: the State Council has not published that schedule yet,"
            f" so {year} stays uncovered"
        )
    by_year: dict[int, tuple[set[date], set[date], dict[date, str]]] = {}
    for k, entry in enumerate(raw["days"], 1):
        try:
            d = date.fromisoformat(entry["date"])
            is_off = entry["isOffDay"]
            name = entry.get("name")
        except (TypeError, KeyError, ValueError) as e:
            raise InvalidInput(f"{p}: day #{k} is not {{'name', 'date', 'isOffDay'}}: {entry!r}") from e
        if not isinstance(is_off, bool):
            raise InvalidInput(f"{p}: day #{k} ({d}) has isOffDay={is_off!r}; expected true or false")
        off, work, names = by_year.setdefault(d.year, (set(), set(), {}))
        (off if is_off else work).add(d)
        if is_off and isinstance(name, str):
            names[d] = name
    for other in sorted(set(by_year) - {year}):
        if other not in cal.years:
            raise CalendarNotCovered(other, cal.years, f"{p} amends days of {other}; load {other}'s schedule first")
        old_off, old_work = cal.schedule(other)
        off, work, names = by_year[other]
        merged_off = (set(old_off) - work) | off
        merged_work = (set(old_work) - off) | work
        old_names = {d: name for d in old_off if (name := cal.holiday_name(d)) is not None}
        kept_names = {d: n for d, n in {**old_names, **names}.items() if d in merged_off}
        cal = cal.with_schedule(other, merged_off, merged_work, kept_names, provisional=cal.is_provisional(other))
    off, work, names = by_year.get(year, (set(), set(), {}))
    return cal.with_schedule(year, off, work, names)
