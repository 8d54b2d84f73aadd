"""A workbook as an office system exports one, for the spreadsheet tests of session 13."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

#: A 议案 signed by a deputy: one `signer` breach (西丰 第五十三条: 县长 signs).
ROW: list[object] = ["公文", "H1", "议案", "政府", "副县长", dt.date(2025, 3, 5)]


def book(path: Path, header: list[object], rows: list[list[object]]) -> Path:
    """An .xlsx at `path` of one sheet: `header`, then `rows`."""
    import openpyxl  # (the calling test module skips itself when openpyxl is missing)

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
