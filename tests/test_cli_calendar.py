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

HOLIDAY_CN = Path(__file__).resolve().parents[2] / "shared" / "cases" / "holiday-cn"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _published_2027(tmp_path: Path) -> Path:
    """A 2027 file as holiday-cn would publish it: the estimate, but 10-08 off and 10-09 and 09-26 not worked."""
    est = workdays.estimate(2027)
    off, work = est.schedule(2027)
    days = [{"name": est.holiday_name(d) or "", "date": d.isoformat(), "isOffDay": True} for d in off]
    days.append({"name": "国庆节", "date": "2027-10-08", "isOffDay": True})
    days += [{"name": "", "date": d.isoformat(), "isOffDay": False} for d in work if d.month < 9]
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
    assert "2027-10-08" in out and "2027-09-26" in out and "2027-10-09" in out
    assert "共3天不同" in out


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
        pytest.param(["calendar", "diff", "/no/such.json", "--log", "x.jsonl"], "--ruleset", id="log without ruleset"),
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
