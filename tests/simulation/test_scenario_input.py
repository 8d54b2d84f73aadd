"""Issue 12: scenario files and `simulate` options that used to end in a traceback or never end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from govrules.cli import main
from govrules.errors import CalendarNotCovered, InvalidInput
from govrules.model import DocumentKind, Issuer
from govrules.simulation import load_scenario, run
from govrules.simulation.scenario import DocumentMix, People, Scenario, Spread, Volumes

HEAD = 'name = "t"\nruleset = "xifeng-2022"\n'


def scenario(tmp_path: Path, text: str, name: str = "s.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param("[people]\ndeputies = 1000000000\n", "deputies must be a whole number from 0 to 30",
                     id="10^9 deputies (grew memory without end)"),
        pytest.param("[volumes]\ndocuments_per_day = 1e9\n", "documents_per_day must be a number from 0 to 100",
                     id="a Poisson rate of 10^9 (hung)"),
        pytest.param("[volumes]\ncountersigns_per_day = nan\n", "finite", id="nan"),
        pytest.param("[behaviour]\nreply_days = {mean = inf, sd = 1}\n", "finite", id="inf"),
        pytest.param("[people]\nmeeting_absence_share = 1.5\n", "between 0 and 1", id="a share above 1"),
        pytest.param('[[volumes.documents]]\nkind = "通知"\nissuer = "政府"\nweight = 0\n', "weight must be above 0",
                     id="a document weight of 0"),
        pytest.param("start = 2025-01-01T08:00:00\n", "must be a date", id="a TOML datetime for start"),
        pytest.param("[people]\ndeputies = true\n", "whole number", id="a bool for deputies"),
        pytest.param("start = 2025-01-01\nend = 2055-01-01\n", "at most 7321", id="thirty years"),
        pytest.param('[[change]]\nrule = "executive_rhythm"\nrhythm = {times = 1000000000, per = "MONTH"}\n',
                     "more than one a day", id="a rhythm of 10^9 a month (hung)"),
        pytest.param('[[change]]\nrule = "countersign_reply"\nperiod = {amount = 5, unit = "WORKDAY", '
                     'count_start_day = "no"}\n', "count_start_day must be true or false", id='count_start_day = "no"'),
        pytest.param("provisional = 1\n", "true or false", id="provisional = 1"),
    ],
)  # fmt: skip
def test_scenario_numbers_have_ranges(tmp_path: Path, body: str, said: str) -> None:
    with pytest.raises(InvalidInput, match=said):
        load_scenario(scenario(tmp_path, HEAD + body))


def test_ranges_hold_for_scenarios_built_in_code() -> None:
    with pytest.raises(InvalidInput, match="deputies"):
        People(deputies=10**9)
    with pytest.raises(InvalidInput, match="mean"):
        Spread(float("nan"), 1.0)
    with pytest.raises(InvalidInput, match="weight"):
        DocumentMix(DocumentKind.NOTICE, Issuer.GOVERNMENT, weight=0)
    with pytest.raises(InvalidInput, match="agenda_capacity"):
        Volumes(agenda_capacity=True)  # type: ignore[arg-type]


def test_extends_pointing_at_itself(tmp_path: Path) -> None:
    p = scenario(tmp_path, 'extends = "s.toml"\n')
    with pytest.raises(InvalidInput, match="goes round in a circle"):
        load_scenario(p)


def test_extends_in_a_circle_of_two(tmp_path: Path) -> None:
    scenario(tmp_path, HEAD + 'extends = "b.toml"\n', "a.toml")
    scenario(tmp_path, 'extends = "a.toml"\n', "b.toml")
    with pytest.raises(InvalidInput, match=r"a\.toml -> .*b\.toml -> .*a\.toml"):
        load_scenario(tmp_path / "a.toml")


def _run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_scenario_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = scenario(tmp_path, 'extends = "s.toml"\n')
    code, out, err = _run_cli(capsys, "simulate", str(p), "-n", "2", "-j", "1", "--quiet")
    assert code == 2 and out == "" and err.count("\n") == 1


def test_simulate_out_onto_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "afile"
    target.write_text("x", encoding="utf-8")
    code, _, err = _run_cli(capsys, "simulate", "-n", "2", "-j", "1", "--quiet", "--out", str(target))
    assert code == 2 and "是文件，不是文件夹" in err
    assert target.read_text(encoding="utf-8") == "x"


Y2026 = HEAD + "start = 2026-01-01\nend = 2026-12-31\n"


def test_a_2026_year_spilling_into_2027_names_the_year_and_the_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = scenario(tmp_path, Y2026)
    code, out, err = _run_cli(capsys, "simulate", str(p), "-n", "2", "-j", "1", "--quiet")
    assert code == 2 and out == ""
    assert "2027" in err and "--holidays" in err and "--provisional" in err
    with pytest.raises(CalendarNotCovered) as e:
        run(load_scenario(p))
    assert e.value.year == 2027


def test_a_2026_year_runs_with_provisional(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = scenario(tmp_path, Y2026)
    code, out, _ = _run_cli(capsys, "simulate", str(p), "-n", "2", "-j", "1", "--quiet", "--provisional")
    assert code == 0 and "2个随机种子" in out
    assert "2027年的估算节假日安排" in out  # review of issue 16: the result says it rests on an estimate
    assert run(load_scenario(scenario(tmp_path, Y2026 + "provisional = true\n", "p.toml"))).records


def test_a_2026_year_runs_with_a_holiday_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], whole_year_file: Callable[..., Path]
) -> None:
    whole_year_file(2027)  # a whole year, as a published file would be (a partial file is refused)
    p = scenario(tmp_path, Y2026)
    code, _, err = _run_cli(
        capsys, "simulate", str(p), "-n", "2", "-j", "1", "--quiet", "--holidays", str(tmp_path / "2027.json")
    )
    assert code == 0, err
    in_file = scenario(tmp_path, Y2026 + 'holidays = ["2027.json"]\n', "h.toml")
    assert load_scenario(in_file).calendar().covers(__import__("datetime").date(2027, 1, 4))


def test_a_bad_holiday_file_is_said_at_load(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="holidays"):
        load_scenario(scenario(tmp_path, Y2026 + 'holidays = ["missing.json"]\n'))


def test_scenario_in_code_refuses_a_datetime() -> None:
    from datetime import datetime

    with pytest.raises(InvalidInput, match="start must be a date"):
        Scenario("t", "xifeng-2022", start=datetime(2025, 1, 1))


@pytest.mark.parametrize("article", ["999", "附件9", "附件x"])
def test_explain_of_a_missing_article(article: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run_cli(capsys, "explain", "xifeng-2022", article)
    assert code == 2 and out == ""
    assert f"没有“{article}”" in err and "第1条至第80条及附件1、附件2" in err and err.count("\n") == 1
    code, out, err = _run_cli(capsys, "explain", "xifeng-2022", article, "--lang", "en")
    assert code == 2 and "has no article" in err and "1-80" in err and err.count("\n") == 1
