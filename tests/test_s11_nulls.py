"""A member written null is one left out (session 11, trial 11 P6).

Java and .NET serialisers write a property they have no value for as null. `"end": null` on a leave was refused
(「应为日期…实际是None」) on HTTP `/leave`, in the audit and in a meeting's absences, while leaving `end` out reads
it as the start. Now null reads as left out, at any depth, on every surface.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from govrules import receipts, rulesets
from govrules.audit import audit_lines
from govrules.model import LeaveRequest, Meeting
from govrules.model.json import absent_nulls

LEAVE = {"role": "副县长", "kind": "离丰", "start": "2025-03-06", "requested_on": "2025-03-05"}


def test_a_leave_with_end_null_is_read_as_one_without_end() -> None:
    rs = rulesets.load("xifeng-2022")
    with_null = receipts.parse_input("leave", {**LEAVE, "end": None, "substitute": None}, rs)
    without = receipts.parse_input("leave", LEAVE, rs)
    assert isinstance(with_null, LeaveRequest) and with_null == without
    assert with_null.end == date(2025, 3, 6)


def test_the_audit_reads_nulls_as_left_out_in_records_and_absences() -> None:
    rs = rulesets.load("xifeng-2022")
    leave = {"type": "leave", "id": "l1", **LEAVE, "end": None, "notified": None}
    absence = {"role": "副县长", "kind": "不能出席会议", "start": "2025-03-06", "end": None, "meeting": "常务会议"}
    meeting = {
        "type": "meeting",
        "id": "m1",
        "kind": "常务会议",
        "date": "2025-03-06",
        "presided_by": "县长",
        "absent": [{**absence, "requested_on": None}],
    }
    lines = [json.dumps(r, ensure_ascii=False) for r in (leave, meeting)]
    found = list(audit_lines(rs, lines))
    assert [f for f in found if f.rule == "invalid_record"] == []
    plain = [json.dumps({k: v for k, v in leave.items() if v is not None}, ensure_ascii=False)]
    assert [f.message for f in audit_lines(rs, plain)] == [f.message for f in found if f.record_id == "l1"]


def test_a_required_field_written_null_is_said_to_be_missing() -> None:
    run = audit_lines(rulesets.load("xifeng-2022"), [json.dumps({"type": "leave", "id": "l1", **LEAVE, "role": None})])
    said = [f.message for f in run if f.rule == "invalid_record"]
    assert len(said) == 1 and "role" in said[0] and "None" not in said[0]


def test_a_meeting_absence_with_end_null_is_read() -> None:
    rs = rulesets.load("xifeng-2022")
    given_ = {
        "kind": "常务会议",
        "date": "2025-03-06",
        "presided_by": "县长",
        "absent": [
            {"role": "副县长", "kind": "不能出席会议", "start": "2025-03-06", "end": None, "meeting": "常务会议"}
        ],
    }
    parsed = receipts.parse_input("meeting", given_, rs)  # (the meeting, and whether attendance is on record)
    meeting = parsed[0] if isinstance(parsed, tuple) else parsed
    assert isinstance(meeting, Meeting) and meeting.absent[0].end == date(2025, 3, 6)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=20,
)


def _members(value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [*value.items(), *(m for v in value.values() for m in _members(v))]
    if isinstance(value, list):
        return [m for v in value for m in _members(v)]
    return []


@given(json_values)
def test_absent_nulls_leaves_no_null_member_and_keeps_the_rest(value: Any) -> None:
    out = absent_nulls(value)
    assert all(v is not None for _, v in _members(out))
    assert absent_nulls(out) == out  # idempotent
    if isinstance(value, dict):
        assert set(out) == {k for k, v in value.items() if v is not None}
    if isinstance(value, list):
        assert len(out) == len(value)  # a null inside an array stays
