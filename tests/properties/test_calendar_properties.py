"""Invariants of the working-day calendar and the counting rules (Hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, given
from hypothesis import strategies as st

from govrules import workdays
from govrules.periods import AFTER, BEFORE, DAY, MONTH, WORKDAY, Direction, Period, Unit

CAL = workdays.china()
# Keep far enough from the data's edges that 300 working days either way stay covered.
days = st.dates(min_value=date(2005, 6, 1), max_value=date(2025, 6, 30))
steps = st.integers(min_value=-300, max_value=300)


@given(days, steps)
def test_result_is_a_working_day(d: date, n: int) -> None:
    assume(n != 0)
    assert CAL.is_workday(CAL.add_workdays(d, n))


@given(days, st.integers(min_value=1, max_value=300))
def test_add_then_count_round_trips(d: date, n: int) -> None:
    assert CAL.workdays_between(d, CAL.add_workdays(d, n)) == n


@given(days, st.integers(min_value=-300, max_value=-1))
def test_backwards_round_trips_from_a_working_day(d: date, n: int) -> None:
    d = CAL.next_workday(d)
    assert CAL.workdays_between(d, CAL.add_workdays(d, n)) == n


@given(days, steps, steps)
def test_monotone_in_n(d: date, m: int, n: int) -> None:
    assume(m < n)
    assert CAL.add_workdays(d, m) <= CAL.add_workdays(d, n)


@given(days, st.integers(min_value=1, max_value=300))
def test_backwards_mirrors_forwards(d: date, n: int) -> None:
    d = CAL.next_workday(d)
    assert CAL.add_workdays(CAL.add_workdays(d, n), -n) == d


@given(days, days)
def test_between_is_antisymmetric(a: date, b: date) -> None:
    assert CAL.workdays_between(a, b) == -CAL.workdays_between(b, a)


@given(days)
def test_next_previous_bracket(d: date) -> None:
    nxt, prev = CAL.next_workday(d), CAL.previous_workday(d)
    assert prev <= d <= nxt
    assert CAL.is_workday(nxt) and CAL.is_workday(prev)
    assert (nxt == d) == CAL.is_workday(d) == (prev == d)


@given(
    st.integers(min_value=2027, max_value=2040),
    st.sets(st.dates(min_value=date(2027, 1, 1), max_value=date(2040, 12, 31)), max_size=20),
    days,
)
def test_with_schedule_never_changes_other_years(year: int, extra: set[date], d: date) -> None:
    off = {x for x in extra if x.year == year}
    new = CAL.with_schedule(year, off_days=off)
    assert new.is_workday(d) == CAL.is_workday(d)
    assert new.holiday_name(d) == CAL.holiday_name(d)
    for x in off:
        assert not new.is_workday(x)


@given(
    st.integers(min_value=0, max_value=60),
    st.sampled_from(list(Unit)),
    st.sampled_from(list(Direction)),
    st.booleans(),
    days,
)
def test_period_lands_on_a_working_day(n: int, unit: Unit, direction: Direction, start: bool, d: date) -> None:
    if unit is Unit.YEAR_END:
        direction = AFTER
    if unit is MONTH:
        n %= 13
    if direction is BEFORE:
        start = False
    p = Period(n, unit, direction, count_start_day=start)
    r = p.resolve(d, CAL)
    # The only day that may be a rest day is n = 0 working days: the event's own day.
    if not (unit is WORKDAY and n == 0):
        assert CAL.is_workday(r)
    if direction is AFTER and (unit is Unit.YEAR_END or not start):
        assert r >= d
    if direction is BEFORE:
        assert r <= d


@given(st.integers(min_value=1, max_value=60), days)
def test_day_period_is_the_first_working_day_on_or_after(n: int, d: date) -> None:
    from datetime import timedelta

    r = Period(n, DAY).resolve(d, CAL)
    end = d + timedelta(days=n)
    assert r >= end
    assert r == CAL.next_workday(end)


@given(st.integers(min_value=1, max_value=12), days)
def test_month_period_never_before_calendar_end(n: int, d: date) -> None:
    from dateutil.relativedelta import relativedelta

    r = Period(n, MONTH).resolve(d, CAL)
    assert r >= d + relativedelta(months=n)
    assert r == CAL.next_workday(d + relativedelta(months=n))
