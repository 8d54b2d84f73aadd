"""The working-day calendar: the State Council holiday schedule (调休 included), with O(1) arithmetic.

A working day is a day the State Council schedule makes one: Monday to Friday unless it is a
holiday, plus the weekend days worked in exchange (调休上班). The data come from chinese-calendar
(2004-2026 in 1.11.0) with a small, cited table of corrections (`CORRECTIONS`), the notices behind
each year (`WorkdayCalendar.source`), and the holiday-cn files the user added. A year without data
raises `CalendarNotCovered`; see docs/calendar.md for the three ways past it (load it, estimate it,
add it). A `datetime` is taken as its date everywhere.

Every query is a few list look-ups on arrays built once per calendar: `add_workdays(d, 250)` costs
what `add_workdays(d, 1)` does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import cache
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from govrules.calendar_sources import CalendarSource, notices, user_files
from govrules.errors import CalendarNotCovered, EmptySchedule, InvalidInput, format_years
from govrules.estimate import estimate_year, statutory_schedule

__all__ = [
    "CORRECTIONS",
    "CalendarSource",
    "Correction",
    "WorkdayCalendar",
    "as_date",
    "china",
    "estimate",
    "load_holiday_cn",
    "statutory_schedule",
]

_OFF, _WORK, _UNCOVERED = 0, 1, 2


def as_date(d: date) -> date:
    """The day of `d`: a `datetime` is taken as its date, so every answer is a plain `date`."""
    if isinstance(d, datetime):
        return d.date()
    return d if type(d) is date else date(d.year, d.month, d.day)


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
    _sources: Mapping[int, CalendarSource]
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
        sources: Mapping[int, CalendarSource] | None = None,
    ) -> WorkdayCalendar:
        """Build a calendar from its schedule: covered years and the exceptions inside them.

        `sources` names where each year comes from; a year left out is an estimate when
        provisional, else a schedule the caller gave.
        """
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
        given = sources or {}
        return cls(
            MappingProxyType(dict(exceptions)),
            MappingProxyType(dict(names)),
            ys,
            prov,
            MappingProxyType({y: given.get(y) or CalendarSource(y, estimated=y in prov) for y in sorted(ys)}),
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

    def source(self, year: int) -> CalendarSource:
        """Where `year`'s schedule comes from: the State Council notice, a loaded file, or an estimate."""
        try:
            return self._sources[year]
        except KeyError:
            raise CalendarNotCovered(year, self.years, "no source for a year without a schedule") from None

    def covers(self, d: date) -> bool:
        """Whether the calendar has a schedule for the year of `d`."""
        return d.year in self._years

    def is_estimated(self, *days: date) -> bool:
        """Whether any of these days lies in a year whose schedule is an estimate."""
        return bool(self._provisional) and any(d.year in self._provisional for d in days)

    def is_workday(self, d: date) -> bool:
        """Whether `d` is a working day (调休上班 days included)."""
        return self._kind[self._index(d)] == _WORK

    def is_makeup_workday(self, d: date) -> bool:
        """Whether `d` is a weekend day worked in exchange for a holiday (调休上班)."""
        d = as_date(d)
        self._index(d)
        return d.weekday() >= 5 and self._exceptions.get(d, False)

    def holiday_name(self, d: date) -> str | None:
        """The Chinese name of the holiday `d` falls in (春节, 国庆节, ...), or None."""
        d = as_date(d)
        self._index(d)
        return self._names.get(d)

    def add_workdays(self, d: date, n: int) -> date:
        """The n-th working day after `d` (`d` not counted); n < 0 counts backwards; n = 0 gives `d`."""
        d = as_date(d)
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
            return d
        r = self._nth[k - 1]
        gapcum = self._gapcum
        if gapcum is not None and gapcum[i] != gapcum[r.toordinal() - self._base]:
            raise self._gap_between(i, r.toordinal() - self._base, self._overrun(d, n))
        return r

    def workdays_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a."""
        a, b = as_date(a), as_date(b)
        i, j = self._index(a), self._index(b)
        gapcum = self._gapcum
        if gapcum is not None and gapcum[i] != gapcum[j]:
            raise self._gap_between(min(i, j), max(i, j), f"counting from {a} to {b}")
        return self._cum[j] - self._cum[i]

    def next_workday(self, d: date) -> date:
        """The first working day on or after `d`."""
        d = as_date(d)
        return d if self.is_workday(d) else self.add_workdays(d, 1)

    def previous_workday(self, d: date) -> date:
        """The last working day on or before `d`."""
        d = as_date(d)
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
        source: CalendarSource | None = None,
    ) -> WorkdayCalendar:
        """A new calendar with `year`'s schedule set to these days; other years are unchanged."""
        off, work = frozenset(map(as_date, off_days)), frozenset(map(as_date, makeup_workdays))
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
            all_names[as_date(d)] = name
        prov = (self._provisional | {year}) if provisional else (self._provisional - {year})
        sources = {y: s for y, s in self._sources.items() if y != year}
        if source is not None:
            sources[year] = source
        return WorkdayCalendar.build(exceptions, all_names, self._years | {year}, prov, sources)

    def with_provisional_years(self, years: Iterable[int]) -> WorkdayCalendar:
        """A new calendar where each uncovered year given is estimated (see `estimate`) and flagged."""
        exceptions, names = dict(self._exceptions), dict(self._names)
        new = sorted(set(years) - self._years)
        for year in new:
            est = estimate_year(year)
            exceptions.update(dict.fromkeys(est.off_days, False))
            exceptions.update(dict.fromkeys(est.makeup_workdays, True))
            names.update({d: n for d, n in est.names.items() if d in est.off_days})
        return WorkdayCalendar.build(
            exceptions, names, self._years | set(new), self._provisional | set(new), self._sources
        )

    def _amended(
        self, changes: Mapping[date, bool], names: Mapping[date, str], sources: Mapping[int, CalendarSource]
    ) -> WorkdayCalendar:
        """A new calendar with exactly these days changed (True: worked, False: off); other days kept."""
        exceptions = dict(self._exceptions)
        all_names = dict(self._names)
        for d, work in changes.items():
            if work == (d.weekday() < 5):
                exceptions.pop(d, None)  # a working weekday or a weekend day off: no exception
            else:
                exceptions[d] = work
            if work:
                all_names.pop(d, None)
            elif d in names:
                all_names[d] = names[d]
        return WorkdayCalendar.build(
            exceptions, all_names, self._years, self._provisional, {**self._sources, **sources}
        )

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


def _base_calendar() -> WorkdayCalendar:
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
    shipped = notices()
    sources = {y: CalendarSource(y, notices=shipped.get(y, ())) for y in years}
    return WorkdayCalendar.build(exceptions, names, years, sources=sources)


@cache
def _china(provisional: bool, files: tuple[tuple[str, int, int], ...]) -> WorkdayCalendar:
    cal = _base_calendar()
    for path, _, _ in files:
        cal = load_holiday_cn(path, cal)
    if provisional:
        cal = cal.with_provisional_years(range(max(cal.years) + 1, PROVISIONAL_UNTIL + 1))
    return cal


#: The last year `china(provisional=True)` estimates (the lunar tables run to 2099).
PROVISIONAL_UNTIL = 2099


def china(provisional: bool = False) -> WorkdayCalendar:
    """The default calendar: the State Council schedule, 2004-2026, plus the files the user added.

    Files added with `govrules calendar add` (in `calendar_sources.data_dir()`) are loaded in name
    order. With `provisional=True`, the years after the data up to 2099 are estimated (see
    `estimate`) and flagged: `cal.is_provisional(2027)` is True. Built once per set of files.
    """
    return _china(provisional, user_files())


def estimate(year: int) -> WorkdayCalendar:
    """A calendar of `year` alone, estimated without the State Council's notice and flagged provisional.

    The 13 statutory days of the 2024 《全国年节及纪念日放假办法》, 补假 for those on a weekend, and
    调休 as the State Council has arranged it since the 2024 revision (`govrules.estimate` gives the
    rules; docs/calendar.md the backtest). Needs the `provisional` extra (lunardate).
    """
    est = estimate_year(year)
    return WorkdayCalendar.build(
        {**dict.fromkeys(est.off_days, False), **dict.fromkeys(est.makeup_workdays, True)},
        {d: n for d, n in est.names.items() if d in est.off_days},
        (year,),
        (year,),
    )


def load_holiday_cn(path: str | PathLike[str], calendar: WorkdayCalendar | None = None) -> WorkdayCalendar:
    """A calendar extended with a holiday-cn JSON file ({"year": 2027, "papers": [...], "days": [...]}).

    The file amends exactly the days it lists, whatever year they fall in (2019.json holds
    2018-12-29..31): `isOffDay: true` is a day off, `false` a working day (a weekday listed as
    working is redundant and accepted). The file's year becomes covered; if it was uncovered or
    estimated, its schedule is the file's alone. A listed day in another year that is not covered
    raises `CalendarNotCovered`. An empty `days` list is holiday-cn's placeholder for a year not
    published yet: `EmptySchedule`. A bad entry raises `InvalidInput` naming the file and the day;
    nothing is loaded then.
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
    papers = raw.get("papers", [])
    if not isinstance(papers, list) or not all(isinstance(x, str) for x in papers):
        raise InvalidInput(f"{p}: 'papers' must be a list of addresses; got {papers!r}")
    changes: dict[date, bool] = {}
    names: dict[date, str] = {}
    for k, entry in enumerate(raw["days"], 1):
        try:
            d = date.fromisoformat(entry["date"])
            is_off = entry["isOffDay"]
            name = entry.get("name")
        except (TypeError, KeyError, ValueError, AttributeError) as e:
            raise InvalidInput(
                f"{p}: day #{k} is not {{'name', 'date', 'isOffDay'}} with an ISO date: {entry!r}"
            ) from e
        if not isinstance(is_off, bool):
            raise InvalidInput(f"{p}: day {d.isoformat()} (#{k}) has isOffDay={is_off!r}; expected true or false")
        if changes.get(d, not is_off) is is_off:
            raise InvalidInput(f"{p}: day {d.isoformat()} is listed both as a day off and as a working day")
        changes[d] = not is_off
        if is_off and isinstance(name, str):
            names[d] = name
    for d in sorted(changes):
        if d.year != year and d.year not in cal.years:
            raise CalendarNotCovered(d.year, cal.years, f"{p} amends {d.isoformat()}; load {d.year}'s schedule first")
    shipped = cal._sources.get(year)
    kept = shipped.notices if shipped is not None and not shipped.estimated else ()
    source = CalendarSource(year, notices=kept, file=str(p), papers=tuple(papers))
    if year not in cal.years or cal.is_provisional(year):
        cal = cal.with_schedule(year, source=source)
    return cal._amended(changes, names, {year: source})
