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

import contextlib
import warnings
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import cache
from itertools import accumulate, compress
from os import PathLike
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from govrules.calendar_sources import Amendment, CalendarSource, notices, user_files
from govrules.errors import (
    BrokenCalendarFile,
    CalendarFileError,
    CalendarFileWarning,
    CalendarNotCovered,
    GovRulesError,
    InvalidInput,
    expect,
    format_years,
)

if TYPE_CHECKING:
    from govrules.estimate import statutory_schedule

__all__ = [
    "CORRECTIONS",
    "CalendarSource",
    "Correction",
    "WorkdayCalendar",
    "as_date",
    "china",
    "china_without_file",
    "estimate",
    "load_holiday_cn",
    "shipped_years",
    "statutory_schedule",
    "user_file_year",
]


def __getattr__(name: str) -> Any:
    """`statutory_schedule`, of `govrules.estimate`, loaded on first use (a calendar of published years needs none)."""
    if name == "statutory_schedule":
        from govrules.estimate import statutory_schedule

        return statutory_schedule
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_OFF, _WORK, _UNCOVERED = 0, 1, 2
#: A week's kinds from Monday; tables of `bytes.translate` marking the days worked and the days uncovered with 1.
_WEEK = bytes((_WORK, _WORK, _WORK, _WORK, _WORK, _OFF, _OFF))
_WORKED = bytes(int(k == _WORK) for k in range(256))
_GAP = bytes(int(k == _UNCOVERED) for k in range(256))


def as_date(d: date, what: str = "day") -> date:
    """The day of `d`: a `datetime` is taken as its date, so every answer is a plain `date`.

    Anything but a date (a str, a number) raises `InvalidInput` naming it as `what`.
    """
    if isinstance(d, datetime):
        return d.date()
    if type(d) is date:
        return d
    expect(d, date, what)
    return date(d.year, d.month, d.day)


def _wrong(what: str, kind: str, value: object) -> InvalidInput:
    """The error for a value of the wrong type, worded as `errors.expect` words it."""
    shown = repr(value)
    shown = shown if len(shown) <= 200 else shown[:200] + "…"
    return InvalidInput(f"{what} must be {kind}; got {type(value).__name__} {shown}")


def _count(n: object) -> InvalidInput:
    """The error for a count of working days that is not an int (2.5, "2", None, NaN)."""
    return _wrong("the number of working days", "an int", n)


def _many(values: object, what: str, kind: str) -> tuple[Any, ...]:
    """The items of an iterable argument (a str, a date or a number is not one of several)."""
    if isinstance(values, (str, bytes, date)) or not isinstance(values, Iterable):
        raise _wrong(what, kind, values)
    return tuple(values)


def _days(values: object, what: str) -> frozenset[date]:
    return frozenset(as_date(d, what) for d in _many(values, f"{what}s", "an iterable of dates"))


def _check_year(year: object) -> None:
    """Raise `InvalidInput` unless `year` is an int (a bool is not a year)."""
    if type(year) is not int and (isinstance(year, bool) or not isinstance(year, int)):
        raise _wrong("year", "an int", year)


@attrs.frozen
class Correction:
    """A day where our data source contradicts the State Council notice; the notice wins."""

    day: date
    is_workday: bool
    source: str
    #: The holiday the day is off for, or worked in exchange for.
    holiday: str | None = None


#: Days where chinese-calendar's data contradicts the State Council's own notice.
CORRECTIONS: tuple[Correction, ...] = (
    # 《国务院办公厅关于2006年部分节假日安排的通知》: 元旦 1月1日至3日放假，2005年12月31日（星期六）上班。
    # chinese-calendar 1.11.0 has the holiday but not the make-up Saturday; python-holidays has both.
    Correction(date(2005, 12, 31), True, "国务院办公厅关于2006年部分节假日安排的通知", "元旦"),
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
    # Years whose user-added file cannot be loaded: asking about them raises BrokenCalendarFile.
    _broken: Mapping[int, GovRulesError] = attrs.field(factory=lambda: MappingProxyType({}))

    @classmethod
    def build(
        cls,
        exceptions: Mapping[date, bool],
        names: Mapping[date, str],
        years: Iterable[int],
        provisional: Iterable[int] = (),
        sources: Mapping[int, CalendarSource] | None = None,
        broken: Mapping[int, GovRulesError] | None = None,
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
        # Monday to Friday worked (ordinal 1, 0001-01-01, was a Monday), a year without a schedule uncovered,
        # then the schedule's exceptions: one pass in C over each array rather than a Python loop over the days
        week = _WEEK[(base - 1) % 7 :] + _WEEK[: (base - 1) % 7]
        kind = bytearray(week * ((end - base) // 7 + 1))[: end - base + 1]
        for year in range(min(ys), max(ys) + 1):
            if year not in ys:
                lo, hi = date(year, 1, 1).toordinal() - base, date(year, 12, 31).toordinal() - base + 1
                kind[lo:hi] = bytes((_UNCOVERED,)) * (hi - lo)
        for d, work in exceptions.items():
            if not isinstance(d, datetime):  # a datetime is equal to no day of the calendar
                kind[d.toordinal() - base] = _WORK if work else _OFF
        worked = kind.translate(_WORKED)
        cum = tuple(accumulate(worked))
        nth = tuple(map(date.fromordinal, compress(range(base, end + 1), worked)))
        gap = _UNCOVERED in kind
        given = sources or {}
        return cls(
            MappingProxyType(dict(exceptions)),
            MappingProxyType(dict(names)),
            ys,
            prov,
            MappingProxyType({y: given.get(y) or CalendarSource(y, estimated=y in prov) for y in sorted(ys)}),
            base,
            bytes(kind),
            cum,
            nth,
            tuple(accumulate(kind.translate(_GAP))) if gap else None,
            len(kind),
            len(nth),
            MappingProxyType({y: e for y, e in (broken or {}).items() if y not in ys}),
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

    @property
    def broken(self) -> Mapping[int, GovRulesError]:
        """The years whose user-added file cannot be loaded, each with the file's error."""
        return self._broken

    def is_provisional(self, year: int) -> bool:
        """Whether that year's schedule is an estimate rather than the State Council's notice."""
        with contextlib.suppress(TypeError):  # an unhashable year: said below
            if year in self._provisional:
                return True
        _check_year(year)
        return False

    def source(self, year: int) -> CalendarSource:
        """Where `year`'s schedule comes from: the State Council notice, a loaded file, or an estimate."""
        try:
            return self._sources[year]
        except (KeyError, TypeError):
            _check_year(year)
            raise self._uncovered(year, "no source for a year without a schedule") from None

    def changed_by(self, d: date) -> str | None:
        """The user's file that changed `d` from what the State Council's notice set (the last one to), or None.

        `source(d.year)` says where the year comes from; this says it for the day (2026-12-31 under a
        2027 file that makes it a day off: that file; 2026-06-01 under the same file: None).
        """
        d = as_date(d)
        file = None
        for a in self.source(d.year).amendments:
            if any(day == d for day, _ in a.days):
                file = a.file
        return file

    def covers(self, d: date) -> bool:
        """Whether the calendar has a schedule for the year of `d`."""
        try:
            return d.year in self._years
        except AttributeError:
            raise _wrong("day", "a date", d) from None

    def is_estimated(self, *days: date) -> bool:
        """Whether any of these days lies in a year whose schedule is an estimate."""
        for d in days:
            if not isinstance(d, date):
                raise _wrong("day", "a date", d)
        return bool(self._provisional) and any(d.year in self._provisional for d in days)

    def spans_estimate(self, a: date, b: date) -> bool:
        """Whether any day from `a` to `b` (either order) lies in a year whose schedule is an estimate."""
        lo, hi = sorted((as_date(a).year, as_date(b).year))
        return bool(self._provisional) and any(y in self._provisional for y in range(lo, hi + 1))

    def is_workday(self, d: date) -> bool:
        """Whether `d` is a working day (调休上班 days included)."""
        try:
            i = d.toordinal() - self._base  # `_index` in line: this is asked of nearly every day counted
        except AttributeError:  # not a date: said only when it happens
            raise _wrong("day", "a date", d) from None
        if 0 <= i < self._size and (kind := self._kind[i]) != _UNCOVERED:
            return kind == _WORK
        raise self._not_covered(d)

    def is_makeup_workday(self, d: date) -> bool:
        """Whether `d` is a weekend day worked in exchange for a holiday (调休上班)."""
        d = as_date(d)
        self._index(d)
        return d.weekday() >= 5 and self._exceptions.get(d, False)

    def holiday_name(self, d: date) -> str | None:
        """The Chinese name of the holiday `d` falls in (春节, 国庆节, ...), or None (a working day: None)."""
        d = as_date(d)
        return None if self._kind[self._index(d)] == _WORK else self._names.get(d)

    def makeup_for(self, d: date) -> str | None:
        """The holiday a make-up working day is worked for (2026-02-14: 春节), or None for any other day."""
        d = as_date(d)
        return self._names.get(d) if self.is_makeup_workday(d) else None

    def add_workdays(self, d: date, n: int) -> date:
        """The n-th working day after `d` (`d` not counted); n < 0 counts backwards; n = 0 gives `d`."""
        if type(d) is not date:  # as_date called only when there is something to do: most days are dates
            d = as_date(d)
        i = d.toordinal() - self._base
        kind = self._kind
        if not 0 <= i < self._size or kind[i] == _UNCOVERED:
            raise self._not_covered(d)
        try:  # n's type is checked only when it fails (a float, a str, None): ints are the common path
            if n > 0:
                k = self._cum[i] + n
                if k > self._total:
                    raise self._overrun(d, n)
            elif n < 0:
                k = self._cum[i] - (kind[i] == _WORK) + n + 1
                if k < 1:
                    raise self._overrun(d, n)
            elif n == 0 and isinstance(n, int):
                return d
            else:  # NaN, 0.0
                raise _count(n)
            r = self._nth[k - 1]
        except TypeError:
            raise _count(n) from None
        gapcum = self._gapcum
        if gapcum is not None and gapcum[i] != gapcum[r.toordinal() - self._base]:
            raise self._overrun(d, n)
        return r

    def workdays_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a."""
        a, b = as_date(a), as_date(b)
        i, j = self._index(a), self._index(b)
        gapcum = self._gapcum
        if gapcum is not None and gapcum[i] != gapcum[j]:
            raise self._gap_between(min(i, j), max(i, j), f"counting from {a} to {b}", a)
        return self._cum[j] - self._cum[i]

    def next_workday(self, d: date) -> date:
        """The first working day on or after `d`."""
        if type(d) is not date:
            d = as_date(d)
        i = d.toordinal() - self._base  # `is_workday` in line: asked of every deadline counted in days or months
        if 0 <= i < self._size and self._kind[i] == _WORK:
            return d
        return self.add_workdays(d, 1)  # a rest day, or a day not covered (refused there, as `is_workday` does)

    def previous_workday(self, d: date) -> date:
        """The last working day on or before `d`."""
        if type(d) is not date:
            d = as_date(d)
        i = d.toordinal() - self._base  # `is_workday` in line (see `next_workday`)
        if 0 <= i < self._size and self._kind[i] == _WORK:
            return d
        return self.add_workdays(d, -1)

    def schedule(self, year: int) -> tuple[tuple[date, ...], tuple[date, ...]]:
        """The State Council schedule of a covered year: (off days, make-up working days)."""
        _check_year(year)
        if year not in self._years:
            raise self._uncovered(year)
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
        _check_year(year)
        off, work = _days(off_days, "off day"), _days(makeup_workdays, "make-up working day")
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
        if names is not None and not isinstance(names, Mapping):
            raise _wrong("names", "a mapping of dates to names", names)
        for d, name in (names or {}).items():
            d = as_date(d, "named day")
            if d.year != year:
                raise InvalidInput(f"named day {d.isoformat()} is not in {year}, the year being scheduled")
            all_names[as_date(d)] = name
        prov = (self._provisional | {year}) if provisional else (self._provisional - {year})
        sources = {y: s for y, s in self._sources.items() if y != year}
        if source is not None:
            sources[year] = source
        return WorkdayCalendar.build(exceptions, all_names, self._years | {year}, prov, sources, self._broken)

    def with_provisional_years(self, years: Iterable[int]) -> WorkdayCalendar:
        """A new calendar where each uncovered year given is estimated (see `estimate`) and flagged."""
        exceptions, names = dict(self._exceptions), dict(self._names)
        given = _many(years, "years", "an iterable of years")
        for y in given:
            _check_year(y)
        new = sorted(set(given) - self._years)
        from govrules.estimate import estimate_year  # here: only an estimate needs the lunar calendar's rules

        for year in new:
            est = estimate_year(year)
            exceptions.update(dict.fromkeys(est.off_days, False))
            exceptions.update(dict.fromkeys(est.makeup_workdays, True))
            names.update(est.names)
        return WorkdayCalendar.build(
            exceptions, names, self._years | set(new), self._provisional | set(new), self._sources, self._broken
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
            if work and not (d.weekday() >= 5 and d in names):
                all_names.pop(d, None)  # a working day, named only when it is worked for a holiday
            elif d in names:
                all_names[d] = names[d]
        return WorkdayCalendar.build(
            exceptions, all_names, self._years, self._provisional, {**self._sources, **sources}, self._broken
        )

    def _without(self, broken: Mapping[int, GovRulesError]) -> WorkdayCalendar:
        """A new calendar where these years have no schedule: asking about one raises its error."""
        years = self._years - set(broken)
        return WorkdayCalendar.build(
            {d: w for d, w in self._exceptions.items() if d.year in years},
            {d: n for d, n in self._names.items() if d.year in years},
            years,
            self._provisional & years,
            {y: s for y, s in self._sources.items() if y in years},
            {**self._broken, **broken},
        )

    # -- internals -------------------------------------------------------------------------------

    def _index(self, d: date) -> int:
        i = d.toordinal() - self._base
        if not 0 <= i < self._size or self._kind[i] == _UNCOVERED:
            raise self._not_covered(d)
        return i

    def not_covered(self, year: int, detail: str = "", **data: date | int | None) -> CalendarNotCovered:
        """The error for a year this calendar has no schedule for, with what it does have (published and
        estimated years), so that it can be said in Chinese or English (`calendar_messages.render`)."""
        _check_year(year)
        return self._uncovered(year, detail, **data)

    def _uncovered(self, year: int, detail: str = "", **data: date | int | None) -> CalendarNotCovered:
        if year in self._broken:
            return BrokenCalendarFile(year, self._broken[year])
        est = tuple(sorted(self._provisional))
        return CalendarNotCovered(year, self.years, detail, estimated=est, **data)  # type: ignore[arg-type]

    def _not_covered(self, d: date) -> CalendarNotCovered:
        return self._uncovered(d.year, f"asked about {d.isoformat()}", day=d)

    def _overrun(self, d: date, n: int) -> CalendarNotCovered:
        """Counting n working days from d needs a year without a schedule: the first one on the way."""
        step = 1 if n > 0 else -1
        year = d.year + step
        while year in self._years:
            year += step
        detail = f"counting {n} working days from {d.isoformat()} reaches {year}, which has no schedule"
        return self._uncovered(year, detail, start=d, count=n)

    def _gap_between(self, i: int, j: int, detail: str, start: date) -> CalendarNotCovered:
        lo, hi = sorted((i, j))
        year = next(date.fromordinal(self._base + k).year for k in range(lo, hi + 1) if self._kind[k] == _UNCOVERED)
        return self._uncovered(year, detail, start=start)

    def __repr__(self) -> str:
        prov = f", provisional: {format_years(tuple(self._provisional))}" if self._provisional else ""
        return f"WorkdayCalendar(covered: {format_years(self.years)}{prov})"


def _base_calendar() -> WorkdayCalendar:
    from chinese_calendar.constants import Holiday
    from chinese_calendar.constants import holidays as cc_holidays
    from chinese_calendar.constants import workdays as cc_workdays

    exceptions: dict[date, bool] = {}
    names: dict[date, str] = {}
    named: dict[object, str] = {}  # each holiday's full name, worked out once (not once for each of 700 days)

    def full_name(value: object) -> str:
        name = named.get(value)
        if name is None:
            short = Holiday(value).chinese
            name = named[value] = _FULL_NAMES.get(short, short)
        return name

    for d, value in cc_holidays.items():
        exceptions[d] = False
        names[d] = full_name(value)
    for d, value in cc_workdays.items():
        exceptions[d] = True
        names[d] = full_name(value)  # the holiday the day is worked for
    for c in CORRECTIONS:
        exceptions[c.day] = c.is_workday
        if c.holiday is not None:
            names[c.day] = c.holiday
    years = range(min(cc_holidays).year, max(cc_holidays).year + 1)
    shipped = notices()
    sources = {y: CalendarSource(y, notices=shipped.get(y, ())) for y in years}
    return WorkdayCalendar.build(exceptions, names, years, sources=sources)


#: The last year `china(provisional=True)` estimates (the lunar tables run to 2099).
PROVISIONAL_UNTIL = 2099


@cache
def _china(provisional: bool, files: tuple[tuple[str, int, int], ...]) -> WorkdayCalendar:
    cal = shipped = _base_calendar_cached()
    broken: dict[int, GovRulesError] = {}
    for path, _, _ in files:
        year, forced = user_file_year(path)
        if year is None:
            continue  # not a file `calendar add` writes (YYYY.json, YYYY.forced.json): ignored
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", CalendarFileWarning)
                loaded = load_holiday_cn(path, cal, force=forced)
            if year not in loaded.years or loaded.source(year).file != path:
                raise CalendarFileError(
                    f'{path}: the file\'s name says {year}, its "year" another year',
                    file=path,
                    reason="name",
                    year=year,
                )
            cal = loaded
        except GovRulesError as e:
            broken[year] = e
    if broken:
        cal = cal._without(broken)
    if provisional:
        gaps = set(range(max(shipped.years) + 1, PROVISIONAL_UNTIL + 1)) - set(cal.years) - set(broken)
        cal = cal.with_provisional_years(gaps)
    return cal


def shipped_years() -> tuple[int, ...]:
    """The years govrules ships the State Council's schedule for (2004-2026)."""
    return _base_calendar_cached().years


@cache
def _base_calendar_cached() -> WorkdayCalendar:
    return _base_calendar()


def china_without_file(year: int, provisional: bool = False) -> WorkdayCalendar:
    """`china()` as it would be without the user's file for `year` (what `calendar add` compares against)."""
    return _china(provisional, tuple(f for f in user_files() if user_file_year(f[0])[0] != year))


def user_file_year(path: str) -> tuple[int | None, bool]:
    """The year a file in the user's calendar folder is for (from its name), and whether it was forced.

    `govrules calendar add` writes `2027.json`, or `2027.forced.json` when added with `--force` (loaded
    then without the completeness checks); any other name is not loaded.
    """
    from pathlib import Path

    name = Path(path).name
    stem, forced = (
        (name.removesuffix(".forced.json"), True)
        if name.endswith(".forced.json")
        else (name.removesuffix(".json"), False)
    )
    return (int(stem), forced) if len(stem) == 4 and stem.isdigit() else (None, False)


def china(provisional: bool = False) -> WorkdayCalendar:
    """The default calendar: the State Council schedule, 2004-2026, plus the files the user added.

    Files added with `govrules calendar add` (in `calendar_sources.data_dir()`) are loaded in name
    order; one that cannot be loaded leaves its year without a schedule (asking about it raises
    `BrokenCalendarFile`, which says how to remove it) and every other year as it is. With
    `provisional=True`, every year after the shipped data up to 2099 that no file covers is
    estimated (see `estimate`) and flagged: `cal.is_provisional(2027)` is True. Built once per set
    of files (their names, sizes and modification times).
    """
    files = user_files()
    if files:
        return _china(provisional, files)
    cal = _WITHOUT_FILES.get(provisional)  # no file (the common case): `_china(provisional, ())`, one lookup
    if cal is None:
        cal = _WITHOUT_FILES.setdefault(provisional, _china(provisional, ()))
    return cal


#: `_china(provisional, ())` by `provisional`, as first built: the same objects, looked up without the
#: cache's key of two arguments (`china` is called on every answer that takes the default calendar).
_WITHOUT_FILES: dict[bool, WorkdayCalendar] = {}


#: The first year the 2024 《全国年节及纪念日放假办法》 applied: the estimate's rules are its practice.
ESTIMATE_FROM = 2025


def estimate(year: int, *, backtest: bool = False) -> WorkdayCalendar:
    """A calendar of `year` alone, estimated without the State Council's notice and flagged provisional.

    The 13 statutory days of the 2024 《全国年节及纪念日放假办法》, 补假 for those on a weekend, and
    调休 as the State Council has arranged it since the 2024 revision (`govrules.estimate` gives the
    rules; docs/calendar.md the backtest). Years before 2025 were under the earlier law: refused
    unless `backtest=True` (to compare the method with a past year). Needs the `provisional` extra.
    """
    if year < ESTIMATE_FROM and not backtest:
        raise InvalidInput(
            f"cannot estimate {year}: the 2024 放假办法 the estimate follows applies from {ESTIMATE_FROM};"
            " pass backtest=True to apply it to a past year anyway"
        )
    from govrules.estimate import estimate_year

    est = estimate_year(year)
    return WorkdayCalendar.build(
        {**dict.fromkeys(est.off_days, False), **dict.fromkeys(est.makeup_workdays, True)},
        est.names,
        (year,),
        (year,),
    )


def _published(cal: WorkdayCalendar, year: int) -> bool:
    """Whether `year`'s schedule in `cal` is the State Council's as govrules ships it (its notices, no file)."""
    source = cal.source(year)
    return bool(source.notices) and source.file is None and not source.estimated and year in shipped_years()


def load_holiday_cn(
    path: str | PathLike[str], calendar: WorkdayCalendar | None = None, *, force: bool = False
) -> WorkdayCalendar:
    """A calendar extended with a holiday-cn JSON file ({"year": 2027, "papers": [...], "days": [...]}).

    The file amends exactly the days it lists, whatever year they fall in (2019.json holds
    2018-12-29..31): `isOffDay: true` is a day off, `false` a working day (a weekday listed as
    working is redundant and accepted). The file's year becomes covered; if it was uncovered or
    estimated, its schedule is the file's alone. Read as UTF-8 (a BOM is accepted).

    Refused, with a `CalendarFileError` naming the file (and the day): an unreadable file, a bad
    entry, a year outside 2004-2099, an empty `days` list (`EmptySchedule`: holiday-cn's placeholder
    for a year not published yet). Refused with `ScheduleIncomplete` unless `force=True` (then loaded
    with a `CalendarFileWarning`): a file that lists no day of its year, lacks the 春节 or 国庆 days
    off, or whose net days off differ from the law (`calendar_files.incomplete`). A listed day in
    another year that is not covered raises `CalendarNotCovered`. Nothing is loaded on an error.
    `cal.source(year)` names the file; a published year it changes records the days (`amendments`).

    A file that changes days the State Council's notice set (a shipped year's: 2027.json moving
    2026-12-31) is refused with a `CalendarFileError` (`.reason` "published", the days in
    `.facts["changed"]`) unless `force=True`, then loaded with a `CalendarFileWarning`, as
    `govrules calendar add` refuses it.
    """
    from govrules.calendar_files import incomplete, read_holiday_cn

    cal = calendar if calendar is not None else china()
    f = read_holiday_cn(path)
    p, year = f.path, f.year
    problem = incomplete(f)
    if problem is not None:
        if not force:
            raise problem
        warnings.warn(CalendarFileWarning(problem), stacklevel=2)
    for d in sorted(f.changes):
        if d.year != year and d.year not in cal.years:
            raise CalendarNotCovered(
                d.year,
                cal.years,
                f"{p} amends {d.isoformat()}; load {d.year}'s schedule first",
                estimated=tuple(sorted(cal.provisional_years)),
                day=d,
                file=p,
            )
    replaced = year not in cal.years or cal.is_provisional(year)
    # the days the file changes in each published year (a year it replaces wholesale is not amended)
    changed: dict[int, list[tuple[date, bool]]] = {}
    for d, work in sorted(f.changes.items()):
        if (d.year == year and replaced) or cal.is_provisional(d.year):
            continue
        if cal.is_workday(d) != work or (work and d.weekday() >= 5 and not cal.is_makeup_workday(d)):
            changed.setdefault(d.year, []).append((d, work))
    published = [(d, w) for y in sorted(changed) if _published(cal, y) for d, w in changed[y]]
    if published:  # as `govrules calendar add` refuses it: the State Council's days are not a file's to change
        days = ", ".join(d.isoformat() for d, _ in published)
        error = CalendarFileError(
            f"{p}: it changes {len(published)} day(s) the State Council's notices set: {days}",
            file=p,
            reason="published",
            year=year,
            facts={"shipped": False, "changed": tuple(published)},
        )
        if not force:
            raise error
        warnings.warn(CalendarFileWarning(error), stacklevel=2)
    previous = cal._sources.get(year)
    kept = previous.notices if previous is not None and not replaced else ()
    sources = {
        y: attrs.evolve(cal.source(y), amendments=(*cal.source(y).amendments, Amendment(p, tuple(days))))
        for y, days in changed.items()
        if y != year
    }
    own = tuple(changed.get(year, ()))
    earlier = previous.amendments if previous is not None and not replaced else ()
    sources[year] = CalendarSource(
        year, notices=kept, file=p, papers=f.papers, amendments=(*earlier, Amendment(p, own)) if own else earlier
    )
    if replaced:
        cal = cal.with_schedule(year, source=sources[year])
    return cal._amended(f.changes, f.names, sources)
