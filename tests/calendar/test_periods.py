"""The counting rules of DESIGN.md (民法典 第二百零一条, 第二百零三条) on real schedules."""

from __future__ import annotations

from datetime import date

import pytest

from govrules.errors import InvalidInput
from govrules.periods import AFTER, BEFORE, DAY, MONTH, WORKDAY, YEAR_END, Period

D = date


@pytest.mark.parametrize(
    ("period", "anchor", "expected"),
    [
        pytest.param(Period(7, WORKDAY), D(2025, 9, 26), D(2025, 10, 13), id="7 working days across 国庆"),
        pytest.param(Period(3, WORKDAY), D(2025, 9, 30), D(2025, 10, 11), id="3 working days: 10-09, 10-10, 10-11"),
        pytest.param(Period(7, DAY), D(2025, 9, 24), D(2025, 10, 9), id="201+203: 10-01 is off, next working day"),
        pytest.param(Period(7, DAY), D(2025, 3, 3), D(2025, 3, 10), id="7 days on an ordinary week"),
        pytest.param(Period(1, MONTH), D(2025, 1, 31), D(2025, 2, 28), id="month end clamped"),
        pytest.param(Period(1, MONTH), D(2026, 1, 15), D(2026, 2, 24), id="2-15 is 春节, runs to 2-24"),
        pytest.param(
            Period(5, WORKDAY, BEFORE),
            D(2025, 10, 9),
            D(2025, 9, 25),
            id="5 working days before 10-09: 9-30, 9-29, Sunday 9-28, 9-26, 9-25",
        ),
        pytest.param(Period(3, DAY, BEFORE), D(2025, 10, 9), D(2025, 9, 30), id="3 days before: 10-06 off, back"),
        pytest.param(
            Period(10, WORKDAY, BEFORE),
            D(2026, 3, 2),
            D(2026, 2, 10),
            id="10 working days before 3-02: Saturdays 2-28 and 2-14 count, 春节 does not",
        ),
        pytest.param(
            Period(7, DAY, count_start_day=True),
            D(2025, 3, 3),
            D(2025, 3, 10),
            id="start day counted: 3-09 is Sunday, next working day",
        ),
        pytest.param(Period(7, DAY, count_start_day=True), D(2025, 3, 4), D(2025, 3, 10), id="start day counted"),
        pytest.param(
            Period(1, MONTH, count_start_day=True), D(2025, 3, 3), D(2025, 4, 2), id="month, start day counted"
        ),
        pytest.param(
            Period(3, WORKDAY, count_start_day=True), D(2025, 3, 3), D(2025, 3, 5), id="working days, start day counted"
        ),
        pytest.param(Period(0, YEAR_END), D(2025, 5, 8), D(2025, 12, 31), id="年底前"),
        pytest.param(Period(0, YEAR_END), D(2022, 5, 8), D(2023, 1, 3), id="年底前: 12-31 a Saturday, next workday"),
        pytest.param(
            Period(0, YEAR_END),
            D(2016, 12, 31),
            D(2017, 1, 3),
            id="年底前: event on 12-31, a rest day after the last working day",
        ),
    ],
)
def test_resolve(period: Period, anchor: date, expected: date) -> None:
    assert period.resolve(anchor) == expected


def test_labels_and_validation() -> None:
    assert Period(3, "个工作日").unit is WORKDAY
    assert Period(3, "天", "前").direction is BEFORE
    assert Period(3, WORKDAY).describe() == "3个工作日内"
    assert Period(5, WORKDAY, BEFORE).describe() == "提前5个工作日"
    # 崆峒 五十四 「当日事当日清」: the same day, not 「0天内」
    assert (Period(0, DAY, AFTER).describe(), Period(0, DAY, AFTER).describe_en()) == ("当日", "on the day of")
    assert Period(0, WORKDAY).describe() == "0个工作日内"
    assert Period(3, DAY, AFTER).direction is AFTER
    with pytest.raises(InvalidInput, match="-1"):
        Period(-1, DAY)
    with pytest.raises(InvalidInput, match="周"):
        Period(1, "周")
    with pytest.raises(InvalidInput):
        Period(3, DAY, BEFORE, count_start_day=True)
