"""`govrules simulate --out`: the HTML report a policy staffer opens offline, and the metrics files that
reproduce it. The page says what was compared, over which seeds, where the assumed volumes come from, the
version and the time; every metric with its Chinese name, unit and 95% interval; charts inline as SVG with
their text kept as text; English under --lang en."""

from __future__ import annotations

import csv
import html
import importlib.util
import json
import re
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest

from _browser import needs_browser, render
from govrules import __version__
from govrules.simulation import DEFAULT_CHANGES, DEFAULT_SCENARIO, compare
from govrules.simulation.compare import Comparison
from govrules.simulation.output import (
    NO_CHARTS,
    InlineExecutor,
    cjk_font,
    html_report,
    run_info,
    write_comparison,
    write_plots,
)
from govrules.simulation.report import metric_label
from govrules.simulation.scenario import DEFAULT_STUDY
from govrules.simulation.sensitivity import Sensitivity, Swing

HAVE_PLOT = importlib.util.find_spec("matplotlib") is not None
SIMULATIONS = Path(__file__).resolve().parents[2] / "simulations"
NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    # the baseline named as its own scenario, as `govrules simulate` names it (cli.simulate)
    quarter = attrs.evolve(
        DEFAULT_SCENARIO, name="西丰县 2025年", changes=(), end=DEFAULT_SCENARIO.start.replace(month=3, day=31)
    )
    variant = quarter.with_changes(DEFAULT_CHANGES, "西丰县：会签7→5个工作日")
    return compare(quarter, variant, 3, InlineExecutor(), first_seed=11)


@pytest.fixture(scope="module")
def page(comparison: Comparison) -> str:
    return html_report(comparison, info=run_info(DEFAULT_STUDY, 11, 3, now=NOW))


def _rows(page: str) -> dict[str, str]:
    """The metrics table's rows, by metric id."""
    return dict(re.findall(r'<tr class="\w+" data-metric="([^"]+)">(.*?)</tr>', page))


def test_the_header_says_what_was_compared_over_which_seeds_from_which_files(page: str) -> None:
    assert "<h1>模拟报告：西丰县：会签7→5个工作日</h1>" in page
    assert "<td>西丰县 2025年（基线）与 西丰县：会签7→5个工作日（变更后）</td>" in page  # each by its own name
    assert "会签7→5个工作日（基线）" not in page
    assert "《西丰县人民政府工作规则（试行）》（xifeng-2022，规则版本" in page
    # the change: the what-if file's own words, then the rule, its article and text, old and new period
    assert "会签、征求意见回复时限由7个工作日缩短为5个工作日（第五十二条第二款）" in page
    assert "countersign_reply（第五十二条第二款：" in page and "一般应在7个工作日内回复" in page
    assert "时限由7个工作日内改为5个工作日内" in page
    assert "3个（11至13），每个种子下基线与变更后各模拟一次" in page
    assert "取自 " in page and "xifeng_2022.toml：这些是假设值，不是实际统计" in page
    assert "xifeng_countersign_5.toml" in page
    assert f"<th>govrules 版本</th><td>{__version__}</td>" in page
    assert "2026-03-04T09:30:00+00:00" in page
    assert "各列为3个随机种子模拟结果的均值" in page


def test_every_metric_has_its_row_with_a_chinese_name_unit_and_interval(comparison: Comparison, page: str) -> None:
    rows = _rows(page)
    assert set(rows) == {m.name for m in comparison.metrics}
    for m in comparison.metrics:
        label, unit = metric_label(m.name)
        cells = re.findall(r"<td[^>]*>(.*?)</td>", rows[m.name])
        assert cells[0] == label and cells[1] == unit
        assert re.fullmatch(r"\[[+-]\d+\.\d+, [+-]\d+\.\d+\]", cells[5])
        assert cells[6] == ("是" if m.significant else "否")
        assert not re.search(r"[a-z]_[a-z]", cells[0])  # no identifier for a name
    reply = re.findall(r"<td[^>]*>(.*?)</td>", rows["countersign_reply.on_time_share"])
    assert reply[1] == "%" and reply[4].endswith("个百分点") and reply[2].endswith("%")
    days = re.findall(r"<td[^>]*>(.*?)</td>", rows["signing.latency.days_mean"])
    assert days[1] == "个工作日"
    assert comparison.metric("countersign_reply.on_time_share").significant  # 7→5 days: fewer replies on time


def test_the_page_needs_no_network(page: str) -> None:
    assert "http" not in page and "//" not in page
    for tag in ("<script", "<link", "<img", "<iframe", "@import", "src="):
        assert tag not in page
    assert set(re.findall(r"url\((.)", page)) <= {"#"}  # within the page (an SVG's clip paths)
    assert set(re.findall(r'href="(.)', page)) <= {"#"}


@pytest.mark.skipif(not HAVE_PLOT, reason="needs the plot extra (matplotlib)")
def test_charts_show_each_difference_with_its_interval_by_unit(comparison: Comparison, page: str) -> None:
    forest = page[page.index("<h2>差值及其95%区间</h2>") : page.index("<h2>各随机种子的结果分布</h2>")]
    charts = re.findall(r"<svg.*?</svg>", forest, flags=re.S)
    units = {metric_label(m.name)[1] for m in comparison.metrics}
    assert len(charts) == len(units)  # one panel a unit: no axis shared by 个工作日 and %
    titles = re.findall(r"<text[^>]*>各指标差值及其95%区间（(.*?)）</text>", forest)
    assert sorted(titles) == sorted("个百分点" if u == "%" else u for u in units)
    for m in comparison.metrics:  # every metric's name is drawn as text in its unit's chart
        assert f">{metric_label(m.name)[0]}</text>" in forest
    assert "差值（变更后 − 基线），个工作日</text>" in forest
    spread = page[page.index("<h2>各随机种子的结果分布</h2>") :]
    assert len(re.findall(r"<svg", spread)) == len(units)
    assert ">基线</text>" in spread and ">变更后</text>" in spread


def test_in_english_the_whole_page_is_english(comparison: Comparison) -> None:
    page = html_report(comparison, info=run_info(DEFAULT_STUDY, 11, 3, now=NOW), lang="en")
    assert '<html lang="en">' in page
    assert "Simulation report:" in page and "Random seeds" in page and "3 (11 to 13)" in page
    assert "these are assumptions, not statistics" in page
    assert "countersign_reply (Article 52, paragraph 2:" in page
    rows = _rows(page)
    assert "Countersign replies on time" in rows["countersign_reply.on_time_share"]
    assert "working days" in rows["signing.latency.days_mean"]
    for word in ("各指标", "个百分点", "随机种子", "区间不含0", "变更内容", "均值"):
        assert word not in page  # (the scenario's names and the article's words stay as written)
    if HAVE_PLOT:
        assert "Each metric's difference with its 95% interval (working days)</text>" in page
        assert ">difference (changed − baseline), working days</text>" in page


def test_without_matplotlib_the_page_says_how_to_get_charts(
    comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    page = html_report(comparison, info=run_info(DEFAULT_STUDY, 11, 3, now=NOW))
    assert html.escape(NO_CHARTS["zh"]) in page and "pip install &#x27;govrules[plot]&#x27;" in page
    assert "<svg" not in page
    assert len(_rows(page)) == len(comparison.metrics)  # the table is all there


def test_metrics_files_carry_what_reproduces_the_run(comparison: Comparison, tmp_path: Path) -> None:
    info = run_info(DEFAULT_STUDY, 11, 3, now=NOW)
    write_comparison(comparison, tmp_path, info)
    data = json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))
    # the keys it always had, unchanged
    for key in ("baseline", "variant", "ruleset", "changes", "replications", "metrics"):
        assert key in data
    reply = data["metrics"]["countersign_reply.on_time_share"]
    assert set(reply) >= {"baseline", "variant", "difference", "ci95", "significant"}
    assert reply["label"] == "会签回复按时完成的比例" and reply["unit"] == "%"
    assert reply["label_en"] == "Countersign replies on time"
    # and what reproduces it
    assert data["seeds"] == [11, 12, 13] and data["first_seed"] == 11
    assert data["govrules_version"] == __version__
    assert data["ruleset"] == "xifeng-2022" and data["ruleset_version"]
    assert data["study_file"] == str(DEFAULT_STUDY)
    assert data["volumes_file"].endswith("xifeng_2022.toml")
    assert data["generated"] == "2026-03-04T09:30:00+00:00"
    with (tmp_path / "metrics.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["scenario"] for r in rows] == ["baseline"] * 3 + ["variant"] * 3
    assert [r["seed"] for r in rows] == ["11", "12", "13"] * 2
    assert {r["govrules_version"] for r in rows} == {__version__}
    assert {r["volumes_file"] for r in rows} == {data["volumes_file"]}
    assert (
        float(rows[0]["countersign_reply.on_time_share"])
        == comparison.baseline_runs[0]["countersign_reply.on_time_share"]
    )


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    from govrules.cli import main

    code = main(list(args))
    return code, capsys.readouterr().out


def _quarter(tmp_path: Path, study: Path) -> Path:
    p = tmp_path / "quarter.toml"
    p.write_text(f'extends = "{study}"\nend = 2025-03-31\n', encoding="utf-8")
    return p


def test_a_baseline_alone_writes_its_metrics_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    study = _quarter(tmp_path, SIMULATIONS / "xifeng_2022.toml")
    code, text = _cli(capsys, "simulate", str(study), "-n", "2", "-j", "1", "--quiet", "--out", str(out))
    assert code == 0
    assert f"已写入 {out}：baseline.jsonl、metrics.csv、metrics.json、report.html" in text
    data = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert data["variant"] is None and data["changes"] == []
    assert data["seeds"] == [1, 2]  # the scenario's seed = 1
    assert data["study_file"] == str(study)
    assert data["volumes_file"] == str(SIMULATIONS / "xifeng_2022.toml")  # followed through `extends`
    low, high = data["metrics"]["countersign_reply.on_time_share"]["ci95"]
    assert low <= data["metrics"]["countersign_reply.on_time_share"]["baseline"] <= high
    with (out / "metrics.csv").open(encoding="utf-8", newline="") as f:
        assert [r["seed"] for r in csv.DictReader(f)] == ["1", "2"]
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "2个（1至2）" in page and "会签回复按时完成的比例" in page and "比较" not in page
    assert "结果只说明按规则在这些假设下运行的情况" in page


def test_simulate_out_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    study = _quarter(tmp_path, SIMULATIONS / "studies" / "xifeng_countersign_5.toml")
    args = ["simulate", str(study), "-n", "2", "-j", "1", "--quiet", "--out", str(out), "--lang", "en"]
    code, text = _cli(capsys, *args)
    assert code == 0
    assert "Countersign replies on time" in text and "working days" in text and " pp" in text
    assert "Key results" in text and f"Report (open in a browser): {out / 'report.html'}" in text
    for word in ("指标", "个百分点", "要点", "已写入", "随机种子"):
        assert word not in text
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Simulation report" in page and "各指标" not in page


@pytest.mark.skipif(not HAVE_PLOT, reason="needs the plot extra (matplotlib)")
def test_png_charts_are_labelled_in_chinese_without_missing_glyphs(
    comparison: Comparison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if cjk_font() is None:  # no Chinese font here: the chart is drawn in English rather than in boxes
        pytest.skip("no CJK font installed (.ci/run installs fonts-noto-cjk)")
    from matplotlib.figure import Figure

    labels: list[str] = []
    save = Figure.savefig

    def saving(fig: Figure, *args: object, **kwargs: object) -> None:  # what each chart says, as it is saved
        for ax in fig.axes:
            legend = ax.get_legend()
            labels.extend([ax.get_title(), ax.get_xlabel(), ax.get_ylabel()])
            labels.extend(t.get_text() for t in (legend.get_texts() if legend else ()))
        save(fig, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Figure, "savefig", saving)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        paths = write_plots(comparison, tmp_path, {"countersign_reply.on_time_share": ""})
    assert [p.name for p in paths] == ["countersign_reply_on_time_share.png"]
    assert paths[0].read_bytes().startswith(b"\x89PNG")
    missing = [str(w.message) for w in seen if "missing from" in str(w.message)]
    assert missing == []  # a glyph missing from the font would be drawn as a box
    said = " ".join(labels)
    assert "会签回复按时完成的比例" in said and "基线" in said and "变更后" in said, labels


@needs_browser
def test_a_staffer_sees_the_report_in_chinese_charts_and_all(page: str, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    text = "".join(render(path, pdf).split())  # a person reads past line breaks
    assert "模拟报告：西丰县：会签7→5个工作日" in text
    assert "3个（11至13）" in text
    assert "这些是假设值，不是实际统计" in text
    assert "会签回复按时完成的比例" in text and "公文从拟稿到签发用时（平均）" in text
    assert "个百分点" in text and "个工作日" in text
    if HAVE_PLOT:  # the charts' text is text: the printed page has the titles and axes in Chinese
        assert "各指标差值及其95%区间（个工作日）" in text
        assert "差值（变更后−基线），个工作日" in text
        assert "各随机种子的模拟结果（%）" in text


def _sensitivity() -> Sensitivity:
    swings = (
        Swing("countersign.prompt_share", "countersign_reply.on_time_share", 0.2, 0.6, -0.05, -0.11, 0.01),
        Swing("reply_days.mean", "countersign_reply.on_time_share", 3.0, 7.0, -0.02, -0.09, 0.01),
    )
    return Sensitivity("西丰县：会签7→5个工作日", 2, {"countersign_reply.on_time_share": -0.08}, swings)


def test_the_sensitivity_table_in_either_language() -> None:
    zh, en = _sensitivity().table(), _sensitivity().table("en")
    assert "敏感性分析" in zh and "结果：会签回复按时完成的比例" in zh and "摆幅" in zh
    assert "Sensitivity analysis" in en and "Result: Countersign replies on time" in en and "swing" in en
    assert "摆幅" not in en and "结果" not in en
    assert en.index("reply_days.mean") < en.index("countersign.prompt_share")  # the wider swing (0.07) first


@pytest.mark.skipif(not HAVE_PLOT, reason="needs the plot extra (matplotlib)")
def test_tornado_charts_are_labelled_without_missing_glyphs(tmp_path: Path) -> None:
    from govrules.simulation.output import write_tornado

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        paths = write_tornado(_sensitivity(), tmp_path)
    assert [p.name for p in paths] == ["tornado_countersign_reply_on_time_share.png"]
    assert [str(w.message) for w in seen if "missing from" in str(w.message)] == []
