"""The `govrules` command line: thin, every answer comes from the library."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import IO, TYPE_CHECKING

from govrules import attendance, deadlines, rulesets, signing, workdays
from govrules.calendar_messages import render
from govrules.errors import GovRulesError, InvalidInput, OutputFailed
from govrules.labels import LabeledEnum
from govrules.model import (
    AbsenceReason,
    Addressee,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    MeetingKind,
)
from govrules.rules import Rule, Ruleset

if TYPE_CHECKING:
    from govrules.audit import AuditRun, Summary

__all__ = ["main"]

_WEEKDAYS_ZH = "一二三四五六日"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _period(text: str) -> tuple[date, date]:
    if text.isdigit() and len(text) == 4:
        return date(int(text), 1, 1), date(int(text), 12, 31)
    start, sep, end = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"not a year or START:END: {text!r}")
    first, last = _date(start), _date(end)
    if last < first:
        raise argparse.ArgumentTypeError(f"period ends on {last} before it starts on {first}")
    return first, last


def _weekday(d: date, lang: str) -> str:
    return f"星期{_WEEKDAYS_ZH[d.weekday()]}" if lang == "zh" else d.strftime("%A")


def _calendar(args: argparse.Namespace) -> workdays.WorkdayCalendar:
    from govrules.cli_calendar import with_files

    return with_files(workdays.china(provisional=args.provisional), args.holidays, args.force, args.lang)


def _provisional_note(cal: workdays.WorkdayCalendar, lang: str, *days: date) -> str:
    years = [y for y in range(min(d.year for d in days), max(d.year for d in days) + 1) if cal.is_provisional(y)]
    if not years:
        return ""
    ys = ", ".join(map(str, years))
    return f"（{ys}年为估算日程，以国务院通知为准）" if lang == "zh" else f" (provisional: {ys} is estimated)"


def _workdays_is(args: argparse.Namespace) -> str:
    cal, d, lang = _calendar(args), args.date, args.lang
    work = cal.is_workday(d)
    name = cal.holiday_name(d)
    if lang == "zh":
        text = f"{d.isoformat()}（{_weekday(d, lang)}）" + ("是工作日" if work else "不是工作日")
        if cal.is_makeup_workday(d):
            text += "（调休上班）"
        elif name:
            text += f"（{name}）"
    else:
        text = f"{d.isoformat()} ({_weekday(d, lang)}) is " + ("a working day" if work else "not a working day")
        if cal.is_makeup_workday(d):
            text += " (make-up working day, 调休上班)"
        elif name:
            text += f" ({name})"
    return text + _provisional_note(cal, lang, d)


def _workdays_add(args: argparse.Namespace) -> str:
    cal, d, n, lang = _calendar(args), args.date, args.n, args.lang
    r = cal.add_workdays(d, n)
    if lang == "zh":
        where = f"之后第{n}个工作日" if n >= 0 else f"之前第{-n}个工作日"
        text = f"{d.isoformat()}{where}：{r.isoformat()}（{_weekday(r, lang)}）"
    else:
        where = "after" if n >= 0 else "before"
        text = f"working day {abs(n)} {where} {d.isoformat()}: {r.isoformat()} ({_weekday(r, lang)})"
    return text + _provisional_note(cal, lang, d, r)


def _workdays_between(args: argparse.Namespace) -> str:
    cal, a, b, lang = _calendar(args), args.a, args.b, args.lang
    n = cal.workdays_between(a, b)
    if lang == "zh":
        text = f"{a.isoformat()}（不含）至{b.isoformat()}（含）之间有{n}个工作日"
    else:
        text = f"{n} working days in ({a.isoformat()}, {b.isoformat()}]"
    return text + _provisional_note(cal, lang, a, b)


def _ruleset(args: argparse.Namespace) -> Ruleset:
    return rulesets.load(args.ruleset)


def _enum(enum: type[LabeledEnum], text: str | None) -> LabeledEnum | None:
    return None if text is None else enum.from_label(text)


def _role_list(rs: Ruleset, roles: tuple[object, ...], lang: str) -> str:
    from govrules.model import Role

    names = [rs.name(r) if lang == "zh" else r.name for r in roles if isinstance(r, Role)]
    return "、".join(names) if lang == "zh" else ", ".join(names)


def _due(args: argparse.Namespace) -> str:
    if getattr(args, "format", "text") == "json":
        from govrules.cli_receipts import decision_receipt

        return decision_receipt(
            "deadline", args, {"rule": args.rule, "anchor": args.date.isoformat(), "variant": args.variant}
        )
    rs = _ruleset(args)
    d = deadlines.due(rs, args.rule, args.date, variant=args.variant, calendar=_calendar(args))
    if args.lang == "zh":
        return d.explain()
    return (
        f"{args.rule} under {rs.id}: {d.period.describe_en()} {d.anchor.isoformat()}"
        f" -> due {d.date.isoformat()} ({_weekday(d.date, 'en')}); cites {d.citation}"
        + (" (provisional calendar)" if d.provisional else "")
    )


def _signer(args: argparse.Namespace) -> str:
    if getattr(args, "format", "text") == "json":
        from govrules.cli_receipts import decision_receipt, document_input

        return decision_receipt("signing", args, document_input(args))
    rs = _ruleset(args)
    doc = Document(
        kind=DocumentKind.from_label(args.kind),
        issuer=Issuer.from_label(args.issuer),
        addressee=_enum(Addressee, args.to),  # type: ignore[arg-type]
        matters=frozenset(Matter.from_label(m) for m in args.matter or ()),
        meeting=_enum(MeetingKind, args.meeting),  # type: ignore[arg-type]
        presided_by=None if args.presided_by is None else rs.parse_role(args.presided_by),
    )
    s = signing.who_signs(rs, doc)
    if args.lang == "zh":
        return s.explain()
    lines = [f"signer: {s.signer.name} ({rs.name(s.signer)})"]
    if s.reviewers:
        lines.append("reviewers, in order: " + _role_list(rs, s.reviewers, "en"))
    if s.countersigners:
        lines.append("countersigners: " + _role_list(rs, s.countersigners, "en"))
    if s.alternates:
        lines.append("alternates: " + ", ".join(f"{a.role.name} ({a.basis.name.lower()})" for a in s.alternates))
    if s.conflict:
        lines.append(f"CONFLICT: {s.conflict.first} vs {s.conflict.second}")
    lines.append("cites: " + "; ".join(str(c) for c in s.citations))
    return "\n".join(lines)


def _leave(args: argparse.Namespace) -> str:
    if getattr(args, "format", "text") == "json":
        from govrules.cli_receipts import decision_receipt, leave_input

        return decision_receipt("leave", args, leave_input(args))
    rs = _ruleset(args)
    req = LeaveRequest(
        role=rs.parse_role(args.role),
        kind=LeaveKind.from_label(args.kind),
        start=args.start,
        end=args.end or args.start,
        requested_on=args.requested_on,
        meeting=_enum(MeetingKind, args.meeting),  # type: ignore[arg-type]
        reason=_enum(AbsenceReason, args.reason),  # type: ignore[arg-type]
        substitute=args.substitute,
        party_standing_committee_member=args.party_standing_committee_member,
    )
    v = attendance.check_leave(rs, req, calendar=_calendar(args))
    if args.lang == "zh":
        return v.explain()
    lines = [
        "ok" if v.ok else "NOT OK",
        "approvers, in order: " + (_role_list(rs, v.approvers, "en") or "none"),
        "notify: " + (_role_list(rs, v.notify, "en") or "none"),
    ]
    if v.latest_request_date:
        lines.append(f"latest request date: {v.latest_request_date.isoformat()}")
    lines.extend(f"violation: {x.rule} ({x.citation})" for x in v.violations)
    lines.append("cites: " + "; ".join(str(c) for c in v.citations))
    return "\n".join(lines)


def _describe_rule(rs: Ruleset, r: Rule) -> str:
    quote = f"：“{r.quote}”" if r.quote else ""
    return f"  - {r.id}（{r.kind_label}）{quote}"


def _explain(args: argparse.Namespace) -> str:
    try:
        return _explain_article(args)
    except (KeyError, ValueError) as e:
        if isinstance(e, GovRulesError):
            raise
        numbers = sorted(a.number for a in _ruleset(args).articles)
        span = f"{numbers[0]}-{numbers[-1]}" if numbers else "none"
        raise InvalidInput(f"{args.ruleset} has no article {args.article!r} (its articles: {span})") from None


def _explain_article(args: argparse.Namespace) -> str:
    rs = _ruleset(args)
    target = args.article
    if target.startswith("附件"):
        number, _, section = target.removeprefix("附件").partition(" ")
        annex = rs.annex(int(number))
        head = f"《{rs.title}》附件{annex.number}《{annex.title}》" + (f" {section}" if section else "")
        text = annex.text(section or None)
        rules = [
            r
            for r in rs.citing(annex=annex.number)
            if not section or any(c.section is not None and c.section.startswith(section) for c in r.cite)
        ]
    else:
        from govrules.labels import parse_chinese_number

        n = parse_chinese_number(target.removeprefix("第").removesuffix("条"))
        a = rs.article(n)
        head = f"《{rs.title}》第{target.removeprefix('第').removesuffix('条')}条（{n}）"
        text = a.text
        rules = list(rs.citing(article=n))
        if n in rs.non_operative:
            rules_note = f"非操作性条款：{rs.non_operative[n]}"
            return f"{head}\n{text}\n\n{rules_note}"
    listing = "\n".join(_describe_rule(rs, r) for r in rules) or "  （无规则引用）"
    return f"{head}\n{text}\n\n引用此条的规则：\n{listing}"


def _list_rulesets(args: argparse.Namespace) -> str:
    lines = []
    for rid in rulesets.available():
        rs = rulesets.load(rid)
        since = rs.effective_from.isoformat() if rs.effective_from else "未注明"
        lines.append(f"{rid}\t{rs.government.name}\t{rs.title}\t{since}\t{len(rs.rules)}条规则\t版本{rs.version}")
    return "\n".join(lines)


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


def _audit(args: argparse.Namespace) -> str | int:
    from govrules.audit import audit_lines
    from govrules.audit.source import read_lines

    rs = _ruleset(args)
    cal = _calendar(args)
    if args.period is not None:
        _covered(cal, args.period[0], args.period[1], "--period")
    if args.as_of is not None:
        _covered(cal, args.as_of, args.as_of, "--as-of")
    if args.output is not None and args.file != "-" and _same_file(args.file, args.output):
        raise InvalidInput(f"--output {args.output} is the log being audited ({args.file}): give another file")
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

    if args.file != "-" and args.file.lower().endswith(SHEET_SUFFIXES):
        run = audit_sheet(
            rs,
            args.file,
            record_type=args.type,
            as_of=args.as_of,
            calendar=cal,
            period=args.period,
            changes=changes,
            roster=roster,
        )
        with _output(args.output) as out:
            summary = _write_report(args, rs, run, out)
        return _done(args, summary)
    if args.type is not None:
        raise InvalidInput("--type is for spreadsheets (.csv, .xlsx) with no type column; a JSON line names its type")
    if args.file == "-":
        stream: IO[bytes] = sys.stdin.buffer
        size = None
    else:
        try:
            stream = open(args.file, "rb")  # noqa: SIM115 - closed below
        except OSError as e:
            raise InvalidInput(f"cannot open {args.file}: {e.strerror}") from None
        size = os.fstat(stream.fileno()).st_size

    def named(encoding: str) -> None:
        print(f"govrules: {args.file} 为{encoding.upper()}编码，已按{encoding.upper()}读取", file=sys.stderr)

    try:
        lines: Iterator[bytes] = read_lines(stream, named)
        if sys.stderr.isatty() and not args.quiet:
            lines = _progress(lines, size)
        with _output(args.output) as out:
            run = audit_lines(
                rs, lines, as_of=args.as_of, calendar=cal, period=args.period, changes=changes, roster=roster
            )
            summary = _write_report(args, rs, run, out)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    return _done(args, summary)


def _write_report(args: argparse.Namespace, rs: Ruleset, run: AuditRun, out: IO[str]) -> Summary:
    """The audit's report in the format asked for, written to `out`; the run's summary."""
    from govrules.audit import report as rep

    if args.format == "json":
        for row in rep.json_lines(run):
            out.write(row + "\n")
        out.write(rep.summary_json(run.summary) + "\n")
    elif args.format == "csv":
        for row in rep.csv_rows(run):
            out.write(row)
    else:
        write = rep.write_html_report if args.format == "html" else rep.write_text_report
        write(rs, run, lambda: run.summary, out)
    return run.summary


def _done(args: argparse.Namespace, summary: Summary) -> int:
    for warning in summary.warnings:
        print(f"govrules: 注意：{_one_line(warning)}", file=sys.stderr)
    if args.format in ("json", "csv") or args.output:
        print(
            f"读取{summary.read}条，检查{summary.checked}条，无法读取{summary.invalid}条，违规{summary.breaches}项",
            file=sys.stderr,
        )
    return summary.exit_code


def _covered(cal: workdays.WorkdayCalendar, first: date, last: date, option: str) -> None:
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
        raise InvalidInput(f"--output {path} is a directory; give a file name")
    if not os.path.isdir(folder):
        raise InvalidInput(f"--output {path}: no such directory {folder}")
    if os.path.exists(target) and not os.path.isfile(target):  # a device or pipe (/dev/null): written as it is
        try:
            with open(target, "w", encoding="utf-8", errors="backslashreplace") as out:
                yield out
        except OSError as e:
            raise OutputFailed(f"cannot write {path}: {e.strerror or e}") from None
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    except OSError as e:
        raise OutputFailed(f"cannot write in {folder}: {e.strerror}") from None
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
        raise OutputFailed(f"cannot write {path}: {e.strerror or e}; nothing was replaced") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `govrules` command."""
    parser = argparse.ArgumentParser(
        prog="govrules",
        description="人民政府工作规则: who signs, when it is due, who may be absent — with the article.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default="zh", help="output language (default zh)")
    sub = parser.add_subparsers(dest="command", required=True)

    wd = sub.add_parser("workdays", help="working-day arithmetic on the State Council schedule")
    wd_sub = wd.add_subparsers(dest="action", required=True)
    cal_opts = argparse.ArgumentParser(add_help=False)
    cal_opts.add_argument(
        "--provisional", action="store_true", help="estimate years the State Council has not published yet"
    )
    cal_opts.add_argument(
        "--holidays", action="append", metavar="FILE", help="a holiday-cn JSON file adding a year (repeatable)"
    )
    cal_opts.add_argument("--force", action="store_true", help="load a --holidays file although it fails a check")
    p = wd_sub.add_parser("is", parents=[common, cal_opts], help="is DATE a working day?")
    p.add_argument("date", type=_date)
    p.set_defaults(run=_workdays_is)
    p = wd_sub.add_parser("add", parents=[common, cal_opts], help="the N-th working day after DATE")
    p.add_argument("date", type=_date)
    p.add_argument("n", type=int)
    p.set_defaults(run=_workdays_add)
    p = wd_sub.add_parser("between", parents=[common, cal_opts], help="working days in (A, B]")
    p.add_argument("a", type=_date)
    p.add_argument("b", type=_date)
    p.set_defaults(run=_workdays_between)

    p = sub.add_parser("rulesets", parents=[common], help="the rulesets govrules ships")
    p.set_defaults(run=_list_rulesets)

    p = sub.add_parser("due", parents=[common, cal_opts], help="when something is due under a ruleset")
    p.add_argument("ruleset")
    p.add_argument("rule", help="a deadline id: countersign_reply, minutes_issue, leave_request, ...")
    p.add_argument("date", type=_date, help="the event the period runs from (or before)")
    p.add_argument("--variant", help="a variant the article states (e.g. major_revision)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="json: the decision receipt")
    p.set_defaults(run=_due)

    p = sub.add_parser("signer", parents=[common], help="who signs a document, who reviews it first")
    p.add_argument("ruleset")
    p.add_argument("--kind", required=True, help="文种: 请示, 通知, 纪要, ...")
    p.add_argument("--issuer", required=True, help="发文名义: 政府, 政府办公室, 部门, 党委政府联合")
    p.add_argument("--to", help="主送: 上级政府, 人大, 社会公众, ...")
    p.add_argument("--matter", action="append", help="事项 (repeatable): 人事任免, 资金, 重大事项, ...")
    p.add_argument("--meeting", help="the meeting the document records or was adopted at")
    p.add_argument("--presided-by", help="who presided over that meeting (县长, 副县长, ...)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="json: the decision receipt")
    p.set_defaults(run=_signer)

    p = sub.add_parser("leave", parents=[common, cal_opts], help="whether a leave or absence is allowed")
    p.add_argument("ruleset")
    p.add_argument("--role", required=True, help="who asks: 副县长, 部门主要负责人, ...")
    p.add_argument("--kind", required=True, help="离开辖区外出, 休假, 不能出席会议, 出访")
    p.add_argument("--start", required=True, type=_date)
    p.add_argument("--end", type=_date)
    p.add_argument("--requested-on", type=_date)
    p.add_argument("--meeting", help="the meeting missed (for 不能出席会议)")
    p.add_argument("--reason", help="事由: 参加上级重要会议及活动, 个人身体健康, ...")
    p.add_argument("--substitute", action="store_true", help="a substitute has been arranged")
    p.add_argument("--party-standing-committee-member", action="store_true")
    p.add_argument("--format", choices=("text", "json"), default="text", help="json: the decision receipt")
    p.set_defaults(run=_leave)

    p = sub.add_parser("explain", parents=[common], help="an article's text and every rule citing it")
    p.add_argument("ruleset")
    p.add_argument("article", help="an article number (53, 五十三, 第五十三条) or an annex (附件1, '附件1 五(三)')")
    p.set_defaults(run=_explain)

    p = sub.add_parser(
        "audit", parents=[common, cal_opts], help="check a log (JSON Lines, .csv, .xlsx) against a ruleset"
    )
    p.add_argument("--ruleset", required=True)
    p.add_argument(
        "file", help="a JSON Lines file (UTF-8), a spreadsheet export (.csv, .xlsx: one record a row), or - for stdin"
    )
    p.add_argument("--format", choices=("text", "json", "csv", "html"), default="text")
    p.add_argument("--output", "-o", help="write the report here instead of standard output")
    p.add_argument("--as-of", type=_date, help="report replies still missing after their deadline, as of this date")
    p.add_argument(
        "--period",
        type=_period,
        help="the days the log covers, for how often meetings were held: a year (2025) or START:END "
        "(default: from the first meeting on record to the last)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--roster",
        metavar="ROSTER.toml",
        help="who held which role when, and who is in charge (分管) of what: records may then name people",
    )
    p.add_argument(
        "--changes",
        metavar="WHATIF.toml",
        help="audit under the ruleset as this what-if variant file changes it (as simulate --out made variant.jsonl)",
    )
    p.add_argument(
        "--type",
        help="the record type of every row of a spreadsheet with no type column (document, meeting, 公文 ...)",
    )
    p.set_defaults(run=_audit)

    from govrules.cli_simulate import add_parser as add_simulate

    add_simulate(sub, [common])
    from govrules.cli_diff import add_parser as add_diff

    add_diff(sub, [common])
    from govrules.cli_receipts import add_parsers as add_receipts

    add_receipts(sub, [common], cal_opts)
    from govrules.cli_serve import add_parser as add_serve

    add_serve(sub, [common])
    from govrules.cli_calendar import add_parser as add_calendar

    add_calendar(sub, [common])
    return parser


def _one_line(text: str) -> str:
    """An error message on one line, its control characters escaped and its length bounded."""
    from govrules.audit.report import clean_text

    text = clean_text(text)
    return text if len(text) <= 2000 else text[:2000] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], str | int] = args.run
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # a lone surrogate from an input file is escaped, never an encoding error
        reconfigure(errors="backslashreplace")
    try:
        result = run(args)
    except GovRulesError as e:
        print(f"govrules: {_one_line(render(e, getattr(args, 'lang', 'zh')))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    except OSError as e:  # writing to a full disk or a closed terminal: said in one line, not a traceback
        print(f"govrules: {_one_line(str(e))}", file=sys.stderr)
        return 2
    if isinstance(result, int):
        return result
    print(result)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
