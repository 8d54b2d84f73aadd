"""Periods (期间) and how they are counted: the one place the counting rules live.

`Period(amount, unit, direction)` resolved on a working-day calendar gives the last allowed date:

- AFTER an event, the event's day is not counted (民法典 第二百零一条). N working days after D is
  the N-th working day strictly after D; N days after D is D + N; N months after D is
  D + relativedelta(months=N), clamped to the month's end. A DAY or MONTH period that ends on a day
  that is not a working day ends on the next working day instead (民法典 第二百零三条).
- BEFORE an event (lead times: 会前5个工作日, 提前3天), the latest allowed date: N working days
  before D is the N-th working day strictly before D; N days (months) before D is D - N days
  (months), moved back to the previous working day when that is not one (a submission needs an
  open office).
- `count_start_day=True` counts the event's own day as the first day (西丰 附件2: 从部署当日算起): N days
  end on D + N - 1, N months on the day before the corresponding day, or, in a month without one
  (1-31 + 1 month), on that month's last day (民法典 第二百零二条: the later of the two readings).
- YEAR_END (年底前) ends on 12-31 of the event's year, or on the next working day when 12-31 is a rest day
  (民法典 第二百零三条, as for DAY and MONTH).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import attrs

from govrules.errors import InvalidInput
from govrules.labels import LabeledEnum
from govrules.workdays import WorkdayCalendar, as_date, china

__all__ = ["AFTER", "BEFORE", "DAY", "MONTH", "WORKDAY", "YEAR_END", "Direction", "Period", "Unit"]


class Unit(LabeledEnum):
    """The unit a period is counted in."""

    WORKDAY = "个工作日", "工作日"
    DAY = "天", "日", "日历日"
    MONTH = "个月", "月"
    YEAR_END = "年底", "年底前"


class Direction(LabeledEnum):
    """Whether a period runs forward from an event or back from it (a lead time)."""

    AFTER = "后", "内"
    BEFORE = "前"


WORKDAY, DAY, MONTH, YEAR_END = Unit.WORKDAY, Unit.DAY, Unit.MONTH, Unit.YEAR_END
AFTER, BEFORE = Direction.AFTER, Direction.BEFORE


@lru_cache(maxsize=8192)
def _add_months(d: date, n: int) -> date:
    """d + n months, clamped to the month's end (dateutil's relativedelta); remembered, it is pure."""
    from dateutil.relativedelta import relativedelta  # here: a command that adds no month does not import it

    result: date = d + relativedelta(months=n)
    return result


def _amount(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(f"a period's amount must be a whole number >= 0; got {value!r}")


def _flag(_: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if type(value) is not bool:  # "no" is not False, nor 1 True
        raise InvalidInput(f"{attribute.name} must be True or False; got {value!r}")


def _unit(value: Unit | str) -> Unit:
    return Unit.from_label(value)


def _direction(value: Direction | str) -> Direction:
    return Direction.from_label(value)


@attrs.frozen
class Period:
    """An amount of working days, days or months, after or before an event."""

    amount: int = attrs.field(validator=_amount)
    unit: Unit = attrs.field(converter=_unit)
    direction: Direction = attrs.field(default=AFTER, converter=_direction)
    count_start_day: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if self.unit is YEAR_END and self.direction is not AFTER:
            raise InvalidInput("a year-end period (年底前) runs after its event; it cannot be a lead time")
        if self.count_start_day and self.direction is BEFORE:
            raise InvalidInput("a lead time (BEFORE) cannot count the event's own day")

    def resolve(self, anchor: date, calendar: WorkdayCalendar | None = None) -> date:
        """The last allowed date of this period for an event on `anchor`."""
        if not isinstance(anchor, date):
            raise InvalidInput(f"an event's day is a date; got {anchor!r}")
        anchor = as_date(anchor)
        cal = calendar if calendar is not None else china()
        if not isinstance(cal, WorkdayCalendar):
            raise InvalidInput(f"a calendar is a WorkdayCalendar (workdays.china()); got {cal!r}")
        return self.resolve_on(anchor, cal)

    def resolve_on(self, anchor: date, cal: WorkdayCalendar) -> date:
        """`resolve` once its arguments are known good: `anchor` a plain `date`, `cal` a calendar (what
        `deadlines.due` has checked already). Raises `CalendarNotCovered` as `resolve` does."""
        if not cal.covers(anchor):  # asked even where no working day is counted: no year is guessed
            raise cal.not_covered(anchor.year, f"asked about {anchor.isoformat()}")
        n, unit = self.amount, self.unit
        try:  # the counting in line, not a call: a try costs nothing until something is raised
            if unit is YEAR_END:
                # 12-31 itself, or the next working day when it is a rest day (民法典 第二百零三条, as DAY and
                # MONTH): a thing done on a weekend before the year ends is within 年底 under every reading
                return cal.next_workday(date(anchor.year, 12, 31))
            if self.direction is BEFORE:
                if unit is WORKDAY:
                    return cal.add_workdays(anchor, -n)
                end = anchor - timedelta(days=n) if unit is DAY else _add_months(anchor, -n)
                return cal.previous_workday(end)
            if unit is WORKDAY:
                if self.count_start_day and n > 0 and cal.is_workday(anchor):
                    return cal.add_workdays(anchor, n - 1)
                return cal.add_workdays(anchor, n)
            end = anchor + timedelta(days=n) if unit is DAY else _add_months(anchor, n)
            # the start day counted: the day before the corresponding day; a month without one (1-31 + 1 month)
            # ends on its last day under 民法典 第二百零二条 (not the day before), the later of the two readings
            if self.count_start_day and n > 0 and (unit is DAY or end.day == anchor.day):
                end -= timedelta(days=1)
            return cal.next_workday(end)
        except OverflowError:  # past 9999-12-31 or before 0001-01-01: no calendar covers that
            beyond = max(cal.years) + 1 if self.direction is AFTER else min(cal.years) - 1
            raise cal.not_covered(beyond, f"{self.describe()} from {anchor.isoformat()}") from None

    def unrolled(self, anchor: date) -> date | None:
        """The day a period counted in days, months or to the year's end reaches before it is moved to a
        working day (`resolve_on` moves it: to the next working day after an event, to the previous one before
        it); None for working days, which are counted on working days only. For explanations: where the two
        differ, the day reached was a rest day."""
        n, unit = self.amount, self.unit
        if unit is WORKDAY:
            return None
        if unit is YEAR_END:
            return date(anchor.year, 12, 31)
        try:
            if self.direction is BEFORE:
                return anchor - timedelta(days=n) if unit is DAY else _add_months(anchor, -n)
            end = anchor + timedelta(days=n) if unit is DAY else _add_months(anchor, n)
        except OverflowError:
            return None
        if self.count_start_day and n > 0 and (unit is DAY or end.day == anchor.day):
            end -= timedelta(days=1)
        return end

    def describe(self) -> str:
        """The period in Chinese: '3个工作日内', '会前5个工作日', '1个月内', '年底前', '当日' (0 days after)."""
        if self.unit is YEAR_END:
            return "当年年底前"
        if self.amount == 0 and self.unit is DAY and self.direction is not BEFORE:
            return "当日"  # 崆峒 五十四 「当日事当日清」: not 「0天内」
        text = f"{self.amount}{self.unit.label}"
        start = "（含当日）" if self.count_start_day else ""
        return f"提前{text}" if self.direction is BEFORE else f"{text}内{start}"

    def describe_en(self) -> str:
        """The period in English: '7 working days after', '5 working days before', 'by the end of the year'."""
        if self.unit is YEAR_END:
            return "by the end of the year of"
        if self.amount == 0 and self.unit is DAY and self.direction is not BEFORE:
            return "on the day of"
        unit = {WORKDAY: "working day", DAY: "day", MONTH: "month"}[self.unit]
        plural = "s" if self.amount != 1 else ""
        start = " (counting that day)" if self.count_start_day else ""
        return f"{self.amount} {unit}{plural} {'before' if self.direction is BEFORE else 'after'}{start}"

    def __str__(self) -> str:
        return self.describe()
