"""A `datetime` given where a date is asked for is taken as its date, and the answers are `date`s."""

from __future__ import annotations

from datetime import date, datetime

from govrules import attendance, deadlines, rulesets
from govrules.model import LeaveKind, LeaveRequest, MeetingKind, Role

D = date


def test_deadlines() -> None:
    rs = rulesets.load("xifeng-2022")
    d = deadlines.due(rs, "countersign_reply", datetime(2025, 9, 26, 17, 30))
    assert (d.anchor, d.date) == (D(2025, 9, 26), D(2025, 10, 13))
    assert type(d.anchor) is date and type(d.date) is date
    c = deadlines.check(rs, "countersign_reply", datetime(2025, 9, 26, 9), datetime(2025, 10, 14, 9))
    assert (c.on_time, c.late_by, type(c.done_on)) == (False, 1, date)
    assert deadlines.due_date(rs, "countersign_reply", datetime(2025, 9, 26, 9)) == D(2025, 10, 13)


def test_leave_request_fields() -> None:
    req = LeaveRequest(
        role=Role.DEPUTY,
        kind=LeaveKind.TRIP,
        start=datetime(2025, 3, 6, 8),
        end=datetime(2025, 3, 7, 18),
        requested_on=datetime(2025, 3, 3, 9),
    )
    assert (req.start, req.end, req.requested_on) == (D(2025, 3, 6), D(2025, 3, 7), D(2025, 3, 3))
    assert type(req.start) is date
    assert attendance.check_leave(rulesets.load("xifeng-2022"), req).request == req


def test_meeting_rhythm_and_schedule() -> None:
    rs = rulesets.load("xifeng-2022")
    planned = attendance.meeting_schedule(rs, MeetingKind.EXECUTIVE, datetime(2025, 1, 1), datetime(2025, 3, 1, 23))
    assert planned and all(type(d) is date for d in planned)
    check = attendance.check_rhythm(
        rs, MeetingKind.EXECUTIVE, [datetime(2025, 1, 6, 9)], datetime(2025, 1, 1), datetime(2025, 1, 31, 18)
    )
    assert check.periods == ((D(2025, 1, 1), D(2025, 1, 31), 1),)
