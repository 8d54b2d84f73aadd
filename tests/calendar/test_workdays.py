"""The working-day calendar against the State Council's notices (table tests)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from govrules import workdays
from govrules.errors import CalendarFileWarning, CalendarNotCovered, EmptySchedule, InvalidInput

D = date


@pytest.mark.parametrize(
    ("day", "work"),
    [
        pytest.param(D(2025, 9, 28), True, id="2025-09-28 Sunday worked before 国庆"),
        pytest.param(D(2025, 10, 11), True, id="2025-10-11 Saturday worked after 国庆"),
        pytest.param(D(2026, 2, 14), True, id="2026-02-14 Saturday worked before 春节"),
        pytest.param(D(2026, 2, 28), True, id="2026-02-28 Saturday worked after 春节"),
        pytest.param(D(2025, 10, 1), False, id="2025-10-01 国庆节"),
        pytest.param(D(2025, 10, 8), False, id="2025-10-08 国庆中秋 last day"),
        pytest.param(D(2026, 2, 16), False, id="2026-02-16 春节 (除夕)"),
        pytest.param(D(2005, 12, 31), True, id="2005-12-31 Saturday worked (2006 notice, correction)"),
        pytest.param(D(2025, 9, 27), False, id="2025-09-27 ordinary Saturday"),
        pytest.param(D(2025, 9, 26), True, id="2025-09-26 ordinary Friday"),
    ],
)
def test_is_workday(cal: workdays.WorkdayCalendar, day: date, work: bool) -> None:
    assert cal.is_workday(day) is work


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        pytest.param(D(2025, 9, 26), 7, D(2025, 10, 13), id="across 国庆 2025 with 9-28 and 10-11 worked"),
        pytest.param(D(2025, 10, 13), -7, D(2025, 9, 26), id="backwards across 国庆 2025"),
        pytest.param(D(2025, 9, 27), 1, D(2025, 9, 28), id="from a Saturday the next working day is Sunday 9-28"),
        pytest.param(D(2025, 9, 30), 1, D(2025, 10, 9), id="last day before 国庆 -> 10-09"),
        pytest.param(D(2026, 2, 13), 1, D(2026, 2, 14), id="春节 2026: Saturday 2-14 worked"),
        pytest.param(D(2026, 2, 14), 1, D(2026, 2, 24), id="春节 2026: 2-15..2-23 off"),
        pytest.param(D(2026, 2, 24), 4, D(2026, 2, 28), id="春节 2026: Saturday 2-28 worked"),
        pytest.param(D(2025, 9, 26), 0, D(2025, 9, 26), id="n=0 is the day itself"),
        pytest.param(D(2025, 9, 27), 0, D(2025, 9, 27), id="n=0 on a rest day is still the day"),
        pytest.param(D(2025, 10, 1), -1, D(2025, 9, 30), id="back from a holiday"),
        pytest.param(D(2005, 12, 30), 1, D(2005, 12, 31), id="correction: 2005-12-31 counts"),
    ],
)
def test_add_workdays(cal: workdays.WorkdayCalendar, start: date, n: int, expected: date) -> None:
    assert cal.add_workdays(start, n) == expected


def test_year_totals(cal: workdays.WorkdayCalendar) -> None:
    assert cal.workdays_between(D(2025, 1, 1), D(2025, 12, 31)) == 248
    assert cal.workdays_between(D(2025, 12, 31), D(2025, 1, 1)) == -248
    assert cal.workdays_between(D(2025, 3, 3), D(2025, 3, 3)) == 0


def test_names_and_makeup(cal: workdays.WorkdayCalendar) -> None:
    assert cal.holiday_name(D(2026, 2, 17)) == "春节"
    assert cal.holiday_name(D(2025, 10, 3)) == "国庆节"
    assert cal.holiday_name(D(2025, 4, 4)) == "清明节"
    assert cal.holiday_name(D(2015, 9, 3)) is not None  # the 2015 anti-fascist victory day
    assert cal.holiday_name(D(2025, 3, 3)) is None
    assert cal.is_makeup_workday(D(2025, 9, 28))
    assert not cal.is_makeup_workday(D(2025, 9, 29))  # an ordinary Monday
    assert not cal.is_makeup_workday(D(2025, 9, 27))


def test_next_previous(cal: workdays.WorkdayCalendar) -> None:
    assert cal.next_workday(D(2025, 10, 1)) == D(2025, 10, 9)
    assert cal.next_workday(D(2025, 10, 9)) == D(2025, 10, 9)
    assert cal.previous_workday(D(2025, 10, 8)) == D(2025, 9, 30)
    assert cal.previous_workday(D(2025, 9, 28)) == D(2025, 9, 28)


def test_coverage(cal: workdays.WorkdayCalendar) -> None:
    assert cal.years == tuple(range(2004, 2027))
    with pytest.raises(CalendarNotCovered) as e:
        cal.is_workday(D(2027, 3, 1))
    assert e.value.year == 2027
    assert "2027" in str(e.value)
    with pytest.raises(CalendarNotCovered) as e:
        cal.add_workdays(D(2026, 12, 30), 5)
    assert e.value.year == 2027
    with pytest.raises(CalendarNotCovered) as e:
        cal.add_workdays(D(2004, 1, 5), -5)
    assert e.value.year == 2003
    with pytest.raises(CalendarNotCovered):
        cal.workdays_between(D(2026, 6, 1), D(2027, 6, 1))


def test_with_schedule_adds_a_year(cal: workdays.WorkdayCalendar) -> None:
    # A made-up 2028 schedule; 2027 stays uncovered in between.
    new = cal.with_schedule(
        2028, off_days=[D(2028, 1, 3)], makeup_workdays=[D(2028, 1, 8)], names={D(2028, 1, 3): "元旦"}
    )
    assert not new.is_workday(D(2028, 1, 3))
    assert new.is_workday(D(2028, 1, 8))
    assert new.is_makeup_workday(D(2028, 1, 8))
    assert new.holiday_name(D(2028, 1, 3)) == "元旦"
    assert 2028 in new.years and 2027 not in new.years
    assert 2028 not in cal.years  # the original is unchanged
    with pytest.raises(CalendarNotCovered) as e:
        new.add_workdays(D(2026, 12, 30), 10)  # would cross 2027
    assert e.value.year == 2027
    with pytest.raises(CalendarNotCovered):
        new.workdays_between(D(2026, 12, 1), D(2028, 2, 1))


@pytest.mark.parametrize(
    ("off", "work", "message"),
    [
        pytest.param([D(2027, 1, 1)], [D(2027, 1, 1)], "both", id="a day both off and worked"),
        pytest.param([D(2026, 12, 31)], [], "not in 2027", id="a day outside the year"),
        pytest.param([], [D(2027, 1, 6)], "already a working day", id="make-up day on a Wednesday"),
    ],
)
def test_with_schedule_rejects(cal: workdays.WorkdayCalendar, off: list[date], work: list[date], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        cal.with_schedule(2027, off, work)


def _write(tmp_path: Path, name: str, payload: object) -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return p


def test_load_holiday_cn(cal: workdays.WorkdayCalendar, tmp_path: Path) -> None:
    days = [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": True},
        {"name": "春节", "date": "2027-02-08", "isOffDay": True},
        {"name": "春节", "date": "2027-02-20", "isOffDay": False},
    ]
    with pytest.warns(CalendarFileWarning, match="no 国庆节"):  # three days: not a whole year, so forced
        new = workdays.load_holiday_cn(_write(tmp_path, "2027.json", {"year": 2027, "days": days}), cal, force=True)
    assert not new.is_workday(D(2027, 1, 1))
    assert new.holiday_name(D(2027, 2, 8)) == "春节"
    assert new.is_workday(D(2027, 2, 20)) and new.is_makeup_workday(D(2027, 2, 20))
    assert not new.is_provisional(2027)


def test_load_holiday_cn_december_day_in_next_years_file(tmp_path: Path) -> None:
    # 2019.json of holiday-cn holds 2018-12-29 (worked) and 2018-12-30/31 (off).
    base = workdays.china()
    days = [
        {"name": "元旦", "date": "2018-12-29", "isOffDay": False},
        {"name": "元旦", "date": "2018-12-30", "isOffDay": True},
        {"name": "元旦", "date": "2018-12-31", "isOffDay": True},
        {"name": "元旦", "date": "2019-01-01", "isOffDay": True},
    ]
    with pytest.warns(CalendarFileWarning):
        new = workdays.load_holiday_cn(_write(tmp_path, "2019.json", {"year": 2019, "days": days}), base, force=True)
    assert new.is_workday(D(2018, 12, 29)) and not new.is_workday(D(2018, 12, 31))
    assert not new.is_workday(D(2019, 1, 1))


def test_load_holiday_cn_empty_placeholder(tmp_path: Path) -> None:
    with pytest.raises(EmptySchedule, match="2027"):
        workdays.load_holiday_cn(_write(tmp_path, "2027.json", {"year": 2027, "days": []}))


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({"days": []}, id="no year"),
        pytest.param({"year": 2027, "days": [{"date": "2027-02-30", "isOffDay": True}]}, id="impossible date"),
        pytest.param({"year": 2027, "days": [{"date": "2027-02-03", "isOffDay": "yes"}]}, id="isOffDay not bool"),
        pytest.param([1, 2], id="not an object"),
    ],
)
def test_load_holiday_cn_bad_files(tmp_path: Path, payload: object) -> None:
    with pytest.raises(InvalidInput):
        workdays.load_holiday_cn(_write(tmp_path, "bad.json", payload))


def test_provisional() -> None:
    pytest.importorskip("lunardate")
    cal = workdays.china(provisional=True)
    assert cal.is_provisional(2027) and not cal.is_provisional(2026)
    # 《全国年节及纪念日放假办法》(2024): 春节 = 除夕 + 初一..初三; 2027 初一 is 2-06 (a Saturday).
    assert [cal.holiday_name(D(2027, 2, d)) for d in (5, 6, 7, 8)] == ["春节"] * 4
    assert not cal.is_workday(D(2027, 2, 9))  # 补假 for Saturday 2-06 (第六条)
    assert not cal.is_workday(D(2027, 10, 1)) and cal.holiday_name(D(2027, 10, 1)) == "国庆节"
    assert cal.is_workday(D(2027, 3, 1))
    # the published years are not touched
    assert cal.add_workdays(D(2025, 9, 26), 7) == D(2025, 10, 13)
    assert workdays.china() is workdays.china()


_WRONG_TYPES = [
    pytest.param(lambda c: c.add_workdays(D(2025, 1, 1), 2.5), "2.5", id="add_workdays count 2.5"),
    pytest.param(lambda c: c.add_workdays(D(2025, 1, 1), float("nan")), "nan", id="add_workdays count NaN"),
    pytest.param(lambda c: c.add_workdays(D(2025, 1, 1), "2"), "'2'", id="add_workdays count '2'"),
    pytest.param(lambda c: c.add_workdays(D(2025, 1, 1), None), "None", id="add_workdays count None"),
    pytest.param(lambda c: c.add_workdays("2025-01-01", 2), "'2025-01-01'", id="add_workdays day str"),
    pytest.param(lambda c: c.is_workday("2025-01-01"), "'2025-01-01'", id="is_workday str"),
    pytest.param(lambda c: c.is_workday(2.5), "2.5", id="is_workday float"),
    pytest.param(lambda c: c.is_makeup_workday("2025-01-26"), "'2025-01-26'", id="is_makeup_workday str"),
    pytest.param(lambda c: c.holiday_name(20250101), "20250101", id="holiday_name int"),
    pytest.param(lambda c: c.makeup_for("2025-01-26"), "'2025-01-26'", id="makeup_for str"),
    pytest.param(lambda c: c.workdays_between("2025-01-01", D(2025, 2, 1)), "'2025-01-01'", id="workdays_between"),
    pytest.param(lambda c: c.next_workday("2025-01-01"), "'2025-01-01'", id="next_workday"),
    pytest.param(lambda c: c.previous_workday(None), "None", id="previous_workday"),
    pytest.param(lambda c: c.covers("2025-01-01"), "'2025-01-01'", id="covers"),
    pytest.param(lambda c: c.is_estimated("2027-01-01"), "'2027-01-01'", id="is_estimated"),
    pytest.param(lambda c: c.spans_estimate("2025-01-01", D(2025, 2, 1)), "'2025-01-01'", id="spans_estimate"),
    pytest.param(lambda c: c.is_provisional("2027"), "'2027'", id="is_provisional str"),
    pytest.param(lambda c: c.source("2025"), "'2025'", id="source str"),
    pytest.param(lambda c: c.schedule("2025"), "'2025'", id="schedule str"),
    pytest.param(lambda c: c.with_schedule("2027"), "'2027'", id="with_schedule year"),
    pytest.param(lambda c: c.with_schedule(2027, D(2027, 1, 1)), "2027, 1, 1", id="with_schedule one date"),
    pytest.param(lambda c: c.with_schedule(2027, ["2027-01-01"]), "'2027-01-01'", id="with_schedule str day"),
    pytest.param(lambda c: c.with_provisional_years([2027.5]), "2027.5", id="with_provisional_years"),
    pytest.param(lambda c: c.not_covered("2027"), "'2027'", id="not_covered"),
]


@pytest.mark.parametrize(("call", "shown"), _WRONG_TYPES)
def test_wrong_types_raise_invalid_input_naming_the_value(
    cal: workdays.WorkdayCalendar, call: object, shown: str
) -> None:
    # trial s7 item 13: a TypeError or AttributeError from deep inside, where the rest of the API says InvalidInput
    with pytest.raises(InvalidInput, match="must be") as e:
        call(cal)  # type: ignore[operator]
    assert shown in str(e.value)
