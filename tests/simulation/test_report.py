"""The printed simulation report: Chinese metric names and units, what was compared, over how many
seeds, that volumes are assumptions; aligned in a CJK terminal with rich or without it."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from govrules.simulation import DEFAULT_CHANGES, DEFAULT_SCENARIO, compare
from govrules.simulation.output import InlineExecutor
from govrules.simulation.report import comparison_report, metric_label


@pytest.fixture(scope="module")
def comparison():  # type: ignore[no-untyped-def]
    variant = DEFAULT_SCENARIO.with_changes(DEFAULT_CHANGES, "会签7→5个工作日（第五十二条）")
    return compare(DEFAULT_SCENARIO, variant, 2, InlineExecutor())


@pytest.mark.parametrize(
    ("name", "label", "unit"),
    [
        ("countersign_reply.days_p95", "会签回复用时（第95百分位）", "个工作日"),
        ("signing.latency.minutes.days_mean", "会议纪要从会议到签发用时（平均）", "个工作日"),
        ("minutes_issue.on_time_share", "会议纪要印发按时完成的比例", "%"),
        ("breaches", "违规", "项"),
    ],
)
def test_metric_labels(name: str, label: str, unit: str) -> None:
    assert metric_label(name) == (label, unit)


def _cells(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@pytest.mark.parametrize("rich", [True, False], ids=["rich", "plain"])
def test_report_says_what_and_aligns(rich: bool, comparison, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    if not rich:
        monkeypatch.setitem(sys.modules, "rich", None)
    text = comparison_report(comparison)
    assert "比较：西丰县" in text and "会签7→5个工作日" in text
    assert "2个随机种子" in text and "假设" in text
    assert "会签回复按时完成的比例" in text and "个百分点" in text and "个工作日" in text
    assert "countersign_reply" not in text
    rows = [line for line in text.splitlines() if line.endswith(("]", "*")) and "：" not in line]
    assert len(rows) == len(comparison.metrics)
    assert len({_cells(line) for line in rows}) == 1  # the last column (right-aligned) ends at one place
    assert len({_cells(line.split("  个")[0]) for line in rows if "  个" in line}) == 1  # so does the name
