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
from govrules.cli_parse import (
    add_document_options,
    arg_type,
    lang_of,
    parse_date,
    parse_label,
    parse_meeting,
    parse_period,
    parse_role,
    parser_class,
    ruleset_id,
)
from govrules.errors import GovRulesError, InvalidInput, OutputFailed
from govrules.model import (
    AbsenceReason,
    Addressee,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
)
from govrules.rules import Rule, Ruleset

if TYPE_CHECKING:
    from govrules.audit import AuditRun, Summary

__all__ = ["main"]

_WEEKDAYS_ZH = "一二三四五六日"


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


def _role_list(rs: Ruleset, roles: tuple[object, ...], lang: str) -> str:
    from govrules.model import Role

    names = [rs.name(r) if lang == "zh" else r.name for r in roles if isinstance(r, Role)]
    return "、".join(names) if lang == "zh" else ", ".join(names)


#: What the texts call the variants of a deadline (特别复杂的事项不得超过一周).
_VARIANTS = {"特别复杂": "complex", "复杂": "complex", "重大修改": "major_revision"}


def _deadline_ids(rs: Ruleset) -> tuple[str, ...]:
    from govrules.rules import DeadlineRule

    return tuple(r.id for r in rs.rules_of(DeadlineRule))


def _check_due(args: argparse.Namespace) -> None:
    """Refuse a deadline id or variant the ruleset does not have, listing those it has."""
    from govrules.rules import DeadlineRule

    rs = _ruleset(args)
    ids = _deadline_ids(rs)
    if args.rule not in ids:
        raise InvalidInput(
            f"{rs.id} has no deadline {args.rule!r}; its deadlines: {', '.join(ids)}",
            zh=f"《{rs.title}》没有时限“{args.rule}”；它的时限有：{'、'.join(ids)}"
            f"（govrules rulesets {rs.id} 列出详情）",
        )
    if args.variant is not None:
        args.variant = _VARIANTS.get(args.variant.strip(), args.variant)
        rule = rs.rule(args.rule)
        assert isinstance(rule, DeadlineRule)
        if args.variant not in rule.variants:
            have = ", ".join(rule.variants) or "none"
            raise InvalidInput(
                f"--variant: {args.rule} under {rs.id} has no variant {args.variant!r} (variants: {have})",
                zh=f"--variant：《{rs.title}》的“{args.rule}”没有“{args.variant}”这一情形"
                + (f"（可用：{'、'.join(rule.variants)}）" if rule.variants else "（此时限没有特殊情形）"),
            )


def _due(args: argparse.Namespace) -> str:
    _check_due(args)
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


def _addressee(rs: Ruleset, text: str) -> Addressee:
    """--to as the text names it (省政府 in 咸阳, 市政府 in 西丰: the government above)."""
    from govrules.model import Role

    by_role = {
        Role.HIGHER_GOVERNMENT: Addressee.HIGHER_GOVERNMENT,
        Role.GOVERNMENT: Addressee.GOVERNMENT,
        Role.PEOPLES_CONGRESS: Addressee.PEOPLES_CONGRESS,
        Role.CPPCC: Addressee.CPPCC,
        Role.PARTY_COMMITTEE: Addressee.PARTY_COMMITTEE,
    }
    for role, name in rs.role_names.items():
        if name == text.strip() and role in by_role:
            return by_role[role]
    return parse_label(Addressee, text, "--to")


def _document(args: argparse.Namespace) -> Document:
    """The document the options describe, each label checked against the ruleset (and named by its flag)."""
    rs = _ruleset(args)
    doc = Document(
        kind=parse_label(DocumentKind, args.kind, "--kind"),
        issuer=parse_label(Issuer, args.issuer, "--issuer"),
        addressee=None if args.to is None else _addressee(rs, args.to),
        matters=frozenset(parse_label(Matter, m, "--matter") for m in args.matter or ()),
        meeting=None if args.meeting is None else parse_meeting(rs, args.meeting, "--meeting"),
        presided_by=None if args.presided_by is None else parse_role(rs, args.presided_by, "--presided-by"),
    )
    if args.to is not None and doc.addressee is not None:
        try:
            Addressee.from_label(args.to)
        except InvalidInput:  # a name only this text uses: the receipt records the member
            args.to = doc.addressee.name
    return doc


def _signer(args: argparse.Namespace) -> str:
    doc = _document(args)
    if getattr(args, "format", "text") == "json":
        from govrules.cli_receipts import decision_receipt, document_input

        return decision_receipt("signing", args, document_input(args))
    rs = _ruleset(args)
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


def _leave(args: argparse.Namespace) -> tuple[str, int]:
    """The verdict, and exit status 1 when the leave is 不符合规定."""
    rs = _ruleset(args)
    if args.end is not None and args.end < args.start:
        raise InvalidInput(
            f"--end {args.end} is before --start {args.start}", zh=f"--end {args.end} 早于 --start {args.start}"
        )
    req = LeaveRequest(
        role=parse_role(rs, args.role, "--role"),
        kind=parse_label(LeaveKind, args.kind, "--kind"),
        start=args.start,
        end=args.end or args.start,
        requested_on=args.requested_on,
        meeting=None if args.meeting is None else parse_meeting(rs, args.meeting, "--meeting"),
        reason=None if args.reason is None else parse_label(AbsenceReason, args.reason, "--reason"),
        substitute=args.substitute,
        party_standing_committee_member=args.party_standing_committee_member,
    )
    if getattr(args, "format", "text") == "json":
        import json

        from govrules.cli_receipts import decision_receipt, leave_input

        text = decision_receipt("leave", args, leave_input(args))
        return text, 0 if json.loads(text)["answer"]["ok"] else 1
    v = attendance.check_leave(rs, req, calendar=_calendar(args))
    status = 0 if v.ok else 1
    if args.lang == "zh":
        return v.explain(), status
    lines = [
        "ok" if v.ok else "NOT OK",
        "approvers, in order: " + (_role_list(rs, v.approvers, "en") or "none"),
        "notify: " + (_role_list(rs, v.notify, "en") or "none"),
    ]
    if v.latest_request_date:
        lines.append(f"latest request date: {v.latest_request_date.isoformat()}")
    lines.extend(f"violation: {x.rule} ({x.citation})" for x in v.violations)
    lines.append("cites: " + "; ".join(str(c) for c in v.citations))
    return "\n".join(lines), status


def _describe_rule(rs: Ruleset, r: Rule) -> str:
    quote = f"：“{r.quote}”" if r.quote else ""
    return f"  - {r.id}（{r.kind_label}）{quote}"


def _explain(args: argparse.Namespace) -> str:
    try:
        return _explain_article(args)
    except (KeyError, ValueError) as e:
        if isinstance(e, GovRulesError):
            raise
        rs = _ruleset(args)
        numbers = sorted(a.number for a in rs.articles)
        span = f"{numbers[0]}-{numbers[-1]}" if numbers else "none"
        annexes = "、".join(f"附件{a.number}" for a in rs.annexes)
        zh_span = f"第{numbers[0]}条至第{numbers[-1]}条" if numbers else "无条文"
        raise InvalidInput(
            f"{args.ruleset} has no article {args.article!r} (its articles: {span})",
            zh=f"《{rs.title}》没有“{args.article}”：govrules 所存文本只有{zh_span}"
            + (f"及{annexes}" if annexes else "")
            + f"（例如 govrules explain {rs.id} {numbers[0] if numbers else 1}）",
        ) from None


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

        try:
            n = parse_chinese_number(target.removeprefix("第").removesuffix("条"))
        except InvalidInput:
            raise InvalidInput(
                f"not an article: {target!r} (write 53, 五十三, 第五十三条, or 附件1)",
                zh=f"“{target}”不是条号：请写 53、五十三、第五十三条，或附件1",
            ) from None
        a = rs.article(n)
        head = f"《{rs.title}》第{target.removeprefix('第').removesuffix('条')}条（{n}）"
        text = a.text
        rules = list(rs.citing(article=n))
        if n in rs.non_operative:
            rules_note = f"{'非操作性条款：' if args.lang == 'zh' else 'not operative: '}{rs.non_operative[n]}"
            return f"{head}\n{text}\n\n{rules_note}"
    zh = args.lang == "zh"
    listing = "\n".join(_describe_rule(rs, r) for r in rules) or ("  （无规则引用）" if zh else "  (no rule cites it)")
    return f"{head}\n{text}\n\n{'引用此条的规则：' if zh else 'Rules citing it:'}\n{listing}"


def _show_ruleset(args: argparse.Namespace) -> str:
    """One ruleset: its deadline ids, meeting kinds, roles (as its text names them) and articles."""
    from govrules.labels import chinese_number
    from govrules.model import MeetingKind as MK
    from govrules.model import Role
    from govrules.rules import DeadlineRule

    rs = rulesets.load(ruleset_id(args.ruleset))
    zh = args.lang == "zh"
    numbers = sorted(a.number for a in rs.articles)
    since = rs.effective_from.isoformat() if rs.effective_from else ("未注明" if zh else "not stated")
    lines = [
        f"{rs.id}：《{rs.title}》（{rs.government.name}，{since}起施行，版本{rs.version}）"
        if zh
        else f"{rs.id}: {rs.title} ({rs.government.name}, in force from {since}, version {rs.version})"
    ]
    lines.append("时限（govrules due 的 RULE）：" if zh else "Deadlines (RULE of govrules due):")
    for r in rs.rules_of(DeadlineRule):
        cite = r.cite[0].short() if r.cite else ""
        variants = ("；特殊情形：" if zh else "; variants: ") + "、".join(r.variants) if r.variants else ""
        lines.append(
            f"  {r.id}：{r.period.describe() if zh else r.period.describe_en()}，{r.action}（{cite}）{variants}"
        )
    kinds = sorted(rs.meeting_kinds(), key=list(MK).index)
    lines.append(("会议：" if zh else "Meetings: ") + "、".join(k.label for k in kinds))
    roles = sorted(rs.roles(), key=list(Role).index)
    names = [rs.name(r) if zh else f"{rs.name(r)} ({r.name})" for r in roles]
    lines.append(("职务：" if zh else "Roles: ") + ("、" if zh else ", ").join(names))
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    spans = "、".join(f"第{chinese_number(a)}条" + ("" if a == b else f"至第{chinese_number(b)}条") for a, b in runs)
    annexes = "、".join(f"附件{a.number}《{a.title}》" for a in rs.annexes)
    lines.append(("条文：" if zh else "Articles: ") + spans + (f"；{annexes}" if annexes else ""))
    lines.append(("规则：" if zh else "Rules: ") + f"{len(rs.rules)}")
    return "\n".join(lines)


def _list_rulesets(args: argparse.Namespace) -> str:
    if args.ruleset is not None:
        return _show_ruleset(args)
    lines = []
    for rid in rulesets.available():
        rs = rulesets.load(rid)
        if args.lang == "zh":
            since = rs.effective_from.isoformat() if rs.effective_from else "未注明"
            counts = f"{len(rs.rules)}条规则\t版本{rs.version}"
        else:
            since = rs.effective_from.isoformat() if rs.effective_from else "date not stated"
            counts = f"{len(rs.rules)} rules\tversion {rs.version}"
        lines.append(f"{rid}\t{rs.government.name}\t{rs.title}\t{since}\t{counts}")
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

    given = [r for r in (args.ruleset, args.ruleset_option) if r is not None]
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
    rs = _ruleset(args)
    cal = _calendar(args)
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
            raise InvalidInput(
                f"cannot open {args.file}: {e.strerror}", zh=f"无法打开记录文件 {args.file}：{e.strerror}"
            ) from None
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
        out.write("\ufeff")  # UTF-8 with BOM: Excel on Chinese Windows reads it as UTF-8, not GBK
        for row in rep.csv_rows(run):
            out.write(row)
    elif args.format == "html":
        from datetime import datetime

        now = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
        source = "标准输入" if args.file == "-" else os.path.abspath(args.file)
        rep.write_html_report(rs, run, lambda: run.summary, out, source=source, generated=now)
    else:
        rep.write_text_report(rs, run, lambda: run.summary, out)
    return run.summary


def _done(args: argparse.Namespace, summary: Summary) -> int:
    for warning in summary.warnings:
        print(f"govrules: 注意：{_one_line(warning)}", file=sys.stderr)
    if args.format in ("json", "csv") or args.output:
        print(
            f"读取{summary.read}条，检查{summary.checked}条，无法读取{summary.invalid}条，违规{summary.breaches}项",
            file=sys.stderr,
        )
    zh = args.lang == "zh"
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


def _examples(*lines: str) -> str:
    return "示例 / examples:\n" + "\n".join(f"  {line}" for line in lines)


def build_parser(lang: str = "zh") -> argparse.ArgumentParser:
    """The argument parser of the `govrules` command; its help and errors in `lang` (zh or en)."""
    from govrules import __version__

    date_type = arg_type(parse_date, lang)
    parser: argparse.ArgumentParser = parser_class(lang)(
        prog="govrules",
        description="人民政府工作规则：谁签发、何时到期、可否请假、会议是否合规——每个答案都注明依据条款。",
        epilog=_examples(
            "govrules rulesets                      列出规则集",
            "govrules rulesets 西丰县               某规则集的时限、会议、职务和条文",
            "govrules due 西丰县 countersign_reply 2025年9月26日",
            "govrules signer xifeng-2022 --kind 请示 --issuer 政府 --to 上级政府",
            "govrules leave xifeng-2022 --role 副县长 --kind 离丰 --start 2025/9/26",
            "govrules explain xifeng-2022 53",
            "govrules audit xifeng-2022 records.jsonl --format html -o 报告.html",
            "govrules simulate",
            "",
            "退出状态：0 无问题；1 有违规（请假不符合规定、会议不合规、审计发现）；2 输入或用法有误。",
            "加 --lang en 以英文输出。",
        ),
    )
    parser.add_argument("--version", action="version", version=f"govrules {__version__}", help="显示版本后退出")
    parser.add_argument(
        "--lang", dest="lang_first", choices=("zh", "en"), help="输出语言（也可写在命令之后）：zh 或 en"
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="输出语言：zh 中文（默认）或 en 英文 / output language"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令", title="命令")

    wd = sub.add_parser(
        "workdays",
        help="按国务院节假日安排计算工作日",
        description="按国务院节假日安排（含调休）计算工作日。",
        epilog=_examples(
            "govrules workdays is 2025-10-08",
            "govrules workdays add 2025/9/26 7",
            "govrules workdays between 2025-09-26 2025-10-10",
        ),
    )
    wd_sub = wd.add_subparsers(dest="action", required=True, metavar="操作", title="操作")
    cal_opts = argparse.ArgumentParser(add_help=False)
    cal_opts.add_argument(
        "--provisional", action="store_true", help="对国务院尚未公布安排的年份按估算计算（结果注明为估算）"
    )
    cal_opts.add_argument(
        "--holidays", action="append", metavar="FILE", help="补充某一年的 holiday-cn JSON 文件（可重复），如 2027.json"
    )
    cal_opts.add_argument("--force", action="store_true", help="--holidays 文件未通过检查时仍照样载入")
    date_help = "日期：2025-09-26、2025/9/26 或 2025年9月26日"
    p = wd_sub.add_parser(
        "is", parents=[common, cal_opts], help="某日是否工作日", epilog=_examples("govrules workdays is 2025年10月11日")
    )
    p.add_argument("date", type=date_type, metavar="日期", help=date_help)
    p.set_defaults(run=_workdays_is)
    p = wd_sub.add_parser(
        "add",
        parents=[common, cal_opts],
        help="某日之后（或之前）第N个工作日",
        epilog=_examples("govrules workdays add 2025-09-26 7", "govrules workdays add 2025-10-09 -3"),
    )
    p.add_argument("date", type=date_type, metavar="日期", help=date_help)
    p.add_argument("n", type=int, metavar="N", help="工作日数，负数为之前")
    p.set_defaults(run=_workdays_add)
    p = wd_sub.add_parser(
        "between",
        parents=[common, cal_opts],
        help="两日之间的工作日数（不含起日，含止日）",
        epilog=_examples("govrules workdays between 2025-09-26 2025-10-10"),
    )
    p.add_argument("a", type=date_type, metavar="起日", help=date_help + "（不计入）")
    p.add_argument("b", type=date_type, metavar="止日", help=date_help + "（计入）")
    p.set_defaults(run=_workdays_between)

    ruleset_help = "规则集：编号（xifeng-2022）或政府名称（西丰县、西丰）；govrules rulesets 列出全部"
    p = sub.add_parser(
        "rulesets",
        parents=[common],
        help="列出规则集；给出一个时，显示它的时限、会议、职务和条文",
        epilog=_examples("govrules rulesets", "govrules rulesets xifeng-2022", "govrules rulesets 东川区"),
    )
    p.add_argument("ruleset", nargs="?", metavar="规则集", help=ruleset_help)
    p.set_defaults(run=_list_rulesets)

    p = sub.add_parser(
        "due",
        parents=[common, cal_opts],
        help="某事项按规则何时到期",
        epilog=_examples(
            "govrules due xifeng-2022 countersign_reply 2025-09-26",
            "govrules due 某区 countersign_reply 2025/9/26 --variant 特别复杂",
            "govrules rulesets xifeng-2022      （查看可用的时限）",
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help=ruleset_help)
    p.add_argument(
        "rule",
        metavar="时限",
        help="时限编号：countersign_reply、minutes_issue、leave_request……（govrules rulesets ID 列出）",
    )
    p.add_argument("date", type=date_type, metavar="日期", help="起算事件的日期（或期限之前的事件）；" + date_help)
    p.add_argument("--variant", help="条文规定的特殊情形，如 特别复杂（complex）、重大修改（major_revision）")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text 文字（默认）；json 决定回执")
    p.set_defaults(run=_due)

    p = sub.add_parser(
        "signer",
        parents=[common],
        help="公文由谁签发、谁先审核",
        epilog=_examples(
            "govrules signer xifeng-2022 --kind 请示 --issuer 政府 --to 上级政府",
            "govrules signer xifeng-2022 --kind 纪要 --issuer 政府 --meeting 县政府常务会议 --presided-by 县长",
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help=ruleset_help)
    add_document_options(
        p,
        kind="文种：请示、通知、纪要……",
        issuer="发文名义：政府、政府办公室、部门、党委政府联合……",
        to="主送：上级政府（省政府、市政府）、人大、社会公众……",
    )
    p.set_defaults(run=_signer)

    p = sub.add_parser(
        "leave",
        parents=[common, cal_opts],
        help="请假或缺席是否符合规定（不符合时退出状态为1）",
        epilog=_examples(
            "govrules leave xifeng-2022 --role 部门主要负责人 --kind 离丰 --start 2025-10-09 --requested-on 2025-10-08",
            "govrules leave 咸阳 --role 副市长 --kind 不能出席会议 --meeting 市政府常务会议"
            " --start 2025/9/26 --reason 生病",
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help=ruleset_help)
    p.add_argument("--role", required=True, help="请假人的职务，按该文本的称呼：副县长、部门主要负责人……")
    p.add_argument("--kind", required=True, help="请假类型：离开辖区外出（离丰、离咸）、休假、不能出席会议、出访")
    p.add_argument("--start", required=True, type=date_type, help="开始日期；" + date_help)
    p.add_argument("--end", type=date_type, help="结束日期（默认同开始日期）")
    p.add_argument("--requested-on", type=date_type, help="提出请假的日期")
    p.add_argument("--meeting", help="缺席的会议（不能出席会议时）：常务会议、县政府常务会议……")
    p.add_argument("--reason", help="事由：参加上级重要会议及活动、个人身体健康……")
    p.add_argument("--substitute", action="store_true", help="已安排他人代为出席或代理工作")
    p.add_argument("--party-standing-committee-member", action="store_true", help="请假人是党委常委")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text 文字（默认）；json 决定回执")
    p.set_defaults(run=_leave)

    p = sub.add_parser(
        "explain",
        parents=[common],
        help="某条条文及引用它的全部规则",
        epilog=_examples(
            "govrules explain xifeng-2022 53",
            "govrules explain 西丰县 第五十三条",
            "govrules explain dongchuan-2024 '附件1 五(三)'",
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help=ruleset_help)
    p.add_argument("article", metavar="条文", help="条号（53、五十三、第五十三条）或附件（附件1、'附件1 五(三)'）")
    p.set_defaults(run=_explain)

    p = sub.add_parser(
        "audit",
        parents=[common, cal_opts],
        help="按规则集审计记录：JSON Lines 或表格导出（.csv、.xlsx）（有违规时退出状态为1）",
        epilog=_examples(
            "govrules audit xifeng-2022 records.jsonl",
            "govrules audit 西丰县 records.jsonl --period 2025 --format html -o 审计报告.html",
            "govrules audit --ruleset xifeng-2022 records.jsonl --format csv -o 审计.csv",
            "govrules audit 西丰县 导出.xlsx --roster 名册.toml",
        ),
    )
    p.add_argument("ruleset", nargs="?", metavar="规则集", help=ruleset_help)
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
    p.add_argument("--as-of", type=date_type, help="截至此日仍未回复且已逾期的，也列为违规；" + date_help)
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
    """Run the command line; returns the exit status: 0 clean, 1 a breach found, 2 a usage or input error."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = lang_of(argv)
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # a lone surrogate from an input file is escaped, never an encoding error
        reconfigure(errors="backslashreplace")
    try:
        try:
            args = build_parser(lang).parse_args(argv)
        except SystemExit as e:  # a usage error (said in one line), or --help / --version
            return e.code if isinstance(e.code, int) else 2
        args.lang = lang  # given before the command or after it
        if getattr(args, "ruleset", None) is not None and args.command != "rulesets":
            args.ruleset = ruleset_id(args.ruleset, lang)
        run: Callable[[argparse.Namespace], str | int | tuple[str, int]] = args.run
        result = run(args)
        text, status = (
            (result, 0) if isinstance(result, str) else result if isinstance(result, tuple) else (None, result)
        )
        if text is not None:
            print(text)
        sys.stdout.flush()
        return status
    except GovRulesError as e:
        print(f"govrules: {_one_line(render(e, lang))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # piped into head, which has read all it wants: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that flushing at exit does not fail again
        return 141
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
    except OSError as e:  # writing to a full disk or a closed terminal: said in one line, not a traceback
        print(f"govrules: {_one_line(str(e))}", file=sys.stderr)
        return 2
    except Exception as e:  # a bug: one line, and the traceback only when asked for
        if os.environ.get("GOVRULES_DEBUG"):
            raise
        what = f"{type(e).__name__}: {e}"
        print(
            f"govrules: 内部错误（{_one_line(what)}）；请报告此问题，设置 GOVRULES_DEBUG=1 可显示详细信息"
            if lang == "zh"
            else f"govrules: internal error ({_one_line(what)}); please report it"
            " (GOVRULES_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
