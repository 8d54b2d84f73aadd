"""The real holiday-cn files 2007-2026 (../shared/cases/holiday-cn) loaded onto the shipped calendar."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrules import workdays
from govrules.errors import GovRulesError, InvalidInput
from govrules.periods import DAY, WORKDAY, Period

HOLIDAY_CN = Path(__file__).resolve().parents[3] / "shared" / "cases" / "holiday-cn"
YEARS = range(2007, 2027)
D = date

pytestmark = pytest.mark.skipif(not HOLIDAY_CN.is_dir(), reason="the real holiday-cn files are not here")


def _file(year: int) -> Path:
    return HOLIDAY_CN / f"{year}.json"


def _days(cal: workdays.WorkdayCalendar) -> list[bool]:
    d, out = D(2004, 1, 1), []
    while d.year <= 2026:
        out.append(cal.is_workday(d))
        d += timedelta(days=1)
    return out


@pytest.fixture(scope="module")
def shipped() -> tuple[workdays.WorkdayCalendar, list[bool]]:
    cal = workdays.china()
    return cal, _days(cal)


@pytest.mark.parametrize("year", YEARS, ids=[f"{y}.json" for y in YEARS])
def test_each_real_file_leaves_every_day_unchanged(
    shipped: tuple[workdays.WorkdayCalendar, list[bool]], year: int
) -> None:
    cal, days = shipped
    assert _days(workdays.load_holiday_cn(_file(year), cal)) == days


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list(YEARS)), min_size=1, max_size=20, unique=True))
def test_any_set_of_real_files_in_any_order_leaves_every_day_unchanged(
    shipped: tuple[workdays.WorkdayCalendar, list[bool]], years: list[int]
) -> None:
    cal, days = shipped
    loaded = cal
    for y in years:
        loaded = workdays.load_holiday_cn(_file(y), loaded)
    assert _days(loaded) == days


def test_2018_keeps_the_days_2019_json_sets(shipped: tuple[workdays.WorkdayCalendar, list[bool]]) -> None:
    # 《国务院办公厅关于2019年部分节假日安排的通知》: 2018-12-30..2019-01-01 off, Saturday 2018-12-29 worked.
    cal = workdays.load_holiday_cn(_file(2018), shipped[0])
    assert cal.is_workday(D(2018, 12, 29)) and cal.is_makeup_workday(D(2018, 12, 29))
    assert not cal.is_workday(D(2018, 12, 31))
    for year, day in ((2007, D(2007, 12, 31)), (2011, D(2011, 12, 31))):
        again = workdays.load_holiday_cn(_file(year), shipped[0])
        assert again.is_workday(day) is shipped[0].is_workday(day)


def test_2020_lists_a_working_monday() -> None:
    # 国办发明电〔2020〕1号 extended 春节 to 2020-02-02; Monday 02-03 resumed work (listed, redundant).
    cal = workdays.load_holiday_cn(_file(2020), workdays.china())
    assert cal.is_workday(D(2020, 2, 3)) and not cal.is_makeup_workday(D(2020, 2, 3))
    assert not cal.is_workday(D(2020, 1, 31))
    source = cal.source(2020)
    assert source.file == str(_file(2020))
    assert source.papers == tuple(json.loads(_file(2020).read_text(encoding="utf-8"))["papers"])
    assert source.number == "国办发明电〔2019〕16号"  # the shipped notice is kept beside the file


def test_a_file_for_a_new_year_covers_it(tmp_path: Path) -> None:
    payload = json.loads(_file(2026).read_text(encoding="utf-8"))
    payload["year"] = 2027
    payload["days"] = [dict(d, date=d["date"].replace("2026", "2027")) for d in payload["days"] if d["isOffDay"]]
    p = tmp_path / "2027.json"
    p.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    cal = workdays.load_holiday_cn(p, workdays.china(provisional=True))
    assert not cal.is_provisional(2027) and cal.is_provisional(2028)
    assert not cal.is_workday(D(2027, 10, 1))
    # the estimate worked Saturday 10-09; the file lists no make-up day, and it replaces the estimate
    assert workdays.china(provisional=True).is_makeup_workday(D(2027, 10, 9))
    assert not cal.is_workday(D(2027, 10, 9))


@pytest.mark.parametrize(
    ("days", "message"),
    [
        pytest.param(
            [{"date": "2027-10-01", "isOffDay": True}, {"date": "2027-10-01", "isOffDay": False}],
            "2027-10-01",
            id="a day both off and worked",
        ),
        pytest.param([{"date": "2027-02-29", "isOffDay": True}], "2027-02-29", id="impossible date"),
        pytest.param([{"date": "2027-10-02", "isOffDay": "yes"}], "2027-10-02", id="isOffDay not bool"),
    ],
)
def test_bad_entries_name_file_and_day(tmp_path: Path, days: list[dict[str, object]], message: str) -> None:
    p = tmp_path / "2027.json"
    p.write_text(json.dumps({"year": 2027, "days": days}), encoding="utf-8")
    base = workdays.china()
    with pytest.raises(InvalidInput) as e:
        workdays.load_holiday_cn(p, base)
    assert str(p) in str(e.value) and message in str(e.value)
    assert 2027 not in base.years  # nothing half-loaded


def test_a_day_in_an_uncovered_year_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "2029.json"
    p.write_text(json.dumps({"year": 2029, "days": [{"date": "2028-12-31", "isOffDay": True}]}), encoding="utf-8")
    with pytest.raises(GovRulesError, match="2028-12-31"):
        workdays.load_holiday_cn(p, workdays.china())


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param(lambda c: c.is_makeup_workday(datetime(2025, 9, 28, 9, 30)), True, id="is_makeup_workday"),
        pytest.param(lambda c: c.holiday_name(datetime(2025, 10, 3, 18)), "国庆节", id="holiday_name"),
        pytest.param(lambda c: c.is_workday(datetime(2025, 10, 11)), True, id="is_workday"),
        pytest.param(lambda c: c.add_workdays(datetime(2025, 9, 26, 12), 0), D(2025, 9, 26), id="add_workdays 0"),
        pytest.param(lambda c: c.add_workdays(datetime(2025, 9, 26, 12), 7), D(2025, 10, 13), id="add_workdays 7"),
        pytest.param(lambda c: c.next_workday(datetime(2025, 10, 1, 8)), D(2025, 10, 9), id="next_workday"),
        pytest.param(lambda c: c.previous_workday(datetime(2025, 10, 9, 8)), D(2025, 10, 9), id="previous_workday"),
        pytest.param(lambda c: Period(1, DAY).resolve(datetime(2025, 9, 26, 10), c), D(2025, 9, 28), id="1 day"),
        pytest.param(lambda c: Period(3, DAY).resolve(datetime(2025, 9, 26, 10), c), D(2025, 9, 29), id="3 days"),
        pytest.param(lambda c: Period(2, WORKDAY).resolve(datetime(2025, 9, 26, 10), c), D(2025, 9, 29), id="2 wd"),
    ],
)
def test_datetimes_are_taken_as_dates(call: object, expected: object) -> None:
    result = call(workdays.china())  # type: ignore[operator]
    assert result == expected and type(result) is type(expected)
