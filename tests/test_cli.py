"""The command line: Chinese by default, English on request, errors on stderr with exit 2."""

from __future__ import annotations

import pytest

from govrules.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "workdays", "add", "2025-09-26", "7")
    assert code == 0
    assert "2025-10-13" in out and "星期一" in out


def test_is_makeup_day_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "workdays", "is", "2025-09-28", "--lang", "en")
    assert code == 0
    assert "is a working day" in out and "make-up" in out


def test_is_holiday(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "workdays", "is", "2025-10-01")
    assert "不是工作日" in out and "国庆节" in out


def test_between(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "workdays", "between", "2025-01-01", "2025-12-31")
    assert "248" in out


def test_uncovered_year_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "workdays", "is", "2027-03-01")
    assert code == 2 and out == ""
    assert "2027" in err and "provisional" in err


def test_provisional_flag(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("lunardate")
    code, out, _ = run(capsys, "workdays", "is", "2027-10-01", "--provisional")
    assert code == 0 and "估算" in out


def test_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["workdays", "is", "2025-02-30"]) == 2  # main returns the status; it never exits
    err = capsys.readouterr().err
    assert "2025-02-30" in err and "2月没有30日" in err
