"""The printed report of `govrules simulate`, as Chinese staff read it.

Each metric has a Chinese name and a unit (个工作日, %, 次 ...); shares are shown as percentages
and their differences in 个百分点. The report says what was compared, over how many seeds, and
that the volumes are assumptions. The table is laid out by `rich` (extra `rich`), which measures
CJK characters as two columns; without it, a plain layout padded by East Asian width.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable, Sequence

from govrules.simulation.compare import Comparison, MetricDifference, MetricSummary

__all__ = ["comparison_report", "key_findings", "metric_label", "summary_report"]

#: Chinese names of what the simulation measures, before the statistic (平均, 第95百分位).
_SUBJECTS = {
    "signing.latency": "公文从拟稿到签发",
    "signing.latency.minutes": "会议纪要从会议到签发",
    "signing.queue": "公文送达签发人后等待签发",
    "countersign.wait": "会签等待",
    "agenda.wait": "议题等待上会",
    "countersign_reply": "会签回复",
    "minutes_issue": "会议纪要印发",
    "minutes_draft": "会议纪要起草",
    "post_meeting_issue": "会后文件印发",
    "agenda_materials": "上会材料报送",
    "meeting_request": "会议申请",
    "meeting_plan": "会议计划报送",
    "request_reply": "请示答复",
    "leave_request": "请假申请",
    "printing": "文件印制",
    "publication": "文件公开",
    "leader_reading": "领导阅文",
}

#: Metrics that are counts: name and unit.
_COUNTS = {
    "meetings.planned": ("计划召开的会议", "次"),
    "meetings.held": ("召开的会议", "次"),
    "meetings.not_held": ("未召开的会议", "次"),
    "agenda.deferred": ("推迟上会的议题", "个"),
    "agenda.left_over": ("期末仍未上会的议题", "个"),
    "records": ("记录", "条"),
    "breaches": ("违规", "项"),
    "leave.late_share": ("请假迟报的比例", "%"),
}


def metric_label(name: str) -> tuple[str, str]:
    """A metric's Chinese name and unit: 'countersign_reply.days_p95' -> ('会签回复用时（第95百分位）', '个工作日')."""
    if name in _COUNTS:
        return _COUNTS[name]
    for suffix, (stat, unit) in {
        ".days_mean": ("用时（平均）", "个工作日"),
        ".days_p95": ("用时（第95百分位）", "个工作日"),
        ".on_time_share": ("按时完成的比例", "%"),
    }.items():
        if name.endswith(suffix):
            key = name.removesuffix(suffix)
            return _SUBJECTS.get(key, key) + stat, unit
    return name, ""


def _value(x: float, unit: str) -> str:
    return f"{100 * x:.1f}%" if unit == "%" else f"{x:.2f}" if unit == "个工作日" else f"{x:.1f}"


def _diff(x: float, unit: str) -> str:
    if unit == "%":
        return f"{100 * x:+.1f}个百分点"
    return f"{x:+.2f}" if unit == "个工作日" else f"{x:+.1f}"


def _interval(m: MetricDifference | MetricSummary, unit: str, signed: bool) -> str:
    show = _diff if signed else _value
    low, high = show(m.low, unit), show(m.high, unit)
    if unit == "%" and signed:
        low, high = low.removesuffix("个百分点"), high.removesuffix("个百分点")
    return f"[{low}, {high}]"


def _note(replications: int, what: str) -> list[str]:
    return [
        f"{what}各列为{replications}个随机种子模拟结果的均值；95%区间按t分布计算"
        + ("（同一种子下两种规则配对相减）" if "差值" in what else "")
        + "。",
        "注意：公文、会议、请假等事项的数量和办理快慢是情景文件中的假设，不是实际统计；"
        "结论只说明规则改变在这些假设下的影响。",
    ]


def comparison_report(comparison: Comparison, *, width: int | None = None) -> str:
    """What was compared, the metrics (name, unit, baseline, variant, difference, 95% interval), and the caveats.

    `width`: the terminal's columns (a name wraps within its cell when they are few); None: not a terminal."""
    c = comparison
    head = [
        f"比较：{c.baseline.name}（基线，规则集 {c.baseline.ruleset}）与 {c.variant.name}（变更后）",
        *_note(c.replications, "基线、变更后和差值"),
    ]
    rows = []
    for m in c.metrics:
        label, unit = metric_label(m.name)
        rows.append(
            (
                label,
                unit,
                _value(m.baseline, unit),
                _value(m.variant, unit),
                _diff(m.difference, unit),
                _interval(m, unit, signed=True) + (" *" if m.significant else ""),
            )
        )
    table = _table(("指标", "单位", "基线", "变更后", "差值", "95%区间"), rows, width)
    return "\n".join([*head, "", table, "* 差值的95%区间不含0：在所设假设下，这一变化不是随机波动"])


def summary_report(
    title: str, metrics: tuple[MetricSummary, ...], replications: int, *, width: int | None = None
) -> str:
    """A baseline alone: each metric's mean over the seeds, with its 95% interval."""
    rows = []
    for m in metrics:
        label, unit = metric_label(m.name)
        rows.append((label, unit, _value(m.mean, unit), _interval(m, unit, signed=False)))
    table = _table(("指标", "单位", "均值", "95%区间"), rows, width)
    return "\n".join([title, *_note(replications, ""), "", table])


def key_findings(comparison: Comparison, names: Iterable[str]) -> str:
    """The study's answer in a few lines: its key metrics, baseline → variant, with the 95% interval."""
    have = {m.name for m in comparison.metrics}
    lines = ["要点（基线 → 变更后，差值与95%区间）："]
    for name in names:
        if name in have:
            m = comparison.metric(name)
            label, unit = metric_label(name)
            u = "" if unit in ("%", "") else unit
            lines.append(
                f"  {label}：{_value(m.baseline, unit)} → {_value(m.variant, unit)}{u}，"
                f"{_diff(m.difference, unit)} {_interval(m, unit, signed=True)}"
            )
    return "\n".join(lines)


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], width: int | None) -> str:
    try:
        from rich import box
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        return _plain(header, rows)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for i, h in enumerate(header):
        table.add_column(h, justify="left" if i < 2 else "right", no_wrap=i > 0, overflow="fold")
    for row in rows:
        table.add_row(*row)
    out = io.StringIO()
    # not a terminal: as wide as the table needs; a narrow terminal: names wrap in their cells, numbers stay whole
    Console(file=out, width=width or 130, color_system=None, force_terminal=False, emoji=False).print(table)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


def _cells(text: str) -> int:
    """Columns `text` takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _plain(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    """The table without rich: columns padded by display width (labels left, numbers right)."""
    widths = [max(_cells(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        out = []
        for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            pad = " " * (w - _cells(cell))
            out.append(cell + pad if i < 2 else pad + cell)
        return "  ".join(out).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)])
