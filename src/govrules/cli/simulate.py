"""`govrules simulate`: a year of a government under its rules, against a what-if, compared."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

import attrs

from govrules.errors import CalendarNotCovered, InvalidInput, OutputFailed
from govrules.simulation import compare, load_scenario, run
from govrules.simulation.compare import metrics_of, summaries_of
from govrules.simulation.output import (
    NO_CHARTS,
    InlineExecutor,
    describe_change,
    html_report,
    run_info,
    write_comparison,
    write_html_report,
    write_log,
    write_plots,
    write_sensitivity,
    write_summary,
    write_tornado,
)
from govrules.simulation.report import comparison_report, key_findings, summary_report
from govrules.simulation.scenario import DEFAULT_STUDY, Scenario, default_study

__all__ = ["add_parser"]


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser], lang: str = "zh"
) -> None:
    """Add `simulate` to the command line."""
    p = sub.add_parser(
        "simulate",
        parents=parents,
        help="模拟一年的工作：现行规则与假设变更对比",
        description="不给情景文件时：西丰县一年的工作，按现行规则与“会签7→5个工作日”对比。",
        epilog="示例 / examples:\n  govrules simulate\n  govrules simulate simulations/xifeng_2022.toml -n 50\n"
        "  govrules simulate simulations/studies/dongchuan_executive_monthly.toml --out out/",
    )
    p.add_argument(
        "scenario",
        nargs="?",
        metavar="情景文件",
        help="情景 TOML 文件（simulations/*.toml、simulations/whatif/*.toml）",
    )
    p.add_argument(
        "--replications",
        "-n",
        type=_whole(2, 10_000, lang, seeds=True),
        default=20,
        help="每个情景重复模拟的次数（随机种子数，至少 2，默认 20）",
    )
    p.add_argument("--seed", type=_whole(0, 2**63 - 1, lang), help="第一个随机种子（默认取情景文件中的）")
    p.add_argument(
        "--jobs", "-j", type=_whole(1, 256, lang), default=os.cpu_count() or 1, help="并行进程数（默认：全部核心）"
    )
    p.add_argument("--out", type=Path, help="把模拟记录、metrics.csv、metrics.json、报告 report.html 和图表写入此目录")
    p.add_argument(
        "--holidays",
        action="append",
        metavar="FILE",
        help="补充模拟所到年份的 holiday-cn JSON 文件（可重复），如 2027.json",
    )
    p.add_argument("--provisional", action="store_true", help="对国务院尚未公布安排的年份按估算计算（结果注明为估算）")
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.add_argument(
        "--sensitivity",
        action="store_true",
        help="在各行为假设的给定范围内逐一变动，显示它们对结论的影响（敏感性分析）",
    )
    p.set_defaults(run=_simulate)


def _progress(enabled: bool) -> Callable[[int, int], None] | None:
    def show(done: int, total: int) -> None:
        bar = "#" * (25 * done // total)
        sys.stderr.write(f"\r模拟中 [{bar:<25}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show if enabled else None


def _whole(low: int, high: int, lang: str, *, seeds: bool = False) -> Callable[[str], int]:
    """An option's whole number from `low` to `high`; `seeds`: the count of replications, whose least is said why."""
    zh = lang == "zh"

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{text}”不是整数" if zh else f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            why = ("（对比须有至少2个随机种子）" if zh else " (a comparison needs at least 2 seeds)") if seeds else ""
            raise argparse.ArgumentTypeError(
                f"应在{low}至{high}之间{why}，而给出的是{value}"
                if zh
                else f"must be from {low} to {high}{why}; got {value}"
            )
        return value

    return parse


def _simulate(args: argparse.Namespace) -> str:
    try:
        return _simulate_scenario(args)
    except CalendarNotCovered as e:
        raise CalendarNotCovered(
            e.year,
            e.covered,
            f"the simulated work reaches {e.year}: give --holidays FILE (a holiday-cn JSON of {e.year}) or"
            f' --provisional, or in the scenario file holidays = ["{e.year}.json"] or provisional = true',
            estimated=e.estimated,
            day=e.day,
        ) from None


def _named_baseline(variant: Scenario, path: Path) -> Scenario:
    """The variant without its changes, named as the scenario its file extends when it is that scenario
    (西丰县 2025年（基线）, not the what-if's own name); else as `Scenario.baseline` names it."""
    import tomllib

    baseline = variant.baseline()
    try:
        extends = tomllib.loads(path.read_text(encoding="utf-8")).get("extends")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):  # read once already: not expected
        return baseline
    if not variant.changes or not isinstance(extends, str):
        return baseline
    parent = load_scenario(path.parent / extends)
    named = attrs.evolve(baseline, name=parent.name, description=parent.description)
    return named if named == parent else baseline


def _out_dir(path: Path) -> Path:
    """The --out directory, made if missing; a file there is refused before anything runs."""
    if path.exists() and not path.is_dir():
        raise InvalidInput(f"--out {path} is a file, not a directory", zh=f"--out {path} 是文件，不是文件夹")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputFailed(
            f"--out {path}: cannot make the directory: {e.strerror}", zh=f"--out {path}：无法创建文件夹：{e.strerror}"
        ) from None
    return path


def _simulate_scenario(args: argparse.Namespace) -> str:
    # without a file, the shipped study simulations/studies/xifeng_countersign_5.toml
    variant = default_study() if args.scenario is None else load_scenario(args.scenario)
    baseline: Scenario = _named_baseline(variant, Path(args.scenario or DEFAULT_STUDY))
    if args.holidays or args.provisional:
        more = tuple(os.path.abspath(f) for f in args.holidays or ())
        files, estimate = (*variant.holidays, *more), variant.provisional or args.provisional
        variant = attrs.evolve(variant, holidays=files, provisional=estimate)
        baseline = attrs.evolve(baseline, holidays=files, provisional=estimate)
        variant.calendar()  # a bad file: said now, not in every process
    if args.out is not None:
        _out_dir(args.out)
    seed = variant.seed if args.seed is None else args.seed
    executor: Executor = InlineExecutor() if args.jobs <= 1 else ProcessPoolExecutor(max_workers=args.jobs)
    progress = _progress(sys.stderr.isatty() and not args.quiet)
    if args.sensitivity:
        try:
            return _sensitivity(variant, args, executor, progress)
        finally:
            executor.shutdown()
    zh = args.lang == "zh"
    info = run_info(args.scenario or DEFAULT_STUDY, seed, args.replications)
    if not variant.changes:  # a baseline alone: its metrics over the seeds
        try:
            futures = [executor.submit(metrics_of, baseline, s) for s in range(seed, seed + args.replications)]
            runs = []
            for n, f in enumerate(futures, 1):
                runs.append(f.result())
                if progress is not None:
                    progress(n, args.replications)
        finally:
            executor.shutdown()
        name, ruleset = baseline.name, baseline.ruleset
        title = f"{name}（规则集 {ruleset}）" if zh else f"{name} (ruleset {ruleset})"
        text = summary_report(title, summaries_of(runs), args.replications, width=_width(), lang=args.lang)
        text += "".join("\n" + n for n in _estimate_note(baseline, args.lang))
        if args.out is not None:
            write_log(run(baseline, seed), args.out / "baseline.jsonl")
            written = [args.out / "baseline.jsonl", *write_summary(baseline, runs, args.out, info)]
            page = html_report(baseline=baseline, runs=runs, info=info, lang=args.lang)
            written.append(write_html_report(args.out, page))
            text += "\n" + _written(args.out, written, zh)
        return text
    try:
        comparison = compare(baseline, variant, args.replications, executor, first_seed=seed, progress=progress)
    finally:
        executor.shutdown()
    from govrules.simulation.sensitivity import key_metrics

    # under what was compared, each change with the article its rule cites and the article's words, old -> new
    head, _, table = comparison_report(comparison, width=_width(), lang=args.lang).partition("\n")
    changed = [f"  {describe_change(baseline, c, args.lang)}" for c in variant.changes]
    lines = [
        head,
        *([("变更内容：" if zh else "Changes:"), *changed] if changed else []),
        table,
        key_findings(comparison, key_metrics(comparison.variant), args.lang),
        *_estimate_note(variant, args.lang),
    ]
    if args.out is not None:
        out: Path = args.out
        write_log(run(baseline, seed), out / "baseline.jsonl")
        write_log(run(variant, seed), out / "variant.jsonl")
        written = [out / "baseline.jsonl", out / "variant.jsonl"]
        written += write_comparison(comparison, out, info)
        written.append(write_html_report(out, html_report(comparison, info=info, lang=args.lang)))
        charts = write_plots(comparison, out / "charts", lang=args.lang)
        written += charts
        lines.append(_written(args.out, written, zh))
        if not charts:
            lines.append(f"（{NO_CHARTS['zh']}）" if zh else f"({NO_CHARTS['en']})")
    return "\n".join(lines)


def _written(out: Path, paths: list[Path], zh: bool) -> str:
    """The files written, by their names in `out` (the charts counted), and the report to open."""
    files = [p.name for p in paths if p.parent == out]
    charts = len(paths) - len(files)
    if charts:
        files.append(f"charts/（{charts}张图）" if zh else f"charts/ ({charts} charts)")
    report = [
        f"\n报告（用浏览器打开）：{out / 'report.html'}"
        if zh
        else f"\nReport (open in a browser): {out / 'report.html'}"
    ]
    said = f"已写入 {out}：" + "、".join(files) if zh else f"Written to {out}: " + ", ".join(files)
    return said + (report[0] if out / "report.html" in paths else "")


def _sensitivity(
    variant: Scenario, args: argparse.Namespace, executor: Executor, progress: Callable[[int, int], None] | None
) -> str:
    from govrules.simulation.sensitivity import sensitivity

    if args.seed is not None:
        variant = attrs.evolve(variant, seed=args.seed)
    result = sensitivity(variant, args.replications, executor, progress=progress)
    lines = [result.table(args.lang)]
    if args.out is not None:
        written = [write_sensitivity(result, args.out)]
        charts = write_tornado(result, args.out / "charts", lang=args.lang)
        written += charts
        lines.append(_written(args.out, written, args.lang == "zh"))
        if not charts:
            lines.append(f"（{NO_CHARTS['zh']}）" if args.lang == "zh" else f"({NO_CHARTS['en']})")
    return "\n".join(lines)


def _estimate_note(scenario: Scenario, lang: str = "zh") -> list[str]:
    """A line saying which years the run counted on an estimated schedule (its own years and the next, where
    its work spills), or none."""
    span = range(scenario.start.year, scenario.end.year + 2)
    years = sorted(y for y in scenario.calendar().provisional_years if y in span)
    if not years:
        return []
    if lang != "zh":
        shown = ", ".join(str(y) for y in years)
        return [
            f"Note: this run counted on an estimated holiday schedule for {shown} (not yet published by the State"
            " Council); its working days there are estimates, the State Council's notice prevails."
        ]
    shown = "、".join(f"{y}年" for y in years)
    return [f"注意：本次模拟用到{shown}的估算节假日安排（国务院尚未公布），其中的工作日计算为估算，以国务院通知为准。"]


def _width() -> int | None:
    """The terminal's columns, for the table; None when the report does not go to a terminal."""
    import shutil

    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None
