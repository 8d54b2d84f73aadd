"""Our calendar against an independent source: python-holidays' China, every day of 2004-2026."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from govrules import workdays

holidays = pytest.importorskip("holidays")


def test_agrees_with_python_holidays_every_day() -> None:
    cal = workdays.china()
    cn = holidays.China(years=range(2004, 2027))
    disagreements = []
    d = date(2004, 1, 1)
    while d <= date(2026, 12, 31):
        if cal.is_workday(d) != cn.is_working_day(d):
            disagreements.append(d)
        d += timedelta(days=1)
    assert disagreements == []


def test_corrections_are_the_ones_chinese_calendar_lacks() -> None:
    import chinese_calendar

    for c in workdays.CORRECTIONS:
        assert chinese_calendar.is_workday(c.day) != c.is_workday, f"{c.day} needs no correction any more"
        assert workdays.china().is_workday(c.day) == c.is_workday
        assert c.source.startswith("国务院")
