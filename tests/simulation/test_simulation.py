"""The simulator: determinism, agreement with the audit, what-if sanity, scenario files, executors."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest

from govrules.audit import audit_lines
from govrules.errors import InvalidInput
from govrules.rules import RhythmRule, Ruleset
from govrules.simulation import DEFAULT_CHANGES, DEFAULT_SCENARIO, compare, load_scenario, run
from govrules.simulation.output import InlineExecutor

ROOT = Path(__file__).resolve().parents[2]
SIMULATIONS = ROOT / "simulations"
BASELINES = sorted(SIMULATIONS.glob("*.toml"))
STUDIES = sorted((SIMULATIONS / "studies").glob("*.toml"))


def test_there_is_a_baseline_for_each_ruleset() -> None:
    from govrules import rulesets

    assert {load_scenario(p).ruleset for p in BASELINES} == set(rulesets.available())


def test_same_seed_same_bytes() -> None:
    a = list(run(DEFAULT_SCENARIO, 7).jsonl())
    b = list(run(DEFAULT_SCENARIO, 7).jsonl())
    c = list(run(DEFAULT_SCENARIO, 8).jsonl())
    assert a == b
    assert a != c


def test_same_seed_same_bytes_across_processes() -> None:
    code = (
        "import hashlib, sys; from govrules.simulation import run, DEFAULT_SCENARIO;"
        "print(hashlib.sha256('\\n'.join(run(DEFAULT_SCENARIO, 3).jsonl()).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": str(h), "PATH": ""},
        ).stdout
        for h in (0, 1, 2)
    }
    assert len(digests) == 1


@pytest.mark.parametrize("path", BASELINES, ids=[p.stem for p in BASELINES])
def test_audit_finds_exactly_the_injected_violations(path: Path) -> None:
    scenario = load_scenario(path)
    for seed in (1, 2):
        result = run(scenario, seed)
        found: dict[str, set[str]] = defaultdict(set)
        rs = scenario.load_ruleset()
        run_ = audit_lines(rs, result.jsonl())
        rhythm: list[date] = []
        for f in run_:
            if f.record_id is None:  # how often meetings were held: the log as a whole
                assert f.rule == "meeting_rhythm"
                assert f.when is not None
                rhythm.append(f.when)
            else:
                found[f.record_id].add(f.rule)
        truth = {r["id"]: set(r.get("truth", ())) for r in result.records}
        assert run_.summary.invalid == 0
        assert set(found) <= set(truth)
        misses = {i: (t, found.get(i, set())) for i, t in truth.items() if t != found.get(i, set())}
        assert misses == {}
        assert sum(len(t) for t in truth.values()) > 0  # the scenario does inject violations
        assert sorted(rhythm) == _short_periods(rs, result.records)


def _short_periods(rs: Ruleset, records: list[dict[str, Any]]) -> list[date]:
    """Counted by hand: the first days of the whole months (or half years) between the first meeting
    and the last in which a kind of meeting was held fewer times than its rhythm rule says."""
    meetings = [(r["kind"], date.fromisoformat(r["date"])) for r in records if r["type"] == "meeting"]
    first, last = min(d for _, d in meetings), max(d for _, d in meetings)
    short: list[date] = []
    for rule in rs.rules_of(RhythmRule):
        months = {"MONTH": 1, "HALF_YEAR": 6}[rule.rhythm.per.name]
        start = date(first.year, 1, 1)
        while start <= last:
            end = date(start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1, 1)
            end -= timedelta(days=1)
            if first <= start and end <= last:
                held = sum(1 for k, d in meetings if k == rule.meeting.name and start <= d <= end)
                if held < rule.rhythm.times:
                    short.append(start)
            start = end + timedelta(days=1)
    return sorted(short)


def test_shorter_reply_deadline_raises_the_late_share() -> None:
    base = attrs.evolve(DEFAULT_SCENARIO, end=DEFAULT_SCENARIO.start.replace(month=6, day=30))
    c = compare(base, base.with_changes(DEFAULT_CHANGES), replications=8, executor=InlineExecutor())
    m = c.metric("countersign_reply.on_time_share")
    assert m.difference < 0
    assert m.high < 0  # the whole 95% interval below zero
    # replies answer to the period: those timed against it come sooner, the prompt ones miss it more
    assert c.metric("countersign_reply.days_mean").high < 0


def test_shorter_reply_deadline_moves_documents_faster() -> None:
    """The built-in study: documents wait for their countersigns, so a shorter period speeds them up."""
    base = attrs.evolve(DEFAULT_SCENARIO, end=DEFAULT_SCENARIO.start.replace(month=6, day=30))
    c = compare(base, base.with_changes(DEFAULT_CHANGES), replications=8, executor=InlineExecutor())
    assert c.metric("signing.latency.days_mean").high < 0
    assert c.metric("countersign.wait.days_mean").high < 0
    assert c.metric("breaches").low > 0  # more replies late


def test_deputies_signing_lowers_signing_latency() -> None:
    study = SIMULATIONS / "studies" / "kongtong_topical_minutes_by_deputy.toml"
    variant = load_scenario(study)
    c = compare(variant.baseline(), variant, replications=10, executor=InlineExecutor())
    m = c.metric("signing.latency.minutes.days_mean")  # 第四十七条 governs minutes
    assert m.difference < 0
    assert m.high < 0
    assert c.metric("signing.latency.days_mean").difference < 0


def test_monthly_executive_meetings_hold_fewer_meetings() -> None:
    variant = load_scenario(SIMULATIONS / "studies" / "dongchuan_executive_monthly.toml")
    c = compare(variant.baseline(), variant, replications=5, executor=InlineExecutor())
    assert c.metric("meetings.planned").difference == pytest.approx(-12, abs=1)
    assert c.metric("agenda.wait.days_mean").difference > 0


@pytest.mark.parametrize("path", STUDIES, ids=[p.stem for p in STUDIES])
def test_every_study_runs(path: Path) -> None:
    variant = load_scenario(path)
    assert variant.changes
    c = compare(variant.baseline(), variant, replications=3, executor=InlineExecutor())
    assert any(m.difference != 0 for m in c.metrics)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param('name = "x"\nruleset = "xifeng-2022"\ncolour = 1\n', "unknown key 'colour'", id="unknown key"),
        pytest.param('name = "x"\n', "missing key 'ruleset'", id="missing ruleset"),
        pytest.param('name = "x"\nruleset = "nowhere"\n', "nowhere", id="unknown ruleset"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[volumes]\ndocuments_per_day = -1\n',
                     "[volumes]: key 'documents_per_day'", id="negative volume"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[behaviour]\nreply_days = 5\n',
                     "[behaviour]: key 'reply_days'", id="spread not a table"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[behaviour]\nwrong_signer_share = 2\n',
                     "wrong_signer_share", id="share above 1"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[[change]]\nrule = "nope"\n', "nope", id="unknown rule"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[[change]]\nperiod = 3\n', "change #1: missing key 'rule'",
                     id="change without rule"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\nstart = "2025"\n', "key 'start'", id="start not a date"),
        pytest.param("name = \n", "not valid TOML", id="TOML syntax"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[behaviour.countersign]\nhaste = 1\n',
                     "[behaviour]: key 'countersign'", id="unknown timing key"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[behaviour.countersign]\n'
                     'prompt_share = 0.9\nlate_share = 0.2\n', "must not exceed 1", id="shares above 1"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[behaviour]\nsign_capacity = { HEAD = 0 }\n',
                     "sign_capacity", id="no capacity"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[sensitivity]\n"reply_days.mean" = [5, 3]\n',
                     "low <= high", id="range upside down"),
        pytest.param('name = "x"\nruleset = "xifeng-2022"\n[sensitivity]\n"mood.mean" = [1, 2]\n',
                     "unknown assumption 'mood.mean'", id="unknown assumption"),
    ],
)  # fmt: skip
def test_bad_scenario_files_name_the_key_and_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as e:
        load_scenario(path)
    assert str(path) in str(e.value)
    assert message in str(e.value)


def test_compare_through_a_dask_cluster() -> None:
    """The same study on a Dask LocalCluster (worker processes) gives the same numbers, run for run."""
    distributed = pytest.importorskip("distributed")
    quarter = attrs.evolve(DEFAULT_SCENARIO, end=date(2025, 3, 31))
    variant = quarter.with_changes(DEFAULT_CHANGES)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        c = compare(quarter, variant, replications=6, executor=client.get_executor())
    local = compare(quarter, variant, replications=6, executor=InlineExecutor())
    assert c.metrics == local.metrics
    assert c.baseline_runs == local.baseline_runs
    assert c.variant_runs == local.variant_runs


def test_cli_sensitivity_table_and_tornado(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govrules.cli import main

    study = tmp_path / "quarter.toml"
    study.write_text(
        f'extends = "{SIMULATIONS / "studies" / "xifeng_countersign_5.toml"}"\nend = 2025-03-31\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    args = ["simulate", str(study), "--sensitivity", "-n", "2", "--jobs", "1", "--quiet", "--out", str(out)]
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "敏感性分析" in text
    assert "countersign.prompt_share" in text
    assert "结果：会签回复按时完成的比例（countersign_reply.on_time_share，单位比例）" in text
    assert (out / "sensitivity.json").stat().st_size > 0
    if importlib.util.find_spec("matplotlib") is not None:
        assert (out / "charts" / "tornado_signing_latency_days_mean.png").read_bytes().startswith(b"\x89PNG")


def test_a_study_rests_on_its_countersign_assumptions() -> None:
    from govrules.simulation.sensitivity import sensitivity

    quarter = attrs.evolve(DEFAULT_SCENARIO, end=date(2025, 3, 31)).with_changes(DEFAULT_CHANGES)
    ranges = {"countersign.prompt_share": (0.2, 0.6), "request.prompt_share": (0.2, 0.6)}
    r = sensitivity(quarter, 3, InlineExecutor(), ranges=ranges)
    swing = {s.assumption: s.swing for s in r.ranked("countersign_reply.on_time_share")}
    assert swing["countersign.prompt_share"] > 0
    assert swing["request.prompt_share"] == 0  # requests play no part in countersigns


def test_process_pool_gives_the_same_answer_as_inline() -> None:
    from concurrent.futures import ProcessPoolExecutor

    variant = DEFAULT_SCENARIO.with_changes(DEFAULT_CHANGES)
    with ProcessPoolExecutor(max_workers=2) as pool:
        a = compare(DEFAULT_SCENARIO, variant, replications=3, executor=pool)
    b = compare(DEFAULT_SCENARIO, variant, replications=3, executor=InlineExecutor())
    assert a.metrics == b.metrics


def test_cli_simulate_writes_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govrules.cli import main

    assert main(["simulate", "--replications", "3", "--jobs", "1", "--out", str(tmp_path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "会签回复按时完成的比例" in out
    assert "会签7→5" in out
    assert "要点" in out  # the study's answer: its key metrics with their intervals
    for name in ("baseline.jsonl", "variant.jsonl", "metrics.csv", "metrics.json"):
        assert (tmp_path / name).stat().st_size > 0
    first = (tmp_path / "variant.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert '"type": "scenario"' in first
    assert "countersign_reply" in first  # the changes are named in the first record


def test_charts_with_the_plot_extra(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from govrules.simulation.output import write_plots

    c = compare(DEFAULT_SCENARIO, DEFAULT_SCENARIO.with_changes(DEFAULT_CHANGES), replications=3,
                executor=InlineExecutor())  # fmt: skip
    paths = write_plots(c, tmp_path)
    names = {p.name for p in paths}
    assert "countersign_reply_on_time_share.png" in names
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in paths)


def test_simulate_progress_bar_on_a_terminal(in_terminal: object) -> None:
    import sys

    cmd = [sys.executable, "-m", "govrules.cli", "simulate", "--replications", "3", "--jobs", "1"]
    code, err = in_terminal(cmd)  # type: ignore[operator]
    assert code == 0
    assert "模拟中" in err
    assert "3/3" in err


def test_the_built_in_default_is_the_shipped_study() -> None:
    """`govrules simulate` with no scenario runs simulations/studies/xifeng_countersign_5.toml: the packaged
    copies (src/govrules/data/simulations) are the very files users read and edit."""
    from pathlib import Path

    from govrules.simulation.scenario import DEFAULT_STUDY, default_study

    shipped = Path(__file__).resolve().parents[2] / "simulations"
    packaged = DEFAULT_STUDY.parent.parent
    for name in ("xifeng_2022.toml", "studies/xifeng_countersign_5.toml", "whatif/xifeng_countersign_5.toml"):
        assert (packaged / name).read_bytes() == (shipped / name).read_bytes(), name
    study = load_scenario(shipped / "studies" / "xifeng_countersign_5.toml")
    assert default_study().changes == study.changes
    assert default_study().baseline().volumes == study.baseline().volumes


def test_sensitivity_varies_the_assumed_volumes_too() -> None:
    """Review of issue 16: the latency result rests most on the share of documents that wait for countersigns
    (an assumed volume), so the analysis varies it; setting it moves the scenario and nothing else."""
    from govrules.simulation.scenario import default_study
    from govrules.simulation.sensitivity import VOLUME_RANGES, check_path, with_scenario_assumption

    assert "volumes.countersign_share" in VOLUME_RANGES
    for path in VOLUME_RANGES:
        check_path(path)
    study = default_study()
    moved = with_scenario_assumption(study, "volumes.countersign_share", 0.8)
    assert moved.volumes.countersign_share == 0.8 and moved.behaviour == study.behaviour
    with pytest.raises(InvalidInput):
        check_path("volumes.mood")
