"""Spreadsheets as audit logs: a CSV or XLSX export, one record a row, its header naming the fields.

A header cell names a record field by its identifier (`signed_by`) or its Chinese label (签发人), spaces, full-width
forms, required-field marks (*类型) and a colon after it (类型：) no matter (`_header_key`);
any other header is a field the schema does not name (标题, 文号): kept with the record and shown.
A row is made into the same mapping a JSON line decodes to: list fields split at 、 or ; (；),
yes/no as 是/否, dates as a spreadsheet holds them (a date cell, 2025-03-03, 2025/3/3, 2025年3月3日),
and a cell holding JSON (`[{"role": ...}]`) where a field holds objects; 无 is an empty list. Empty
cells are fields left out; blank rows are skipped. A number in a date column of a workbook (45720, a date cell
without its date format) is the Excel serial date it stands for (2025-03-04); in a CSV it is refused, naming
the date it would be. The header is the first row, among the first ten that are not blank, that names
known fields (two, else one): rows above it (an export's merged title, its 导出时间) are not records, and
none naming a field is an `InvalidInput` saying so. A row's number in the sheet is its line in findings.

CSV is read as UTF-8 (with or without a BOM), UTF-16 with a BOM (Excel's Unicode text), or else GBK (GB 18030),
comma- or tab-separated (as most of its first lines are); XLSX through openpyxl
(`pip install 'govrules[xlsx]'`), its first visible worksheet (a hidden sheet before it, such as an
export's notes or lookup lists, is not the log; the other visible sheets holding anything are named in a
warning, not read); a cell merged over data rows is read in every row it spans (as Excel shows it; the ranges are
said in a warning). A formula cell is read as the value last computed and
saved with it; one saved without a value (a file a program wrote and nothing calculated) cannot be
read, and the record is an `invalid_record` saying so, not a field left out.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import re
import types
import typing
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from govrules.audit.engine import AuditRun, Unreadable
from govrules.audit.records import FIELD_LABELS, RECORD_TYPES, TYPE_LABELS
from govrules.audit.source import WORKBOOK_MAGIC
from govrules.errors import InvalidInput, MissingExtra
from govrules.model import Roster
from govrules.rules import Ruleset
from govrules.workdays import WorkdayCalendar

__all__ = ["FIELD_LABELS", "SHEET_SUFFIXES", "TYPE_LABELS", "audit_sheet", "read_csv", "read_sheet", "read_xlsx"]

#: Other spellings a header may use for a field (an export's own words).
_ALIASES = {
    "记录类型": "type",
    "类别": "type",
    "序号": "id",
    "会议类型": "kind",
    "请假类型": "kind",
    "公文种类": "kind",
    "承办单位": "department",
    "起草单位": "department",
    "主持": "presided_by",
    "召集": "convened_by",
    "出席": "attendees",
    "审核": "reviewed_by",
    "签发": "signed_by",
    "会签": "countersigned_by",
    "审批": "approved_by",
    "报备": "notified",
}
#: File name endings read as spreadsheets (anything else is JSON Lines).
SHEET_SUFFIXES = (".csv", ".xlsx")


def _header_key(text: str) -> str:
    """A header cell's text as it is looked up: its full-width forms as their ASCII (NFKC: ＊ is *, ： is :), no
    whitespace at all (类　型, a label wrapped onto two lines in its cell, 发文\n名义), no required-field marks
    (*, ※) around it and no colon after it (类型：), in lower case."""
    key = "".join(unicodedata.normalize("NFKC", text).split())
    return key.strip("*※").rstrip(":").strip("*※").lower()


_HEADERS: Mapping[str, str] = {
    _header_key(k): v
    for k, v in {
        **{name: name for name in FIELD_LABELS},
        **{label: name for name, label in FIELD_LABELS.items()},
        **_ALIASES,
    }.items()
}
#: A date as a cell's text: 2025-03-03, 2025/3/3, 2025.3.3, 2025年3月3日, with a time of day after it or not (as a
#: system writes a date and time as text: 2025-03-03 14:30, ISO's 2025-03-03T14:30:00, a database's 2025-03-03
#: 00:00:00.0); not with a time zone, which could make it another day.
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?"
)
_YES = frozenset({"是", "有", "true", "True", "TRUE", "yes", "Y", "y", "1", "√"})
_NO = frozenset({"否", "无", "false", "False", "FALSE", "no", "N", "n", "0", "×"})


def _shape(tp: Any) -> str:
    """How a field's cell is read: 'list', 'objects' (a list of objects), 'object', 'bool', 'int', 'date', 'text'."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 1:
        tp = args[0]
    origin = typing.get_origin(tp)
    if origin in (tuple, frozenset):
        inner = typing.get_args(tp)[0]
        return "objects" if attrs.has(inner) and inner.__name__ != "Review" else "list"
    if origin is dict or tp is dict:
        return "object"
    if tp is bool:
        return "bool"
    if tp is int:
        return "int"
    if tp is dt.date:
        return "date"
    return "text"


_SHAPES: Mapping[str, Mapping[str, str]] = {
    name: {f: _shape(t) for f, t in typing.get_type_hints(cls).items()} for name, cls in RECORD_TYPES.items()
}


class _Uncomputed:
    """A formula cell of a workbook saved without the value it computes (`formula`, as written: '=DATE(2025,3,5)')."""

    __slots__ = ("formula",)

    def __init__(self, formula: str) -> None:
        self.formula = formula

    def __str__(self) -> str:
        return self.formula


def _text(value: object) -> str:
    """A cell as text: a whole number without its '.0', a date as ISO."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


class _Bad(Exception):
    """A cell that cannot be its field's value: why, in Chinese (`zh`) and English (`en`)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh, self.en = zh, en


#: Excel's day 0 for serial dates (its 1900 date system; day 60 is the 1900-02-29 that never was).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: The serial dates read as days: 1900-03-01 to 9999-12-31.
_SERIALS = range(61, 2958466)


def _serial(value: float) -> str:
    """A number in a date cell as the Excel serial date it is (45720: 2025-03-04; a fraction is the time of day)."""
    if not _SERIALS.start <= value < _SERIALS.stop:  # NaN, infinite, or no day of the calendar
        raise _Bad(
            f"不是日期：{_text(value)}（是数字；应为日期，如2025-03-03）",
            f"not a date: {_text(value)} (a number; write a date such as 2025-03-03)",
        )
    return (_EXCEL_EPOCH + dt.timedelta(days=int(value))).isoformat()


def _cell(shape: str, value: object) -> object:
    """A cell as the JSON value of a field of that shape; `_Bad` (in Chinese) if it cannot be one."""
    if isinstance(value, _Uncomputed):
        raise _Bad(
            f"是公式“{value.formula}”，文件中却没有保存它的计算结果（文件由程序生成、未经Excel计算？）："
            "请在Excel中打开、保存后再审计，或导出为数值",
            f"is the formula {value.formula!r}, saved without its computed value (a file written by a program"
            " and never calculated?): open and save it in Excel, then audit it again, or export values",
        )
    if shape == "date":
        if isinstance(value, dt.date):
            return _text(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):  # a date cell without its date format
            return _serial(value)
        text = _text(value)
        m = _DATE.fullmatch(text)
        if m is None:
            if text.isdigit() and int(text) in _SERIALS and len(text) == 5:  # as a CSV writes a serial date
                day = (_EXCEL_EPOCH + dt.timedelta(days=int(text))).isoformat()
                raise _Bad(
                    f"不是日期：{text!r}（像是Excel的日期序号，即{day}？请把该列设为日期格式后再导出，或写作{day}）",
                    f"not a date: {text!r} (an Excel serial date, {day}? format the column as dates and export"
                    f" again, or write {day})",
                )
            raise _Bad(f"不是日期：{text!r}（应如2025-03-03）", f"not a date: {text!r} (write it as 2025-03-03)")
        y, mo, d = (int(g) for g in m.groups())
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            raise _Bad(f"没有这一天：{text!r}", f"no such day: {text!r}") from None
    text = _text(value)
    if shape == "text":
        return text
    if shape == "bool":
        if isinstance(value, bool):
            return value
        if text in _YES:
            return True
        if text in _NO:
            return False
        raise _Bad(f"应为“是”或“否”：{text!r}", f"should be 是 (yes) or 否 (no): {text!r}")
    if shape == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if re.fullmatch(r"\d{1,9}", text):
            return int(text)
        raise _Bad(f"应为整数：{text!r}", f"should be a whole number: {text!r}")
    if text == "无" and shape in ("list", "objects"):  # nobody, nothing: an empty list (an empty cell: not on record)
        return []
    if shape in ("objects", "object") or text.startswith(("[", "{")):
        try:
            return json.loads(text)
        except ValueError:
            what = "JSON数组" if shape == "objects" else "JSON对象" if shape == "object" else "列表"
            en = "a JSON array" if shape == "objects" else "a JSON object" if shape == "object" else "a list"
            raise _Bad(f"应为{what}：{text[:80]!r}", f"should be {en}: {text[:80]!r}") from None
    return _split(text)


_OPEN, _CLOSE = "（(〔【[", "）)〕】]"


def _split(text: str) -> list[str]:
    """A list cell's items, split at 、 ; ； outside brackets (副市（县、区）长 is one role)."""
    items: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "、;；":
            items.append(text[start:i])
            start = i + 1
    items.append(text[start:])
    return [item.strip() for item in items if item.strip()]


def _header(cells: Iterable[object]) -> list[tuple[str, str | None]]:
    """Each header cell's text and the field it names (None: a field the schema does not name, or none).

    Several columns may name one field (文种, 会议类型 and 请假类型 are each a record's `kind`): a row
    fills one of them.
    """
    out: list[tuple[str, str | None]] = []
    for cell in cells:
        # (its whitespace as one space: a label wrapped in its cell is named on one line)
        text = "" if cell is None else " ".join(_text(cell).lstrip("\ufeff").split())
        field = _header_field(text) if text else None
        out.append((text, field))
    return out


#: A note in brackets after a header's label (签发日期（年月日）, 签发人(姓名)), as `_header_key` leaves it.
_NOTE = re.compile(r"\(([^()]*)\)$")


def _header_field(text: str) -> str | None:
    """The field a header names: its label as `_header_key` reads it; else, where it ends in a note in brackets,
    the label with the brackets' words (会议（类型） is 会议类型), or without the note (签发日期（年月日） is
    签发日期)."""
    key = _header_key(text)
    field = _HEADERS.get(key)
    if field is not None:
        return field
    note = _NOTE.search(key)
    if note is None or note.start() == 0:
        return None
    return _HEADERS.get(key[: note.start()] + note[1]) or _HEADERS.get(key[: note.start()])


#: How many non-blank rows may stand above the header: an office export's title (often merged
#: across the columns), its 导出时间 or 导出人, a note.
HEADER_WITHIN = 10


_Header = list[tuple[str, str | None]]


def _find_header(
    it: Iterator[tuple[int, list[object]]], sheet: str | None = None
) -> tuple[int, _Header, list[tuple[int, list[object]]]] | None:
    """The header row among the first `HEADER_WITHIN` non-blank rows: the first naming two known fields,
    else the first naming one. Its number, its cells read, and the rows read past it (records); None
    for a sheet of blank rows. Raises `InvalidInput` when none of them names a field, quoting the first.
    """
    above: list[tuple[int, list[object], _Header]] = []
    for number, cells in it:
        if not any(c is not None and _text(c) for c in cells):
            continue
        header = _header(cells)
        if sum(1 for _, field in header if field is not None) >= 2:
            return number, header, []
        above.append((number, cells, header))
        if len(above) == HEADER_WITHIN:
            break
    for k, (number, _cells, header) in enumerate(above):
        if any(field is not None for _, field in header):
            return number, header, [(n, c) for n, c, _ in above[k + 1 :]]
    if not above:
        return None
    first, _, read = above[0]
    shown = "、".join(name for name, _ in read if name)[:60]
    names = [f for f in ("type", "id", "kind", "signed_by", "signed_on") if f in FIELD_LABELS]
    some = "、".join(FIELD_LABELS[f] for f in names)
    rows = f"第{first}行" if len(above) == 1 else f"第{first}行至第{above[-1][0]}行都"
    where_zh, where_en = (f"工作表“{sheet}”", f"worksheet {sheet!r}: ") if sheet is not None else ("", "")
    raise InvalidInput(
        f"no header row found: {where_en}none of the first {len(above)} non-blank row(s) (from row {first}:"
        f" {shown!r}) names a field; the header is a row of column names such as {', '.join(names)}",
        zh=f"找不到表头：{where_zh}{rows}没有已知的列名（第{first}行是“{shown}”）；表头应是一行列名，如{some}",
    )


def _records(
    rows: Iterable[tuple[int, list[object]]],
    record_type: str | None,
    sheet: str | None = None,
    columns: dict[str, tuple[str, str]] | None = None,
    hint: tuple[str, str] | None = None,
    merged: Sequence[_Merge] = (),
    notes: list[tuple[str, str]] | None = None,
) -> Iterator[tuple[int | None, object]]:
    """Rows (their numbers in the sheet, their cells; the header among the first, `_find_header`) as what the
    audit reads; rows above the header (a title, 导出时间) are not records. `sheet` names the worksheet read
    (of a workbook with several) in the error of a sheet with no header. `columns`, when given, is filled
    with each field's column, as the header names it and by its letters (`signed_by`: (签发人, C)), once the
    header is read. `hint` (Chinese, English) is added to the error of a sheet with no header (the workbook's other
    worksheets). `merged`: a workbook's cells merged over rows (`_merged_down`): below the header, each row of one
    reads the value its first cell holds, as the sheet shows it, and `notes` is told so."""
    default = _record_type(record_type) if record_type is not None else None
    it = iter(rows)
    try:
        found = _find_header(it, sheet)
    except InvalidInput as e:
        if hint is None:
            raise
        raise InvalidInput(f"{e}{hint[1]}", zh=f"{e.zh}{hint[0]}") from None
    if found is None:
        return
    at, header, past = found
    if columns is not None:
        for i, (name, field) in enumerate(header):
            if field is not None and field not in columns:
                columns[field] = (name, _column_letter(i))
    if default is None and not any(field == "type" for _, field in header):
        raise InvalidInput(
            f"the header (row {at}) has no type (类型) column: add one, or give every record's type with --type"
            " (such as --type document)",
            zh=f"表头（第{at}行）没有“类型”（type）列：请加上该列，"
            "或用 --type 指定全部记录的类型（如 --type document）",
        )
    body: Iterable[tuple[int, list[object]]] = itertools.chain(past, it)
    data = [m for m in merged if m.first > at]
    if data:
        body = _filled_down(body, data)
        if notes is not None:
            named = "、".join(m.ref for m in data[:10]) + ("等" if len(data) > 10 else "")
            notes.append(
                (
                    f"合并单元格（{named}）跨越多行：所合并的每一行都按合并单元格的值读取（如表格所示）；"
                    "如并非每行都是此值，请取消合并后逐行填写",
                    f"cells merged over rows ({', '.join(m.ref for m in data[:10])}{', …' if len(data) > 10 else ''}):"
                    " each row they span is read with the merged cell's value, as the sheet shows it; if that is not"
                    " every row's value, unmerge them and fill each row",
                )
            )
    for number, cells in body:
        if not any(c is not None and _text(c) for c in cells):
            continue
        yield number, _row(header, cells, default, number)


@attrs.frozen
class _Merge:
    """A range of cells merged over more than one row: its column (from 0), its first and last rows, its A1 name."""

    column: int
    first: int
    last: int
    ref: str


def _filled_down(
    rows: Iterable[tuple[int, list[object]]], merged: Sequence[_Merge]
) -> Iterator[tuple[int, list[object]]]:
    """The rows with each merged range's first cell's value in the rows below it that the range spans (Excel keeps
    the value in the first cell alone, and shows it over all). The rows come in order: each range is looked at only
    from its first row to its last (a sheet of many small merges is read in time linear in its size)."""
    pending = sorted(merged, key=lambda m: m.first)
    at = 0  # the next range of `pending` to begin
    # the ranges begun and not yet ended, with their first cell's value, by column: ranges overlapping in a column
    # (which Excel does not write) keep the later one, so that the work of a row is bounded by the sheet's width
    held: dict[int, tuple[_Merge, object]] = {}
    for number, cells in rows:
        held = {c: (m, v) for c, (m, v) in held.items() if number <= m.last}
        for m, value in held.values():
            if value is None:  # an empty merged cell: nothing to show below it (and no row widened for it)
                continue
            if m.column >= len(cells):
                cells = [*cells, *([None] * (m.column + 1 - len(cells)))]
            if cells[m.column] is None:
                cells[m.column] = value
        while at < len(pending) and pending[at].first <= number:
            m = pending[at]
            at += 1
            if m.first == number:
                held[m.column] = (m, cells[m.column] if m.column < len(cells) else None)
        yield number, cells


#: A merged range in a worksheet's XML (<mergeCell ref="A2:A5"/>, prefixed or not). The lengths are bounded (a
#: real tag is some 40 bytes): unbounded, a damaged or hostile part full of `<mergeCell ` with no `>` took time
#: quadratic in its size (120 KB, 13 s).
_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]{0,63}:)?mergeCell\s[^>]{0,200}?ref=([\"'])\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})\1"
)


def _merged_down(book: Any, sheet: Any) -> list[_Merge]:
    """The ranges of a read-only worksheet merged over more than one row (openpyxl's read-only mode does not read
    merges: the worksheet's XML is scanned for them); none when it cannot be read."""
    import zipfile

    from openpyxl.utils.cell import column_index_from_string

    part = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")
    archive = getattr(book, "_archive", None)
    if not part or not isinstance(archive, zipfile.ZipFile):
        return []
    found: list[_Merge] = []
    try:
        with archive.open(part) as xml:
            tail = b""
            while chunk := xml.read(1 << 20):
                text = tail + chunk
                end = 0
                for m in _MERGE_CELL.finditer(text):
                    end = m.end()
                    first, last = int(m[3]), int(m[5])
                    if last > first:  # (group 1 is the quote: ref="…" or ref='…', both XML)
                        column = column_index_from_string(m[2].decode()) - 1
                        ref = f"{m[2].decode()}{first}:{m[4].decode()}{last}"
                        found.append(_Merge(column, first, last, ref))
                tail = text[max(end, len(text) - 512) :]  # longer than any tag the pattern matches
    except Exception:  # the merges are a courtesy: a sheet openpyxl reads is read without them
        return []
    return sorted(set(found), key=lambda m: (m.first, m.column))


def _record_type(text: str) -> str:
    kind = TYPE_LABELS.get(text, text)
    if kind not in RECORD_TYPES:
        known = "、".join(f"{k}（{v}）" for v, k in {v: k for k, v in TYPE_LABELS.items()}.items())
        raise InvalidInput(
            f"unknown record type {text!r}; expected one of {', '.join(RECORD_TYPES)} or its Chinese name: {known}",
            zh=f"未知的记录类型“{text}”；应为 {', '.join(RECORD_TYPES)} 之一或其中文名：{known}",
        )
    return kind


def _row(header: list[tuple[str, str | None]], cells: list[object], default: str | None, number: int) -> object:
    raw: dict[str, object] = {}
    extra: dict[str, object] = {}
    labels: dict[str, str] = {}
    clash: tuple[str, str] | None = None
    for i, (name, field) in enumerate(header):
        value = cells[i] if i < len(cells) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if field is None:
            extra[name or f"第{i + 1}列"] = _text(value)
        elif field in raw and _text(raw[field]) != _text(value):
            clash = clash or (
                f"第{number}行“{labels[field]}”与“{name}”是同一字段（{field}），却填了不同的值",
                f"row {number}: {labels[field]!r} and {name!r} are one field ({field}), filled in differently",
            )
        else:
            raw[field] = value
            labels.setdefault(field, name)
    for i in range(len(header), len(cells)):
        if cells[i] is not None and _text(cells[i]):
            extra[f"第{i + 1}列"] = _text(cells[i])
    record_id = _text(raw["id"]) if "id" in raw else None
    if clash is not None:
        return Unreadable(clash[0], record_id, extra, en=clash[1])
    kind_cell = raw.pop("type", None)
    if isinstance(kind_cell, _Uncomputed):
        try:
            _cell("text", kind_cell)
        except _Bad as e:
            return Unreadable(
                f"第{number}行“{labels['type']}”（type）{e.zh}",
                record_id,
                extra,
                en=f"row {number}, {labels['type']!r} (type): {e.en}",
            )
    kind = _text(kind_cell) if kind_cell is not None else default
    if kind is None:
        return Unreadable(
            "“类型”（type）为空：无法判断这一行是哪种记录",
            record_id,
            extra,
            en="the type (类型) is empty: what kind of record the row is cannot be told",
        )
    kind = TYPE_LABELS.get(kind, kind)
    shapes = _SHAPES.get(kind)
    if shapes is None:
        known = ", ".join(RECORD_TYPES)
        return Unreadable(
            f"未知的记录类型“{kind}”；应为 {known} 之一",
            record_id,
            extra,
            en=f"unknown record type {kind!r}; expected one of {known}",
        )
    out: dict[str, object] = {"type": kind}
    for field, value in raw.items():
        shape = shapes.get(field)
        if shape is None:  # a field of another record type: not this record's, kept as it was given
            extra[labels[field]] = _text(value)
            continue
        try:
            out[field] = _cell(shape, value)
        except _Bad as e:
            return Unreadable(
                f"第{number}行“{labels[field]}”（{field}）{e.zh}",
                record_id,
                extra,
                en=f"row {number}, {labels[field]!r} ({field}): {e.en}",
            )
    return {**out, **extra}


def _column_letter(i: int) -> str:
    """A column's letters as a spreadsheet shows them (0: A, 26: AA)."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


def _workbook_not_csv(name: str | None) -> InvalidInput:
    """A workbook named .csv (an .xlsx or .xls renamed, or saved under the wrong name), said as one, not as text
    in no known encoding."""
    en, zh = (f"{name} is", f"{name} 是") if name is not None else ("the file is", "该文件是")
    return InvalidInput(
        f"{en} a spreadsheet workbook (.xlsx or .xls), not a CSV: name an .xlsx file .xlsx (an .xls: save it from"
        " Excel as .xlsx or .csv)",
        zh=f"{zh}电子表格工作簿（.xlsx 或 .xls），不是CSV：.xlsx 文件请改名为以 .xlsx 结尾"
        "（.xls 请在 Excel 中另存为 .xlsx 或 .csv）",
    )


def read_csv(
    stream: IO[bytes], record_type: str | None = None, columns: dict[str, tuple[str, str]] | None = None
) -> Iterator[tuple[int | None, object]]:
    """A CSV export's rows as records (see the module's docstring); UTF-8 with or without BOM, UTF-16 with one, or
    GBK; comma- or tab-separated."""
    data = stream.read()
    if data.startswith(WORKBOOK_MAGIC):
        raise _workbook_not_csv(None)
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text" (a TSV in UTF-16)
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InvalidInput(
                "the CSV file is neither UTF-8 nor GBK: save it as UTF-8",
                zh="CSV文件既不是UTF-8编码，也不是GBK编码：请另存为UTF-8",
            ) from None
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _records(((n, _cells(row)) for n, row in enumerate(reader, 1)), record_type, None, columns)


def _delimiter(text: str) -> str:
    """A tab for a tab-separated export, else a comma: read off the first line that separates cells (two tabs or
    two commas, as a header does), not off the first line (a title above the header has neither)."""
    lines = list(itertools.islice(text.splitlines(), 0, 50))
    for line in lines:
        tabs, commas = line.count("\t"), line.count(",")
        if tabs >= 2 or commas >= 2:
            return "\t" if tabs > commas else ","
    # two columns at most: the first line with a separator, as the first line used to decide
    first = next((line for line in lines if "\t" in line or "," in line), "")
    return "\t" if "\t" in first and "," not in first else ","


def _cells(row: Iterable[object]) -> list[object]:
    return list(row)


def read_xlsx(
    path: str | Path | IO[bytes],
    record_type: str | None = None,
    columns: dict[str, tuple[str, str]] | None = None,
    notes: list[tuple[str, str]] | None = None,
) -> Iterator[tuple[int | None, object]]:
    """An XLSX workbook's first visible worksheet's rows as records (see the module's docstring). `notes`, when
    given, is told (in Chinese, in English) of the workbook's other visible worksheets holding anything (not
    read: an export of 发文、会议、请假 on three sheets is three logs), so that no sheet of records goes unaudited
    unsaid."""
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise MissingExtra("reading .xlsx needs openpyxl: pip install 'govrules[xlsx]'", "xlsx") from e
    if not isinstance(path, (str, Path)):
        path = io.BytesIO(path.read())  # read twice: the values, and the formulas saved without one
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as e:
        raise InvalidInput(f"cannot open {path}: {e.strerror}", zh=f"无法打开记录文件 {path}：{e.strerror}") from None
    except (
        Exception
    ) as e:  # not a zip (an old .xls, a renamed file), a zip that is not a workbook, a truncated file ...
        raise _not_a_workbook(path, e) from None
    # the formulas are read (a second pass) only from a workbook that has any: most exports have none
    formulas = None
    if _has_formulas(path):
        if isinstance(path, io.BytesIO):
            path.seek(0)
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    index = next((i for i, ws in enumerate(book.worksheets) if ws.sheet_state == "visible"), None)
    if index is None:
        book.close()
        if formulas is not None:
            formulas.close()
        raise InvalidInput(
            "the workbook has no visible worksheet",
            zh="工作簿中没有可见的工作表：请在 Excel 中取消隐藏记录所在的工作表",
        )
    sheet = book.worksheets[index]
    others = [ws.title for ws in book.worksheets[index + 1 :] if ws.sheet_state == "visible" and _holds_any(ws)]
    names = "、".join(f"“{title}”" for title in others[:10]) + ("等" if len(others) > 10 else "")
    if notes is not None and others:
        notes.append(
            (
                f"工作簿另有{len(others)}个工作表（{names}）未审计：只审计了第一个可见工作表“{sheet.title}”；"
                "其余工作表请分别另存为 .xlsx 或 .csv 文件后再审计",
                f"the workbook has {len(others)} other worksheet(s) not audited ({', '.join(others[:10])}"
                f"{', …' if len(others) > 10 else ''}): only the first visible one, {sheet.title!r}, was; save each"
                " of the others as an .xlsx or .csv file of its own and audit it",
            )
        )
    formula_sheet = formulas.worksheets[index] if formulas is not None else None
    named = sheet.title if len(book.worksheets) > 1 else None

    def rows() -> Iterator[tuple[int, list[object]]]:
        n = 0
        try:
            if formula_sheet is None:
                for n, row in enumerate(sheet.iter_rows(values_only=True), 1):
                    yield n, list(row)
                return
            pairs = zip(sheet.iter_rows(values_only=True), formula_sheet.iter_rows(values_only=True), strict=False)
            for n, (row, written) in enumerate(pairs, 1):
                yield n, [_uncomputed(v, w) for v, w in itertools.zip_longest(row, written)]
        except Exception as e:  # openpyxl reading the sheet's XML as it goes: a merge it cannot read, a cut-off part
            where = (f" past row {n}", f"第{n}行之后") if n else ("", "")
            raise InvalidInput(
                f"{path if isinstance(path, (str, Path)) else 'the workbook'}: worksheet {sheet.title!r} cannot be"
                f" read{where[0]} ({type(e).__name__}: {e}); the file is damaged: open it in Excel and save it"
                " as .xlsx or .csv",
                zh=f"{path if isinstance(path, (str, Path)) else '工作簿'}：工作表“{sheet.title}”{where[1]}无法读取"
                f"（{type(e).__name__}: {e}），文件已损坏：请在 Excel 中打开后另存为 .xlsx 或 .csv",
            ) from None
        finally:
            book.close()
            if formulas is not None:
                formulas.close()

    hint = (
        (
            f"（只读第一个可见工作表；工作簿另有{names}：记录在其中的，请把它移到最前，或另存为 .xlsx 或 .csv 文件）",
            f" (the first visible worksheet is read; the workbook also has {', '.join(others[:10])!s}: if the records"
            " are there, move it first, or save it as an .xlsx or .csv file of its own)",
        )
        if others
        else None
    )
    return _records(rows(), record_type, named, columns, hint, _merged_down(book, sheet), notes)


def _holds_any(sheet: Any) -> bool:
    """Whether a worksheet has a cell that is not blank (read up to the first); True if it cannot be read."""
    try:
        return any(c is not None and _text(c) for row in sheet.iter_rows(values_only=True) for c in row)
    except Exception:  # a damaged sheet not audited: named, not a reason to refuse the one that is
        return True


#: A formula element in a worksheet's XML (<f>, <f t="shared" …/>, or prefixed: <x:f>, as some libraries write it).
_FORMULA_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def _has_formulas(path: str | Path | io.BytesIO) -> bool:
    """Whether any worksheet of the workbook holds a formula (its XML scanned, not parsed); True when unsure."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not name.startswith("xl/worksheets/") or not name.endswith(".xml"):
                    continue
                with z.open(name) as part:
                    tail = b""
                    while chunk := part.read(1 << 20):
                        if _FORMULA_ELEMENT.search(tail + chunk):
                            return True
                        tail = chunk[-32:]
    except Exception:  # openpyxl read it; if this cannot, the formulas are read as well
        return True
    finally:
        if isinstance(path, io.BytesIO):
            path.seek(0)
    return False


def _uncomputed(value: object, written: object) -> object:
    """A cell's value; a formula saved without its value as `_Uncomputed`, not as an empty cell."""
    if value is None and isinstance(written, str) and written.startswith("="):
        return _Uncomputed(written)
    return value


def _decodes(head: bytes, encoding: str) -> bool:
    """Whether the first bytes of a file are text in `encoding` (a character cut at their end is no matter)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _not_a_workbook(path: str | Path | IO[bytes], error: Exception) -> InvalidInput:
    """Why a file is not an .xlsx workbook: empty, a CSV renamed .xlsx (a text file whose first line has a comma or a
    tab), or not one (an .xls, damaged)."""
    name = f"{path} " if isinstance(path, (str, Path)) else ""
    head = b""
    try:
        if isinstance(path, (str, Path)):
            with open(path, "rb") as f:
                head = f.read(4096)
        elif isinstance(path, io.BytesIO):
            head = path.getvalue()[:4096]
    except OSError:
        pass
    if isinstance(path, (str, Path)) and not head:
        return InvalidInput(
            f"{name}is empty (0 bytes): not an .xlsx workbook", zh=f"{name}是空文件（0字节），不是 .xlsx 工作簿"
        )
    first = head.split(b"\n", 1)[0]
    csv_like = b"\n" in head and (b"," in first or b"\t" in first) and b"\x00" not in head
    if csv_like and any(_decodes(head, encoding) for encoding in ("utf-8-sig", "gb18030")):
        return InvalidInput(
            f"{name}is a text file (a CSV?), not an .xlsx workbook: if it is a CSV, name it .csv",
            zh=f"{name}是文本文件（CSV？），不是 .xlsx 工作簿：如是CSV，请改名为 .csv 后再审计",
        )
    return InvalidInput(
        f"{name}is not a valid .xlsx workbook (an old .xls, or damaged?): {type(error).__name__}: {error};"
        " save it from Excel as .xlsx or .csv",
        zh=f"{name}不是有效的 .xlsx 文件（可能是旧版 .xls 或已损坏）：请在 Excel 中另存为 .xlsx 或 .csv",
    )


def read_sheet(
    path: str | Path,
    record_type: str | None = None,
    columns: dict[str, tuple[str, str]] | None = None,
    notes: list[tuple[str, str]] | None = None,
) -> Iterator[tuple[int | None, object]]:
    """A .csv or .xlsx file's rows as records, by its name's ending; `columns` and `notes` as for `read_xlsx`."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".xlsx":
        return read_xlsx(p, record_type, columns, notes)
    if suffix == ".csv":
        try:
            data = p.read_bytes()
        except OSError as e:  # said as the .xlsx and JSON Lines logs say it, not as Python's [Errno 2]
            raise InvalidInput(
                f"cannot open {path}: {e.strerror}", zh=f"无法打开记录文件 {path}：{e.strerror}"
            ) from None
        if data.startswith(WORKBOOK_MAGIC):
            raise _workbook_not_csv(str(path))
        return read_csv(io.BytesIO(data), record_type, columns)
    raise InvalidInput(
        f"{p.name}: a spreadsheet is a .csv or .xlsx file", zh=f"{p.name}：电子表格应为 .csv 或 .xlsx 文件"
    )


def audit_sheet(
    ruleset: Ruleset,
    path: str | Path,
    *,
    record_type: str | None = None,
    as_of: dt.date | None = None,
    calendar: WorkdayCalendar | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    changes: Sequence[Mapping[str, Any]] | None = None,
    roster: Roster | None = None,
    lang: str = "zh",
    wrap: Callable[[Iterator[tuple[int | None, object]]], Iterator[tuple[int | None, object]]] | None = None,
) -> AuditRun:
    """Audit a .csv or .xlsx export (`read_sheet`); `record_type` for a sheet with no type column; `lang`
    as for `audit.audit`."""
    columns: dict[
        str, tuple[str, str]
    ] = {}  # (filled as the header is read: an unreadable cell is named by its column)
    # (a workbook's other worksheets, not read: said in the summary's warnings, in the audit's language)
    notes: list[tuple[str, str]] = []
    items = read_sheet(path, record_type, columns, notes)
    if wrap is not None:
        items = wrap(items)
    return AuditRun(
        ruleset,
        items,
        as_of=as_of,
        calendar=calendar,
        period=period,
        changes=changes,
        roster=roster,
        lang=lang,
        places=columns,
        warnings=_Said(notes, lang == "zh"),
    )


@attrs.frozen
class _Said:
    """A reader's notes (Chinese, English) in the audit's language, read when the summary is made: a note found
    while the rows are read (cells merged over rows) is said as one found before."""

    notes: list[tuple[str, str]]
    zh: bool

    def __iter__(self) -> Iterator[str]:
        return (zh if self.zh else en for zh, en in self.notes)
