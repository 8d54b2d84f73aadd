"""Trial s13: `govrules audit` and the HTTP service's audit given an office's files as they come."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from govrules.cli import main
from govrules.errors import InvalidInput

RECORDS = [
    {"type": "countersign", "id": "c1", "requested_on": "2025-09-26", "replied_on": "2025-10-15"},
    {"type": "document", "id": "d1", "kind": "议案", "issuer": "政府", "signed_by": "副县长"},
]


def test_a_json_array_file_is_one_error_not_a_line_of_findings_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "export.jsonl"
    log.write_text(json.dumps(RECORDS, ensure_ascii=False, indent=2), encoding="utf-8")
    code = main(["audit", "xifeng-2022", str(log)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "这是一个JSON数组" in err and "Traceback" not in err


def test_a_json_array_on_standard_input_is_refused_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    data = json.dumps(RECORDS).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(["audit", "xifeng-2022", "-", "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2 and "JSON array" in err


def test_the_service_refuses_a_json_array_as_the_command_does() -> None:
    pytest.importorskip("starlette")
    from govrules.service.audit import _lines

    body = json.dumps(RECORDS, indent=2).encode()
    chunks = iter([body[:3], body[3:10], body[10:]])  # cut anywhere, as a body arrives
    with pytest.raises(InvalidInput) as e:
        list(_lines(chunks, []))
    assert "JSON数组" in e.value.zh
    # a log of JSON Lines whose first chunk is short is read as before
    plain = "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS).encode()
    assert len(list(_lines(iter([plain[:2], plain[2:]]), []))) == 2


def test_the_report_names_a_workbook_s_sheets_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "发文"
    first.append(["*类型", "*编号", "文\u3000种", "发文名义", "签发人", "签发日期"])
    first.append(["公文", "H1", "议案", "政府", "县长", dt.date(2025, 3, 5)])
    leave = book.create_sheet("请假")
    leave.append(["类型", "编号", "请假人", "请假类型", "开始日期"])
    leave.append(["请假", "L1", "部门主要负责人", "外出", dt.date(2025, 3, 6)])
    book.save(tmp_path / "export.xlsx")
    for fmt in ("text", "json"):
        code = main(["audit", "xifeng-2022", str(tmp_path / "export.xlsx"), "--format", fmt])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "“请假”" in err and "未审计" in err
        assert "“请假”" in out
