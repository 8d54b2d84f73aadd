"""An estimate of one year's holiday schedule, made without the State Council's notice.

The law fixes the statutory days; the State Council arranges the rest each autumn (调休). Since the
2024 revision of 《全国年节及纪念日放假办法》 its notices for 2025 and 2026 follow one practice, which
this module encodes as rules (docs/calendar.md gives the backtest):

1. Statutory days (第二条): 元旦 1 day; 春节 4 days (除夕、正月初一至初三); 清明节 1 day; 劳动节 2
   days (5月1日、2日); 端午节 1 day; 中秋节 1 day; 国庆节 3 days (10月1日至3日).
2. Each holiday is a block of days off that takes in the weekend next to it:
   - 春节: 8 days from 除夕; 国庆节: 7 days from 10月1日; 劳动节: 5 days, the run of five that
     holds 5月1日 and 2日 and a whole weekend, starting as near 5月1日 as it can.
   - 中秋节 "meets" 国庆节 when it falls between 9月29日 and 10月8日: one block of 8 days from the
     earlier of 中秋 and 10月1日, and 中秋 still counts as its own statutory day (as in 2009, 2020).
   - A one-day holiday (元旦, 清明, 端午, 中秋 apart): on Monday Saturday-Monday; on Tuesday
     Sunday-Tuesday; on Wednesday that day alone; on Thursday Thursday-Saturday; on Friday
     Friday-Sunday; on a weekend Saturday-Monday (补假, 第六条).
3. A block gives as many weekdays off as it has statutory days (a statutory day on a weekend is
   made up on a weekday, 补假); each weekday beyond that is made up by working a weekend day
   (调休上班): with one such day, on the nearer side of the block; with two, one on each side.
   The day chosen is the weekend day nearest the block that is not in another block and does not
   make more than six working days in a row.
4. A year's estimate touches only that year's days: a 元旦 block is cut at 1月1日 (on a Tuesday
   that leaves 1月1日 alone, where the practice would also give 12月31日 and work 12月29日).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from govrules.errors import InvalidInput

__all__ = ["EstimatedYear", "estimate_year", "statutory_days", "statutory_schedule"]

_DAY = timedelta(days=1)
#: How many working days in a row the practice allows around a holiday.
MAX_RUN = 6


@attrs.frozen
class EstimatedYear:
    """One year's estimated schedule: days off, weekend days worked and the holiday each belongs to."""

    year: int
    off_days: frozenset[date]
    makeup_workdays: frozenset[date]
    names: dict[date, str]


def _lunar(year: int, month: int, day: int) -> date:
    try:
        from lunardate import LunarDate
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise InvalidInput(
            "estimating a provisional year needs the lunar calendar package: pip install 'govrules[provisional]'"
        ) from e
    try:
        solar: date = LunarDate(year, month, day).to_solar_date()
    except ValueError as e:
        raise InvalidInput(f"cannot estimate {year}: no lunar calendar data for it ({e})") from e
    return solar


def _qingming(year: int) -> date:
    import chinese_calendar

    try:
        terms = chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 30))
    except Exception as e:  # chinese-calendar's tables end somewhere too
        raise InvalidInput(f"cannot estimate {year}: no solar-term data for 清明 ({e})") from e
    day: date = next(d for d, name in terms if name == "清明")
    return day


def statutory_days(year: int) -> dict[str, tuple[date, ...]]:
    """The statutory days of each holiday in `year` (第二条 of the 2024 放假办法); 春节's 除夕 may be in January."""
    new_year = _lunar(year, 1, 1)
    return {
        "元旦": (date(year, 1, 1),),
        "春节": tuple(new_year + k * _DAY for k in range(-1, 3)),
        "清明节": (_qingming(year),),
        "劳动节": (date(year, 5, 1), date(year, 5, 2)),
        "端午节": (_lunar(year, 5, 5),),
        "中秋节": (_lunar(year, 8, 15),),
        "国庆节": (date(year, 10, 1), date(year, 10, 2), date(year, 10, 3)),
    }


def _span(first: date, days: int) -> list[date]:
    return [first + k * _DAY for k in range(days)]


def _one_day_block(d: date) -> list[date]:
    # Monday .. Sunday: the block's first day relative to `d`, and its length.
    start, length = ((-2, 3), (-2, 3), (0, 1), (0, 3), (0, 3), (0, 3), (-1, 3))[d.weekday()]
    return _span(d + start * _DAY, length)


def _labour_day_block(year: int) -> list[date]:
    may1 = date(year, 5, 1)
    windows = [_span(may1 - k * _DAY, 5) for k in range(4)]  # each holds 5月1日 and 2日
    return max(windows, key=lambda w: (sum(d.weekday() >= 5 for d in w), w[0]))


@attrs.frozen
class _Block:
    name: str
    days: tuple[date, ...]
    statutory: int


def _blocks(year: int) -> list[_Block]:
    days = statutory_days(year)
    mid_autumn = days["中秋节"][0]
    blocks: list[_Block] = []
    # Clipped to the year: the days before 1月1日 belong to the year before.
    blocks.append(_Block("元旦", tuple(d for d in _one_day_block(date(year, 1, 1)) if d.year == year), 1))
    blocks.append(_Block("春节", tuple(_span(days["春节"][0], 8)), 4))
    blocks.append(_Block("清明节", tuple(_one_day_block(days["清明节"][0])), 1))
    blocks.append(_Block("劳动节", tuple(_labour_day_block(year)), 2))
    blocks.append(_Block("端午节", tuple(_one_day_block(days["端午节"][0])), 1))
    if date(year, 9, 29) <= mid_autumn <= date(year, 10, 8):
        first = min(mid_autumn, date(year, 10, 1))
        blocks.append(_Block("国庆节、中秋节", tuple(_span(first, 8)), 4))
    else:
        blocks.append(_Block("中秋节", tuple(_one_day_block(mid_autumn)), 1))
        blocks.append(_Block("国庆节", tuple(_span(date(year, 10, 1), 7)), 3))
    return blocks


def _run_length(d: date, work: set[date], off: set[date]) -> int:
    """The working days in a row through `d`, were `d` worked."""

    def works(x: date) -> bool:
        return x == d or x in work or (x.weekday() < 5 and x not in off)

    n = 1
    for step in (_DAY, -_DAY):
        x = d + step
        while works(x):
            n += 1
            x += step
    return n


def _candidates(block: _Block, side: int, year: int, taken: set[date], off: set[date]) -> Iterable[date]:
    """Weekend days on one side of the block (-1 before, +1 after), nearest first, not in a block."""
    edge = block.days[0] if side < 0 else block.days[-1]
    for k in range(1, 22):
        d = edge + side * k * _DAY
        if d.year == year and d.weekday() >= 5 and d not in taken and d not in off:
            yield d


def estimate_year(year: int) -> EstimatedYear:
    """Estimate `year`'s schedule by the rules above; `InvalidInput` without lunar data for the year."""
    blocks = _blocks(year)
    off: set[date] = set()
    names: dict[date, str] = {}
    for b in blocks:
        for d in b.days:
            if d.year == year:
                off.add(d)
                names.setdefault(d, b.name)
    work: set[date] = set()
    for b in blocks:
        extra = sum(d.weekday() < 5 for d in b.days) - b.statutory
        sides = (-1, 1) if extra >= 2 else (_nearer_side(b, year, work, off),)
        for k in range(extra):
            side = sides[k % len(sides)]
            day = _pick(b, side, year, work, off) or _pick(b, -side, year, work, off)
            if day is None:
                raise InvalidInput(f"cannot estimate {year}: no weekend day to make up {b.name}")
            work.add(day)
            names[day] = b.name
    # A weekend day left between a block and the next working day is off with the holiday (2026-02-15).
    for b in blocks:
        for side in (-1, 1):
            d = (b.days[0] if side < 0 else b.days[-1]) + side * _DAY
            while d.year == year and d.weekday() >= 5 and d not in work and d not in off:
                names[d] = b.name
                d += side * _DAY
    return EstimatedYear(year, frozenset(off), frozenset(work), names)


def _pick(block: _Block, side: int, year: int, work: set[date], off: set[date]) -> date | None:
    for d in _candidates(block, side, year, work, off):
        # A worked Saturday follows a working Friday, a worked Sunday comes before a working Monday.
        neighbour = d - _DAY if d.weekday() == 5 else d + _DAY
        if neighbour not in off and _run_length(d, work, off) <= MAX_RUN:
            return d
    return None


def _nearer_side(block: _Block, year: int, work: set[date], off: set[date]) -> int:
    def distance(side: int) -> int:
        d = _pick(block, side, year, work, off)
        edge = block.days[0] if side < 0 else block.days[-1]
        return abs((d - edge).days) if d is not None else 10**6

    return -1 if distance(-1) <= distance(1) else 1


def statutory_schedule(year: int) -> tuple[frozenset[date], dict[date, str]]:
    """The law alone: a year's days off from 《全国年节及纪念日放假办法》 (2024), 补假 but no 调休.

    Kept as the baseline `estimate` improves on (wrong on 10 days of 2025 and 12 of 2026; the
    estimate on none).

    第二条: 元旦 1 day (1月1日), 春节 4 days (农历除夕、正月初一至初三), 清明节 1 day (清明 solar term),
    劳动节 2 days (5月1日、2日), 端午节 1 day (农历端午当日), 中秋节 1 day (农历中秋当日),
    国庆节 3 days (10月1日至3日). 第六条: a holiday falling on a weekend is made up on a working day
    (补假), here the next weekday not already off. No make-up weekend working days (调休): `estimate`
    adds them as the State Council arranges them. Needs the `provisional` extra
    (lunardate) for the lunar holidays.
    """
    holidays = {d: name for name, days in statutory_days(year).items() for d in days}
    names = {d: n for d, n in holidays.items() if d.year == year}
    off = set(names)
    for d in sorted(holidays):
        if d.weekday() >= 5 and d.year == year:
            extra = d + _DAY
            while extra.weekday() >= 5 or extra in off:
                extra += _DAY
            if extra.year == year:
                off.add(extra)
                names[extra] = holidays[d]
    return frozenset(off), names
