"""Session 14 (the session 13 trial's left item): cells merged over data rows in an .xlsx export. Excel keeps the
value in a merged range's first cell and shows it over every row the range spans; openpyxl's read-only mode does
not read merges, so the rows below were each 「类型为空」. Now each row a merge spans reads its value, as the sheet
shows it, and the summary says which ranges were read so (never silently)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govrules import rulesets
from govrules.audit.sheet import audit_sheet
from govrules.cli import main

openpyxl = pytest.importorskip("openpyxl")

XF = rulesets.load("xifeng-2022")
HEADER = ["类型", "编号", "文种", "发文名义", "签发人", "签发日期"]
# 西丰 第五十三条: a 议案 of the 政府 is signed by the 县长; a 副县长 signing it is a `signer` breach
ROWS: list[list[object]] = [
    ["公文", "H1", "议案", "政府", "副县长", dt.date(2025, 3, 5)],
    ["公文", "H2", "议案", "政府", "副县长", dt.date(2025, 3, 6)],
    ["公文", "H3", "议案", "政府", "县长", dt.date(2025, 3, 7)],
]


def _book(path: Path, rows: list[list[object]], merges: list[str], title: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title:  # an export's title over the header, merged across it: not a record, not a note
        sheet.append(["西丰县人民政府2025年发文登记表"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    for ref in merges:
        sheet.merge_cells(ref)
    book.save(path)
    return path


def _merged(rows: list[list[object]], column: int, first: int, last: int) -> list[list[object]]:
    """`rows` as Excel holds them once the cells of `column` from row `first` to `last` (0-based) are merged."""
    return [[None if first < i <= last and j == column else v for j, v in enumerate(r)] for i, r in enumerate(rows)]


def _audit(path: Path) -> tuple[list[tuple[int | None, str, str]], tuple[str, ...], int]:
    run = audit_sheet(XF, path)
    found = [(f.line, f.rule, f.record_id or "") for f in run]
    return found, run.summary.warnings, run.summary.invalid


def test_a_type_and_a_signer_merged_over_rows_are_read_in_every_row(tmp_path: Path) -> None:
    # rows 3-5 are the records; 类型 merged over all three, 签发人 over the first two (the two deputies)
    held = _merged(_merged(ROWS, 0, 0, 2), 4, 0, 1)
    merged = _book(tmp_path / "merged.xlsx", held, ["A3:A5", "E3:E4"])
    filled = _book(tmp_path / "filled.xlsx", ROWS, [])
    got, warnings, invalid = _audit(merged)
    assert (got, invalid) == _audit(filled)[::2]
    assert invalid == 0 and [(line, rule) for line, rule, _ in got] == [(3, "signer"), (4, "signer")]
    assert len(warnings) == 1 and "A3:A5" in warnings[0] and "E3:E4" in warnings[0] and "合并单元格" in warnings[0]
    assert "A1" not in warnings[0]  # the title's merge, above the header, is not a record's


def test_without_the_fill_the_rows_would_be_unreadable(tmp_path: Path) -> None:
    # the same cells, not merged: each row below the first is 类型为空 (the fill is the merge's, nothing guessed)
    path = _book(tmp_path / "blank.xlsx", _merged(ROWS, 0, 0, 2), [])
    _, warnings, invalid = _audit(path)
    assert invalid == 2 and not warnings


def test_a_merge_within_one_row_is_not_spread_to_the_next_column(tmp_path: Path) -> None:
    # 签发人 merged with 签发日期 on the second record: the date cell is empty, not the signer's name
    rows = [list(r) for r in ROWS]
    rows[1][5] = None
    got, warnings, invalid = _audit(_book(tmp_path / "wide.xlsx", rows, ["E4:F4"]))
    assert not warnings and invalid == 0
    assert (4, "signer", "H2") in got  # read as before: a record with no signing date


def test_a_header_merged_down_is_not_read_into_the_first_record(tmp_path: Path) -> None:
    # the 类型 header cell merged over the first data row: not a merge of records (its first row is the header)
    rows = _merged([["公文", *ROWS[0][1:]], *ROWS[1:]], 0, -1, 0)
    rows[0][0] = None
    got, warnings, invalid = _audit(_book(tmp_path / "head.xlsx", rows, ["A1:A2"], title=False))
    assert not warnings and invalid == 1 and got[0][:2] == (2, "invalid_record")


def test_the_command_says_which_cells_were_read_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _book(tmp_path / "merged.xlsx", _merged(ROWS, 0, 0, 2), ["A3:A5"])
    assert main(["audit", "xifeng-2022", str(path)]) == 1
    out = capsys.readouterr().out
    assert "合并单元格（A3:A5）" in out and "发现违规2项" in out


def test_a_merge_written_with_single_quotes_is_read(tmp_path: Path) -> None:
    # XML lets an attribute be quoted either way (ref='A3:A5'), as some libraries write it
    import re
    import zipfile

    written = _book(tmp_path / "double.xlsx", _merged(ROWS, 0, 0, 2), ["A3:A5"])
    single = tmp_path / "single.xlsx"
    with zipfile.ZipFile(written) as src, zipfile.ZipFile(single, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'(<mergeCell ref=)"([^"]*)"', rb"\1'\2'", data)
                assert b"ref='A3:A5'" in data
            out.writestr(item, data)
    got, warnings, invalid = _audit(single)
    assert invalid == 0 and "A3:A5" in warnings[0] and [line for line, _, _ in got] == [3, 4]
