"""Trial s13: an office's exports as they come, read by the audit's readers (spreadsheets, JSON Lines).

Each test is a file a county office's system produced in the trial, and what the auditor must get: every record
accounted for, and what is wrong said once, in Chinese, naming where.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from govrules import rulesets
from govrules.audit import INVALID, audit_lines
from govrules.audit.sheet import audit_sheet, read_csv
from govrules.audit.source import read_lines
from govrules.errors import InvalidInput

openpyxl = pytest.importorskip("openpyxl")

from _workbook import ROW  # noqa: E402
from _workbook import book as _book  # noqa: E402

RS = "xifeng-2022"


@pytest.mark.parametrize(
    "header",
    [
        ["类 型", "编 号", "文 种", "发文名义", "签发人", "签发日期"],  # spaces to align two-character labels
        ["类\u3000型", "编\u3000号", "文\u3000种", "发文名义", "签发人", "签发日期"],  # full-width spaces
        ["*类型", "*编号", "＊文种", "发文名义*", "※签发人", "签发日期"],  # required-field marks
        ["类型：", "编号:", "文种", "发文名义", "签发人", "签发日期"],  # a colon after the label
        ["类型", "编号", "文种", "发文\n名义", "签发人", "签发日期"],  # a label wrapped in its cell
        ["ｔｙｐｅ", "ｉｄ", "文种", "发文名义", "签发人", "签发日期"],  # full-width letters
    ],
)
def test_a_header_as_offices_write_it_names_its_fields(header: list[object], tmp_path: Path) -> None:
    # " 类 型 ", "*编号", "发文\n名义" were not labels: the sheet was refused (no 类型 column), or its 发文名义 was a
    # field of the record's own and the record unreadable (issuer missing)
    path = _book(tmp_path / "export.xlsx", header, [ROW])
    found, summary = audit_sheet(rulesets.load(RS), path).run()
    assert [f.rule for f in found] == ["signer"]
    assert summary.extra_fields == ()


def test_a_label_wrapped_in_its_cell_is_named_on_one_line(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "export.xlsx", ["类型", "编号", "文种", "发文名义", "签发人", "签发\n日期"], [[*ROW[:5], "三月五日"]]
    )
    (f,) = list(audit_sheet(rulesets.load(RS), path))
    assert f.rule == INVALID and "“签发 日期”（signed_on）不是日期" in f.message


def test_a_workbook_s_other_sheets_are_said_not_read(tmp_path: Path) -> None:
    # the meeting on the second sheet was lost unsaid: the report said 会议频次：没有会议记录
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "发文"
    first.append(["类型", "编号", "文种", "发文名义", "签发人", "签发日期"])
    first.append(ROW)
    meetings = book.create_sheet("会议")
    meetings.append(["类型", "编号", "会议类型", "日期", "主持人"])
    meetings.append(["会议", "M1", "常务会议", dt.date(2025, 3, 3), "县长"])
    book.create_sheet("Sheet3")  # blank: not named
    book.save(tmp_path / "export.xlsx")
    run = audit_sheet(rulesets.load(RS), tmp_path / "export.xlsx")
    assert [f.rule for f in run] == ["signer"]
    (warning,) = run.summary.warnings
    assert "“会议”" in warning and "未审计" in warning and "“发文”" in warning and "Sheet3" not in warning


def test_a_workbook_of_one_sheet_has_no_warning(tmp_path: Path) -> None:
    path = _book(tmp_path / "export.xlsx", ["类型", "编号", "文种", "发文名义", "签发人", "签发日期"], [ROW])
    assert audit_sheet(rulesets.load(RS), path).run()[1].warnings == ()


def test_a_first_sheet_of_notes_names_the_sheet_holding_the_records(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "说明"
    notes.append(["本表由OA系统导出"])
    data = book.create_sheet("数据")
    data.append(["类型", "编号", "文种", "发文名义", "签发人", "签发日期"])
    data.append(ROW)
    book.save(tmp_path / "export.xlsx")
    with pytest.raises(InvalidInput) as e:
        list(audit_sheet(rulesets.load(RS), tmp_path / "export.xlsx"))
    assert "工作表“说明”" in e.value.zh and "另有“数据”" in e.value.zh
    assert "数据" in str(e.value)


@pytest.mark.parametrize(
    "text", ["2025-03-05T14:30:00", "2025-03-05 00:00:00.0", "2025-03-05 00:00:00.000", "2025/3/5 14:30"]
)
def test_a_date_and_time_written_as_text_is_its_date(text: str) -> None:
    # a system's datetime as text (ISO's T, a database's fraction of a second) was 不是日期
    data = f"类型,编号,文种,发文名义,签发人,签发日期\n公文,H1,议案,政府,副县长,{text}\n".encode()
    (_, record) = next(iter(read_csv(io.BytesIO(data))))
    assert isinstance(record, dict) and record["signed_on"] == "2025-03-05"


@pytest.mark.parametrize("text", ["2025-03-05T23:30:00Z", "2025-03-05T23:30:00+08:00"])
def test_a_date_and_time_with_a_zone_is_not_guessed(text: str) -> None:
    # 23:30 UTC is the next day in Beijing: which day it is would be a guess
    data = f"类型,编号,文种,发文名义,签发人,签发日期\n公文,H1,议案,政府,副县长,{text}\n".encode()
    (_, record) = next(iter(read_csv(io.BytesIO(data))))
    assert not isinstance(record, dict) and "不是日期" in str(record)


def test_a_number_of_more_digits_than_python_reads_is_said_in_chinese() -> None:
    line = '{"type": "countersign", "id": "c", "requested_on": "2025-09-26", "seed": ' + "9" * 5000 + "}"
    (f,) = list(audit_lines(rulesets.load(RS), [line]))
    assert f.rule == INVALID and f.line == 1
    assert "超过4300位的整数" in f.message
    assert "sys.set_int_max_str_digits" not in f.message and "Exceeds" not in f.message
    (en,) = list(audit_lines(rulesets.load(RS), [line], lang="en"))
    assert "4300 digits" in en.message and "set_int_max_str_digits" not in en.message


RECORDS = [
    {"type": "countersign", "id": "c1", "requested_on": "2025-09-26", "replied_on": "2025-10-15"},
    {"type": "document", "id": "d1", "kind": "议案", "issuer": "政府", "signed_by": "副县长"},
]


@pytest.mark.parametrize(
    "data",
    [
        json.dumps(RECORDS, ensure_ascii=False, indent=2).encode(),  # pretty-printed: 24 lines, each "unreadable"
        json.dumps(RECORDS, ensure_ascii=False).encode(),  # one line: one record "read", two lost from the count
        b"\xef\xbb\xbf[\r\n  {" + json.dumps(RECORDS[0])[1:].encode() + b"\r\n]\r\n",  # a BOM, CRLF
        b"[]",
    ],
)
def test_a_json_array_is_refused_once(data: bytes) -> None:
    with pytest.raises(InvalidInput) as e:
        list(read_lines(io.BytesIO(data)))
    assert "JSON数组" in e.value.zh and "jq -c" in e.value.zh and "JSON array" in str(e.value)


def test_a_json_object_laid_out_over_lines_is_refused_once() -> None:
    data = json.dumps(RECORDS[0], indent=2).encode()
    with pytest.raises(InvalidInput) as e:
        list(read_lines(io.BytesIO(data)))
    assert "分多行排版的JSON" in e.value.zh


@pytest.mark.parametrize(
    "data",
    [
        b'[1, 2]\n{"type": "countersign", "id": "c", "requested_on": "2025-09-26"}\n',  # a bad line, then a record
        b'{"type": "countersign", "id": "c", "requested_on": "2025-09-26"}\n[{"a": 1}]\n',
        b"  \n" + json.dumps(RECORDS[0]).encode() + b"\n",
    ],
)
def test_json_lines_with_an_array_line_are_still_read_line_by_line(data: bytes) -> None:
    lines = list(read_lines(io.BytesIO(data)))
    run = audit_lines(rulesets.load(RS), lines)
    list(run)
    assert run.summary.checked == 1


@pytest.mark.parametrize(("given", "meant"), [("公文", "document"), ("会议", "meeting"), ("Document", "document")])
def test_a_type_written_as_a_spreadsheet_writes_it_is_told_the_identifier(given: str, meant: str) -> None:
    # a JSON line's "type": "公文" (what a spreadsheet's 类型 column reads) was told only the list of identifiers
    line = json.dumps({"type": given, "id": "x", "kind": "议案", "issuer": "政府"}, ensure_ascii=False)
    (f,) = list(audit_lines(rulesets.load(RS), [line]))
    assert f.rule == INVALID and f'应写作"type": "{meant}"' in f.message
    (en,) = list(audit_lines(rulesets.load(RS), [line], lang="en"))
    assert f'write "type": "{meant}"' in en.message


def test_an_unknown_type_is_told_the_list_as_before() -> None:
    (f,) = list(audit_lines(rulesets.load(RS), ['{"type": "memo", "id": "x"}']))
    assert "'memo'；应为 document" in f.message and "应写作" not in f.message


def test_a_damaged_sheet_besides_the_one_audited_is_named_not_a_fault(tmp_path: Path) -> None:
    import zipfile

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.append(["类型", "编号", "文种", "发文名义", "签发人", "签发日期"])
    first.append(ROW)
    book.create_sheet("会议").append(["类型", "编号"])
    book.save(tmp_path / "whole.xlsx")
    with zipfile.ZipFile(tmp_path / "whole.xlsx") as z, zipfile.ZipFile(tmp_path / "export.xlsx", "w") as out:
        for item in z.infolist():
            data = z.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data[: len(data) // 2]  # its XML cut short: openpyxl cannot parse it
            out.writestr(item, data)
    run = audit_sheet(rulesets.load(RS), tmp_path / "export.xlsx")
    assert [f.rule for f in run] == ["signer"]
    assert "“会议”" in run.summary.warnings[0]


@pytest.mark.parametrize("magic", [b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
def test_a_workbook_named_csv_is_said_to_be_one(magic: bytes, tmp_path: Path) -> None:
    # it was "CSV文件既不是UTF-8编码，也不是GBK编码" (the zip's bytes read as text in no encoding)
    path = tmp_path / "export.csv"
    path.write_bytes(magic + bytes(range(256)) * 4)
    with pytest.raises(InvalidInput) as e:
        list(audit_sheet(rulesets.load(RS), path))
    assert "export.csv 是电子表格工作簿" in e.value.zh and "export.csv is a spreadsheet workbook" in str(e.value)
    with pytest.raises(InvalidInput) as e:
        list(read_csv(io.BytesIO(path.read_bytes())))
    assert "电子表格工作簿" in e.value.zh


@pytest.mark.parametrize(
    ("record", "label"),
    [
        (
            {"type": "leave", "id": "x", "role": "部门主要负责人", "start": "2025-03-06"},
            "字段kind（请假类型）：缺少必填字段",
        ),
        (
            {"type": "leave", "id": "x", "role": "部门主要负责人", "kind": 5, "start": "2025-03-06"},
            "字段kind（请假类型）",
        ),
        (
            {"type": "meeting", "id": "x", "date": "2025-03-06", "presided_by": "县长"},
            "字段kind（会议类型）：缺少必填字段",
        ),
        (
            {
                "type": "meeting",
                "id": "x",
                "kind": "常务会议",
                "date": "2025-03-06",
                "presided_by": "县长",
                "absent": [{"role": "副县长", "kind": 7, "start": "2025-03-06", "meeting": "常务会议"}],
            },
            "字段kind（请假类型）：请假类型应以文字给出，而给出的是7 @ $.absent[0].kind",
        ),
        ({"type": "document", "id": "x", "issuer": "政府"}, "字段kind（文种）：缺少必填字段"),
    ],
)
def test_a_kind_is_named_as_its_record_calls_it(record: dict[str, object], label: str) -> None:
    # a leave's or a meeting's kind, missing or not text, was 「字段kind（文种）」: the document's word
    (f,) = list(audit_lines(rulesets.load(RS), [json.dumps(record, ensure_ascii=False)]))
    assert f.rule == INVALID and label in f.message, f.message
