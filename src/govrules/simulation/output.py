"""Writing a simulation's outputs: the event log, the metrics (CSV and JSON), and charts (extra `plot`)."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import tomllib
import warnings
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, Future
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import attrs

from govrules import __version__
from govrules.errors import InvalidInput
from govrules.rules.citations import Citation
from govrules.simulation.compare import Comparison, summaries_of
from govrules.simulation.engine import SimulationResult
from govrules.simulation.report import (
    HEADERS,
    caveats,
    comparison_rows,
    format_interval,
    format_value,
    key_findings,
    metric_kind,
    metric_label,
)
from govrules.simulation.scenario import Scenario
from govrules.simulation.sensitivity import Sensitivity

__all__ = [
    "CJK_FONTS",
    "NO_CHARTS",
    "InlineExecutor",
    "RunInfo",
    "calendar_basis",
    "cjk_font",
    "describe_change",
    "forest_charts",
    "html_report",
    "run_info",
    "spread_charts",
    "write_comparison",
    "write_html_report",
    "write_log",
    "write_plots",
    "write_sensitivity",
    "write_summary",
    "write_tornado",
]

P = ParamSpec("P")
T = TypeVar("T")


class InlineExecutor(Executor):
    """An executor that runs each task at once in this process (`--jobs 1`, tests, debugging)."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as e:
            future.set_exception(e)
        return future


def write_log(result: SimulationResult, path: Path) -> None:
    """The event log as JSON Lines (audit records, `truth` tagged)."""
    with path.open("w", encoding="utf-8") as f:
        for line in result.jsonl():
            f.write(line + "\n")


#: Families that draw Chinese, tried in order (Linux, then Windows and macOS); the page and the SVG charts
#: name them all and let the browser choose, a PNG chart is drawn with the first one installed.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK JP",
)

#: Said in place of the charts when matplotlib is not installed.
NO_CHARTS = {
    "zh": "未生成图表：需安装 plot 附加依赖：pip install 'govrules[plot]'",
    "en": "No charts: they need the plot extra: pip install 'govrules[plot]'",
}


@attrs.frozen
class RunInfo:
    """What a reader needs to reproduce a run, and when it was made: the files, the seeds, the version."""

    #: the scenario (or study) file the run read; for the built-in study, its path in the package
    study: str
    #: the file whose `[volumes]` the run assumed (the study's own, or one it `extends`)
    volumes: str
    first_seed: int
    replications: int
    #: when the run was made, ISO 8601 with the UTC offset
    generated: str
    version: str = __version__
    #: the `description` of the what-if file the study reads (`whatif = ...`), if any
    whatif: str = ""

    @property
    def seeds(self) -> list[int]:
        """Every seed the run used: first_seed, first_seed + 1, ..."""
        return list(range(self.first_seed, self.first_seed + self.replications))

    def as_dict(self) -> dict[str, Any]:
        """The keys metrics.json carries (beside its older ones)."""
        return {
            "seeds": self.seeds,
            "first_seed": self.first_seed,
            "govrules_version": self.version,
            "study_file": self.study,
            "volumes_file": self.volumes,
            "generated": self.generated,
        }


def run_info(scenario_file: str | Path, first_seed: int, replications: int, *, now: datetime | None = None) -> RunInfo:
    """The `RunInfo` of a run of `scenario_file`: its volumes file found by following `extends`."""
    study = Path(scenario_file)
    volumes, seen, whatif = study, set(), ""
    while volumes not in seen:
        seen.add(volumes)
        raw = _toml(volumes)
        if not whatif and isinstance(raw.get("whatif"), str):
            described = _toml(volumes.parent / raw["whatif"]).get("description")
            whatif = described if isinstance(described, str) else ""
        if "volumes" in raw or not isinstance(raw.get("extends"), str):
            break
        volumes = Path(os.path.normpath(volumes.parent / raw["extends"]))
    when = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    return RunInfo(str(study), str(volumes), first_seed, replications, when, whatif=whatif)


def _toml(path: Path) -> dict[str, Any]:
    """A scenario file read again for what it says about itself; {} if it is gone or bad since the run read it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _metric_entry(name: str) -> dict[str, str]:
    label, unit = metric_label(name)
    label_en, unit_en = metric_label(name, "en")
    return {"label": label, "unit": unit, "label_en": label_en, "unit_en": unit_en}


def _ruleset_version(ruleset: str) -> str | None:
    from govrules import rulesets

    try:
        return rulesets.load(ruleset).version
    except (KeyError, InvalidInput):
        return None


def calendar_basis(scenario: Scenario) -> dict[str, Any]:
    """What a run's working days rest on, as metrics.json records it: whether estimates were allowed
    (`provisional`), the years of the run (its own and the next, where its work spills) counted on an estimated
    schedule, and the holiday files it loaded. A result resting on an estimate says so wherever it is read."""
    span = range(scenario.start.year, scenario.end.year + 2)
    estimated = sorted(y for y in scenario.calendar().provisional_years if y in span)
    return {"provisional": scenario.provisional, "estimated_years": estimated, "holidays": list(scenario.holidays)}


def write_comparison(comparison: Comparison, out: Path, info: RunInfo | None = None) -> list[Path]:
    """metrics.csv (one row per scenario and seed) and metrics.json (each metric's difference).

    With `info`, both say what reproduces the run: each row its seed, the files and the version; the JSON
    the seeds, the files, the versions and when it was made (beside the keys it always had)."""
    out.mkdir(parents=True, exist_ok=True)
    names = [m.name for m in comparison.metrics]
    first = comparison.baseline.seed if info is None else info.first_seed
    rows = out / "metrics.csv"
    with rows.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["scenario", "replication", *names, *_PROVENANCE_COLUMNS])
        for label, runs in (("baseline", comparison.baseline_runs), ("variant", comparison.variant_runs)):
            for i, r in enumerate(runs):
                w.writerow([label, i, *(r.get(n, 0.0) for n in names), *_provenance(first + i, comparison, info)])
    summary = out / "metrics.json"
    payload: dict[str, Any] = {
        "baseline": comparison.baseline.name,
        "variant": comparison.variant.name,
        "ruleset": comparison.baseline.ruleset,
        "changes": list(comparison.variant.changes),
        "replications": comparison.replications,
        "metrics": {
            m.name: {
                "baseline": m.baseline,
                "variant": m.variant,
                "difference": m.difference,
                "ci95": [m.low, m.high],
                "significant": m.significant,
                **_metric_entry(m.name),
            }
            for m in comparison.metrics
        },
        "ruleset_version": _ruleset_version(comparison.baseline.ruleset),
        "calendar": calendar_basis(comparison.variant),
        **(info.as_dict() if info else {}),
    }
    summary.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return [rows, summary]


#: The columns metrics.csv carries after the metrics, the same on every row: what reproduces it.
_PROVENANCE_COLUMNS = ("seed", "ruleset", "study_file", "volumes_file", "govrules_version")


def _provenance(seed: int, comparison: Comparison | Scenario, info: RunInfo | None) -> list[object]:
    scenario = comparison.baseline if isinstance(comparison, Comparison) else comparison
    return [
        seed,
        scenario.ruleset,
        info.study if info else "",
        info.volumes if info else "",
        info.version if info else __version__,
    ]


def write_summary(
    scenario: Scenario, runs: Sequence[Mapping[str, float]], out: Path, info: RunInfo | None = None
) -> list[Path]:
    """A baseline alone: metrics.csv (one row per seed) and metrics.json (each metric's mean and its 95%
    interval, under `baseline` and `ci95`; `variant` null), with what reproduces the run as in `write_comparison`."""
    out.mkdir(parents=True, exist_ok=True)
    summaries = summaries_of(runs)
    names = [m.name for m in summaries]
    first = scenario.seed if info is None else info.first_seed
    rows = out / "metrics.csv"
    with rows.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["scenario", "replication", *names, *_PROVENANCE_COLUMNS])
        for i, r in enumerate(runs):
            w.writerow(["baseline", i, *(r.get(n, 0.0) for n in names), *_provenance(first + i, scenario, info)])
    summary = out / "metrics.json"
    payload: dict[str, Any] = {
        "baseline": scenario.name,
        "variant": None,
        "ruleset": scenario.ruleset,
        "changes": [],
        "replications": len(runs),
        "metrics": {m.name: {"baseline": m.mean, "ci95": [m.low, m.high], **_metric_entry(m.name)} for m in summaries},
        "ruleset_version": _ruleset_version(scenario.ruleset),
        "calendar": calendar_basis(scenario),
        **(info.as_dict() if info else {}),
    }
    summary.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return [rows, summary]


# -- charts ----------------------------------------------------------------------------------------


def _pyplot() -> Any:
    """matplotlib.pyplot drawing off-screen, or None without the `plot` extra."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    return plt


def cjk_font() -> str | None:
    """The first family of `CJK_FONTS` matplotlib finds installed, or None (then PNG charts are drawn in
    English: never boxes in place of characters)."""
    from matplotlib import font_manager

    have = {f.name for f in font_manager.fontManager.ttflist}
    return next((f for f in CJK_FONTS if f in have), None)


def _style(svg: bool) -> dict[str, Any]:
    return {
        "font.family": "sans-serif",
        "font.sans-serif": [*CJK_FONTS, "DejaVu Sans"],
        "axes.unicode_minus": False,  # U+2212 is missing from some CJK fonts
        "svg.fonttype": "none" if svg else "path",  # an SVG's text stays text, drawn by the browser's fonts
        "svg.hashsalt": "govrules",
        "axes.spines.top": False,
        "axes.spines.right": False,
    }


def _svg(fig: Any) -> str:
    """The figure as an `<svg>` element to put in a page: no XML prolog, metadata or namespace URLs."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    text = buf.getvalue()
    text = text[text.index("<svg") :]
    text = re.sub(r"\s*<metadata>.*?</metadata>", "", text, flags=re.S)
    text = re.sub(r'\s+xmlns(:xlink)?="[^"]*"', "", text)
    return text.replace("<svg ", '<svg role="img" ', 1)


#: Chart texts: title, axis and legend words, by language.
_WORDS = {
    "zh": {
        "baseline": "基线",
        "variant": "变更后",
        "seeds": "种子数",
        "difference": "差值（变更后 − 基线）",
        "forest": "各指标差值及其95%区间（{unit}）",
        "spread": "各随机种子的模拟结果（{unit}）",
        "excludes": "区间不含0",
        "includes": "区间含0",
        "pp": "个百分点",
        "hist": "{label}：各随机种子的结果",
        "tornado_x": "规则变更的效果：{label}的差值（{unit}）",
        "tornado_title": "蓝色：随假设增大而增大；橙色：随假设增大而减小；黑线：按所设假设的结果",
    },
    "en": {
        "baseline": "baseline",
        "variant": "changed",
        "seeds": "seeds",
        "difference": "difference (changed − baseline)",
        "forest": "Each metric's difference with its 95% interval ({unit})",
        "spread": "The results of each random seed ({unit})",
        "excludes": "interval excludes 0",
        "includes": "interval includes 0",
        "pp": "percentage points",
        "hist": "{label}: the results of each seed",
        "tornado_x": "effect of the rule change: difference in {label} ({unit})",
        "tornado_title": "blue: rises with the assumption; orange: falls; black line: at the stated assumptions",
    },
}


def _groups(names: Sequence[str], lang: str) -> dict[str, list[str]]:
    """Metric names by unit (as `lang` says it), in the order met: a chart never mixes units on one axis."""
    out: dict[str, list[str]] = {}
    order = {"share": 0, "days": 1, "count": 2}  # the shares and times a rule change is about first
    for name in sorted(names, key=lambda n: order[metric_kind(n)]):
        out.setdefault(metric_label(name, lang)[1] or "—", []).append(name)
    return out


def _scale(name: str) -> float:
    return 100.0 if metric_kind(name) == "share" else 1.0


def _finished(
    plt: Any, fig: Any, ax: Any, title: str, names: Sequence[str], xlabel: str, lang: str, *, legend: bool
) -> tuple[str, str]:
    """A chart of one metric a row finished as every chart of the page is: the metrics' names down the
    side, the axis label and title, the legend (if any) beside the plot, a light grid; (title, SVG)."""
    ax.set_yticks(range(len(names)), [metric_label(n, lang)[0] for n in names])
    ax.set_ylim(-0.7, len(names) - 0.3)
    ax.set_xlabel(xlabel)
    ax.set_title(title, fontsize=11)
    if legend:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    with warnings.catch_warnings():
        # an SVG's text stays text, drawn by the browser's fonts: a CJK glyph matplotlib's own fonts lack is no
        # fault of the page, and was one warning per character and chart (hundreds a run) where none is installed
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
        fig.tight_layout()
        svg = _svg(fig)
    plt.close(fig)
    return title, svg


def forest_charts(comparison: Comparison, lang: str = "zh") -> list[tuple[str, str]]:
    """Per unit, a chart of each metric's difference (a dot) and its 95% interval (a bar), zero marked:
    (title, SVG). Empty without the `plot` extra."""
    plt = _pyplot()
    if plt is None:
        return []
    words = _WORDS["zh" if lang == "zh" else "en"]
    charts = []
    with plt.rc_context(_style(svg=True)):
        for unit, names in _groups([m.name for m in comparison.metrics], lang).items():
            shown = words["pp"] if unit == "%" else unit
            title = words["forest"].format(unit=shown)
            ms = list(reversed([comparison.metric(n) for n in names]))
            fig, ax = plt.subplots(figsize=(9, 0.34 * len(ms) + 1.3))
            for y, m in enumerate(ms):
                k = _scale(m.name)
                colour = "#b03a2e" if m.significant else "#7f8c8d"
                ax.plot([m.low * k, m.high * k], [y, y], color=colour, linewidth=2.2, solid_capstyle="butt")
                ax.plot([m.difference * k], [y], "o", color=colour, markersize=5)
            ax.axvline(0, color="black", linewidth=0.8)
            ax.plot([], [], "o-", color="#b03a2e", label=words["excludes"])
            ax.plot([], [], "o-", color="#7f8c8d", label=words["includes"])
            xlabel = f"{words['difference']}，{shown}" if lang == "zh" else f"{words['difference']}, {shown}"
            charts.append(_finished(plt, fig, ax, title, [m.name for m in ms], xlabel, lang, legend=True))
    return charts


def spread_charts(
    names: Sequence[str],
    baseline_runs: Sequence[Mapping[str, float]],
    variant_runs: Sequence[Mapping[str, float]] = (),
    lang: str = "zh",
) -> list[tuple[str, str]]:
    """Per unit, each metric's results over the seeds (box and points), baseline beside variant:
    (title, SVG). Empty without the `plot` extra."""
    plt = _pyplot()
    if plt is None:
        return []
    words = _WORDS["zh" if lang == "zh" else "en"]
    charts = []
    both = bool(variant_runs)
    with plt.rc_context(_style(svg=True)):
        for unit, group in _groups(names, lang).items():
            title = words["spread"].format(unit=unit)
            ns = list(reversed(group))
            fig, ax = plt.subplots(figsize=(9, (0.5 if both else 0.3) * len(ns) + 1.3))
            series = [(baseline_runs, "#7f8c8d", words["baseline"], 0.19 if both else 0.0)]
            if both:
                series.append((variant_runs, "#2e6da4", words["variant"], -0.19))
            for runs, colour, label, shift in series:
                data = [[r.get(n, 0.0) * _scale(n) for r in runs] for n in ns]
                where = [y + shift for y in range(len(ns))]
                ax.boxplot(
                    data,
                    positions=where,
                    orientation="horizontal",
                    widths=0.3 if both else 0.5,
                    showfliers=False,
                    patch_artist=True,
                    boxprops={"facecolor": "white", "edgecolor": colour},
                    medianprops={"color": colour},
                    whiskerprops={"color": colour},
                    capprops={"color": colour},
                )
                for y, xs in zip(where, data, strict=True):
                    ax.plot(xs, [y] * len(xs), "o", color=colour, markersize=2.5, alpha=0.6)
                ax.plot([], [], "s", color=colour, label=label)
            charts.append(_finished(plt, fig, ax, title, ns, unit, lang, legend=both))
    return charts


def write_plots(
    comparison: Comparison, out: Path, metrics: Mapping[str, str] | None = None, lang: str = "zh"
) -> list[Path]:
    """PNG charts of the metric distributions over the replications, titled and labelled in `lang` (in
    English where no Chinese font is installed); needs the `plot` extra (matplotlib)."""
    plt = _pyplot()
    if plt is None:
        return []
    if lang == "zh" and cjk_font() is None:
        lang = "en"
    words = _WORDS["zh" if lang == "zh" else "en"]
    chosen = metrics or {
        m.name: m.name for m in comparison.metrics if m.name.endswith(("on_time_share", "days_mean", "late_share"))
    }
    written = []
    out.mkdir(parents=True, exist_ok=True)
    from matplotlib.ticker import MaxNLocator

    with plt.rc_context(_style(svg=False)):
        for name in chosen:
            label, unit = metric_label(name, lang)
            fig, ax = plt.subplots(figsize=(6.4, 3.8))
            base = [r.get(name, 0.0) * _scale(name) for r in comparison.baseline_runs]
            var = [r.get(name, 0.0) * _scale(name) for r in comparison.variant_runs]
            ax.hist([base, var], bins=15, label=[words["baseline"], words["variant"]], color=["#7f8c8d", "#2e6da4"])
            ax.set_title(words["hist"].format(label=label), fontsize=10)
            ax.set_xlabel(unit)
            ax.set_ylabel(words["seeds"])
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.legend(frameon=False)
            path = out / f"{name.replace('.', '_')}.png"
            fig.tight_layout()
            fig.savefig(path, dpi=100)
            plt.close(fig)
            written.append(path)
    return written


# -- the HTML report -------------------------------------------------------------------------------

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;
color:#222;max-width:72em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
table.metrics td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.metrics td.u{white-space:nowrap}table.metrics td.mark{text-align:center}
table.metrics tr.significant td{background:#fbeee6}
.about th{background:#f4f4f4;white-space:nowrap}
.note{background:#fff8e1;border-left:4px solid #e0a800;padding:.5em 1em}
figure{margin:1em 0}figure svg{max-width:100%;height:auto}
"""

#: The metrics table's cells: name, unit, numbers, the mark.
_CELL = ("", ' class="u"', ' class="n"', ' class="mark"')

#: The page's words, by language.
_PAGE = {
    "zh": {
        "title": "模拟报告：{name}",
        "compared": "比较",
        "compared_value": "{baseline}（基线）与 {variant}（变更后）",
        "ruleset": "规则集",
        "ruleset_value": "《{title}》（{id}，规则版本 {version}）",
        "changes": "变更内容",
        "seeds": "随机种子",
        "seeds_value": "{n}个（{first}至{last}），每个种子下基线与变更后各模拟一次",
        "seeds_alone": "{n}个（{first}至{last}）",
        "volumes": "数量假设",
        "volumes_value": "取自 {file}：这些是假设值，不是实际统计",
        "study": "情景文件",
        "version": "govrules 版本",
        "generated": "生成时间",
        "period": "模拟期间",
        "estimated": "节假日安排",
        "estimated_value": "{years}为估算（国务院尚未公布），其中的工作日计算为估算，以国务院通知为准",
        "loaded": "另加载的节假日文件",
        "findings": "要点",
        "table": "各指标",
        "col_excludes": "区间不含0",
        "excludes_note": "区间不含0为“是”（底色标出）：差值的95%区间不含0，在所设假设下这一变化不是随机波动。",
        "yes": "是",
        "no": "否",
        "forest": "差值及其95%区间",
        "forest_note": "点为差值（变更后 − 基线，各种子配对相减后的均值），线段为其95%区间；红色的区间不含0。"
        "不同单位的指标分图绘制。",
        "spread": "各随机种子的结果分布",
        "spread_note": "每个点是一个随机种子的模拟结果；方框为四分位距，竖线为中位数。",
        "rule_from": "{rule}（{where}：“{quote}”）：{changes}",
        "changed_to": "{field}由{old}改为{new}",
        "set_to": "{field}改为：{new}",
    },
    "en": {
        "title": "Simulation report: {name}",
        "compared": "Compared",
        "compared_value": "{baseline} (baseline) and {variant} (changed)",
        "ruleset": "Ruleset",
        "ruleset_value": "{title} ({id}, version {version})",
        "changes": "Changes",
        "seeds": "Random seeds",
        "seeds_value": "{n} ({first} to {last}); under each seed the baseline and the changed rules run once",
        "seeds_alone": "{n} ({first} to {last})",
        "volumes": "Assumed volumes",
        "volumes_value": "from {file}: these are assumptions, not statistics",
        "study": "Scenario file",
        "version": "govrules version",
        "generated": "Made",
        "period": "Simulated period",
        "estimated": "Holiday schedule",
        "estimated_value": "{years}: an estimate (not yet published by the State Council); its working days are"
        " estimates, the State Council's notice prevails",
        "loaded": "Holiday files loaded",
        "findings": "Key results",
        "table": "Metrics",
        "col_excludes": "Interval excludes 0",
        "excludes_note": "Interval excludes 0 is “yes” (shaded): the difference's 95% interval excludes 0; under"
        " these assumptions the change is not random noise.",
        "yes": "yes",
        "no": "no",
        "forest": "Differences with their 95% intervals",
        "forest_note": "A dot is the difference (changed − baseline, the mean of the seeds' paired differences), the"
        " bar its 95% interval; red intervals exclude 0. Metrics of different units are drawn apart.",
        "spread": "The results over the random seeds",
        "spread_note": "Each dot is one random seed's result; the box is the interquartile range, the line the median.",
        "rule_from": "{rule} ({where}: “{quote}”): {changes}",
        "changed_to": "{field} from {old} to {new}",
        "set_to": "{field} set to: {new}",
    },
}


#: What a changed field of a rule is called in Chinese (others are named by their field).
_FIELDS = {
    "period": "时限",
    "rhythm": "召开频次",
    "when": "适用情形",
    "signer": "签发人",
    "or_signers": "亦可签发的人",
    "reviewers": "审核人",
    "approver": "审批人",
    "members": "组成人员",
    "presiders": "主持人",
    "reasons": "请假事由",
    "lead_time": "提前时间",
}


def _cite_en(c: Citation) -> str:
    if c.annex is not None:
        return f"Annex {c.annex}" + (f" {c.section}" if c.section else "")
    parts = [f"Article {c.article}"]
    if c.paragraph is not None:
        parts.append(f"paragraph {c.paragraph}")
    if c.item is not None:
        parts.append(f"item {c.item}")
    return ", ".join(parts)


def _shown(value: object, lang: str) -> str | None:
    """A rule's field as the texts say it (a period, a rhythm), or None where it has no short form."""
    if isinstance(value, (int, float, str)):
        return str(value)
    said = getattr(value, "describe" if lang == "zh" else "describe_en", None)
    return str(said()) if callable(said) else None


def _as_written(value: object, lang: str) -> str:
    """A change's value as its file writes it: `kind：纪要；meeting：全体会议、常务会议`."""
    if isinstance(value, Mapping):
        return ("；" if lang == "zh" else "; ").join(
            f"{k}{'：' if lang == 'zh' else ': '}{_as_written(v, lang)}" for k, v in value.items()
        )
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(_as_written(v, lang) for v in value)
    return str(value)


def describe_change(scenario: Scenario, change: Mapping[str, Any], lang: str = "zh") -> str:
    """One what-if change as a reader asks of it: the rule, its article and words, each field old → new."""
    from govrules import rulesets
    from govrules.whatif import apply_changes

    words = _PAGE["zh" if lang == "zh" else "en"]
    rule_id = str(change.get("rule"))
    try:
        before = rulesets.load(scenario.ruleset)
        after = apply_changes(before, [change])
        old, new = before.rule(rule_id), after.rule(rule_id)
    except (KeyError, InvalidInput):
        return f"{rule_id}: " + ", ".join(f"{k} = {v}" for k, v in change.items() if k != "rule")
    fields = [k for k in change if k != "rule"]
    moved = []
    for k in fields:
        field = _FIELDS.get(k, k) if lang == "zh" else k
        was, now = _shown(getattr(old, k, None), lang), _shown(getattr(new, k, None), lang)
        if was is not None and now is not None:
            moved.append(words["changed_to"].format(field=field, old=was, new=now))
        else:
            moved.append(words["set_to"].format(field=field, new=_as_written(change[k], lang)))
    where = old.citation.short() if lang == "zh" else _cite_en(old.citation)
    return words["rule_from"].format(rule=rule_id, where=where, quote=old.quote, changes="；".join(moved))


def _about(scenario: Scenario, variant: Scenario | None, info: RunInfo | None, lang: str) -> list[tuple[str, str]]:
    from govrules import rulesets

    words = _PAGE["zh" if lang == "zh" else "en"]
    rows = []
    if variant is not None:
        base = scenario.name.removesuffix("（基线）") if lang == "zh" else scenario.name
        rows.append((words["compared"], words["compared_value"].format(baseline=base, variant=variant.name)))
    try:
        rs = rulesets.load(scenario.ruleset)
        rows.append((words["ruleset"], words["ruleset_value"].format(title=rs.title, id=rs.id, version=rs.version)))
    except (KeyError, InvalidInput):
        rows.append((words["ruleset"], scenario.ruleset))
    if variant is not None and variant.changes:
        said = [info.whatif] if info is not None and info.whatif else []
        said += [describe_change(scenario, c, lang) for c in variant.changes]
        rows.append((words["changes"], "\n".join(said)))
    rows.append((words["period"], f"{scenario.start.isoformat()} – {scenario.end.isoformat()}"))
    basis = calendar_basis(variant if variant is not None else scenario)
    if basis["estimated_years"]:
        years = ("、" if lang == "zh" else ", ").join(
            f"{y}年" if lang == "zh" else str(y) for y in basis["estimated_years"]
        )
        rows.append((words["estimated"], words["estimated_value"].format(years=years)))
    if basis["holidays"]:
        rows.append((words["loaded"], "\n".join(basis["holidays"])))
    if info is not None:
        seeds = words["seeds_value" if variant is not None else "seeds_alone"]
        last = info.first_seed + info.replications - 1
        rows.append((words["seeds"], seeds.format(n=info.replications, first=info.first_seed, last=last)))
        rows.append((words["volumes"], words["volumes_value"].format(file=info.volumes)))
        rows.append((words["study"], info.study))
        rows.append((words["version"], info.version))
        rows.append((words["generated"], info.generated))
    else:
        rows.append((words["version"], __version__))
    return rows


def html_report(
    comparison: Comparison | None = None,
    *,
    baseline: Scenario | None = None,
    runs: Sequence[Mapping[str, float]] = (),
    info: RunInfo | None = None,
    lang: str = "zh",
) -> str:
    """A self-contained page (no network: styles and charts inline) of a comparison, or of a baseline alone
    (`baseline` and its `runs`): what was compared, over which seeds, the assumptions' file, the metrics
    table and charts with their text kept as text (SVG), in `lang` (zh, en)."""
    from govrules.simulation.sensitivity import key_metrics

    lang = "zh" if lang == "zh" else "en"
    words = _PAGE[lang]
    e = html.escape
    if comparison is not None:
        scenario, variant = comparison.baseline, comparison.variant
        n = comparison.replications
    elif baseline is not None:
        scenario, variant, n = baseline, None, len(runs)
    else:
        raise InvalidInput("html_report needs a comparison, or a baseline and its runs")
    name = variant.name if variant is not None else scenario.name
    title = words["title"].format(name=name)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        '<table class="about">',
    ]
    for head, value in _about(scenario, variant, info, lang):
        out.append(f"<tr><th>{e(head)}</th><td>{'<br>'.join(e(v) for v in value.splitlines())}</td></tr>")
    out.append("</table>")
    out.append(
        '<div class="note">' + "".join(f"<p>{e(p)}</p>" for p in caveats(n, variant is not None, lang)) + "</div>"
    )
    if comparison is not None:
        found = key_findings(comparison, key_metrics(comparison.variant), lang).splitlines()
        out.append(f"<h2>{e(words['findings'])}</h2><ul>")
        out += [f"<li>{e(line.strip())}</li>" for line in found[1:]]
        out.append("</ul>")
        out.append(f"<h2>{e(words['table'])}</h2>")
        columns = (*HEADERS[lang][0], words["col_excludes"])
        out.append('<table class="metrics"><tr>' + "".join(f"<th>{e(h)}</th>" for h in columns) + "</tr>")
        for m, row in zip(comparison.metrics, comparison_rows(comparison, lang), strict=True):
            cells = [*row[:5], row[5].removesuffix(" *"), words["yes"] if m.significant else words["no"]]
            out.append(
                f'<tr class="{"significant" if m.significant else "plain"}" data-metric="{e(m.name)}">'
                + "".join(f"<td{_CELL[min(i, 2) if i < 6 else 3]}>{e(c)}</td>" for i, c in enumerate(cells))
                + "</tr>"
            )
        out.append("</table>")
        out.append(f"<p>{e(words['excludes_note'])}</p>")
        forest = forest_charts(comparison, lang)
        names = [m.name for m in comparison.metrics]
        spread = spread_charts(names, comparison.baseline_runs, comparison.variant_runs, lang)
    else:
        summaries = summaries_of(runs)
        out.append(f"<h2>{e(words['table'])}</h2>")
        out.append('<table class="metrics"><tr>' + "".join(f"<th>{e(h)}</th>" for h in HEADERS[lang][1]) + "</tr>")
        for s in summaries:
            label, unit = metric_label(s.name, lang)
            kind = metric_kind(s.name)
            cells = [label, unit, format_value(s.mean, kind), format_interval(s.low, s.high, kind, signed=False)]
            out.append(
                f'<tr data-metric="{e(s.name)}">'
                + "".join(f"<td{_CELL[min(i, 2) if i < 6 else 3]}>{e(c)}</td>" for i, c in enumerate(cells))
                + "</tr>"
            )
        out.append("</table>")
        forest = []
        spread = spread_charts([m.name for m in summaries], runs, (), lang)
    if _pyplot() is None:
        out.append(f'<p class="nocharts">{e(NO_CHARTS[lang])}</p>')
    if forest:
        out.append(f"<h2>{e(words['forest'])}</h2><p>{e(words['forest_note'])}</p>")
        out += [f"<figure>{svg}</figure>" for _, svg in forest]
    if spread:
        out.append(f"<h2>{e(words['spread'])}</h2><p>{e(words['spread_note'])}</p>")
        out += [f"<figure>{svg}</figure>" for _, svg in spread]
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write_html_report(out: Path, page: str) -> Path:
    """report.html in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def write_sensitivity(result: Sensitivity, out: Path) -> Path:
    """sensitivity.json: the study's result and, per assumption and metric, the result at each end."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "sensitivity.json"
    payload = {
        "study": result.study,
        "replications": result.replications,
        "result": dict(result.result),
        "swings": [
            {
                "assumption": s.assumption,
                "metric": s.metric,
                "range": [s.low, s.high],
                "at_low": s.at_low,
                "at_high": s.at_high,
                "swing": s.swing,
                "noise": s.noise,
            }
            for metric in result.result
            for s in result.ranked(metric)
        ],
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def write_tornado(result: Sensitivity, out: Path, lang: str = "zh") -> list[Path]:
    """One tornado chart (PNG) per key metric: each assumption's swing, widest on top, titled and labelled in
    `lang` (in English where no Chinese font is installed); needs `plot`."""
    plt = _pyplot()
    if plt is None:
        return []
    if lang == "zh" and cjk_font() is None:
        lang = "en"
    words = _WORDS["zh" if lang == "zh" else "en"]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with plt.rc_context(_style(svg=False)):
        for metric, centre in result.result.items():
            swings = list(reversed(result.ranked(metric)))
            k = _scale(metric)
            label, unit = metric_label(metric, lang)
            fig, ax = plt.subplots(figsize=(8, 0.4 * len(swings) + 1.6))
            for y, s in enumerate(swings):
                lo, hi = min(s.at_low, s.at_high) * k, max(s.at_low, s.at_high) * k
                ax.barh(y, hi - lo, left=lo, color="tab:blue" if s.at_high >= s.at_low else "tab:orange")
            ax.set_yticks(range(len(swings)), [f"{s.assumption} [{s.low:g}, {s.high:g}]" for s in swings])
            ax.axvline(centre * k, color="black", linewidth=1)
            shown = words["pp"] if unit == "%" else unit
            ax.set_xlabel(words["tornado_x"].format(label=label, unit=shown))
            ax.set_title(words["tornado_title"], fontsize=9)
            path = out / f"tornado_{metric.replace('.', '_')}.png"
            fig.tight_layout()
            fig.savefig(path, dpi=100)
            plt.close(fig)
            written.append(path)
    return written
