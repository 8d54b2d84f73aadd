"""Session 13: what the hostile-input trial found and left to me (beside test_s13_hostile.py's fixes).

- A header with a note in brackets after its label (签发人（姓名）, 签发日期(年月日)) names the label's field.
- A record id written as a number (an exporter's `long id`) is read as its digits; true or 1.5 is still refused.
- 西丰 四十六 「因公出访或出差」: an absence's reason written 出差 or 出访 is that reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govrules import rulesets
from govrules.audit import INVALID, audit_lines
from govrules.audit.sheet import audit_sheet
from govrules.model import AbsenceReason

openpyxl = pytest.importorskip("openpyxl")

from _workbook import ROW  # noqa: E402
from _workbook import book as _book  # noqa: E402

XF = rulesets.load("xifeng-2022")


@pytest.mark.parametrize(
    "header",
    [
        ["类型", "编号", "文种", "发文名义", "签发人（姓名）", "签发日期(年月日)"],
        ["类型", "编号（唯一）", "文种 (必填)", "发文名义", "签发人(职务)", "签发日期"],
    ],
)
def test_a_header_with_a_note_in_brackets_names_its_label_s_field(header: list[object], tmp_path: Path) -> None:
    # 签发人（姓名） was a field of the record's own: the signer not on record, and the audit clean
    found, summary = audit_sheet(XF, _book(tmp_path / "export.xlsx", header, [ROW])).run()
    assert [f.rule for f in found] == ["signer"]
    assert summary.extra_fields == ()


def test_a_note_in_brackets_alone_or_after_an_unknown_word_names_nothing(tmp_path: Path) -> None:
    header = ["类型", "编号", "文种", "发文名义", "签发人", "签发日期", "（备注）", "备注(其他)"]
    _, summary = audit_sheet(XF, _book(tmp_path / "export.xlsx", header, [[*ROW, "x", "y"]])).run()
    assert summary.extra_fields == ("（备注）", "备注(其他)")


REQUEST = {"type": "request", "received_on": "2025-03-03", "replied_on": "2025-03-05"}


def test_a_record_id_written_as_a_number_is_read_as_its_digits() -> None:
    lines = [json.dumps({**REQUEST, "id": 12}), json.dumps({**REQUEST, "id": 12})]
    run = audit_lines(XF, lines)
    found = list(run)
    assert run.summary.checked == 2 and not [f for f in found if f.rule == INVALID]
    # and as its digits when it repeats (the summary says so)
    (said,) = run.summary.warnings
    assert "请示记录“12”（第1、2行）" in said


@pytest.mark.parametrize("value", [True, 1.5, None, "", [1]])
def test_an_id_that_is_no_whole_number_nor_text_is_refused(value: object) -> None:
    (f,) = list(audit_lines(XF, [json.dumps({**REQUEST, "id": value})]))
    assert f.rule == INVALID and "编号" in f.message


@pytest.mark.parametrize("said", ["出差", "出访", "因公出差", "因公出访或出差"])
def test_xifeng_46_an_absence_on_official_travel(said: str) -> None:
    # 四十六 除…因公出访或出差…等特殊原因外,原则上不应请假
    assert AbsenceReason.from_label(said) is AbsenceReason.OFFICIAL_TRIP
    meeting = {"type": "meeting", "id": "m", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",
               "absent": [{"role": "副县长", "reason": said}]}  # fmt: skip
    found = list(audit_lines(XF, [json.dumps(meeting, ensure_ascii=False)]))
    assert not [f for f in found if f.rule == INVALID]
