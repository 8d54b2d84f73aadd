"""The estimate of a year without the State Council's notice: backtested on 2025 and 2026, nets 13 days."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from govrules import workdays
from govrules.calendar_sources import notices

pytest.importorskip("lunardate")

HOLIDAY_CN = Path(__file__).resolve().parents[3] / "shared" / "cases" / "holiday-cn"
D = date


def _wrong_days(year: int) -> list[date]:
    real = {
        date.fromisoformat(x["date"]): not x["isOffDay"]
        for x in json.loads((HOLIDAY_CN / f"{year}.json").read_text(encoding="utf-8"))["days"]
    }
    est = workdays.estimate(year)
    wrong, d = [], D(year, 1, 1)
    while d.year == year:
        if est.is_workday(d) != real.get(d, d.weekday() < 5):
            wrong.append(d)
        d += timedelta(days=1)
    return wrong


@pytest.mark.skipif(not HOLIDAY_CN.is_dir(), reason="the real holiday-cn files are not here")
@pytest.mark.parametrize("year", [2025, 2026])
def test_backtest_every_day_right(year: int) -> None:
    assert _wrong_days(year) == []


@pytest.mark.parametrize(
    ("day", "work"),
    [
        pytest.param(D(2025, 1, 26), True, id="2025 春节: Sunday 01-26 worked before"),
        pytest.param(D(2025, 2, 8), True, id="2025 春节: Saturday 02-08 worked after"),
        pytest.param(D(2025, 4, 27), True, id="2025 劳动节: Sunday 04-27 worked (nearer side)"),
        pytest.param(D(2025, 10, 8), False, id="2025 国庆 meets 中秋 (10-06): 8 days"),
        pytest.param(D(2026, 1, 4), True, id="2026 元旦 on a Thursday: Sunday 01-04 worked"),
        pytest.param(D(2026, 2, 14), True, id="2026 春节: Saturday 02-14, not Sunday 02-15 next to the holiday"),
        pytest.param(D(2026, 2, 15), False, id="2026 春节: Sunday 02-15 rests with the holiday"),
        pytest.param(D(2026, 5, 9), True, id="2026 劳动节: Saturday 05-09 worked (nearer side)"),
        pytest.param(D(2026, 9, 20), True, id="2026 国庆: Sunday 09-20, the weekend after 中秋 kept apart"),
        pytest.param(D(2026, 9, 25), False, id="2026 中秋 (Friday) 3 days with the weekend"),
    ],
)
def test_estimate_follows_the_practice(day: date, work: bool) -> None:
    assert workdays.estimate(day.year).is_workday(day) is work


def test_every_estimated_year_nets_the_13_statutory_days() -> None:
    for year in range(2027, 2100):
        off, worked = workdays.estimate(year).schedule(year)
        assert sum(d.weekday() < 5 for d in off) - len(worked) == 13, year


@pytest.mark.parametrize("year", [2028, 2031, 2039])
def test_mid_autumn_on_national_day_keeps_its_own_day(year: int) -> None:
    # 中秋 on 1-3 October: one block of 8 days (as 2009 and 2020), 中秋 counted apart from 国庆's three.
    cal = workdays.estimate(year)
    assert all(not cal.is_workday(D(year, 10, k)) for k in range(1, 9))
    assert cal.is_workday(D(year, 10, 9)) or D(year, 10, 9).weekday() >= 5


def test_at_most_six_working_days_in_a_row() -> None:
    for year in range(2027, 2100):
        cal, run, d = workdays.estimate(year), 0, D(year, 1, 1)
        while d.year == year:
            run = run + 1 if cal.is_workday(d) else 0
            assert run <= 6, (year, d)
            d += timedelta(days=1)


def test_estimate_is_a_provisional_calendar_of_one_year() -> None:
    cal = workdays.estimate(2027)
    assert cal.years == (2027,) and cal.is_provisional(2027)
    assert cal.source(2027).estimated
    assert cal.holiday_name(D(2027, 2, 6)) == "春节"


def test_china_provisional_uses_the_estimate() -> None:
    cal = workdays.china(provisional=True)
    est = workdays.estimate(2030)
    assert cal.schedule(2030) == est.schedule(2030)
    assert cal.source(2030).estimated and not cal.source(2026).estimated


def test_every_covered_year_names_its_notice() -> None:
    cal = workdays.china()
    for year in cal.years:
        source = cal.source(year)
        assert source.title == f"国务院办公厅关于{year}年部分节假日安排的通知"
        assert not source.estimated
        if year >= 2007:
            assert source.address is not None and "gov.cn" in source.address
    s = cal.source(2025)
    assert (s.number, s.date) == ("国办发明电〔2024〕12号", D(2024, 11, 12))
    assert s.address == "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"
    assert set(notices()) == set(range(2004, 2027))
