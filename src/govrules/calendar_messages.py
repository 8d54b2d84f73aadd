"""Calendar errors as a command-line user reads them: Chinese by default, English with `--lang en`.

The exceptions carry their facts (`CalendarNotCovered.year/.day/.start/.count/.file`,
`CalendarFileError.file/.reason/.facts`); this module says them, naming what is wrong (the file,
the day: 2月没有30日) and the command-line option that gets past it (`--provisional`,
`--holidays FILE`, `govrules calendar add FILE`, `--force`, `govrules calendar remove YEAR`). Errors
of other kinds are shown in Chinese when they carry it (`GovRulesError.zh`), else as they are.
"""

from __future__ import annotations

from govrules.errors import (
    BrokenCalendarFile,
    CalendarFileError,
    CalendarNotCovered,
    ScheduleIncomplete,
    format_years,
)

__all__ = ["render"]

#: The years a schedule can exist for (the data start in 2004; the lunar tables end in 2099).
FIRST, LAST = 2004, 2099


def out_of_range(lang: str = "zh") -> str:
    """The years govrules counts working days in, said where a year outside them was asked for (no file, no estimate
    covers it: nothing to advise)."""
    return (
        f"govrules只能计算{FIRST}年至{LAST}年的工作日"
        if lang == "zh"
        else f"govrules counts working days in {FIRST}-{LAST} only"
    )


def provisional_query(lang: str = "zh") -> str:
    """What an HTTP caller can do about a year the State Council has not yet published: ask for an estimate."""
    return (
        "国务院公布前，可加 ?provisional=true 按估算计算（结果注明为估算）"
        if lang == "zh"
        else "until the State Council publishes it, ?provisional=true counts on an estimate, flagged as such"
    )


def render(e: BaseException, lang: str = "zh", *, forced: bool = False, run_options: bool = True) -> str:
    """The message of `e` in `lang` ("zh" or "en"), for a person at the command line.

    `forced`: the file was loaded by `--force` all the same, so the message does not offer it.
    `run_options`: the command takes `--holidays FILE` and `--provisional` (`verify` does not: it
    recomputes a receipt as it was asked), so a year without a schedule may offer them.
    """
    if isinstance(e, BrokenCalendarFile):
        return _broken(e, lang)
    if isinstance(e, CalendarNotCovered):
        return _not_covered(e, lang, run_options)
    if isinstance(e, CalendarFileError):
        return _file_error(e, lang, forced)
    zh = getattr(e, "zh", None)
    if lang == "zh" and zh:
        return str(zh)
    en = getattr(e, "en", None)  # (an error whose str() says both languages: `receipts.InvalidRequest`)
    return en if lang == "en" and isinstance(en, str) else str(e)


def _broken(e: BrokenCalendarFile, lang: str) -> str:
    cause = render(e.cause, lang)
    if lang == "zh":
        return (
            f"{e.year}年的节假日文件无法使用，{e.year}年暂无节假日安排：{cause}。"
            f"删除它：govrules calendar remove {e.year}；或改正后重新添加：govrules calendar add FILE"
        )
    return (
        f"the schedule file added for {e.year} cannot be used, so {e.year} has no schedule: {cause}."
        f" Remove it with `govrules calendar remove {e.year}`, or fix it and add it again with"
        " `govrules calendar add FILE`"
    )


def _not_covered(e: CalendarNotCovered, lang: str, run_options: bool = True) -> str:
    y = e.year
    est = set(e.estimated)
    published = format_years(tuple(x for x in e.covered if x not in est))
    estimated = format_years(tuple(sorted(est)))
    zh = lang == "zh"
    if e.file is not None and e.day is not None:
        why = (
            f"{e.file} 列有{e.day.isoformat()}，而{y}年尚无节假日安排"
            if zh
            else f"{e.file} lists {e.day.isoformat()}, but {y} has no schedule"
        )
    elif e.start is not None and e.count is not None:
        n = abs(e.count)
        way = ("之后" if e.count > 0 else "之前") if zh else ("after" if e.count > 0 else "before")
        why = (
            f"计算{e.start.isoformat()}{way}第{n}个工作日要用到{y}年的节假日安排，而{y}年尚无安排"
            if zh
            else f"counting {n} working day{'s' if n != 1 else ''} {way} {e.start.isoformat()} needs the"
            f" schedule of {y}, which govrules does not have"
        )
    elif e.start is not None:
        why = (
            f"从{e.start.isoformat()}起计算要跨过{y}年，而{y}年尚无节假日安排"
            if zh
            else f"counting from {e.start.isoformat()} crosses {y}, which has no schedule"
        )
    elif e.day is not None:
        why = (
            f"{e.day.isoformat()}所在的{y}年尚无节假日安排"
            if zh
            else f"{y}, the year of {e.day.isoformat()}, has no schedule"
        )
    else:
        why = f"{y}年尚无节假日安排" if zh else f"{y} has no schedule"
    if zh:
        have = (
            f"（已有国务院安排：{_zh_years(published)}"
            + (f"；估算：{_zh_years(estimated)}" if estimated else "")
            + "）"
        )
    else:
        have = f" (published: {published}" + (f"; estimated: {estimated}" if estimated else "") + ")"
    have = have if published else ""
    if y < FIRST or y > LAST:
        fix = out_of_range(lang)
    elif not run_options:  # only a file added once for every command can cover it
        fix = (
            ("" if est else "国务院公布后，") + f"添加{y}年的holiday-cn文件：govrules calendar add FILE"
            if zh
            else ("" if est else "Once the State Council publishes it, ")
            + f"add {y}'s holiday-cn file with `govrules calendar add FILE`"
        )
        fix = fix[0].upper() + fix[1:]
    elif est:  # --provisional was given: only a file can cover it
        fix = (
            f"添加{y}年的holiday-cn文件：govrules calendar add FILE（或本次用 --holidays FILE）"
            if zh
            else f"Add {y}'s holiday-cn file with `govrules calendar add FILE` (or --holidays FILE for this run)"
        )
    else:
        fix = (
            f"国务院公布后，添加{y}年的holiday-cn文件：govrules calendar add FILE（或本次用 --holidays FILE）；"
            "公布前可加 --provisional 按估算计算（结果注明为估算）"
            if zh
            else f"Once the State Council publishes it, add {y}'s holiday-cn file with `govrules calendar add FILE`"
            " (or --holidays FILE for this run); until then --provisional counts on an estimate, flagged as such"
        )
    return f"{why}{have}。{fix}" if zh else f"{why}{have}. {fix}"


def _zh_years(span: str) -> str:
    """'2004-2026, 2029' -> '2004-2026年、2029年'."""
    return "、".join(f"{part}年" for part in span.split(", "))


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _file_error(e: CalendarFileError, lang: str, forced: bool) -> str:
    f, y, r, x = e.file, e.year, e.reason, e.facts
    if lang != "zh":
        text = str(e)
        if isinstance(e, ScheduleIncomplete) and not forced:
            text += "; if it is right, load it anyway with --force"
        elif r == "published" and not forced and "--force" not in text:
            text += "; if it is meant, load it anyway with --force (those days are then shown as the file's)"
        return text
    if r == "missing":
        return f"找不到文件 {f}"
    if r == "directory":
        return f"{f} 是文件夹，不是文件"
    if r == "unreadable":
        return f"无法读取 {f}：{x.get('detail')}"
    if r == "encoding":
        return f"{f} 为{x['encoding'] if x['encoding'] != 'not UTF-8' else '非UTF-8'}编码，请以UTF-8保存后再试"
    if r == "json":
        return f"{f} 不是有效的JSON（第{x['line']}行第{x['column']}列有误）"
    if r == "shape":
        return f"{f} 格式不对：应为含整数 year 和列表 days 的对象（holiday-cn 格式）"
    if r == "range":
        return f"{f} 是{y}年的文件；只能添加{x['first']}年至{x['last']}年的节假日安排"
    if r == "empty":
        return f"{f} 未列出任何日期：国务院尚未公布{y}年的安排，{y}年仍无节假日安排"
    if r == "papers":
        return f"{f} 的 papers 应为通知网址的列表"
    if r == "entry":
        return f"{f} 第{x['k']}项不是含 name、date、isOffDay 的对象：{x['entry']}"
    if r == "date":
        mo, d = x.get("month"), x.get("day")
        if isinstance(mo, int) and isinstance(d, int):
            what = f"没有{mo}月" if not 1 <= mo <= 12 else f"{mo}月没有{d}日"
            if 1 <= mo <= 12 and d <= _MONTH_DAYS[mo - 1]:
                what = f"{str(x['text'])[:4]}年{mo}月没有{d}日（非闰年）"
            return f"{f} 第{x['k']}项的日期{x['text']}不存在：{what}"
        return f"{f} 第{x['k']}项的日期{x['text']!r}不是日期（应为YYYY-MM-DD）"
    if r == "flag":
        return f"{f} 中{x['day']}（第{x['k']}项）的 isOffDay 为{x['value']}，应为 true 或 false"
    if r == "both":
        return f"{f} 把{x['day']}同时列为休息日和工作日"
    if r == "name":
        return f"{f} 的文件名是{y}年，内容的 year 却是另一年"
    if r == "published":
        parts = [f"govrules已随附国务院公布的{y}年节假日安排"] if x["shipped"] else []
        changed = x["changed"]
        if changed:
            days = "、".join(f"{d.isoformat()}改为{'上班' if w else '休息'}" for d, w in changed)  # type: ignore[attr-defined]
            parts.append(f"此文件会改动国务院通知已定的{len(changed)}天：{days}")  # type: ignore[arg-type]
        if forced:
            return f"{f}：{'；'.join(parts)}；这些天注明为经此用户文件修改"
        return f"{f}：{'；'.join(parts)}。如确需以此文件为准，可加 --force（之后注明为经用户文件修改）"
    force = "" if forced else "；如确认无误，可加 --force 照样载入"
    if r == "year":
        where = "、".join(f"{v}年" for v in x["elsewhere"])  # type: ignore[attr-defined]
        return f"{f} 的 year 为{y}，但所列日期没有一天在{y}年（都在{where}）：year 或日期写错了{force}"
    if r == "block":
        missing = "和".join(x["missing"])  # type: ignore[arg-type]
        return f"{f} 是{y}年的文件，却没有{missing}的放假日期，不是一整年的安排{force}"
    if r == "net":
        return (
            f"{f} 的放假天数不符：工作日放假减去周末上班共{x['net']}天，而{y}年适用的《全国年节及纪念日放假办法》"
            f"为{x['law']}天{force}"
        )
    return str(e)
