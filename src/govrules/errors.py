"""The errors govrules raises: every one a `GovRulesError`, every message naming the offending value."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

__all__ = [
    "BrokenCalendarFile",
    "CalendarFileError",
    "CalendarFileWarning",
    "CalendarNotCovered",
    "EmptySchedule",
    "ForbiddenByRule",
    "GovRulesError",
    "InvalidInput",
    "MissingExtra",
    "NoApplicableRule",
    "NotInForce",
    "OutputFailed",
    "RuleNotDefined",
    "ScheduleIncomplete",
    "expect",
    "invisible_hint",
    "toml_error_zh",
    "traditional_hint",
]


class GovRulesError(Exception):
    """Base class of every error govrules raises on purpose.

    `str()` is the English; `.zh`, when given, is the same message in Chinese, which the command
    line shows by default (`govrules.calendar_messages.render`)."""

    zh: str | None = None

    def __init__(self, *args: object, zh: str | None = None) -> None:
        super().__init__(*args)
        if zh is not None:
            self.zh = zh


class CalendarNotCovered(GovRulesError, LookupError):
    """A date falls in a year the working-day calendar has no State Council schedule for.

    Besides `.year` it carries what the command line needs to say it in Chinese or English
    (`govrules.calendar_messages`): the years covered and estimated, the day asked about, or the
    count that ran past the data (`start`, `count`), or the file that listed a day in the year.
    """

    def __init__(
        self,
        year: int,
        covered: tuple[int, ...] = (),
        detail: str = "",
        *,
        estimated: tuple[int, ...] = (),
        day: date | None = None,
        start: date | None = None,
        count: int | None = None,
        file: str | None = None,
    ) -> None:
        self.year = year
        self.covered = covered
        self.estimated = estimated
        self.day = day
        self.start = start
        self.count = count
        self.file = file
        published = tuple(y for y in covered if y not in set(estimated))
        msg = f"no working-day schedule for {year}"
        if published:
            msg += f" (covered: {format_years(published)}" + (
                f"; estimated: {format_years(estimated)})" if estimated else ")"
            )
        msg += (
            "; load that year's State Council schedule with with_schedule() or load_holiday_cn(),"
            " or ask for an estimate with china(provisional=True)"
        )
        if detail:
            msg += f"; {detail}"
        super().__init__(msg)

    def __reduce__(self) -> tuple[type[CalendarNotCovered], tuple[int, tuple[int, ...]]]:
        return (CalendarNotCovered, (self.year, self.covered))


class InvalidInput(GovRulesError, ValueError):
    """A value given to govrules is not one it can accept; the message says what would be."""


#: What each extra is needed for, in Chinese (`MissingExtra.zh`, unless the raiser says it).
_EXTRA_ZH = {
    "provisional": "估算未公布年份的节假日需要农历数据包",
    "xlsx": "读取 .xlsx 电子表格需要 openpyxl",
    "fast": "orjson 未安装",
    "serve": "HTTP 服务需要 FastAPI 和 uvicorn",
    "plot": "绘制图表需要 matplotlib",
    "dask": "在 Dask 集群上运行需要 dask",
}


class MissingExtra(InvalidInput):
    """An optional package govrules needs for this is not installed; `.extra` names the extra to install.
    `.zh` says what it is needed for and how to install it (from `extra` unless given)."""

    def __init__(self, message: str, extra: str, *, zh: str | None = None) -> None:
        what = _EXTRA_ZH.get(extra, f"此功能需要 {extra} 附加依赖")
        super().__init__(message, zh=zh if zh is not None else f"{what}，请安装：pip install 'govrules[{extra}]'")
        self.extra = extra


class CalendarFileError(InvalidInput):
    """A holiday schedule file that cannot be loaded: `.file`, `.year` (None when unknown), `.reason`
    (a code: "unreadable", "encoding", "json", "shape", "entry", "date", "flag", "both", "range",
    "year", "block", "net", "published", ...) and `.facts`, the values the message is made of.
    `govrules.calendar_messages.render` says it in Chinese or English; `str()` is the English."""

    def __init__(
        self, message: str, *, file: str, reason: str, year: int | None = None, facts: Mapping[str, object] = {}
    ) -> None:
        super().__init__(message)
        self.file = file
        self.year = year
        self.reason = reason
        self.facts = MappingProxyType(dict(facts))

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (_rebuild_file_error, (type(self), str(self), self.file, self.reason, self.year, dict(self.facts)))


def _rebuild_file_error(
    kind: type[CalendarFileError], message: str, file: str, reason: str, year: int | None, facts: dict[str, object]
) -> CalendarFileError:
    return kind(message, file=file, reason=reason, year=year, facts=facts)


class OutputFailed(GovRulesError, OSError):
    """A report or log could not be written (a full disk, a path that is not a file); nothing was replaced."""


class EmptySchedule(CalendarFileError):
    """A holiday schedule file lists no days: the year's schedule has not been published yet."""


class ScheduleIncomplete(CalendarFileError):
    """A schedule file that cannot be the State Council's whole schedule for its year: none of its days
    are in that year, it lacks the 春节 or 国庆 block, or its net days off differ from the law in force.
    Loading it anyway takes `force=True` (`--force`)."""


class BrokenCalendarFile(CalendarNotCovered):
    """A year whose user-added file (`govrules calendar add`) cannot be loaded: the year has no
    usable schedule until the file is fixed or removed (`govrules calendar remove YEAR`); `.cause`
    is the file's error. Years the file does not touch are unaffected."""

    def __init__(self, year: int, cause: GovRulesError) -> None:
        super().__init__(year, (), f"the file added for it cannot be loaded: {cause}")
        self.cause = cause
        self.file = getattr(cause, "file", None)
        self.args = (f"{cause}; remove it with: govrules calendar remove {year}",)

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[CalendarNotCovered], tuple[int, tuple[int, ...]]]:
        return (CalendarNotCovered, (self.year, ()))


class CalendarFileWarning(UserWarning):
    """A schedule file loaded with `force=True` although it failed a check; `.error` is the check's error."""

    def __init__(self, error: CalendarFileError) -> None:
        super().__init__(str(error))
        self.error = error


class RuleNotDefined(GovRulesError, KeyError):
    """The ruleset has no rule with that id (its text does not state one)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class NotInForce(GovRulesError, LookupError):
    """No ruleset we hold was in force for that government on that date."""


class NoApplicableRule(GovRulesError, LookupError):
    """No declared rule of the ruleset answers this situation (the text is silent on it)."""


class ForbiddenByRule(NoApplicableRule):
    """The text speaks of this situation only to forbid it: no rule says who signs a document that may not be
    sent as it is (a `RoutingRule`, 行文规则: district-xx 第五十六条第四款 「区政府议事协调机构…不得直接向区政府报送
    公文」). A `NoApplicableRule` (code that catches that still does), told apart so that a caller need not read
    the message: the HTTP service answers it as the problem `forbidden-by-rule`, the command line exits 1 (a
    breach), not 2. The message names each prohibition, its article and the text's words;
    `signing.routing(ruleset, document)` gives them as `Violation`s."""


def format_years(years: tuple[int, ...]) -> str:
    """Render sorted years as ranges: (2004, 2005, 2006, 2028) -> '2004-2006, 2028'."""
    out: list[str] = []
    ys = sorted(set(years))
    i = 0
    while i < len(ys):
        j = i
        while j + 1 < len(ys) and ys[j + 1] == ys[j] + 1:
            j += 1
        out.append(str(ys[i]) if i == j else f"{ys[i]}-{ys[j]}")
        i = j + 1
    return ", ".join(out)


def expect(value: object, kind: type, what: str) -> None:
    """Raise `InvalidInput` unless `value` is a `kind`: a wrong type given to a public function is
    named as such, not left to fail as an AttributeError deep inside."""
    if not isinstance(value, kind):
        shown = repr(value)
        shown = shown if len(shown) <= 200 else shown[:200] + "…"
        raise InvalidInput(f"{what} must be a {kind.__name__}; got {type(value).__name__} {shown}")


def invisible_hint(value: object) -> tuple[str, str]:
    """What a message quoting `value` adds when the text holds characters a reader cannot see (a zero-width space
    U+200B, a BOM, a no-break or full-width space, a control character), which make a label that looks right
    unknown: ('（其中含不可见字符U+200B，请删去）', ' (it holds the invisible character U+200B: delete it)'), or
    ('', '') for any other value."""
    import unicodedata

    if not isinstance(value, str):
        return "", ""
    found = dict.fromkeys(
        f"U+{ord(c):04X}"
        for c in value
        if c != " " and (unicodedata.category(c) in ("Cf", "Cc", "Zs", "Zl", "Zp") or 0xD800 <= ord(c) <= 0xDFFF)
    )
    if not found:
        return "", ""
    codes = list(found)[:5]
    return (
        f"（其中含不可见字符{'、'.join(codes)}，请删去）",
        f" (it holds the invisible character{'s' if len(codes) > 1 else ''} {', '.join(codes)}: delete"
        f" {'them' if len(codes) > 1 else 'it'})",
    )


#: Traditional characters of the texts' vocabulary (roles, kinds of document, meeting and leave) and their
#: simplified forms, in pairs: what `traditional_hint` reads.
_TRADITIONAL = (
    "縣县長长區区書书記记辦办會会議议務务員员導导責责門门鄉乡鎮镇處处級级協协紀纪監监審审計计財财黨党組组專专"
    "題题體体關关單单領领簽签發发規规則则請请國国見见報报備备閱阅場场總总幹干將将與与為为選选舉举業业廳厅機机"
    "構构屬属聯联視视寫写設设權权況况參参據据號号間间們们個个來来對对應应當当後后從从認认調调頭头負负擔担動动"
    "勞劳節节週周準准驗验證证醫医衛卫環环經经濟济農农園园劃划歷历實实歸归條条訂订稅税資资產产價价觀观傳传統统"
    "辭辞職职離离豐丰東东陽阳鳳凤決决啟启絡络輔辅線线營营運运災灾險险師师學学習习訪访團团歐欧義义別别複复雜杂"
)
_SIMPLIFIED = {ord(_TRADITIONAL[i]): _TRADITIONAL[i + 1] for i in range(0, len(_TRADITIONAL) - 1, 2)}


def traditional_hint(value: object) -> tuple[str, str]:
    """What a message quoting `value` adds when the text is written in traditional characters (縣長), which the
    texts and govrules write simplified: ('（“縣長”含繁体字，请用简体字：县长）', ' (written in traditional
    characters: write 县长)'), or ('', '') for any other value."""
    if not isinstance(value, str):
        return "", ""
    simplified = value.translate(_SIMPLIFIED)
    if simplified == value:
        return "", ""
    return (
        f"（“{value}”含繁体字，请用简体字：{simplified}）",
        f" (written in traditional characters: write {simplified})",
    )


def character_hints(value: object) -> tuple[str, str]:
    """`invisible_hint` and `traditional_hint` of `value` together, each bracketed, in Chinese and in English:
    what a message saying an unknown word adds after the word (「无法识别的职务“縣長”（…含繁体字…）」)."""
    zh, en = zip(invisible_hint(value), traditional_hint(value), strict=True)
    return "".join(zh), "".join(en)


def character_hints_first(value: object) -> str:
    """The Chinese hints of `value` unbracketed, each closed with 「；」, to put before a message that already quotes
    the word (「其中含不可见字符U+200B，请删去；“縣長”含繁体字，请用简体字：县长；无法识别…」); '' if it has none."""
    hints = [h[1:-1] for h in (invisible_hint(value)[0], traditional_hint(value)[0]) if h]
    return "".join(h + "；" for h in hints)


#: tomllib's reasons, in Chinese (`toml_error_zh`); a reason not listed is shown as tomllib gives it.
_TOML_ZH = {
    "Expected '=' after a key in a key/value pair": "键之后应有“=”",
    "Invalid date or datetime": "日期无效",
    "Invalid value": "值无效（文字须加双引号，日期写作2025-01-01）",
    "Invalid statement": "无法识别的写法",
    "Cannot overwrite a value": "同一个键写了两次",
    "Cannot declare": "同一个表写了两次",
    "Unterminated string": "引号未闭合",
    "Unclosed array": "方括号未闭合",
    "Unclosed inline table": "花括号未闭合",
    "Expected newline or end of document after a statement": "一项之后应换行",
    "Invalid initial character for a key part": "键名的开头无效",
}


def toml_error_zh(error: Exception, path: object) -> str:
    """The reason of a TOML file's `tomllib.TOMLDecodeError`, in Chinese, with its line and column (第3行第9列); an
    impossible date says why (9月没有31日), reading the date at that place of the file `path`."""
    import calendar
    import re
    from pathlib import Path

    text = str(error)
    where = re.search(r"\(at line (\d+), column (\d+)\)$", text)
    reason = text[: where.start()].strip() if where else text.removesuffix(" (at end of document)")
    said = next((zh for en, zh in _TOML_ZH.items() if reason.startswith(en)), reason)
    if where is None:
        return said + ("（在文件末尾）" if text.endswith("(at end of document)") else "")
    line, column = int(where.group(1)), int(where.group(2))
    if reason == "Invalid date or datetime":
        try:
            row = Path(str(path)).read_text(encoding="utf-8").splitlines()[line - 1]
        except (OSError, UnicodeDecodeError, IndexError):
            row = ""
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", row[column - 1 :])
        if m is not None:
            y, mo, d = (int(g) for g in m.groups())
            if not 1 <= mo <= 12:
                said = f"{m.group(0)}不是日期：没有{mo}月"
            elif mo == 2 and d == 29 and not calendar.isleap(y):
                said = f"{m.group(0)}不是日期：{y}年不是闰年，2月没有29日"
            elif not 1 <= d <= calendar.monthrange(y, mo)[1]:
                said = f"{m.group(0)}不是日期：{mo}月没有{d}日"
    return f"第{line}行第{column}列：{said}"
