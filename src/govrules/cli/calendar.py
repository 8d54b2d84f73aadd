"""`govrules calendar show|add|diff`: a year's schedule and its source, adding a published year, what it changes."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import warnings
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from govrules import deadlines, rulesets, workdays
from govrules.audit.records import (
    CountersignRecord,
    DeadlineRecord,
    DocumentRecord,
    MeetingRecord,
    Record,
    RequestRecord,
    read_record,
)
from govrules.calendar_files import read_holiday_cn
from govrules.calendar_messages import render
from govrules.calendar_sources import data_dir, user_files
from govrules.cli._common import say_forced, with_files
from govrules.cli._parse import ruleset_id
from govrules.errors import CalendarFileError, CalendarFileWarning, GovRulesError, InvalidInput
from govrules.model import DocumentKind
from govrules.rules import Ruleset

__all__ = ["add_parser"]

_WEEKDAYS_ZH = "一二三四五六日"


def _weekday(d: date, lang: str) -> str:
    return f"星期{_WEEKDAYS_ZH[d.weekday()]}" if lang == "zh" else d.strftime("%a")


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"不是四位数的年份 / not a year (YYYY): {text!r}")
    return int(text)


def _calendar_for(year: int) -> workdays.WorkdayCalendar:
    """The calendar holding `year`: the published data and the user's files, else the estimate."""
    cal = workdays.china()
    if year in cal.years:
        return cal
    if year in cal.broken:
        cal.source(year)  # raises BrokenCalendarFile, which says how to remove the file
    return workdays.china(provisional=True)


def _runs(days: list[date]) -> Iterator[tuple[date, date]]:
    """Consecutive days grouped into (first, last) runs."""
    start = prev = None
    for d in days:
        if prev is not None and d == prev + timedelta(days=1):
            prev = d
            continue
        if start is not None and prev is not None:
            yield start, prev
        start = prev = d
    if start is not None and prev is not None:
        yield start, prev


def _blocks(cal: workdays.WorkdayCalendar, year: int) -> Iterator[tuple[str, date, date]]:
    """Each holiday's days off in `year`: (name, first, last), runs of days `holiday_name` names.

    Days named differently in one run are one block named by both (国庆节、中秋节, 2017-10-01..08).
    """
    named = {d: n for d in _span(date(year, 1, 1), date(year, 12, 31)) if (n := cal.holiday_name(d))}
    for first, last in _runs(sorted(named)):
        names = list(dict.fromkeys(named[d] for d in _span(first, last)))
        yield "、".join(names), first, last


def _rest(cal: workdays.WorkdayCalendar, d: date) -> bool:
    return cal.covers(d) and not cal.is_workday(d)


def _block_note(cal: workdays.WorkdayCalendar, name: str, first: date, last: date, lang: str) -> str:
    """What the bare dates do not say: set by the next year's notice, joined to days of the other year or a weekend."""
    zh = lang == "zh"
    notes: list[str] = []
    day = timedelta(days=1)
    if first.month == 12 and name == "元旦":  # 元旦 days in December: the next year's notice set them
        title = cal.source(first.year + 1).title if (first.year + 1) in cal.years else None
        notes.append(
            (
                f"{first.year + 1}年元旦，由《{title}》安排"
                if title
                else f"{first.year + 1}年元旦，由{first.year + 1}年的安排所定"
            )
            if zh
            else f"{first.year + 1}'s 元旦, set by " + (f"《{title}》" if title else f"{first.year + 1}'s schedule")
        )
    before, after = first - day, last + day
    other = [x for x in (before, after) if x.year != first.year and _rest(cal, x) and cal.holiday_name(x) is not None]
    if other:
        x = other[0]
        step = -day if x < first else day
        far = x
        while _rest(cal, far + step) and cal.holiday_name(far + step) is not None:
            far += step
        a, b = sorted((x, far))
        whole = (max(last, b) - min(first, a)).days + 1
        span = (
            a.isoformat()
            if a == b
            else f"{a.isoformat()}至{b.isoformat()}"
            if zh
            else f"{a.isoformat()} to {b.isoformat()}"
        )
        notes.append(f"与{span}连休，共{whole}天" if zh else f"joined to {span}, {whole} days in all")
    elif any(_rest(cal, x) and cal.holiday_name(x) is None for x in (before, after)):
        notes.append("与周末连休" if zh else "joined to the weekend")
    if not notes:
        return ""
    return f"（{'；'.join(notes)}）" if zh else f" ({'; '.join(notes)})"


def _makeup_note(cal: workdays.WorkdayCalendar, w: date, lang: str) -> str:
    """The holiday a make-up day is worked for; for the next year's 元旦, the notice that set it (2018-12-29)."""
    holiday = cal.makeup_for(w)
    nxt = w.year + 1
    if w.month == 12 and (holiday == "元旦" or holiday is None) and nxt in cal.years:
        title = cal.source(nxt).title
        if lang == "zh":
            return f"（{nxt}年元旦调休，由《{title}》安排）" if title else f"（{nxt}年元旦调休）"
        return f" (for {nxt}'s 元旦" + (f", set by 《{title}》)" if title else ")")
    if holiday is None:
        return ""
    return f"（{holiday}调休）" if lang == "zh" else f" (for {holiday})"


def _show(args: argparse.Namespace) -> str:
    year, lang = args.year, args.lang
    zh = lang == "zh"
    cal = _calendar_for(year)
    if year not in cal.years:
        raise cal._uncovered(year)
    _, work = cal.schedule(year)
    estimated = cal.is_provisional(year)
    if zh:
        head = f"{year}年节假日安排" + ("（估算：国务院尚未公布，以国务院通知为准）" if estimated else "")
    else:
        head = f"The {year} holiday schedule" + (
            " (an estimate: not published by the State Council yet)" if estimated else ""
        )
    lines = [head, cal.source(year).describe(lang)]
    lines.append("放假：" if zh else "days off:")
    for name, first, last in _blocks(cal, year):
        n = (last - first).days + 1
        note = _block_note(cal, name, first, last, lang)
        if zh:
            span = first.isoformat() if first == last else f"{first.isoformat()}至{last.isoformat()}"
            lines.append(f"  {name}：{span}，共{n}天{note}")
        else:
            span = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
            lines.append(f"  {name}: {span}, {n} day{'s' if n > 1 else ''}{note}")
    lines.append("调休上班：" if zh else "make-up working days:")
    lines.extend(
        f"  {w.isoformat()}（{_weekday(w, lang)}）{_makeup_note(cal, w, lang)}"
        if zh
        else f"  {w.isoformat()} ({_weekday(w, lang)}){_makeup_note(cal, w, lang)}"
        for w in work
    )
    if not work:
        lines.append("  无" if zh else "  none")
    if estimated:
        lines.append(
            f"注意：{year}年为估算日程，以国务院通知为准。"
            if zh
            else f"note: {year} is an estimate until the State Council publishes it."
        )
    return "\n".join(lines)


def _span(first: date, last: date) -> Iterator[date]:
    d = first
    while d <= last:
        yield d
        d += timedelta(days=1)


def _file_year(path: str) -> int:
    return read_holiday_cn(path).year


def _user_paths(year: int) -> list[Path]:
    folder = data_dir() / "calendar"
    return [p for p in (folder / f"{year}.json", folder / f"{year}.forced.json") if p.is_file()]


def _add(args: argparse.Namespace) -> str:
    lang, force = args.lang, args.force
    zh = lang == "zh"
    year = _file_year(args.file)
    base = workdays.china_without_file(year)
    shipped = set(workdays.shipped_years())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CalendarFileWarning)
        try:
            cal = workdays.load_holiday_cn(args.file, base, force=force)
        except CalendarFileError as e:  # it changes the State Council's days: said below, with the year
            if e.reason != "published":
                raise
            changed = list(e.facts["changed"])  # type: ignore[call-overload]
        else:
            changed = [
                (d, w)
                for y in sorted(shipped)
                for a in cal.source(y).amendments
                if a.file == args.file
                for d, w in a.days
            ]
    if (year in shipped or changed) and not force:
        parts = [f"{year} is published (shipped with govrules)"] if year in shipped else []
        if changed:
            days = ", ".join(d.isoformat() for d, _ in changed)
            parts.append(f"it changes {len(changed)} day(s) the State Council's notices set: {days}")
        raise CalendarFileError(
            f"{args.file}: {'; '.join(parts)}; add it anyway with --force",
            file=args.file,
            reason="published",
            year=year,
            facts={"shipped": year in shipped, "changed": tuple(changed)},
        )
    folder = data_dir() / "calendar"
    old = _user_paths(year)
    target = folder / (f"{year}.forced.json" if force else f"{year}.json")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{year}.json.tmp"
        shutil.copyfile(args.file, tmp)
        for p in old:
            if p != target:
                p.unlink()
        os.replace(tmp, target)
    except OSError as e:
        raise InvalidInput(
            f"cannot copy {args.file} to {target}: {e.strerror}", zh=f"无法把 {args.file} 复制到 {target}：{e.strerror}"
        ) from e
    say_forced(caught, lang)
    cal = workdays.china()
    lines = []
    name = Path(args.file).name
    named = re.search(r"(?<!\d)(20\d\d)(?!\d)", name)
    if named is not None and int(named.group(1)) != year:  # 2028.json holding 2027's schedule: it is added as 2027
        said = named.group(1)
        lines.append(
            f"注意：文件名 {name} 中的年份是{said}，文件内容却是{year}年的安排：按内容作为{year}年添加"
            if zh
            else f"note: the file name {name} says {said}, its content is {year}'s schedule: added as {year}"
        )
    if old:
        names = "、".join(str(p) for p in old) if zh else ", ".join(str(p) for p in old)
        lines.append(
            f"已替换此前添加的{year}年节假日安排（原文件：{names}）"
            if zh
            else f"replaced the {year} schedule added before ({names})"
        )
    lines.append(f"已添加{year}年节假日安排：{target}" if zh else f"added the {year} schedule: {target}")
    lines.append(cal.source(year).describe(lang))
    lines.extend(cal.source(y).describe(lang) for y in sorted({d.year for d, _ in changed} - {year}))
    return "\n".join(lines)


def _list(args: argparse.Namespace) -> str:
    zh = args.lang == "zh"
    cal = workdays.china()
    rows = []
    for path, _, _ in user_files():
        year, forced = workdays.user_file_year(path)
        if year is None:
            rows.append(
                f"  {path}：文件名不是“年份.json”，未载入" if zh else f"  {path}: not named YEAR.json, not loaded"
            )
        elif year in cal.broken:
            err = render(cal.broken[year], args.lang)
            rows.append(
                f"  {year}年 {path}：无法使用（{err}）；删除：govrules calendar remove {year}"
                if zh
                else f"  {year} {path}: cannot be used ({err}); remove: govrules calendar remove {year}"
            )
        else:
            how = ("（--force 添加）" if zh else " (added with --force)") if forced else ""
            rows.append(f"  {year}年 {path}{how}" if zh else f"  {year} {path}{how}")
    folder = data_dir() / "calendar"
    if not rows:
        return f"尚未添加节假日文件（{folder}）" if zh else f"no schedule files added ({folder})"
    return (
        ("已添加的节假日文件（" if zh else "schedule files added (")
        + f"{folder}"
        + ("）：" if zh else "):")
        + "\n"
        + "\n".join(rows)
    )


def _remove(args: argparse.Namespace) -> str:
    year, zh = args.year, args.lang == "zh"
    paths = _user_paths(year)
    if not paths:
        raise InvalidInput(
            f"没有添加过{year}年的节假日文件（govrules calendar list 列出已添加的）"
            if zh
            else f"no schedule file was added for {year} (govrules calendar list shows those added)"
        )
    for p in paths:
        try:
            p.unlink()
        except OSError as e:
            raise InvalidInput(f"cannot remove {p}: {e.strerror}") from e
    cal = workdays.china()
    names = "、".join(map(str, paths)) if zh else ", ".join(map(str, paths))
    now = (
        cal.source(year).describe(args.lang)
        if year in cal.years
        else (
            f"{year}年：无节假日安排（可用 --provisional 估算）"
            if zh
            else f"{year}: no schedule (--provisional estimates it)"
        )
    )
    return (f"已删除{names}\n" if zh else f"removed {names}\n") + now


def _day_state(cal: workdays.WorkdayCalendar, d: date, lang: str) -> str:
    if cal.is_makeup_workday(d):
        return "调休上班" if lang == "zh" else "make-up working day"
    if cal.is_workday(d):
        return "工作日" if lang == "zh" else "working day"
    name = cal.holiday_name(d)
    if lang == "zh":
        return f"休息（{name}）" if name else "休息"
    return f"day off ({name})" if name else "day off"


def _deadlines_of(r: Record) -> Iterator[tuple[str, date, str | None]]:
    """The deadlines a record's dates start (rule id, anchor, variant), as the audit counts them."""
    if isinstance(r, DocumentRecord):
        if r.signed_on is not None:
            yield "printing", r.signed_on, None
        if r.printed_on is not None:
            yield "publication", r.printed_on, None
        if r.meeting_date is not None and r.kind is not DocumentKind.MINUTES:
            yield "post_meeting_issue", r.meeting_date, None
    elif isinstance(r, CountersignRecord):
        yield "countersign_reply", r.requested_on, r.variant
    elif isinstance(r, RequestRecord):
        yield "request_reply", r.received_on, None
    elif isinstance(r, MeetingRecord):
        for rule in ("minutes_draft", "minutes_issue", "agenda_materials"):
            yield rule, r.date, None
    elif isinstance(r, DeadlineRecord):
        yield r.rule, r.anchor, r.variant


def _moved(
    rs: Ruleset, log: str, before: workdays.WorkdayCalendar, after: workdays.WorkdayCalendar, lang: str
) -> list[str]:
    """Each deadline a record of the log starts whose date differs between the two calendars."""
    ids = set(deadlines.rule_ids(rs))
    out: list[str] = []
    for n, r in _read_log(log):
        for rule, anchor, variant in _deadlines_of(r):
            if rule not in ids:
                continue
            try:
                a = deadlines.due_date(rs, rule, anchor, variant=variant, calendar=before)
                b = deadlines.due_date(rs, rule, anchor, variant=variant, calendar=after)
            except GovRulesError:
                continue
            if a != b:
                where = f"第{n}行 {r.id} {rule}" if lang == "zh" else f"line {n} {r.id} {rule}"
                since = f"{anchor.isoformat()}起" if lang == "zh" else f"from {anchor.isoformat()}"
                sep = "，" if lang == "zh" else ", "
                out.append(f"  {where}{'：' if lang == 'zh' else ': '}{since}{sep}{a.isoformat()} → {b.isoformat()}")
    return out


def _read_log(log: str) -> Iterator[tuple[int, Record]]:
    """The readable records of a JSON Lines log with their line numbers (the audit reports the others)."""
    try:
        with open(log, encoding="utf-8") as f:
            for n, text in enumerate(f, 1):
                if not text.strip():
                    continue
                try:
                    yield n, read_record(json.loads(text))
                except (ValueError, GovRulesError):
                    continue
    except OSError as e:
        raise InvalidInput(f"cannot read log {log}: {e.strerror}", zh=f"无法读取记录文件 {log}：{e.strerror}") from e


def _diff(args: argparse.Namespace) -> str:
    lang = args.lang
    year = _file_year(args.file)
    given = list(dict.fromkeys(ruleset_id(r, lang) for r in (args.ruleset, args.ruleset_option) if r is not None))
    if len(given) > 1:
        raise InvalidInput(
            f"two rulesets given: {args.ruleset} and --ruleset {args.ruleset_option}; give one",
            zh=f"给出了两个规则集：{args.ruleset} 和 --ruleset {args.ruleset_option}；请只给一个",
        )
    ruleset = given[0] if given else None
    if (args.log is None) != (ruleset is None):
        raise InvalidInput(
            "--log 与规则集须同时给出：列出该记录中按该规则时限变动的事项"
            if lang == "zh"
            else "--log and a ruleset go together: which deadlines of that log move under that ruleset"
        )
    if year < workdays.ESTIMATE_FROM:
        raise InvalidInput(
            f"{year}年适用2024年修订前的放假办法，不能与（依2024年办法的）估算比较；"
            f"diff 只用于{workdays.ESTIMATE_FROM}年起的年份"
            if lang == "zh"
            else f"{year} was under the law before the 2024 revision the estimate follows:"
            f" diff compares {workdays.ESTIMATE_FROM} on"
        )
    est = workdays.estimate(year)
    off, work = est.schedule(year)
    names = {d: n for d in off if (n := est.holiday_name(d))}
    # the calendar as it stood on the estimate, and as it stands with the published year
    base = workdays.china(provisional=True).with_schedule(year, off, work, names, provisional=True)
    published = with_files(base, [args.file], args.force, lang)
    lines = [
        f"{year}年：国务院安排（{args.file}）与估算的差别"
        if lang == "zh"
        else f"{year}: {args.file} against the estimate"
    ]
    wrong = 0
    d = date(year, 1, 1)
    while d.year == year:
        if est.is_workday(d) != published.is_workday(d) or est.is_makeup_workday(d) != published.is_makeup_workday(d):
            wrong += 1
            a, b = _day_state(est, d, lang), _day_state(published, d, lang)
            lines.append(
                f"  {d.isoformat()}（{_weekday(d, lang)}）：估算{a}，通知{b}"
                if lang == "zh"
                else f"  {d.isoformat()} ({_weekday(d, lang)}): estimate {a}, published {b}"
            )
        d += timedelta(days=1)
    lines.append(f"共{wrong}天不同。" if lang == "zh" else f"{wrong} day{'s' if wrong != 1 else ''} differ.")
    if args.log is not None:
        rs = rulesets.load(str(ruleset))
        moved = _moved(rs, args.log, base, published, lang)
        lines.append(
            f"{args.log}中时限变动的{len(moved)}项："
            if lang == "zh"
            else f"{len(moved)} deadline(s) of {args.log} move:"
        )
        lines.extend(moved)
    return "\n".join(lines)


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    """Add `calendar show|add|diff` to the command line (`parents` brings --lang)."""
    p = subparsers.add_parser(
        "calendar",
        help="某年的节假日安排及其来源；添加国务院新公布的年份",
        epilog="示例 / examples:\n  govrules calendar show 2026\n  govrules calendar add 2027.json\n"
        "  govrules calendar diff 西丰县 2027.json --log records.jsonl",
    )
    sub = p.add_subparsers(dest="action", required=True, metavar="操作", title="操作")
    s = sub.add_parser("show", parents=parents, help="某年的放假日、调休上班日及来源（国务院通知或估算）")
    s.add_argument("year", type=_year, metavar="年份", help="四位数的年份，如 2026")
    s.set_defaults(run=_show)
    s = sub.add_parser("add", parents=parents, help="把 holiday-cn JSON 文件加入用户数据目录（此后一直使用）")
    s.add_argument("file", metavar="文件", help="holiday-cn 文件，如 2027.json")
    s.add_argument(
        "--force",
        action="store_true",
        help="文件未通过检查时仍照样添加（不是整年；govrules 已随附该年；改动通知已定的日子）",
    )
    s.set_defaults(run=_add)
    s = sub.add_parser("list", parents=parents, help="已添加的节假日文件，以及无法使用的文件")
    s.set_defaults(run=_list)
    s = sub.add_parser("remove", parents=parents, help="删除为某年添加的节假日文件")
    s.add_argument("year", type=_year, metavar="年份", help="四位数的年份，如 2027")
    s.set_defaults(run=_remove)
    s = sub.add_parser("diff", parents=parents, help="已公布的安排与估算相比改动了哪些日子")
    s.add_argument(
        "ruleset", nargs="?", metavar="规则集", help="计算 --log 中时限所依据的规则集（编号或政府名称），与 --log 同用"
    )
    s.add_argument("file", metavar="文件", help="holiday-cn 文件，如 2027.json")
    s.add_argument("--log", help="JSON Lines 记录文件：列出其中到期日因此改变的时限")
    s.add_argument("--ruleset", dest="ruleset_option", metavar="规则集", help="同位置参数“规则集”（旧写法，仍可用）")
    s.add_argument("--force", action="store_true", help="文件未通过检查时仍照样比较")
    s.set_defaults(run=_diff)
