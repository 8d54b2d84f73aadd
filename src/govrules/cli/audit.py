"""`govrules audit RULESET FILE`: a log of records checked against a ruleset, as a report (exit 1 on a breach)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from typing import IO, TYPE_CHECKING, Any

from govrules.cli._common import DATE_HELP, RULESET_HELP, calendar_of, examples, one_line, ruleset_of
from govrules.cli._parse import arg_type, parse_date, parse_period, ruleset_id
from govrules.errors import InvalidInput, OutputFailed
from govrules.rules import Ruleset
from govrules.workdays import WorkdayCalendar

if TYPE_CHECKING:
    from govrules.audit import AuditRun, Summary

__all__ = ["add_parser"]


def _progress(lines: Iterator[bytes], total_bytes: int | None) -> Iterator[bytes]:
    """Pass lines through, drawing a progress bar on stderr (only called when stderr is a terminal)."""
    done = 0
    step = 0
    for n, line in enumerate(lines, 1):
        done += len(line)
        if n % 20000 == 0:
            step += 1
            if total_bytes:
                pct = min(100, done * 100 // total_bytes)
                bar = "#" * (pct // 4)
                sys.stderr.write(f"\r审计中 [{bar:<25}] {pct:3d}% {n}行")
            else:
                sys.stderr.write(f"\r审计中 {n}行")
            sys.stderr.flush()
        yield line
    if step:
        sys.stderr.write("\n")


def _names_ruleset(text: str) -> bool:
    """Whether `text` names a ruleset (an id or its government), as the command reads one."""
    try:
        ruleset_id(text)
    except InvalidInput:
        return False
    return True


def _audit(args: argparse.Namespace) -> str | int:
    from govrules.audit import audit_lines
    from govrules.audit.source import read_lines

    given = [r for r in (args.ruleset, args.ruleset_option) if r is not None]
    if not given and not os.path.exists(args.file) and _names_ruleset(args.file):  # `govrules audit 西丰`: no log
        raise InvalidInput(
            f"audit needs the log to audit: govrules audit {args.file} FILE (a .jsonl, .csv or .xlsx; - for stdin)",
            zh=f"缺少记录文件：govrules audit {args.file} 记录文件（.jsonl、.csv 或 .xlsx；- 表示标准输入）",
        )
    if not given:
        raise InvalidInput(
            "audit needs a ruleset: govrules audit xifeng-2022 FILE (govrules rulesets lists them)",
            zh="缺少规则集：govrules audit xifeng-2022 FILE（govrules rulesets 列出全部）",
        )
    if len(given) == 2 and ruleset_id(given[0]) != ruleset_id(given[1]):
        raise InvalidInput(
            f"two rulesets given: {given[0]} and --ruleset {given[1]}; give one",
            zh=f"给出了两个规则集：{given[0]} 和 --ruleset {given[1]}；只能给一个",
        )
    args.ruleset = ruleset_id(given[0])
    rs = ruleset_of(args)
    cal = calendar_of(args)
    if args.period is not None:
        _covered(cal, args.period[0], args.period[1], "--period")
    if args.as_of is not None:
        _covered(cal, args.as_of, args.as_of, "--as-of")
    if args.output is not None and args.file != "-" and _same_file(args.file, args.output):
        raise InvalidInput(
            f"--output {args.output} is the log being audited ({args.file}): give another file",
            zh=f"--output {args.output} 就是被审计的记录文件（{args.file}）：请另给一个文件名",
        )
    from govrules.audit.sheet import SHEET_SUFFIXES, audit_sheet

    roster = None
    if args.roster is not None:
        from govrules.audit.people import load_roster

        roster = load_roster(args.roster)
    changes = None
    if args.changes is not None:
        from govrules.whatif.changes import load_changes, variant_of

        variant_of(rs, args.changes)  # refused here, naming the file, if it does not fit the ruleset
        changes = load_changes(args.changes)

    # what the audit of a spreadsheet and of JSON Lines are both given
    options: dict[str, Any] = {
        "as_of": args.as_of,
        "calendar": cal,
        "period": args.period,
        "changes": changes,
        "roster": roster,
        "lang": args.lang,
    }
    if args.file != "-" and args.file.lower().endswith(SHEET_SUFFIXES):
        run = audit_sheet(rs, args.file, record_type=args.type, **options)
        with _output(args.output) as out:
            summary = _write_report(args, rs, run, out)
        return _done(args, summary)
    if args.type is not None:
        raise InvalidInput(
            "--type is for spreadsheets (.csv, .xlsx) with no type column; a JSON line names its type",
            zh="--type 只用于没有类型列的表格导出（.csv、.xlsx）；JSON Lines 的每行自己写明 type",
        )
    if args.file == "-":
        stream: IO[bytes] = sys.stdin.buffer
        size = None
    else:
        try:
            stream = open(args.file, "rb")  # noqa: SIM115 - closed below
        except OSError as e:
            raise InvalidInput(
                f"cannot open {args.file}: {e.strerror}", zh=f"无法打开记录文件 {args.file}：{e.strerror}"
            ) from None
        size = os.fstat(stream.fileno()).st_size

    def named(encoding: str) -> None:
        name = encoding.upper()
        said = f"为{name}编码，已按{name}读取" if args.lang == "zh" else f"is {name}-encoded; read as {name}"
        print(f"govrules: {args.file} {said}", file=sys.stderr)

    try:
        lines: Iterator[bytes] = read_lines(stream, named)
        if sys.stderr.isatty() and not args.quiet:
            lines = _progress(lines, size)
        with _output(args.output) as out:
            run = audit_lines(rs, lines, **options)
            summary = _write_report(args, rs, run, out)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    return _done(args, summary)


def _write_report(args: argparse.Namespace, rs: Ruleset, run: AuditRun, out: IO[str]) -> Summary:
    """The audit's report in the format asked for, written to `out`; the run's summary."""
    from govrules.audit import report as rep

    if args.format == "json":
        rep.write_json_lines(run, out)
        out.write(rep.summary_json(run.summary, rs) + "\n")
    elif args.format == "csv":
        out.write("\ufeff")  # UTF-8 with BOM: Excel on Chinese Windows reads it as UTF-8, not GBK
        for row in rep.csv_rows(run):
            out.write(row)
    elif args.format == "html":
        from datetime import datetime

        now = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
        source = "标准输入" if args.file == "-" else os.path.abspath(args.file)
        if args.file == "-" and args.lang != "zh":
            source = "standard input"
        rep.write_html_report(rs, run, lambda: run.summary, out, source=source, generated=now, lang=args.lang)
    else:
        rep.write_text_report(rs, run, lambda: run.summary, out, lang=args.lang)
    return run.summary


def _done(args: argparse.Namespace, summary: Summary) -> int:
    for warning in summary.warnings:
        print(f"govrules: {'注意：' if args.lang == 'zh' else 'note: '}{one_line(warning)}", file=sys.stderr)
    if args.format in ("json", "csv") or args.output:
        from govrules.audit.report import summary_line

        print(summary_line(summary, args.lang), file=sys.stderr)
    zh = args.lang == "zh"
    if summary.invalid:  # said on stderr too: a script that sees only the exit status learns why
        print(_unreadable(args, summary.invalid), file=sys.stderr)
    if summary.read == 0:
        print(
            f"govrules: {args.file} 中没有任何记录，未作检查（记录文件为空？）"
            if zh
            else f"govrules: {args.file} holds no record; nothing was checked (an empty log?)",
            file=sys.stderr,
        )
        return 2
    if summary.period_meetings == 0:
        first, last = args.period
        print(
            f"govrules: {args.file} 中没有{first}至{last}期间的会议记录，上列会议频次的结论不可靠："
            "--period 与记录是否相符？"
            if zh
            else f"govrules: {args.file} has no meeting from {first} to {last}, so the findings on how often"
            " meetings were held above mean little: does --period match the log?",
            file=sys.stderr,
        )
        return 2
    return summary.exit_code


def _unreadable(args: argparse.Namespace, n: int) -> str:
    """The line saying how many records could not be read, and where in the report their reasons are."""
    report = args.output if args.output not in (None, "-") else None
    if args.lang == "zh":
        where = f"报告 {report} 中" if report else "报告中"
        section = " rule 为 invalid_record 的行" if args.format in ("json", "csv") else "“无法读取的记录”一节"
        return f"govrules: {args.file} 中有{n}条记录无法读取，未作检查；原因见{where}{section}"
    where = f"the report {report}" if report else "the report"
    section = "the rows whose rule is invalid_record" if args.format in ("json", "csv") else '"Unreadable records"'
    return f"govrules: {n} record(s) of {args.file} could not be read and were not checked; see {section} in {where}"


def _covered(cal: WorkdayCalendar, first: date, last: date, option: str) -> None:
    """Refuse a period reaching into a year the calendar has no schedule for (no year is guessed)."""
    for year in range(first.year, last.year + 1):
        if not cal.covers(date(year, 1, 1)):
            raise cal.not_covered(year, f"{option} reaches {year}: give --holidays FILE for it, or --provisional")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): not the same file
        return os.path.realpath(a) == os.path.realpath(b)


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file written whole or not at all: a temporary file beside it, renamed
    over it once complete, so that a failure never leaves a previous report emptied or cut short.
    `-` is standard output, as for most commands that write files."""
    if path is None or path == "-":
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:  # a lone surrogate in a record is escaped, not an encoding error
            reconfigure(errors="backslashreplace")
        yield sys.stdout
        return
    target = os.path.abspath(path)
    folder = os.path.dirname(target)
    if os.path.isdir(target):
        raise InvalidInput(
            f"--output {path} is a directory; give a file name", zh=f"--output {path} 是文件夹：请给出文件名"
        )
    if not os.path.isdir(folder):
        raise InvalidInput(f"--output {path}: no such directory {folder}", zh=f"--output {path}：没有文件夹 {folder}")
    if os.path.exists(target) and not os.path.isfile(target):  # a device or pipe (/dev/null): written as it is
        try:
            with open(target, "w", encoding="utf-8", errors="backslashreplace") as out:
                yield out
        except OSError as e:
            raise OutputFailed(
                f"cannot write {path}: {e.strerror or e}", zh=f"无法写入 {path}：{e.strerror or e}"
            ) from None
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    except OSError as e:
        raise OutputFailed(
            f"cannot write in {folder}: {e.strerror}", zh=f"无法在 {folder} 中写入：{e.strerror}"
        ) from None
    try:
        with open(fd, "w", encoding="utf-8", errors="backslashreplace") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, target)
    except OSError as e:
        raise OutputFailed(
            f"cannot write {path}: {e.strerror or e}; nothing was replaced",
            zh=f"无法写入 {path}：{e.strerror or e}；原文件未被改动",
        ) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    cal_opts: argparse.ArgumentParser,
    lang: str,
) -> None:
    """Add `audit` to the command line."""
    date_type = arg_type(parse_date, lang)
    p = sub.add_parser(
        "audit",
        parents=[common, cal_opts],
        help="按规则集审计记录：JSON Lines 或表格导出（.csv、.xlsx）（有违规时退出状态为1）",
        epilog=examples(
            "govrules audit xifeng-2022 records.jsonl",
            "govrules audit 西丰县 records.jsonl --period 2025 --format html -o 审计报告.html",
            "govrules audit --ruleset xifeng-2022 records.jsonl --format csv -o 审计.csv",
            "govrules audit 西丰县 导出.xlsx --roster 名册.toml",
        ),
    )
    p.add_argument("ruleset", nargs="?", metavar="规则集", help=RULESET_HELP)
    p.add_argument(
        "file",
        metavar="记录文件",
        help="JSON Lines 记录文件（UTF-8）、表格导出（.csv、.xlsx，一行一条记录），或 - 表示标准输入",
    )
    p.add_argument("--ruleset", dest="ruleset_option", metavar="规则集", help="同位置参数“规则集”（旧写法，仍可用）")
    p.add_argument(
        "--format",
        choices=("text", "json", "csv", "html"),
        default="text",
        help="报告格式：text（默认）、json、csv、html",
    )
    p.add_argument("--output", "-o", help="报告写入此文件（完整写好后才替换原文件），而非标准输出")
    p.add_argument("--as-of", type=date_type, help="截至此日仍未回复且已逾期的，也列为违规；" + DATE_HELP)
    p.add_argument(
        "--period",
        type=arg_type(parse_period, lang),
        help="记录覆盖的期间，用于检查会议频次：年份（2025）或 开始:结束（2025-01-01:2025-06-30）；"
        "默认从第一次会议到最后一次会议",
    )
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.add_argument(
        "--roster",
        metavar="名册.toml",
        help="人员名册（谁在何时任何职、分管什么）：记录中可写人名，按记录日期核对其职务、任期和分管范围",
    )
    p.add_argument(
        "--changes",
        metavar="WHATIF.toml",
        help="按此变更方案修改后的规则集审计（如 simulate --out 写出的 variant.jsonl）",
    )
    p.add_argument(
        "--type",
        help="表格没有“类型”列时，每行记录的类型（document、meeting、公文……）",
    )
    p.set_defaults(run=_audit)
