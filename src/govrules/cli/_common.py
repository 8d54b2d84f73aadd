"""What several commands share: the ruleset and calendar their options name, weekdays, examples, one-line errors.

Light to import: the library is imported inside each function, so that a command loads only what it uses.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import warnings
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govrules.rules import Ruleset
    from govrules.workdays import WorkdayCalendar

__all__ = [
    "DATE_HELP",
    "RULESET_HELP",
    "calendar_of",
    "examples",
    "json_of",
    "one_line",
    "os_error_zh",
    "role_list",
    "ruleset_of",
    "say_forced",
    "weekday",
    "with_files",
]

RULESET_HELP = "规则集：编号（xifeng-2022）或政府名称（西丰县、西丰）；govrules rulesets 列出全部"
DATE_HELP = "日期：2025-09-26、2025/9/26 或 2025年9月26日"

_WEEKDAYS_ZH = "一二三四五六日"


def weekday(d: date, lang: str) -> str:
    return f"星期{_WEEKDAYS_ZH[d.weekday()]}" if lang == "zh" else d.strftime("%A")


def calendar_of(args: argparse.Namespace) -> WorkdayCalendar:
    """The working-day calendar the options ask for: `--provisional`, each `--holidays FILE` (`--force`)."""
    from govrules import workdays

    return with_files(workdays.china(provisional=args.provisional), args.holidays, args.force, args.lang)


def with_files(cal: WorkdayCalendar, paths: list[str] | None, force: bool, lang: str) -> WorkdayCalendar:
    """The calendar with each `--holidays FILE` loaded; a file loaded by `--force` despite a check says so on stderr."""
    from govrules import workdays
    from govrules.errors import CalendarFileWarning

    for path in paths or ():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CalendarFileWarning)
            cal = workdays.load_holiday_cn(path, cal, force=force)
        say_forced(caught, lang)
    return cal


def say_forced(caught: list[warnings.WarningMessage], lang: str) -> None:
    """Say on stderr each calendar file that `--force` loaded despite a failed check."""
    from govrules.calendar_messages import render
    from govrules.errors import CalendarFileWarning

    for w in caught:
        if isinstance(w.message, CalendarFileWarning):
            head = "govrules: 注意：已按 --force 载入，" if lang == "zh" else "govrules: warning: loaded by --force: "
            print(head + render(w.message.error, lang, forced=True), file=sys.stderr)


def ruleset_of(args: argparse.Namespace) -> Ruleset:
    """The ruleset the command names (its id, as `main` resolved it)."""
    from govrules import rulesets

    return rulesets.load(args.ruleset)


def role_list(rs: Ruleset, roles: tuple[object, ...], lang: str) -> str:
    from govrules.model import Role

    names = [rs.name(r) if lang == "zh" else r.name for r in roles if isinstance(r, Role)]
    return "、".join(names) if lang == "zh" else ", ".join(names)


def examples(*lines: str) -> str:
    return "示例 / examples:\n" + "\n".join(f"  {line}" for line in lines)


def one_line(text: str) -> str:
    """An error message on one line, its control characters escaped and its length bounded."""
    from govrules.audit.report import clean_text

    text = clean_text(text)
    return text if len(text) <= 2000 else text[:2000] + "…"


#: What an operating-system error means, in Chinese, by errno: `os_error_zh` puts it in place of the English.
_OS_ZH = {
    errno.ENOENT: "文件不存在",
    errno.EISDIR: "这是文件夹，不是文件",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EACCES: "没有权限",
    errno.EPERM: "不允许此操作",
    errno.ENOSPC: "磁盘已满",
    errno.EROFS: "文件系统只读",
    errno.ENAMETOOLONG: "文件名太长",
    errno.ELOOP: "符号链接循环",
    errno.EEXIST: "文件已存在",
    errno.EIO: "读写出错",
    errno.EMFILE: "打开的文件太多",
    errno.ENXIO: "设备不存在",
}


def os_error_zh(text: str) -> str:
    """`text` with each operating system's English error description ("No such file or directory", from
    `strerror`) said in Chinese ("文件不存在"): the one place every command's Chinese message gets it from."""
    for code, zh in _OS_ZH.items():
        text = text.replace(os.strerror(code), zh)
    return text


#: What the standard library's JSON errors say, in Chinese (`json_of`).
_JSON_ZH = {
    "Expecting value": "应有一个值",
    "Expecting property name enclosed in double quotes": "应有双引号括起的键名",
    "Expecting ':' delimiter": "应有冒号（:）",
    "Expecting ',' delimiter": "应有逗号（,）",
    "Unterminated string starting at": "处的字符串没有结束（缺少右引号）",
    "Invalid control character at": "处有字符串中不允许的控制字符",
    "Extra data": "之后还有多余的内容",
}


def json_of(raw: bytes, name: str, *, extra: tuple[str, str] | None = None) -> object:
    """The one JSON value of a file's bytes `raw`; `InvalidInput`, in Chinese and English, saying that the file
    `name` is empty, not UTF-8 or where it is not JSON. `extra` (Chinese, English) is said of a file with more
    than one value (a whole log where one record is read)."""
    import json

    from govrules.errors import InvalidInput

    zh, en = ("标准输入", "standard input") if name == "-" else (name, name)
    if not raw.strip():
        raise InvalidInput(f"{en} is empty", zh="标准输入为空" if name == "-" else f"{zh}：文件为空")
    try:
        return json.loads(raw)
    except UnicodeDecodeError:
        raise InvalidInput(f"{en}: not UTF-8 text", zh=f"{zh} 不是UTF-8文本，请以UTF-8保存后再试") from None
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" and extra is not None:
            raise InvalidInput(
                f"{en} holds more than one JSON value: {extra[1]}", zh=f"{zh} 含多条记录：{extra[0]}"
            ) from None
        where = f"第{e.lineno}行第{e.colno}列{_JSON_ZH.get(e.msg, e.msg)}"
        raise InvalidInput(f"{en}: not JSON: {e}", zh=f"{zh} 不是有效的JSON：{where}") from None
