"""Session 13: three things the audit left as round 9 found them.

- An absence inside a meeting record need not repeat what the meeting says (its kind, its day; that it is an
  absence from a meeting): `records.with_meeting_absences`, for audit records, `govrules meeting` and HTTP alike.
- Minutes (纪要) signed before the meeting they record: dates in an impossible order (`invalid_record`).
- Records of one type that share an id: each checked, and the repetition said in the summary's warnings.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from govrules import rulesets
from govrules.audit import audit, audit_lines
from govrules.receipts import parse_input

XF = rulesets.load("xifeng-2022")
# 西丰 四十一: the 常务会议 of 县长、副县长; 部门主要负责人 列席
MEETING: dict[str, Any] = {
    "type": "meeting", "id": "M1", "kind": "EXECUTIVE", "date": "2026-03-05", "presided_by": "HEAD",
    "attendees": ["HEAD", "EXECUTIVE_DEPUTY"], "non_voting": ["DEPARTMENT_HEAD"],
}  # fmt: skip


def _rules(records: list[dict[str, Any]]) -> list[tuple[str | None, str]]:
    found, _ = audit(XF, records).run()
    return [(f.record_id, f.rule) for f in found]


# -- absences that leave out what their meeting says -----------------------------------------------------


@pytest.mark.parametrize(
    "absence",
    [
        {"role": "DEPUTY"},  # kind, meeting and start left out
        {"role": "DEPUTY", "kind": "MEETING_ABSENCE"},  # meeting and start left out (round 9's case)
        {"role": "副县长", "kind": "不能出席会议", "start": "2026-03-05"},  # the meeting left out, words as the text's
        {"role": "DEPUTY", "meeting": None, "start": None},  # null: left out
    ],
)
def test_an_absence_in_a_meeting_record_is_from_that_meeting_on_its_day(absence: dict[str, Any]) -> None:
    # 西丰 四十一 (组成人员) with 四十六: the deputy absent with a leave is not 「未出席且未请假」
    assert _rules([MEETING]) == [("M1", "meeting_composition")]
    assert _rules([{**MEETING, "absent": [absence]}]) == []


def test_an_absence_that_names_another_meeting_keeps_what_it_says() -> None:
    # a leave from the plenary does not excuse an absence from the executive meeting
    absent = [{"role": "DEPUTY", "meeting": "PLENARY"}]
    assert _rules([{**MEETING, "absent": absent}]) == [("M1", "meeting_composition")]
    # nor one on another day
    absent = [{"role": "DEPUTY", "start": "2026-03-06"}]
    assert _rules([{**MEETING, "absent": absent}]) == [("M1", "meeting_composition")]


def test_an_absence_of_another_kind_of_leave_is_still_refused() -> None:
    found, summary = audit(XF, [{**MEETING, "absent": [{"role": "DEPUTY", "kind": "TRIP"}]}]).run()
    assert summary.invalid == 1 and "不能出席会议" in found[0].message


def test_the_meeting_decision_reads_absences_alike() -> None:
    # `govrules meeting` and HTTP /meeting read their input through receipts.parse_input
    given = {k: v for k, v in MEETING.items() if k not in ("type", "id")}
    meeting, composition, observers = parse_input("meeting", {**given, "absent": [{"role": "副县长"}]}, XF)  # type: ignore[misc]
    (leave,) = meeting.absent
    assert (leave.kind.name, leave.meeting.name, leave.start.isoformat()) == (
        "MEETING_ABSENCE",
        "EXECUTIVE",
        "2026-03-05",
    )
    assert composition and observers


# -- minutes signed before their meeting -----------------------------------------------------------------

MINUTES: dict[str, Any] = {
    "type": "document", "id": "D1", "kind": "MINUTES", "issuer": "GOVERNMENT", "meeting": "EXECUTIVE",
    "meeting_date": "2026-03-05", "signed_by": "HEAD",
}  # fmt: skip


def test_minutes_signed_before_their_meeting_are_an_impossible_record() -> None:
    early = {**MINUTES, "signed_on": "2026-03-04"}
    # twice: the second is checked from the situation the first left (the audit's memo), alike
    lines = [json.dumps({**early, "id": f"D{i}"}) for i in range(3)]
    found, summary = audit_lines(XF, lines).run()
    assert summary.invalid == 3 and summary.checked == 0
    assert all(f.rule == "invalid_record" for f in found)
    assert "纪要的签发日期signed_on（2026-03-04）早于所记录会议的日期meeting_date（2026-03-05）" in found[0].message
    en, _ = audit_lines(XF, lines[:1], lang="en").run()
    assert "minutes signed (signed_on, 2026-03-04) before the meeting they record" in en[0].message


def test_minutes_signed_on_or_after_their_meeting_are_read() -> None:
    for day in ("2026-03-05", "2026-03-06"):
        _, summary = audit(XF, [{**MINUTES, "signed_on": day}]).run()
        assert summary.invalid == 0, day


def test_another_document_signed_before_the_meeting_date_is_not_impossible() -> None:
    # meeting_date on a notice is the meeting that adopted it: what signing first means is the rules' to say
    notice = {**MINUTES, "kind": "NOTICE", "signed_on": "2026-03-04"}
    _, summary = audit(XF, [notice]).run()
    assert summary.invalid == 0


# -- ids that repeat -------------------------------------------------------------------------------------


def _warnings(lines: list[dict[str, Any]], lang: str = "zh") -> tuple[str, ...]:
    run = audit_lines(XF, [json.dumps(x) for x in lines], lang=lang)
    list(run)
    return run.summary.warnings


def test_records_of_one_type_sharing_an_id_are_each_checked_and_said() -> None:
    leave = {"type": "leave", "id": "L1", "role": "DEPUTY", "kind": "离丰", "start": "2026-03-05"}
    lines = [MEETING, leave, {**MEETING, "date": "2026-03-12"}, {**leave, "start": "2026-03-09"}, MEETING]
    run = audit_lines(XF, [json.dumps(x) for x in lines])
    found = list(run)
    assert run.summary.checked == 5  # nothing dropped
    assert sum(f.record_id == "M1" for f in found) == 3  # each meeting checked as it stands (the deputy absent)
    (said,) = run.summary.warnings
    assert said.startswith("记录编号重复：会议记录“M1”（第1、3、5行）；请假记录“L1”（第2、4行）")
    (said,) = _warnings(lines, "en")
    assert 'meeting record "M1" (lines 1, 3, 5); leave record "L1" (lines 2, 4)' in said


def test_one_id_in_two_record_types_is_not_a_repetition() -> None:
    # an office system numbers its documents and its leave forms apart
    leave = {"type": "leave", "id": "M1", "role": "DEPUTY", "kind": "离丰", "start": "2026-03-05"}
    assert _warnings([MEETING, leave]) == ()


def test_many_repeated_ids_are_listed_to_twenty_and_counted() -> None:
    lines = [{**MEETING, "id": f"M{i}"} for i in range(25)] * 2
    (said,) = _warnings(lines)
    assert said.count("会议记录“") == 20 and "等25个编号" in said


def test_an_absence_giving_its_end_but_not_its_start_is_asked_for_its_start() -> None:
    # a leave over several days says when it starts: not filled from the meeting (an end before the meeting's day
    # would be refused as ending before a start the user never wrote)
    for end in ("2026-03-04", "2026-03-07"):
        found, summary = audit(XF, [{**MEETING, "absent": [{"role": "DEPUTY", "end": end}]}]).run()
        assert summary.invalid == 1 and "absent[0].start" in found[0].message, end
        assert "早于开始日" not in found[0].message
