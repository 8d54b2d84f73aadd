"""Session 14 (a trial at the turn of the year, as policy staff and as an integrator).

`govrules diff` tells two signing answers apart by every part of their outcome; its text must say each part, or a
change reads "现行：县长签发… → 变更后：县长签发…", the same words on both sides. A 西丰 variant letting the 分管副县长
sign what 附件1 五(三)1(5) gives the 县长 (`or_signers`) showed it: the variant's answer is 「县长或分管副县长签发」.

`govrules simulate --out` of a 2026 year with `--provisional` counts its spill into 2027 on an estimate: the
terminal said so, metrics.json and report.html did not; and the page's SVG charts warned once per CJK character
where matplotlib has no CJK font.
"""

from __future__ import annotations

import json
import re
import warnings
from datetime import date
from pathlib import Path

import attrs
import pytest

from govrules import rulesets, whatif
from govrules.model import Role
from govrules.rules import Citation
from govrules.simulation import DEFAULT_CHANGES, DEFAULT_SCENARIO, compare, output
from govrules.simulation.compare import Comparison
from govrules.simulation.output import InlineExecutor, html_report, run_info, write_comparison
from govrules.simulation.scenario import DEFAULT_STUDY
from govrules.whatif.answers import SigningAnswer
from govrules.whatif.texts import _signing_text

XF = rulesets.load("xifeng-2022")
BASELINE = Path(__file__).resolve().parents[1] / "simulations" / "xifeng_2022.toml"


def _pairs(report: str) -> list[tuple[str, str]]:
    was = re.findall(r"现行：(.*)\n\s*变更后：(.*)", report)
    return [(a, b) for a, b in was]


def test_a_change_of_who_may_sign_in_their_own_right_reads_differently() -> None:
    variant = whatif.apply_changes(XF, [{"rule": "weighty_matters_by_head", "or_signers": ["分管副县长"]}])
    d = whatif.diff(XF, variant)
    pairs = _pairs(d.report("zh", limit=1))
    assert pairs, d.summary()
    assert [p for p in pairs if p[0] == p[1]] == []
    assert any(b.startswith("县长或分管副县长签发") for _, b in pairs)
    en = d.report("en", limit=1)
    assert "signed by HEAD or DEPUTY" in en


def test_every_part_of_a_signing_outcome_is_said() -> None:
    cite = (Citation("xifeng-2022", article=53),)
    plain = SigningAnswer(Role.HEAD, reviewers=(Role.OFFICE_DIRECTOR, Role.DEPUTY), citations=cite)
    others = [
        SigningAnswer(Role.HEAD, reviewers=plain.reviewers, citations=cite, signers=(Role.HEAD, Role.DEPUTY)),
        SigningAnswer(
            Role.HEAD,
            reviewers=plain.reviewers,
            citations=cite,
            review_alternatives=((Role.DEPUTY, Role.EXECUTIVE_DEPUTY),),
        ),
        SigningAnswer(Role.HEAD, reviewers=plain.reviewers, citations=cite, unordered_reviewers=(Role.DEPUTY,)),
        SigningAnswer(Role.HEAD, reviewers=plain.reviewers, citations=cite, notes=("本规则未规定审核顺序。",)),
    ]
    for lang in ("zh", "en"):
        said = _signing_text(XF, plain, lang)
        for other in others:
            assert other.outcome != plain.outcome
            assert _signing_text(XF, other, lang) != said, (lang, other)
    assert "分管副县长或负责日常工作的副县长" in _signing_text(XF, others[1], "zh")


# -- govrules simulate --out: a run resting on an estimated 2027 says so in the files it leaves ----------------


def _late_2026(provisional: bool) -> Comparison:
    quarter = attrs.evolve(
        DEFAULT_SCENARIO,
        name="西丰县 2026年第四季度",
        changes=(),
        start=date(2026, 10, 1),
        end=date(2026, 12, 31),
        provisional=provisional,
    )
    return compare(quarter, quarter.with_changes(DEFAULT_CHANGES, "会签7→5个工作日"), 2, InlineExecutor())


def test_metrics_json_and_the_page_say_which_years_were_estimated(tmp_path: Path) -> None:
    c = _late_2026(provisional=True)
    write_comparison(c, tmp_path, run_info(DEFAULT_STUDY, 0, 2))
    said = json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))["calendar"]
    assert said == {"provisional": True, "estimated_years": [2027], "holidays": []}
    page = html_report(c, info=run_info(DEFAULT_STUDY, 0, 2))
    assert "2027年为估算（国务院尚未公布）" in page
    assert "2027: an estimate" in html_report(c, info=run_info(DEFAULT_STUDY, 0, 2), lang="en")


def test_a_run_on_published_years_alone_estimates_none(tmp_path: Path) -> None:
    c = compare(DEFAULT_SCENARIO, DEFAULT_SCENARIO.with_changes(DEFAULT_CHANGES, "v"), 2, InlineExecutor())
    write_comparison(c, tmp_path)
    said = json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))["calendar"]
    assert said == {"provisional": False, "estimated_years": [], "holidays": []}
    assert "为估算" not in html_report(c)


def test_the_pages_charts_warn_of_no_missing_glyph(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where matplotlib finds no CJK font, the SVG charts (their text drawn by the browser) used to emit one
    UserWarning per character and chart: 836 lines on stderr for `govrules simulate --out`."""
    pytest.importorskip("matplotlib")
    monkeypatch.setattr(output, "CJK_FONTS", ("No Such Font SC",))
    c = _late_2026(provisional=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        charts = output.forest_charts(c)
    assert charts and "会签" in charts[0][1]  # the text stays Chinese, for the browser to draw
    assert [str(w.message) for w in caught if "missing from font" in str(w.message)] == []


# -- govrules simulate: what was changed, with the article, on the terminal as on the page ---------------------


def test_the_terminal_report_names_each_change_and_its_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govrules.cli import main

    whatif_file = tmp_path / "dep.toml"
    whatif_file.write_text(
        'ruleset = "西丰县"\n[[change]]\nrule = "weighty_matters_by_head"\nor_signers = ["分管副县长"]\n',
        encoding="utf-8",
    )
    study = tmp_path / "study.toml"
    study.write_text(f'extends = "{BASELINE.as_posix()}"\nwhatif = "dep.toml"\nname = "试"\n', encoding="utf-8")
    assert main(["simulate", str(study), "-n", "2", "--jobs", "1", "--quiet"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "变更内容："
    assert out[2].startswith("  weighty_matters_by_head（附件1 五(三)1(5)：“以县政府或县政府办名义制发")
    assert out[2].endswith("：亦可签发的人改为：分管副县长")
    assert main(["simulate", "-n", "2", "--jobs", "1", "--quiet"]) == 0  # the built-in study: 第五十二条第二款
    out = capsys.readouterr().out.splitlines()
    assert out[2].startswith("  countersign_reply（第五十二条第二款：") and out[2].endswith(
        "时限由7个工作日内改为5个工作日内"
    )
