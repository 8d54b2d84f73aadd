"""What the command line reads, as Chinese staff write it, and argparse speaking their language.

Dates (2025-09-26, 2025/9/26, 2025年9月26日; an impossible one says why: 9月没有31日), audit
periods, rulesets by id or by name (西丰县), labels checked against the ruleset (a role or meeting
its text does not have is refused with the list it has), and a parser whose usage, help and errors
are Chinese by default and English under `--lang en`: one line on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn, TypeVar

from govrules.errors import InvalidInput, character_hints, character_hints_first
from govrules.labels import LabeledEnum

if TYPE_CHECKING:  # imported where used: the parser is declared before any command runs
    from govrules.model import Issuer, LeaveKind, MeetingKind, Role
    from govrules.rules import Ruleset

__all__ = [
    "Parser",
    "lang_of",
    "parse_date",
    "parse_issuer",
    "parse_label",
    "parse_leave_kind",
    "parse_meeting",
    "parse_period",
    "parse_role",
    "parser_class",
    "ruleset_id",
]

E = TypeVar("E", bound=LabeledEnum)
E2 = TypeVar("E2")


def lang_of(argv: Sequence[str]) -> str:
    """The language asked for on the command line (`--lang en`), read before parsing so that
    parsing errors and help are in it too."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "zh"
        if a.startswith("--lang="):
            return "en" if a.partition("=")[2] == "en" else "zh"
    return "zh"


def _say(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


# -- dates --

_DATE = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")


def parse_date(text: str, lang: str = "zh") -> date:
    """2025-09-26, 2025/9/26 or 2025年9月26日; `InvalidInput` saying why a date cannot be one."""
    m = _DATE.fullmatch(text)
    if m is None:
        raise InvalidInput(
            f"not a date: {text!r} (write 2025-09-26, 2025/9/26 or 2025年9月26日)",
            zh=f"“{text}”不是日期：请写作2025-09-26、2025/9/26或2025年9月26日",
        )
    y, mo, d = (int(g) for g in m.groups())
    if not 1 <= mo <= 12:
        raise InvalidInput(f"{text!r} is not a date: there is no month {mo}", zh=f"“{text}”不是日期：没有{mo}月")
    last = 28 if 1 <= d <= 28 else _days_in(y, mo)  # every month has 28 days
    if not 1 <= d <= last:
        if mo == 2 and d == 29:
            raise InvalidInput(
                f"{text!r} is not a date: {y} is not a leap year, February has 28 days",
                zh=f"“{text}”不是日期：{y}年不是闰年，2月没有29日",
            )
        raise InvalidInput(
            f"{text!r} is not a date: month {mo} has {last} days, not {d}",
            zh=f"“{text}”不是日期：{mo}月没有{d}日",
        )
    try:
        return date(y, mo, d)
    except ValueError:  # year 0
        raise InvalidInput(f"{text!r} is not a date", zh=f"“{text}”不是日期") from None


def _days_in(year: int, month: int) -> int:
    """The number of days of that month (31 for the year 0, which `date` refuses)."""
    import calendar

    return calendar.monthrange(year, month)[1] if year >= 1 else 31


def parse_period(text: str, lang: str = "zh") -> tuple[date, date]:
    """An audit period: a year (2025, 2025年) or START:END (START至END), dates as `parse_date` reads them."""
    t = text.strip().removesuffix("年")
    if t.isdigit() and len(t) == 4:
        return date(int(t), 1, 1), date(int(t), 12, 31)
    for sep in (":", "：", "至", "~", "～"):
        start, found, end = text.partition(sep)
        if found:
            first, last = parse_date(start, lang), parse_date(end, lang)
            if last < first:
                raise InvalidInput(
                    f"the period ends on {last} before it starts on {first}",
                    zh=f"期间的结束日{last}早于开始日{first}",
                )
            return first, last
    raise InvalidInput(
        f"not a year or START:END: {text!r} (e.g. 2025, or 2025-01-01:2025-06-30)",
        zh=f"“{text}”不是年份或“开始:结束”：例如 2025，或 2025-01-01:2025-06-30",
    )


# -- rulesets and labels --


def ruleset_id(text: str, lang: str = "zh") -> str:
    """The id of the ruleset `text` names: an id (xifeng-2022) or its government's name (西丰县, 西丰), or its
    title (`rulesets.named`, which the library's other readers of a ruleset's name share)."""
    from govrules import rulesets

    return rulesets.named(text)


def parse_label(cls: type[E], text: str, flag: str) -> E:
    """A label given with `flag`, its error naming the flag and what it accepts."""
    try:
        return cls.from_label(text)
    except InvalidInput as e:
        raise InvalidInput(
            f"{flag}: {e}{character_hints(text)[1]}", zh=f"{flag}：{character_hints_first(text)}{e.zh or e}"
        ) from None


def parse_role(rs: Ruleset, text: str, flag: str) -> Role:
    """A role of ruleset `rs` as its text (or the generic vocabulary) names it, with or without 同志; a role the
    text does not have, or a name of another level (副市长 in a county), is refused with those it has
    (`Ruleset.read_role`, the reader the HTTP service and the audit share)."""
    return _flagged(rs.read_role, text, flag)


def parse_leave_kind(rs: Ruleset, text: str, flag: str) -> LeaveKind:
    """A kind of leave as the ruleset's text names it (离咸外出, 外出) or by its generic label (离开辖区外出)."""
    return _flagged(rs.read_leave_kind, text, flag)


def parse_issuer(rs: Ruleset, text: str, flag: str) -> Issuer:
    """In whose name a document is issued (以县政府名义, 政府办公室, 部门 …), not another level's government's
    (「以市政府名义」 in 西丰's text: `Ruleset.read_issuer`)."""
    return _flagged(rs.read_issuer, text, flag)


def parse_meeting(rs: Ruleset, text: str, flag: str) -> MeetingKind:
    """A kind of meeting the ruleset's rules mention, by any name the texts use (县政府常务会议), not another
    level's (`Ruleset.read_meeting`)."""
    return _flagged(rs.read_meeting, text, flag)


def _flagged(read: Callable[[str], E2], text: str, flag: str) -> E2:
    """`read(text)`, its refusal naming `flag`."""
    try:
        return read(text)
    except InvalidInput as e:
        raise InvalidInput(f"{flag}: {e}", zh=f"{flag}：{e.zh or e}") from None


# -- argparse --

#: argparse's messages and their Chinese (patterns compiled when an error is said, not at start-up).
_ARGPARSE_ZH = (
    (r"the following arguments are required: (.*)", "缺少必需的参数：{0}"),
    (r"argument (.*?): invalid choice: (.*) \(choose from (.*)\)", "参数 {0} 的值 {1} 无效（可选：{2}）"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (r"argument (.*?): expected one argument", "参数 {0} 需要一个值"),
    (r"argument (.*?): invalid int value: (.*)", "参数 {0} 的值 {1} 无效：应为整数"),
    (r"argument (.*?): invalid (.*) value: (.*)", "参数 {0} 的值 {2} 无效"),
    (r"argument (.*?): not allowed with argument (.*)", "参数 {0} 不能与 {1} 同时使用"),
    (r"argument (.*?): (.*)", "参数 {0}：{1}"),
)


#: The Chinese names of arguments (metavars) and what `Parser` calls them under `--lang en`.
_METAVARS_EN = {
    "命令": "COMMAND",
    "操作": "ACTION",
    "规则集": "RULESET",
    "日期": "DATE",
    "起日": "FROM",
    "止日": "TO",
    "时限": "DEADLINE",
    "条文": "ARTICLE",
    "年份": "YEAR",
    "文件": "FILE",
    "回执": "RECEIPT",
    "情景文件": "SCENARIO",
    "记录文件": "LOG",
    "名册.toml": "ROSTER.toml",
}


def _metavar(lang: str, kwargs: dict[str, object]) -> None:
    """Under `--lang en`, `kwargs`' Chinese metavar (日期) in English (DATE), so that an error names it so."""
    metavar = kwargs.get("metavar")
    if lang != "zh" and isinstance(metavar, str) and not metavar.isascii():
        kwargs["metavar"] = _METAVARS_EN.get(metavar, str(kwargs.get("dest", "ARG")).upper())


def terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`, as argparse asks it for each argument it declares, without importing
    shutil (and with it bz2, lzma and fnmatch) at start-up: $COLUMNS if a positive number, else the width of
    the terminal of `sys.__stdout__`, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class Formatter(argparse.RawDescriptionHelpFormatter):
    """The help of the command line: usage said in `lang`, the width of the terminal found without shutil."""

    lang: ClassVar[str] = "zh"

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width)

    def add_usage(self, usage: str | None, actions: object, groups: object, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = "用法：" if self.lang == "zh" else "usage: "
        super().add_usage(usage, actions, groups, prefix)  # type: ignore[arg-type]


class Parser(argparse.ArgumentParser):
    """An argument parser whose headings, help flag and errors are in `lang` (Chinese by default);
    an error is one line on stderr naming the command's -h, and exit status 2."""

    lang: ClassVar[str] = "zh"

    def __init__(self, *args: object, **kwargs: object) -> None:
        formatter = type("Formatter", (Formatter,), {"lang": self.lang})
        kwargs.setdefault("formatter_class", formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if self.lang == "zh":
            self._positionals.title = "位置参数"
            self._optionals.title = "选项"
        self.add_argument(
            "-h", "--help", action="help", help=_say(self.lang, "显示此帮助（含示例）后退出", "show this help and exit")
        )

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        _metavar(self.lang, kwargs)
        return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        _metavar(self.lang, kwargs)
        return super().add_subparsers(**kwargs)

    def _print_message(self, message: str, file: Any = None) -> None:
        """argparse's, but a closed pipe (`govrules -h | head`) is not ignored: `main` ends as every command does."""
        if message:
            out = sys.stdout if file is None else file
            out.write(message)
            out.flush()

    def error(self, message: str) -> NoReturn:
        if self.lang == "zh":
            for pattern, zh in _ARGPARSE_ZH:
                m = re.fullmatch(pattern, message)
                if m is not None:
                    message = zh.format(*m.groups())
                    break
            hint = f"（{self.prog} -h 查看用法和示例）"
        else:
            hint = f" (see {self.prog} -h)"
        print(f"govrules: {message}{hint}", file=sys.stderr)
        sys.exit(2)


def parser_class(lang: str) -> type[Parser]:
    """`Parser` speaking `lang` ("zh" or "en")."""
    return type("Parser", (Parser,), {"lang": lang})


def arg_type(parse: Callable[[str, str], object], lang: str) -> Callable[[str], object]:
    """An argparse `type=` from a parser of text: its `InvalidInput` becomes argparse's error, in `lang`."""

    def convert(text: str) -> object:
        try:
            return parse(text, lang)
        except InvalidInput as e:
            raise argparse.ArgumentTypeError((e.zh or str(e)) if lang == "zh" else str(e)) from None

    convert.__name__ = parse.__name__
    return convert


def add_document_options(p: argparse.ArgumentParser, *, kind: str, issuer: str, to: str) -> None:
    """The options that describe a document (文种, 发文名义, 主送, 事项, 会议, 主持人) and `--format`, as
    `signer` and `approver` both take them; `document_input` reads them back."""
    p.add_argument("--kind", required=True, help=kind)
    p.add_argument("--issuer", required=True, help=issuer)
    p.add_argument("--to", help=to)
    p.add_argument("--matter", action="append", help="事项（可重复）：人事任免、资金、重大事项……")
    p.add_argument("--meeting", help="公文所记录或通过的会议：常务会议、县政府常务会议……")
    p.add_argument("--presided-by", help="该会议的主持人：县长、副县长……")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text 文字（默认）；json 决定回执")
