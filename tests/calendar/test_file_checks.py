"""A holiday-cn file must be a whole year's schedule (review 11 items 1, 10, 11, 16); UTF-8, with or without BOM."""

from __future__ import annotations

import json
from datetime import date as D
from pathlib import Path

import pytest

from govrules import workdays
from govrules.calendar_files import net_days_off, read_holiday_cn, statutory_net
from govrules.calendar_messages import render
from govrules.errors import CalendarFileError, CalendarFileWarning, InvalidInput, ScheduleIncomplete

HOLIDAY_CN = Path(__file__).resolve().parents[3] / "shared" / "cases" / "holiday-cn"
pytestmark = pytest.mark.skipif(not HOLIDAY_CN.is_dir(), reason="the real holiday-cn files are not here")


def _real(year: int) -> dict[str, object]:
    raw: dict[str, object] = json.loads((HOLIDAY_CN / f"{year}.json").read_text(encoding="utf-8"))
    return raw


def _write(tmp_path: Path, payload: object, name: str = "2027.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return p


@pytest.mark.parametrize("year", range(2007, 2027))
def test_every_real_file_nets_the_law_in_force(year: int) -> None:
    """The rule, derived from the real files: net days off = the law's (10 to 2007, 11 2008-2024, 13 from 2025),
    except 2015 (+1, the 抗战胜利70周年 day) and 2020 (+2, the 春节 extension)."""
    net = net_days_off(read_holiday_cn(HOLIDAY_CN / f"{year}.json").changes)
    assert net - statutory_net(year) == {2015: 1, 2020: 2}.get(year, 0)


def test_a_copied_file_with_only_the_year_changed_is_refused(tmp_path: Path) -> None:
    # review 11 item 1: 2026.json with "year": 2027 made 2027-02-09 (春节) a working day
    p = _write(tmp_path, {**_real(2026), "year": 2027})
    with pytest.raises(ScheduleIncomplete) as e:
        workdays.load_holiday_cn(p, workdays.china())
    assert e.value.file == str(p) and e.value.year == 2027 and e.value.reason == "year"
    assert render(e.value) == (
        f"{p} 的 year 为2027，但所列日期没有一天在2027年（都在2026年）：year 或日期写错了；"
        "如确认无误，可加 --force 照样载入"
    )


def test_a_file_without_spring_festival_is_refused_and_loads_when_forced(tmp_path: Path) -> None:
    # only the 元旦 days of 2027 (review 11: wkendoff.json)
    days = [{"name": "元旦", "date": f"2027-01-0{d}", "isOffDay": True} for d in (1, 2, 3)]
    p = _write(tmp_path, {"year": 2027, "days": days})
    with pytest.raises(ScheduleIncomplete, match="no 春节 or 国庆节") as e:
        workdays.load_holiday_cn(p, workdays.china())
    assert e.value.facts["missing"] == ("春节", "国庆节")
    assert "没有春节和国庆节的放假日期" in render(e.value)
    with pytest.warns(CalendarFileWarning, match="no 春节"):
        cal = workdays.load_holiday_cn(p, workdays.china(), force=True)
    assert cal.is_workday(D(2027, 2, 9))  # what the user forced


def test_net_days_off_must_match_the_law(tmp_path: Path) -> None:
    # the 2025 file with its two make-up Sundays of 春节 dropped: 15 days off net, the 2024 办法 gives 13 (+2 at most)
    raw = _real(2025)
    days = [d for d in raw["days"] if d["date"] not in ("2025-01-26", "2025-02-08", "2025-04-27")]  # type: ignore[attr-defined]
    p = _write(tmp_path, {**raw, "days": days}, "2025.json")
    with pytest.raises(ScheduleIncomplete) as e:
        workdays.load_holiday_cn(p, workdays.china())
    assert (e.value.facts["net"], e.value.facts["law"]) == (16, 13)
    assert "共16天" in render(e.value) and "为13天" in render(e.value)


@pytest.mark.parametrize("year", [1999, 2003, 2100])
def test_years_outside_2004_2099_are_refused(tmp_path: Path, year: int) -> None:
    p = _write(tmp_path, {"year": year, "days": [{"name": "元旦", "date": f"{year}-01-01", "isOffDay": True}]})
    with pytest.raises(CalendarFileError) as e:
        workdays.load_holiday_cn(p, workdays.china(), force=True)
    assert e.value.reason == "range" and f"{year}年" in render(e.value)


def test_utf8_with_bom_is_read(tmp_path: Path) -> None:
    p = tmp_path / "2025.json"
    p.write_bytes(b"\xef\xbb\xbf" + (HOLIDAY_CN / "2025.json").read_bytes())
    assert read_holiday_cn(p).changes[D(2025, 1, 26)] is True  # Sunday 2025-01-26 worked


@pytest.mark.parametrize(("codec", "named"), [("utf-16", "UTF-16"), ("gbk", "GBK")])
def test_utf16_and_gbk_are_refused_naming_the_encoding(tmp_path: Path, codec: str, named: str) -> None:
    p = tmp_path / "2025.json"
    p.write_bytes((HOLIDAY_CN / "2025.json").read_text(encoding="utf-8").encode(codec))
    with pytest.raises(CalendarFileError) as e:
        read_holiday_cn(p)
    assert e.value.facts["encoding"] == named
    assert render(e.value) == f"{p} 为{named}编码，请以UTF-8保存后再试"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2027-02-30", "2027-02-30不存在：2月没有30日"),
        ("2027-02-29", "2027-02-29不存在：2027年2月没有29日（非闰年）"),
        ("2027-13-01", "2027-13-01不存在：没有13月"),
        ("2027/02/01", "不是日期（应为YYYY-MM-DD）"),
    ],
)
def test_an_impossible_date_says_why(tmp_path: Path, text: str, said: str) -> None:
    p = _write(tmp_path, {"year": 2027, "days": [{"name": "春节", "date": text, "isOffDay": True}]})
    with pytest.raises(CalendarFileError) as e:
        read_holiday_cn(p)
    assert e.value.facts["text"] == text
    assert said in render(e.value) and str(p) in render(e.value)


@pytest.mark.parametrize(
    ("content", "reason", "said"),
    [
        (b'{"year": 2027, "days": [', "json", "不是有效的JSON（第1行第25列有误）"),
        (b"[1, 2]", "shape", "格式不对"),
        (b'{"year": 2027, "days": []}', "empty", "国务院尚未公布2027年的安排"),
    ],
)
def test_unreadable_files_are_said_in_chinese(tmp_path: Path, content: bytes, reason: str, said: str) -> None:
    p = tmp_path / "2027.json"
    p.write_bytes(content)
    with pytest.raises(CalendarFileError) as e:
        read_holiday_cn(p)
    assert e.value.reason == reason and said in render(e.value)
    assert str(e.value)  # the English, for API users


def test_estimate_refuses_years_before_2025_unless_a_backtest() -> None:
    pytest.importorskip("lunardate")
    with pytest.raises(InvalidInput, match="backtest=True"):
        workdays.estimate(2024)
    # asked for explicitly: the 2024 办法 applied to 2024 (which had 11 statutory days, not 13)
    assert workdays.estimate(2024, backtest=True).is_provisional(2024)


def test_the_missing_extra_is_said_in_chinese() -> None:
    from govrules.errors import MissingExtra

    e = MissingExtra("estimating a provisional year needs the lunar calendar package", "provisional")
    assert isinstance(e, InvalidInput)
    assert render(e) == "估算未公布年份的节假日需要农历数据包，请安装：pip install 'govrules[provisional]'"
