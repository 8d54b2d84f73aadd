"""Session 14 review: cells merged over rows in an .xlsx (`_merged_down`, `_filled_down`) against hostile sheets.

- Many small merges (a register with every 类型 merged over two rows) took time rows × merges: 40 000 rows and
  20 000 merges, 39 s instead of 5. Each range is now looked at from its first row to its last.
- An empty merged cell far to the right (XFD) widened every row it spans to 16 384 cells, for nothing to show.
- A merge whose reference openpyxl cannot read (a damaged file) stopped the audit as an internal error
  (「内部错误（ValueError: …）」); it is an `InvalidInput` naming the worksheet and the row, in Chinese and English."""

from __future__ import annotations

import datetime as dt
import time
import zipfile
from pathlib import Path

import pytest

from govrules import rulesets
from govrules.audit.sheet import _filled_down, _Merge, audit_sheet
from govrules.errors import InvalidInput

openpyxl = pytest.importorskip("openpyxl")

XF = rulesets.load("xifeng-2022")
HEADER = ["类型", "编号", "文种", "发文名义", "签发人", "签发日期"]


def test_many_small_merges_are_read_in_linear_time() -> None:
    n = 40_000
    rows = [(i, ["公文" if i % 2 == 0 else None, f"H{i}"]) for i in range(2, n + 2)]
    merges = [_Merge(0, r, r + 1, f"A{r}:A{r + 1}") for r in range(2, n + 2, 2)]
    start = time.perf_counter()
    out = list(_filled_down(iter(rows), merges))
    elapsed = time.perf_counter() - start
    assert all(cells[0] == "公文" for _, cells in out)
    assert elapsed < 5, elapsed  # rows × merges (8·10⁸ steps) took a minute; linear, well under a second


def test_overlapping_and_nested_ranges_still_fill_each_row() -> None:
    rows = [(2, ["a", "x"]), (3, [None, None]), (4, [None, "y"]), (5, [None, None]), (6, [None, None])]
    merges = [_Merge(0, 2, 5, "A2:A5"), _Merge(1, 2, 3, "B2:B3"), _Merge(1, 4, 6, "B4:B6")]
    assert [c for _, c in _filled_down(iter(rows), merges)] == [
        ["a", "x"],
        ["a", "x"],
        ["a", "y"],
        ["a", "y"],
        [None, "y"],
    ]


def test_an_empty_merge_far_right_widens_no_row() -> None:
    rows = [(2, ["公文", "H1"]), (3, ["公文", "H2"]), (4, ["公文", "H3"])]
    out = list(_filled_down(iter(rows), [_Merge(16383, 2, 1_048_576, "XFD2:XFD1048576")]))
    assert [len(c) for _, c in out] == [2, 2, 2]


def _damaged(path: Path, merges: bytes) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "发文登记"
    sheet.append(HEADER)
    for i in range(3):
        sheet.append(["公文", f"H{i}", "议案", "政府", "县长", dt.date(2025, 3, 5)])
    book.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b"</sheetData>" + merges)
            z.writestr(info, data)
    return path


def test_a_merge_openpyxl_cannot_read_is_a_damaged_file_not_an_internal_error(tmp_path: Path) -> None:
    path = _damaged(tmp_path / "damaged.xlsx", b'<mergeCells count="1"><mergeCell ref="ZZZZ2:ZZZZ4"/></mergeCells>')
    with pytest.raises(InvalidInput) as e:
        list(audit_sheet(XF, path))
    assert "工作表“发文登记”" in e.value.zh and "已损坏" in e.value.zh and "另存为" in e.value.zh
    assert "damaged" in str(e.value)


def test_a_merge_over_the_whole_sheet_is_read(tmp_path: Path) -> None:
    # the title row's merge A1:XFD1048576 spans the header: not a data merge, no note; the records are read
    path = _damaged(tmp_path / "whole.xlsx", b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')
    run = audit_sheet(XF, path)
    list(run)
    assert run.summary.read == 3 and run.summary.invalid == 0


def test_a_part_full_of_unclosed_merge_tags_is_scanned_in_linear_time(tmp_path: Path) -> None:
    # 240 KB of 「<mergeCell x」 with no 「>」: the scan for merges took 30 s (quadratic); the file is damaged XML
    path = _damaged(tmp_path / "hostile.xlsx", b"<mergeCell x" * 20_000)
    start = time.perf_counter()
    with pytest.raises(InvalidInput) as e:
        list(audit_sheet(XF, path))
    assert time.perf_counter() - start < 5
    assert "已损坏" in e.value.zh
