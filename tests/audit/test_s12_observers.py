"""Session 12 (round 9, R9-XF-28): a meeting record that leaves out who sat in (`non_voting`) is not checked for its
standing observers (固定列席), as one that leaves out who attended is not checked for its members; one that gives
`non_voting` (even empty) is. Each row names its ruleset and article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from govrules import rulesets
from govrules.audit import audit_lines
from govrules.audit.report import unchecked_text

# (ruleset, a 常务会议 record presided and attended by all its members, the standing observer it names)
CASES = [
    pytest.param("xifeng-2022", {"presided_by": "县长", "attendees": ["负责日常工作的副县长", "副县长"]},
                 "部门主要负责人", id="四十一 县政府组成部门主要负责人列席会议"),
    pytest.param("kongtong-2016",
                 {"presided_by": "区长", "attendees": ["负责常务工作的副区长", "副区长", "区政府党组成员"]},
                 "区政府法制办公室主要负责同志", id="四十二 区政府办公室副主任…等固定列席"),
]  # fmt: skip


def _found(rid: str, record: dict[str, Any]) -> list[tuple[str, str]]:
    line = json.dumps({"type": "meeting", "id": "M1", "kind": "常务会议", "date": "2025-03-12", **record})
    return [(f.rule, f.message) for f in audit_lines(rulesets.load(rid), [line])]


@pytest.mark.parametrize(("rid", "record", "observer"), CASES)
def test_observers_left_out_are_not_checked_given_empty_are(rid: str, record: dict[str, Any], observer: str) -> None:
    assert _found(rid, record) == []
    given = [m for r, m in _found(rid, {**record, "non_voting": []}) if r == "meeting_composition"]
    assert len(given) == 1 and given[0].startswith("固定列席人员") and observer in given[0]


def test_41_the_summary_says_the_observers_were_not_checked() -> None:
    rs = rulesets.load("xifeng-2022")
    line = json.dumps({"type": "meeting", "id": "M1", "kind": "常务会议", "date": "2025-03-12", "presided_by": "县长",
                       "attendees": ["负责日常工作的副县长", "副县长"]}, ensure_ascii=False)  # fmt: skip
    run = audit_lines(rs, [line])
    assert list(run) == []
    unchecked = run.summary.unchecked
    said = [unchecked_text(rs, k) for k in unchecked]
    assert any(s and "固定列席人员" in s and "记录未载明列席人员" in s for s in said), said
    assert any(s and "observers" in s for s in (unchecked_text(rs, k, "en") for k in unchecked))


def test_41_a_spreadsheet_without_a_non_voting_column_is_not_checked_for_observers(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from govrules.audit.sheet import audit_sheet

    book = openpyxl.Workbook()
    book.active.append(["类型", "编号", "会议类型", "日期", "主持人", "出席人员"])
    book.active.append(["会议", "M1", "常务会议", "2025-03-12", "县长", "负责日常工作的副县长、副县长"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    assert [f.message for f in audit_sheet(rulesets.load("xifeng-2022"), path)] == []


def test_41_40_the_remembered_meeting_check_keys_on_observers_and_convener() -> None:
    """Records with an absence go through the audit's remembered meeting check (`attendance.meeting_check_key`):
    records alike but for `non_voting` left out or given, or for who convened, each get their own findings."""
    absence = [{"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-12",
                "requested_on": "2025-03-11"}]  # fmt: skip
    base = {"type": "meeting", "kind": "常务会议", "date": "2025-03-12", "presided_by": "县长",
            "attendees": ["负责日常工作的副县长"], "absent": absence}  # fmt: skip
    records = [
        {**base, "id": "M1"},
        {**base, "id": "M2", "non_voting": []},
        {**base, "id": "M3", "convened_by": "副县长"},
        {**base, "id": "M4", "convened_by": "县长"},
        {**base, "id": "M5", "non_voting": [], "convened_by": "副县长"},
    ]
    rs = rulesets.load("xifeng-2022")
    found = [(f.record_id, f.rule) for f in audit_lines(rs, [json.dumps(r, ensure_ascii=False) for r in records])]
    by_id = {i: sorted(r for j, r in found if j == i) for i in ("M1", "M2", "M3", "M4", "M5")}
    assert by_id == {
        "M1": [],
        "M2": ["meeting_composition"],
        "M3": ["meeting_convener"],
        "M4": [],
        "M5": ["meeting_composition", "meeting_convener"],
    }, found
