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

from govrules.simulation.compare import Comparison, MetricSummary

__all__ = [
    "caveats",
    "compared",
    "comparison_report",
    "comparison_rows",
    "format_difference",
    "format_interval",
    "format_value",
    "key_findings",
    "metric_kind",
    "metric_label",
    "summary_report",
]

#: Names of what the simulation measures, before the statistic (平均, 第95百分位): Chinese, English.
_SUBJECTS = {
    "signing.latency": ("公文从拟稿到签发", "Documents, drafting to signing"),
    "signing.latency.minutes": ("会议纪要从会议到签发", "Minutes, meeting to signing"),
    "signing.queue": ("公文送达签发人后等待签发", "Documents waiting for the signer"),
    "countersign.wait": ("会签等待", "Waiting for countersigns"),
    "agenda.wait": ("议题等待上会", "Agenda items waiting for a meeting"),
    "countersign_reply": ("会签回复", "Countersign replies"),
    "minutes_issue": ("会议纪要印发", "Minutes issued"),
    "minutes_draft": ("会议纪要起草", "Minutes drafted"),
    "post_meeting_issue": ("会后文件印发", "Documents issued after a meeting"),
    "agenda_materials": ("上会材料报送", "Meeting materials submitted"),
    "meeting_request": ("会议申请", "Meeting requests"),
    "meeting_plan": ("会议计划报送", "Meeting plans submitted"),
    "request_reply": ("请示答复", "Replies to requests (请示)"),
    "leave_request": ("请假申请", "Leave requests"),
    "printing": ("文件印制", "Printing"),
    "publication": ("文件公开", "Publication"),
    "leader_reading": ("领导阅文", "Leaders' reading"),
    "supervision_simple": ("督查事项（一般）办结", "Supervision matters (simple) settled"),
    "supervision_complex": ("督查事项（复杂）有结果", "Supervision matters (complex) resolved"),
}

#: Metrics that are counts or shares: Chinese name and unit, English name and unit.
_COUNTS = {
    "meetings.planned": ("计划召开的会议", "次", "Meetings planned", "meetings"),
    "meetings.held": ("召开的会议", "次", "Meetings held", "meetings"),
    "meetings.not_held": ("未召开的会议", "次", "Meetings not held", "meetings"),
    "agenda.deferred": ("推迟上会的议题", "个", "Agenda items deferred", "items"),
    "agenda.left_over": ("期末仍未上会的议题", "个", "Agenda items left over at the end", "items"),
    "records": ("记录", "条", "Records", "records"),
    "breaches": ("违规", "项", "Breaches", "breaches"),
    "leave.late_share": ("请假迟报的比例", "%", "Leave asked late", "%"),
}

#: The statistic after the subject: Chinese, English, and the unit in each.
_STATS = {
    ".days_mean": ("用时（平均）", " (mean time)", "个工作日"),
    ".days_p95": ("用时（第95百分位）", " (95th percentile time)", "个工作日"),
    ".on_time_share": ("按时完成的比例", " on time", "%"),
}

_UNITS_EN = {"个工作日": "working days", "%": "%"}


def metric_label(name: str, lang: str = "zh") -> tuple[str, str]:
    """A metric's name and unit in `lang` (zh, en):
    'countersign_reply.days_p95' -> ('会签回复用时（第95百分位）', '个工作日'), or
    ('Countersign replies (95th percentile time)', 'working days')."""
    zh = lang == "zh"
    if name in _COUNTS:
        name_zh, unit_zh, name_en, unit_en = _COUNTS[name]
        return (name_zh, unit_zh) if zh else (name_en, unit_en)
    for suffix, (stat_zh, stat_en, unit) in _STATS.items():
        if name.endswith(suffix):
            key = name.removesuffix(suffix)
            subject_zh, subject_en = _SUBJECTS.get(key, (key, key))
            return (subject_zh + stat_zh, unit) if zh else (subject_en + stat_en, _UNITS_EN[unit])
    return name, ""


def metric_kind(name: str) -> str:
    """How a metric's numbers read: 'share' (shown as %), 'days' (working days) or 'count'."""
    unit = metric_label(name)[1]
    return "share" if unit == "%" else "days" if unit == "个工作日" else "count"


def format_value(x: float, kind: str) -> str:
    """A mean: 84.7%, 4.46, 55.7."""
    return f"{100 * x:.1f}%" if kind == "share" else f"{x:.2f}" if kind == "days" else f"{x:.1f}"


def format_difference(x: float, kind: str, lang: str = "zh", *, unit: bool = True) -> str:
    """A difference, signed: a share's in percentage points (个百分点 / pp) unless `unit` is False.
    One that rounds to nothing is +0 (never -0.00)."""
    if round(100 * x if kind == "share" else x, 1 if kind != "days" else 2) == 0:
        x = 0.0
    if kind == "share":
        return f"{100 * x:+.1f}" + (("个百分点" if lang == "zh" else " pp") if unit else "")
    return f"{x:+.2f}" if kind == "days" else f"{x:+.1f}"


def format_interval(low: float, high: float, kind: str, *, signed: bool) -> str:
    """A 95% interval: [-10.2, -8.4] (a difference's, signed), [83.1%, 86.2%] (a mean's)."""
    if signed:
        return f"[{format_difference(low, kind, unit=False)}, {format_difference(high, kind, unit=False)}]"
    return f"[{format_value(low, kind)}, {format_value(high, kind)}]"


def caveats(replications: int, paired: bool, lang: str) -> list[str]:
    if lang != "zh":
        return [
            f"Each column is the mean over {replications} random seeds; the 95% interval is by the t distribution"
            + (" (the two rule sets' results paired seed by seed)." if paired else "."),
            "Note: the volumes of documents, meetings and leave, and how fast they are handled, are assumptions of"
            " the scenario file, not statistics; "
            + (
                "the result shows what the rule change does under these assumptions."
                if paired
                else "the result shows how the rules play out under these assumptions."
            ),
        ]
    return [
        f"{'基线、变更后和差值' if paired else ''}各列为{replications}个随机种子模拟结果的均值；95%区间按t分布计算"
        + ("（同一种子下两种规则配对相减）" if paired else "")
        + "。",
        "注意：公文、会议、请假等事项的数量和办理快慢是情景文件中的假设，不是实际统计；"
        + ("结论只说明规则改变在这些假设下的影响。" if paired else "结果只说明按规则在这些假设下运行的情况。"),
    ]


def compared(comparison: Comparison, lang: str = "zh") -> str:
    """What was compared: the baseline (its ruleset) and the variant."""
    c = comparison
    base = c.baseline.name.removesuffix("（基线）")
    if lang != "zh":
        return f"Compared: {base} (baseline, ruleset {c.baseline.ruleset}) and {c.variant.name} (changed)"
    return f"比较：{base}（基线，规则集 {c.baseline.ruleset}）与 {c.variant.name}（变更后）"


def comparison_rows(comparison: Comparison, lang: str = "zh") -> list[tuple[str, ...]]:
    """One row per metric: name, unit, baseline, variant, difference, 95% interval (* when it excludes 0)."""
    rows: list[tuple[str, ...]] = []
    for m in comparison.metrics:
        label, unit = metric_label(m.name, lang)
        kind = metric_kind(m.name)
        rows.append(
            (
                label,
                unit,
                format_value(m.baseline, kind),
                format_value(m.variant, kind),
                format_difference(m.difference, kind, lang),
                format_interval(m.low, m.high, kind, signed=True) + (" *" if m.significant else ""),
            )
        )
    return rows


#: The printed tables' headers, and the footnote of the mark *.
HEADERS = {
    "zh": (("指标", "单位", "基线", "变更后", "差值", "95%区间"), ("指标", "单位", "均值", "95%区间")),
    "en": (
        ("Metric", "Unit", "Baseline", "Changed", "Difference", "95% interval"),
        ("Metric", "Unit", "Mean", "95% interval"),
    ),
}
SIGNIFICANT = {
    "zh": "* 差值的95%区间不含0：在所设假设下，这一变化不是随机波动",
    "en": "* the difference's 95% interval excludes 0: under these assumptions the change is not random noise",
}


def comparison_report(comparison: Comparison, *, width: int | None = None, lang: str = "zh") -> str:
    """What was compared, the metrics (name, unit, baseline, variant, difference, 95% interval), and the caveats.

    `width`: the terminal's columns (a name wraps within its cell when they are few); None: not a terminal."""
    lang = "zh" if lang == "zh" else "en"
    head = [compared(comparison, lang), *caveats(comparison.replications, True, lang)]
    table = _table(HEADERS[lang][0], comparison_rows(comparison, lang), width)
    return "\n".join([*head, "", table, SIGNIFICANT[lang]])


def summary_report(
    title: str,
    metrics: tuple[MetricSummary, ...],
    replications: int,
    *,
    width: int | None = None,
    lang: str = "zh",
) -> str:
    """A baseline alone: each metric's mean over the seeds, with its 95% interval."""
    lang = "zh" if lang == "zh" else "en"
    rows = []
    for m in metrics:
        label, unit = metric_label(m.name, lang)
        kind = metric_kind(m.name)
        rows.append((label, unit, format_value(m.mean, kind), format_interval(m.low, m.high, kind, signed=False)))
    table = _table(HEADERS[lang][1], rows, width)
    return "\n".join([title, *caveats(replications, False, lang), "", table])


def key_findings(comparison: Comparison, names: Iterable[str], lang: str = "zh") -> str:
    """The study's answer in a few lines: its key metrics, baseline → variant, with the 95% interval."""
    zh = lang == "zh"
    have = {m.name for m in comparison.metrics}
    lines = [
        "要点（基线 → 变更后，差值与95%区间）："
        if zh
        else "Key results (baseline → changed, difference, 95% interval):"
    ]
    for name in names:
        if name in have:
            m = comparison.metric(name)
            label, unit = metric_label(name, lang)
            kind = metric_kind(name)
            u = "" if kind != "days" else unit if zh else " " + unit
            lines.append(
                f"  {label}{'：' if zh else ': '}{format_value(m.baseline, kind)} → {format_value(m.variant, kind)}{u}"
                f"{'，' if zh else ', '}{format_difference(m.difference, kind, lang)} "
                f"{format_interval(m.low, m.high, kind, signed=True)}"
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
