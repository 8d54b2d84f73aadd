"""The user's calendar folder (review 11 items 5, 6, 7): gaps estimated, a bad file isolated, edits seen."""

from __future__ import annotations

import json
import os
from datetime import date as D
from pathlib import Path

import pytest

from govrules import workdays
from govrules.calendar_messages import render
from govrules.calendar_sources import data_dir
from govrules.errors import BrokenCalendarFile, CalendarNotCovered

pytest.importorskip("lunardate")


def whole_year(year: int) -> dict[str, object]:
    """A whole year as holiday-cn would publish it (the estimate's days), netting 13."""
    est = workdays.estimate(year)
    off, work = est.schedule(year)
    days = [{"name": est.holiday_name(d), "date": d.isoformat(), "isOffDay": True} for d in off]
    days += [{"name": "", "date": d.isoformat(), "isOffDay": False} for d in work]
    return {"year": year, "papers": [], "days": days}


def _put(year: int, payload: object, name: str | None = None) -> Path:
    folder = data_dir() / "calendar"
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / (name or f"{year}.json")
    p.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return p


def test_a_later_year_added_keeps_the_estimate_of_the_years_between() -> None:
    # review 11 item 5: adding 2029 switched off the estimate for 2027 and 2028
    _put(2029, whole_year(2029))
    cal = workdays.china(provisional=True)
    assert sorted(cal.provisional_years)[:3] == [2027, 2028, 2030]
    assert not cal.is_provisional(2029) and 2029 in cal.years
    assert cal.add_workdays(D(2026, 12, 30), 300) == workdays.china(provisional=True).add_workdays(D(2026, 12, 30), 300)


def test_the_error_names_the_first_uncovered_year_needed() -> None:
    _put(2029, whole_year(2029))
    cal = workdays.china()
    with pytest.raises(CalendarNotCovered) as e:
        cal.add_workdays(D(2026, 12, 30), 300)
    assert e.value.year == 2027 and e.value.start == D(2026, 12, 30) and e.value.count == 300
    assert render(e.value).startswith("计算2026-12-30之后第300个工作日要用到2027年的节假日安排")
    with pytest.raises(CalendarNotCovered) as e:
        cal.workdays_between(D(2026, 12, 30), D(2029, 3, 1))
    assert e.value.year == 2027


def test_a_bad_file_breaks_only_its_year_and_says_how_to_remove_it() -> None:
    # review 11 item 6: an invalid 2028.json broke every command, for every year
    p = data_dir() / "calendar" / "2028.json"
    p.parent.mkdir(parents=True)
    p.write_text('{"year": 2028, "days": [', encoding="utf-8")
    cal = workdays.china()
    assert not cal.is_workday(D(2025, 10, 1))  # other years as they were
    with pytest.raises(BrokenCalendarFile) as e:
        cal.is_workday(D(2028, 10, 1))
    assert e.value.year == 2028 and e.value.file == str(p) and isinstance(e.value, CalendarNotCovered)
    assert "govrules calendar remove 2028" in str(e.value)
    assert render(e.value).startswith(f"2028年的节假日文件无法使用，2028年暂无节假日安排：{p} 不是有效的JSON")
    assert "govrules calendar remove 2028" in render(e.value)
    # with the estimate: not estimated either (the user meant a file there), the years around are
    prov = workdays.china(provisional=True)
    assert prov.is_provisional(2027) and prov.is_provisional(2029)
    with pytest.raises(BrokenCalendarFile):
        prov.is_workday(D(2028, 10, 1))


def test_a_bad_file_for_a_published_year_breaks_that_year_only() -> None:
    _put(2026, {"year": 2026, "days": []})  # holiday-cn's placeholder, copied by hand
    cal = workdays.china()
    with pytest.raises(BrokenCalendarFile, match="2026"):
        cal.is_workday(D(2026, 10, 1))
    assert cal.add_workdays(D(2025, 9, 26), 7) == D(2025, 10, 13)


def test_an_incomplete_file_copied_by_hand_is_not_loaded_but_a_forced_one_is() -> None:
    partial = {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": True}]}
    _put(2027, partial)
    with pytest.raises(BrokenCalendarFile, match="no 春节"):
        workdays.china().is_workday(D(2027, 2, 9))
    os.remove(data_dir() / "calendar" / "2027.json")
    _put(2027, partial, "2027.forced.json")  # as `calendar add --force` writes it
    assert workdays.china().is_workday(D(2027, 2, 9))


def test_a_file_edited_in_place_is_noticed() -> None:
    # review 11 item 7: the folder's mtime does not change when a file in it is rewritten
    p = _put(2027, whole_year(2027))
    assert workdays.china().is_makeup_workday(D(2027, 10, 9))
    payload = whole_year(2027)
    payload["days"] = [d for d in payload["days"] if d["date"] != "2027-10-09"]  # type: ignore[attr-defined]
    payload["days"].append({"name": "", "date": "2027-10-16", "isOffDay": False})  # type: ignore[attr-defined]
    folder_mtime = os.stat(p.parent).st_mtime_ns
    with open(p, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False)
    os.utime(p.parent, ns=(folder_mtime, folder_mtime))
    cal = workdays.china()
    assert not cal.is_workday(D(2027, 10, 9)) and cal.is_makeup_workday(D(2027, 10, 16))


def test_files_not_named_by_year_are_not_loaded() -> None:
    _put(2027, whole_year(2027), "mine.json")
    assert 2027 not in workdays.china().years


def test_the_calendar_folder_follows_the_environment_between_calls(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # china() reads the environment's own table (not os.environ.get): a change must still be seen at once
    mine = tmp_path / "mine"
    (mine / "calendar").mkdir(parents=True)
    (mine / "calendar" / "2027.json").write_text(json.dumps(whole_year(2027), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("GOVRULES_DATA_DIR", str(mine))
    assert 2027 in workdays.china().years
    monkeypatch.setenv("GOVRULES_DATA_DIR", str(tmp_path / "empty"))
    assert 2027 not in workdays.china().years
    monkeypatch.delenv("GOVRULES_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    (tmp_path / "govrules").symlink_to(mine)
    assert 2027 in workdays.china().years
    monkeypatch.setenv("GOVRULES_DATA_DIR", "")  # empty: as if unset
    assert 2027 in workdays.china().years
    monkeypatch.setattr(os, "environ", {"GOVRULES_DATA_DIR": str(tmp_path / "empty")})  # a plain mapping
    assert 2027 not in workdays.china().years
    monkeypatch.setattr(os, "environ", {"GOVRULES_DATA_DIR": str(mine)})
    assert 2027 in workdays.china().years
