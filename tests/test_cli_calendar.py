"""`govrules calendar show|add|diff`: Chinese by default, English on request, one-line errors with exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from govrules import workdays
from govrules.calendar_sources import DATA_DIR_ENV, data_dir
from govrules.cli import main
from govrules.errors import CalendarFileError, CalendarFileWarning

HOLIDAY_CN = Path(__file__).resolve().parents[2] / "shared" / "cases" / "holiday-cn"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _published_2027(tmp_path: Path) -> Path:
    """A 2027 file as holiday-cn would publish it: the estimate, but 国庆 8 days (10-08 off), 10-16 worked."""
    est = workdays.estimate(2027)
    off, work = est.schedule(2027)
    days = [{"name": est.holiday_name(d) or "", "date": d.isoformat(), "isOffDay": True} for d in off]
    days.append({"name": "国庆节", "date": "2027-10-08", "isOffDay": True})
    days += [{"name": "", "date": d.isoformat(), "isOffDay": False} for d in (*work, date(2027, 10, 16))]
    p = tmp_path / "2027.json"
    p.write_text(json.dumps({"year": 2027, "papers": ["https://www.gov.cn/x.htm"], "days": days}), encoding="utf-8")
    return p


def test_show_a_published_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "show", "2026")
    assert code == 0
    assert "国办发明电〔2025〕7号" in out
    assert "春节：2026-02-15至2026-02-23，共9天" in out
    assert "2026-02-14（星期六）" in out and "2026-09-20（星期日）" in out


def test_show_an_estimated_year_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "show", "2027", "--lang", "en")
    assert code == 0
    assert "estimated" in out and "2027-10-01 to 2027-10-07" in out and "make-up working days" in out


def test_add_is_used_by_every_later_call(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _published_2027(tmp_path)
    assert 2027 not in workdays.china().years
    code, out, _ = run(capsys, "calendar", "add", str(p))
    assert code == 0 and "2027" in out
    assert (data_dir() / "calendar" / "2027.json").is_file()
    cal = workdays.china()
    assert 2027 in cal.years and not cal.is_provisional(2027)
    assert cal.source(2027).papers == ("https://www.gov.cn/x.htm",)
    assert not cal.is_workday(date(2027, 10, 8))
    code, out, _ = run(capsys, "workdays", "is", "2027-10-08")
    assert code == 0 and "不是工作日" in out and "估算" not in out
    # a fresh process sees it too
    env = dict(os.environ)
    proc = subprocess.run(
        [sys.executable, "-m", "govrules.cli", "calendar", "show", "2027"], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0 and "载入文件" in proc.stdout


def test_diff_against_the_estimate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _published_2027(tmp_path)
    code, out, _ = run(capsys, "calendar", "diff", str(p))
    assert code == 0
    assert "2027-10-08" in out and "2027-10-16" in out
    assert "共2天不同" in out


@pytest.mark.skipif(not HOLIDAY_CN.is_dir(), reason="the real holiday-cn files are not here")
@pytest.mark.parametrize("year", [2025, 2026])
def test_diff_of_a_real_year_is_the_backtest(capsys: pytest.CaptureFixture[str], year: int) -> None:
    code, out, _ = run(capsys, "calendar", "diff", str(HOLIDAY_CN / f"{year}.json"), "--lang", "en")
    assert code == 0 and "0 days differ" in out


def test_diff_lists_the_deadlines_that_move(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _published_2027(tmp_path)
    log = tmp_path / "records.jsonl"
    records = [
        {"type": "countersign", "id": "c1", "requested_on": "2027-09-30"},  # across 国庆: moves
        {"type": "countersign", "id": "c2", "requested_on": "2027-03-01"},  # no holiday near: stays
    ]
    log.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "calendar", "diff", str(p), "--log", str(log), "--ruleset", "xifeng-2022")
    assert code == 0
    assert "c1 countersign_reply" in out and "c2" not in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        pytest.param(["calendar", "add", "/no/such/2027.json"], "/no/such/2027.json", id="missing file"),
        pytest.param(["calendar", "show", "1999"], "1999", id="year without data"),
        pytest.param(["calendar", "diff", "/no/such.json", "--log", "x.jsonl"], "/no/such.json", id="file before log"),
    ],
)
def test_errors_are_one_line_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str], needle: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_add_a_bad_file_names_the_day(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "2027.json"
    p.write_text(json.dumps({"year": 2027, "days": [{"date": "2027-13-01", "isOffDay": True}]}), encoding="utf-8")
    code, _, err = run(capsys, "calendar", "add", str(p))
    assert code == 2 and "2027-13-01" in err and str(p) in err
    assert not (data_dir() / "calendar" / "2027.json").exists()


def test_tests_use_a_temporary_data_dir() -> None:
    assert DATA_DIR_ENV in os.environ
    assert not str(data_dir()).startswith(str(Path.home() / ".local"))


# -- review 11 -----------------------------------------------------------------------------------


def _whole(year: int, extra: list[dict[str, object]] = ()) -> dict[str, object]:  # type: ignore[assignment]
    est = workdays.estimate(year)
    off, work = est.schedule(year)
    days = [{"name": est.holiday_name(d), "date": d.isoformat(), "isOffDay": True} for d in off]
    days += [{"name": "", "date": d.isoformat(), "isOffDay": False} for d in work]
    return {"year": year, "papers": [], "days": days + list(extra)}


def _file(tmp_path: Path, name: str, payload: object) -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["workdays", "add", "2026-12-30", "3"], id="workdays add"),
        pytest.param(["due", "xifeng-2022", "countersign_reply", "2026-12-28"], id="due"),
        pytest.param(["workdays", "is", "2027-02-09"], id="workdays is"),
    ],
)
def test_an_uncovered_year_is_said_in_chinese_with_the_options(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    # review 11 item 2: English, naming with_schedule() and china(provisional=True)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert "2027年" in err and "已有国务院安排：2004-2026年" in err
    assert "--provisional" in err and "--holidays FILE" in err and "govrules calendar add FILE" in err
    assert "china(" not in err and "with_schedule" not in err and err.count("\n") == 1
    code, _, err = run(capsys, *argv, "--lang", "en")
    assert code == 2 and "2027" in err and "--provisional" in err and "china(" not in err and "已有" not in err


def test_due_in_english_says_working_days(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "due", "xifeng-2022", "countersign_reply", "2025-09-26", "--lang", "en")
    assert code == 0 and "7 working days after 2025-09-26 -> due 2025-10-13" in out


@pytest.mark.skipif(not HOLIDAY_CN.is_dir(), reason="the real holiday-cn files are not here")
def test_add_of_a_published_year_needs_force_and_then_says_it_is_amended(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # review 11 item 3: re2026.json (2026-12-31 off) was accepted and 2026 still cited the notice alone
    raw = json.loads((HOLIDAY_CN / "2026.json").read_text(encoding="utf-8"))
    raw["days"].append({"name": "元旦", "date": "2026-12-31", "isOffDay": True})
    raw["days"].append({"name": "", "date": "2026-12-26", "isOffDay": False})  # the net stays 13
    p = _file(tmp_path, "re2026.json", raw)
    code, out, err = run(capsys, "calendar", "add", str(p))
    assert code == 2 and out == ""
    assert "govrules已随附国务院公布的2026年节假日安排" in err and "2026-12-31改为休息" in err and "--force" in err
    assert workdays.china().is_workday(date(2026, 12, 31))
    code, out, _ = run(capsys, "calendar", "add", str(p), "--force")
    assert code == 0 and "改动了通知所定的2天：2026-12-26改为上班、2026-12-31改为休息" in out
    source = workdays.china().source(2026)
    assert source.amended and source.number == "国办发明电〔2025〕7号"
    assert source.amendments[0].days == ((date(2026, 12, 26), True), (date(2026, 12, 31), False))
    code, out, _ = run(capsys, "calendar", "show", "2026")
    assert "改动了通知所定的2天" in out.splitlines()[1]
    code, out, _ = run(capsys, "calendar", "show", "2026", "--lang", "en")
    assert "amended by the user's file" in out


def test_a_new_year_that_changes_a_published_day_needs_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # review 11: prevyear.json, a 2027 file listing 2026-12-31 off, changed 2026 without a word
    p = _file(tmp_path, "2027.json", _whole(2027, [{"name": "元旦", "date": "2026-12-31", "isOffDay": True}]))
    code, _, err = run(capsys, "calendar", "add", str(p))
    assert code == 2 and "此文件会改动国务院通知已定的1天：2026-12-31改为休息" in err
    code, out, _ = run(capsys, "calendar", "add", str(p), "--force")
    assert code == 0 and "2026年：" in out and "2026-12-31改为休息" in out
    assert not workdays.china().is_workday(date(2026, 12, 31))


def test_adding_a_year_again_says_it_replaced_the_old_file_and_list_remove(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # review 11 item 4
    first, second = _file(tmp_path, "a.json", _whole(2027)), _file(tmp_path, "b.json", _whole(2027))
    target = data_dir() / "calendar" / "2027.json"
    code, out, _ = run(capsys, "calendar", "add", str(first))
    assert code == 0 and "已替换" not in out
    code, out, _ = run(capsys, "calendar", "add", str(second))
    assert code == 0 and out.startswith(f"已替换此前添加的2027年节假日安排（原文件：{target}）")
    code, out, _ = run(capsys, "calendar", "list")
    assert code == 0 and f"2027年 {target}" in out
    code, out, _ = run(capsys, "calendar", "remove", "2027")
    assert code == 0 and f"已删除{target}" in out and not target.exists()
    assert 2027 not in workdays.china().years
    code, _, err = run(capsys, "calendar", "remove", "2027")
    assert code == 2 and "没有添加过2027年的节假日文件" in err


def test_list_shows_a_broken_file_and_how_to_remove_it(capsys: pytest.CaptureFixture[str]) -> None:
    folder = data_dir() / "calendar"
    folder.mkdir(parents=True)
    (folder / "2028.json").write_text("{", encoding="utf-8")
    code, out, _ = run(capsys, "calendar", "list")
    assert code == 0 and "2028年" in out and "无法使用" in out and "govrules calendar remove 2028" in out
    code, _, err = run(capsys, "workdays", "is", "2028-10-02", "--provisional")
    assert code == 2 and "2028年的节假日文件无法使用" in err and "govrules calendar remove 2028" in err
    code, out, _ = run(capsys, "workdays", "is", "2025-10-01")
    assert code == 0


def test_add_with_force_warns_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _file(tmp_path, "2027.json", {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": True}]})
    code, _, err = run(capsys, "calendar", "add", str(p), "--force")
    assert code == 0 and (data_dir() / "calendar" / "2027.forced.json").is_file()
    assert err.startswith("govrules: 注意：已按 --force 载入，") and "没有春节和国庆节的放假日期" in err
    assert "可加 --force" not in err


@pytest.mark.parametrize(
    ("year", "line"),
    [
        pytest.param(2015, "  中秋节：2015-09-27，共1天（与周末连休）", id="2015 中秋 9-27 only"),
        pytest.param(2017, "  国庆节、中秋节：2017-10-01至2017-10-08，共8天", id="2017 one block, both names"),
        pytest.param(
            2018,
            "  元旦：2018-12-30至2018-12-31，共2天（2019年元旦，由《国务院办公厅关于2019年部分节假日安排的通知》安排；"
            "与2019-01-01连休，共3天）",
            id="2018's December 元旦 days set by the 2019 notice",
        ),
        pytest.param(
            2018,
            "  2018-12-29（星期六）（2019年元旦调休，由《国务院办公厅关于2019年部分节假日安排的通知》安排）",
            id="2018-12-29 worked for 2019's 元旦",
        ),
        pytest.param(2019, "  元旦：2019-01-01，共1天（与2018-12-30至2018-12-31连休，共3天）", id="2019 元旦"),
        pytest.param(2027, "2027年节假日安排（估算：国务院尚未公布，以国务院通知为准）", id="2027 an estimate"),
        pytest.param(2027, "  春节：2027-02-05至2027-02-13，共9天", id="2027 春节"),
    ],
)
def test_show_names_every_block(capsys: pytest.CaptureFixture[str], year: int, line: str) -> None:
    # review 11 item 13
    code, out, _ = run(capsys, "calendar", "show", str(year))
    assert code == 0 and line in out.splitlines()
    assert "—" not in out


@pytest.mark.parametrize("year", [*range(2004, 2027), 2027, 2028, 2033, 2095])
def test_show_and_holiday_name_agree(capsys: pytest.CaptureFixture[str], year: int) -> None:
    # review 11 items 13, 14: no nameless block, and each day shown under a name the API gives it
    code, out, _ = run(capsys, "calendar", "show", str(year))
    assert code == 0 and "—" not in out
    cal = workdays.china(provisional=year > 2026)
    for text in out.splitlines():
        if "：20" in text and "共" in text:
            name, span = text.strip().split("：", 1)
            first, _, last = span.split("，")[0].partition("至")
            d, end = date.fromisoformat(first), date.fromisoformat(last or first)
            while d <= end:
                assert set(str(cal.holiday_name(d)).split("、")) <= set(name.split("、")), (d, name)
                d = date.fromordinal(d.toordinal() + 1)
    assert workdays.estimate(2027).holiday_name(date(2027, 2, 13)) == "春节"
    assert date(2027, 2, 13) in workdays.estimate(2027).schedule(2027)[0]


def test_show_of_a_year_before_the_data_names_the_range(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "calendar", "show", "2003")
    assert code == 2 and "govrules只能计算2004年至2099年" in err and "--provisional" not in err


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        (date(2026, 2, 14), "春节"),
        (date(2026, 9, 20), "国庆节"),  # nearer 中秋 (9-25), but worked for 国庆
        (date(2018, 12, 29), "元旦"),
        (date(2005, 12, 31), "元旦"),  # the correction's day
        (date(2027, 5, 8), "劳动节"),  # the estimate
    ],
)
def test_make_up_days_are_tied_to_their_holiday(capsys: pytest.CaptureFixture[str], day: date, holiday: str) -> None:
    # review 11 item 13: make-up days were not tied to their holiday
    cal = workdays.china(provisional=True)
    assert cal.makeup_for(day) == holiday and cal.holiday_name(day) is None
    _, out, _ = run(capsys, "calendar", "show", str(day.year))
    line = next(x for x in out.splitlines() if x.startswith(f"  {day.isoformat()}"))
    assert f"{holiday}调休" in line
    assert cal.makeup_for(date(2026, 2, 16)) is None  # a day off


def test_a_count_across_an_estimated_year_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # review 11 item 5, at the command line: 2029 added, 2027 and 2028 estimated, the note names both
    p = _file(tmp_path, "2029.json", _whole(2029))
    assert run(capsys, "calendar", "add", str(p))[0] == 0
    code, out, _ = run(capsys, "workdays", "add", "2026-12-30", "300", "--provisional")
    assert (
        code == 0
        and out.strip()
        == "2026-12-30之后第300个工作日：2028-03-20（星期一）（2027, 2028年为估算日程，以国务院通知为准）"
    )
    code, _, err = run(capsys, "workdays", "add", "2026-12-30", "300")
    assert code == 2 and "要用到2027年的节假日安排" in err and "已有国务院安排：2004-2026年、2029年" in err


def _moves_2026(tmp_path: Path) -> Path:
    """The trial's 2027b.json: a whole 2027 that also makes 2026-12-26 worked and 2026-12-31 off."""
    moved = [
        {"name": "元旦", "date": "2026-12-26", "isOffDay": False},
        {"name": "元旦", "date": "2026-12-31", "isOffDay": True},
    ]
    payload = _whole(2027, moved)
    payload["papers"] = ["https://www.gov.cn/zhengce/zhengceku/202611/content_0000000.htm"]
    return _file(tmp_path, "2027b.json", payload)


def test_holidays_that_change_a_published_day_need_force_and_the_receipt_says_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # trial s7 item 6: --holidays applied such a file silently, and the receipt said 2026 "published",
    # 2027 "loaded" with "notice": null although the file had papers
    p = _moves_2026(tmp_path)
    due = ["due", "xifeng-2022", "countersign_reply", "2026-12-28", "--holidays", str(p)]
    code, out, err = run(capsys, *due)
    assert code == 2 and out == ""
    assert "此文件会改动国务院通知已定的2天：2026-12-26改为上班、2026-12-31改为休息" in err and "--force" in err
    code, out, err = run(capsys, *due, "--force", "--format", "json")
    assert code == 0 and "已按 --force 载入" in err and "2026-12-31改为休息" in err
    receipt = json.loads(out)
    assert receipt["answer"]["date"] == "2027-01-08"
    years = {y["year"]: y for y in receipt["calendar"]["years"]}
    assert years[2026]["source"] == "loaded"  # no longer the State Council's alone
    assert years[2026]["notice"]["number"] == "国办发明电〔2025〕7号"
    assert years[2027]["source"] == "loaded"
    assert years[2027]["notice"]["address"] == "https://www.gov.cn/zhengce/zhengceku/202611/content_0000000.htm"
    # the library as the CLI: refused without force, loaded with a warning and the days recorded with it
    with pytest.raises(CalendarFileError) as e:
        workdays.load_holiday_cn(p)
    assert e.value.reason == "published" and len(e.value.facts["changed"]) == 2  # type: ignore[arg-type]
    with pytest.warns(CalendarFileWarning):
        cal = workdays.load_holiday_cn(p, force=True)
    assert cal.source(2026).amendments[0].file == str(p)
    assert cal.changed_by(date(2026, 12, 31)) == str(p) and cal.changed_by(date(2026, 12, 30)) is None
    # a real file of a published year agrees with its notice: loaded without a word
    if HOLIDAY_CN.is_dir():
        code, out, err = run(capsys, *due[:4], "--holidays", str(HOLIDAY_CN / "2026.json"), "--provisional")
        assert code == 0 and err == ""


def test_verify_of_a_receipt_whose_year_was_removed_says_it_as_the_cli_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # trial s7 item 8: verify said the API's advice in English (with_schedule(), china(provisional=True))
    code, _, _ = run(capsys, "calendar", "add", str(_file(tmp_path, "2027.json", _whole(2027))))
    assert code == 0
    code, out, _ = run(capsys, "due", "xifeng-2022", "countersign_reply", "2026-12-28", "--format", "json")
    assert code == 0
    receipt = tmp_path / "receipt.json"
    receipt.write_text(out, encoding="utf-8")
    assert run(capsys, "calendar", "remove", "2027")[0] == 0
    code, out, _ = run(capsys, "verify", str(receipt))
    assert code == 1 and "结论已变化：现在无法作出决定：" in out
    assert "2027年" in out and "govrules calendar add FILE" in out
    for api in ("with_schedule", "load_holiday_cn", "provisional=True", "--holidays", "--provisional", "schedule for"):
        assert api not in out
    code, out, _ = run(capsys, "verify", str(receipt), "--lang", "en")
    assert code == 1 and "govrules calendar add FILE" in out and "with_schedule" not in out
