"""The audit's meeting check remembered by its key (session 12, issue 17) finds, and the command line writes, exactly
what the check worked out afresh for each record does.

A meeting record with absences or an agenda is checked from `attendance.meeting_plan`, remembered on the ruleset by
`attendance.meeting_check_key` (what the check reads of the record: its dates only as far as they matter), and its
own dates and titles (`MeetingPlan.violations`); the reference is `engine._meeting_verdict`, which builds the
meeting and calls `attendance.check_meeting` for every record. Logs of meetings of every ruleset (absences with and
without a leave covering the meeting day, asked for in time or late, of roles a leave rule covers or not; agendas
with every flag the requirements read, materials early, late and not on record; presiders, attendees, observers,
assistants) are drawn from small pools, so that many records share a key: a copy of an earlier record moved in time
shares one with other dates and titles, and pairs alike but for one field the check reads (set so that the field
matters: a written opinion where the deputy in charge was not there, an absentee whom attendance on record misses
...) have keys that differ in that field alone; hostile lines among them. Each field of the key, left out, is shown
to change a finding: the test can fail.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from govrules import attendance, rulesets
from govrules.audit import audit_lines, engine
from govrules.audit.engine import Finding, Summary
from govrules.audit.records import MeetingRecord
from govrules.cli import main
from govrules.model import AbsenceReason, MeetingKind, Role
from govrules.rules import LeaveRule, MeetingRule, Ruleset

RULESETS = ["xianyang-2013", "xifeng-2022", "dongchuan-2024", "kongtong-2016", "district-xx"]

#: Roles that no meeting rule names, drawn beside those the rules name (outsiders, absences no rule covers).
_OUTSIDERS = (Role.DEPARTMENT_HEAD, Role.ASSISTANT, Role.UNIT_HEAD, Role.OFFICE_CLERK, Role.TOWNSHIP_HEAD)
_UNITS = (None, "财政局", "教育局")
_TITLES = ("议题", "关于“预算”的议题", "x" * 150, "议题\n第二行", "<b>议题</b>")

#: Hostile and invalid meeting lines (the record format's own names: every ruleset reads them).
HOSTILE = [
    # an absence that is not a 不能出席会议 request: refused when the meeting is built (never remembered)
    '{"type": "meeting", "id": "H1", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "absent": [{"role": "DEPUTY", "kind": "TRIP", "meeting": "EXECUTIVE", "start": "2025-03-04"}]}',
    # the same, written well, after it and before it
    '{"type": "meeting", "id": "H2", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "absent": [{"role": "DEPUTY", "kind": "MEETING_ABSENCE", "meeting": "EXECUTIVE", "start": "2025-03-04"}]}',
    '{"type": "meeting", "id": "H3", "kind": "EXECUTIVE", "date": "2025-03-05", "presided_by": "HEAD",'
    ' "absent": [{"role": "DEPUTY", "kind": "TRIP", "meeting": "EXECUTIVE", "start": "2025-03-05"}]}',
    # a leave ending before it starts; one naming no meeting; a date no calendar has
    '{"type": "meeting", "id": "H4", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "absent": [{"role": "DEPUTY", "kind": "MEETING_ABSENCE", "meeting": "EXECUTIVE", "start": "2025-03-05",'
    ' "end": "2025-03-03"}]}',
    '{"type": "meeting", "id": "H5", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "absent": [{"role": "DEPUTY", "kind": "MEETING_ABSENCE", "start": "2025-03-04"}]}',
    '{"type": "meeting", "id": "H6", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "absent": [{"role": "DEPUTY", "kind": "MEETING_ABSENCE", "meeting": "EXECUTIVE", "start": "2025-03-04",'
    ' "requested_on": "2031-01-01"}]}',
    '{"type": "meeting", "id": "H7", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "agenda": [{"title": "议题", "materials_submitted_on": "2031-03-03"}]}',
    # a title that is no text, an empty one, a list that is no list, an unknown role among the attendees
    '{"type": "meeting", "id": "H8", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "agenda": [{"title": 7}]}',
    '{"type": "meeting", "id": "H9", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "agenda": [{"title": ""}]}',
    '{"type": "meeting", "id": "H10", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "agenda": {"title": "议题"}}',
    '{"type": "meeting", "id": "H11", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "attendees": ["NOBODY"], "agenda": [{"title": "议题"}]}',
    # the first days the calendar has: a lead time counted back from them reaches a year it has not
    '{"type": "meeting", "id": "H12", "kind": "EXECUTIVE", "date": "2004-01-02", "presided_by": "HEAD",'
    ' "agenda": [{"title": "议题", "materials_submitted_on": "2004-01-01"}]}',
    '{"type": "meeting", "id": "H13", "kind": "EXECUTIVE", "date": "2004-03-02", "presided_by": "HEAD",'
    ' "agenda": [{"title": "议题", "materials_submitted_on": "2004-03-01"}]}',
    # a field the type does not name (kept, carried by each finding), and a list too long to remember
    '{"type": "meeting", "id": "H14", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "agenda": [{"title": "议题", "deputy_in_charge_present": false}], "标题": "常务会议"}',
    '{"type": "meeting", "id": "H15", "kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD",'
    ' "agenda": [' + ", ".join(f'{{"title": "议题{k}", "reporting_head_present": false}}' for k in range(20)) + "]}",
    "{not json",
]


#: Presiders, other roles a meeting rule names, roles a meeting leave rule names (each with a few no rule names),
#: and the kinds of meeting a rule speaks of.
_Pools = tuple[list[Role], list[Role], list[Role], list[MeetingKind]]


def _pools(rs: Ruleset) -> _Pools:
    """What meeting records of `rs` are drawn from (`_Pools`)."""
    presiders: set[Role] = set()
    named: set[Role] = set()
    for r in rs.rules_of(MeetingRule):
        presiders |= set(r.presiders) | {a.role for a in r.presider_alternates}
        named |= set(r.members) | set(r.non_voting) | set(r.allowed)
    absent: set[Role] = set()
    for lr in rs.rules_of(LeaveRule):
        if lr.when.meeting is not None and lr.when.role is not None:
            absent |= set(lr.when.role)
    by_name = lambda roles: sorted(roles, key=lambda r: r.name)  # noqa: E731
    return (
        by_name(presiders | {Role.HEAD, Role.DEPUTY}),
        by_name(named | set(_OUTSIDERS)),
        by_name(set(rng_sample(by_name(absent), 6)) | {Role.DEPUTY, Role.OFFICE_CLERK, Role.DEPARTMENT_HEAD}),
        [k for k in MeetingKind if engine._composed_or_agenda(rs, k)],
    )


def rng_sample(roles: list[Role], k: int) -> list[Role]:
    """Up to k of `roles`, the same each run."""
    return random.Random(len(roles)).sample(roles, min(k, len(roles)))


def _meeting(rng: random.Random, i: int, pools: _Pools) -> dict[str, Any]:
    """A meeting record drawn from small pools: many records share what the check reads."""
    presiders, named, absent_roles, ruled = pools
    kind = rng.choice(ruled) if rng.random() < 0.8 else rng.choice(list(MeetingKind))
    day = date(2005, 1, 3) + timedelta(days=rng.randrange(7300))
    r: dict[str, Any] = {"type": "meeting", "id": f"m{i}", "kind": kind.name, "date": day.isoformat(),
                         "presided_by": rng.choice(presiders).name}  # fmt: skip
    groups = [named[:3], named[: len(named) // 2], named, named[1::2]]
    if rng.random() < 0.7:
        r["attendees"] = [x.name for x in rng.choice(groups)]
    if rng.random() < 0.3:
        r["non_voting"] = [x.name for x in rng.choice(groups)[:2]]
    if rng.random() < 0.4:
        r["assistants"] = rng.choice([0, 1, 2, 3, 5, 9])
    if rng.random() < 0.6:
        r["absent"] = [_absence(rng, kind, day, absent_roles) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
    if rng.random() < 0.6:
        r["agenda"] = [_item(rng, day) for _ in range(rng.choice([1, 1, 2, 3]))]
    if rng.random() < 0.3:
        r["minutes_issued_on"] = (day + timedelta(days=rng.randrange(10))).isoformat()
    return r


def _absence(rng: random.Random, kind: MeetingKind, day: date, roles: list[Role]) -> dict[str, Any]:
    start = day + timedelta(days=rng.choice([0, 0, 0, -1, 1, -3]))
    a: dict[str, Any] = {"role": rng.choice(roles).name, "kind": "MEETING_ABSENCE", "start": start.isoformat(),
                         "end": (start + timedelta(days=rng.choice([0, 0, 1, 2, 9]))).isoformat()}  # fmt: skip
    if rng.random() < 0.97:  # (an absence from the meeting must name it: else refused)
        a["meeting"] = rng.choice([kind.name, kind.name, kind.name, "WORK_CONFERENCE", "PLENARY"])
    if rng.random() < 0.6:
        a["requested_on"] = (day + timedelta(days=rng.choice([-5, -1, 0, 1, 2]))).isoformat()
    if rng.random() < 0.5:
        a["reason"] = rng.choice(list(AbsenceReason)).name
    if rng.random() < 0.4:
        a["substitute"] = rng.random() < 0.5
    if rng.random() < 0.2:
        a["party_standing_committee_member"] = True
    return a


def _item(rng: random.Random, day: date) -> dict[str, Any]:
    item: dict[str, Any] = {"title": rng.choice(_TITLES)}
    if rng.random() < 0.3:
        item["reporting_unit"] = rng.choice(_UNITS)
    for flag, p in (("deputy_in_charge_present", 0.3), ("deputy_written_opinion", 0.3),
                    ("reporting_head_present", 0.3)):  # fmt: skip
        if rng.random() < p:
            item[flag] = rng.random() < 0.5
    if rng.random() < 0.3:
        item["matters"] = ["THREE_MAJORS_ONE_LARGE"] if rng.random() < 0.6 else ["PERSONNEL"]
    if rng.random() < 0.7:
        item["materials_submitted_on"] = (day - timedelta(days=rng.randrange(12))).isoformat()
    return {k: v for k, v in item.items() if v is not None}


def _shifted(r: dict[str, Any], i: int, days: int, rng: random.Random) -> dict[str, Any]:
    """A copy of `r` with another id, every date moved by `days`, and other titles: of `r`'s key, mostly."""

    def move(value: Any) -> Any:
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
        if isinstance(value, list):
            return [move(v) for v in value]
        if isinstance(value, dict):
            return {k: (rng.choice(_TITLES) if k == "title" else move(v)) for k, v in value.items()}
        return value

    copy: dict[str, Any] = move(r)
    copy["id"] = f"m{i}"
    return copy


def _pair(r: dict[str, Any], i: int, rng: random.Random, pools: _Pools) -> list[dict[str, Any]]:
    """Two copies of `r` alike but for one thing the meeting check reads (of one key but for that field): the
    first set as the change needs to matter (a written opinion where the deputy in charge was not there, an
    absentee whom attendance on record misses ...), the second changed."""
    base: dict[str, Any] = json.loads(json.dumps(r))
    base["id"] = f"m{i}a"
    day = date.fromisoformat(base["date"])
    # (an absence and an item have five things each to change: drawn as often as five fields)
    what = rng.choices(["presided_by", "attendees", "non_voting", "assistants", "units", "absence", "item"],
                       [1, 1, 1, 1, 1, 5, 5])[0]  # fmt: skip
    if what in ("units", "item"):
        base.setdefault("agenda", [{"title": "议题"}])
    if what == "absence":
        base.setdefault("absent", [_absence(rng, MeetingKind[base["kind"]], day, pools[2])])
        base["attendees"] = []  # (every member missing: an absence that excuses one shows)
    if what == "units":  # items each reported by a unit of its own, as many assistants; then one unit for all
        base["agenda"] += [{"title": "议题"} for _ in range(2 - len(base["agenda"]))]
        for k, item in enumerate(base["agenda"]):
            item["reporting_unit"] = f"单位{k}"
        base["assistants"] = len(base["agenda"])
    if what == "assistants":
        base["assistants"] = 0
    k = rng.randrange(len(base.get("agenda", [])) or 1)
    flag = rng.choice(["deputy_in_charge_present", "deputy_written_opinion", "reporting_head_present", "matters",
                       "materials_submitted_on"])  # fmt: skip
    if what == "item" and flag == "deputy_written_opinion":
        base["agenda"][k]["deputy_in_charge_present"] = False
    elif what == "item" and flag == "materials_submitted_on":
        base["agenda"][k].pop("materials_submitted_on", None)
    a = rng.choice(base.get("absent", [{}]))
    change = rng.choice(["kind", "covers", "role", "reason", "substitute"])
    if what == "absence" and change == "covers":  # one day away, on the meeting day; then the day after
        a["start"] = a["end"] = day.isoformat()
    copy: dict[str, Any] = json.loads(json.dumps(base))
    copy["id"] = f"m{i}"
    if what == "presided_by":
        copy["presided_by"] = rng.choice(pools[0]).name
    elif what == "attendees":  # another group, none on record, or on record as none
        choice = rng.choice(["group", "unknown", "none"])
        if choice == "unknown":
            copy.pop("attendees", None)
        else:
            copy["attendees"] = [] if choice == "none" else [x.name for x in rng.sample(pools[1], 3)]
    elif what == "non_voting":
        copy["non_voting"] = [] if copy.get("non_voting") else [x.name for x in rng.sample(pools[1], 2)]
    elif what == "assistants":
        copy["assistants"] = 9
    elif what == "units":
        for item in copy["agenda"]:
            item["reporting_unit"] = "财政局"
    elif what == "absence":
        a = copy["absent"][base["absent"].index(a)]
        if change == "kind":
            a["kind"] = "TRIP"
        elif change == "covers":
            a["start"] = a["end"] = (day + timedelta(days=1)).isoformat()
        elif change == "role":
            a["role"] = rng.choice(pools[2]).name
        elif change == "reason":
            a["reason"] = rng.choice(list(AbsenceReason)).name
        else:
            a["substitute"] = not a.get("substitute", False)
    else:
        item = copy["agenda"][k]
        if flag == "matters":
            item["matters"] = [] if item.get("matters") == ["THREE_MAJORS_ONE_LARGE"] else ["THREE_MAJORS_ONE_LARGE"]
        elif flag == "materials_submitted_on":  # after the meeting: late under every rule
            item["materials_submitted_on"] = (day + timedelta(days=1)).isoformat()
        else:
            item[flag] = not item.get(flag, flag != "deputy_written_opinion")
    return [base, copy]


def meeting_lines(rs_id: str, n: int, seed: int) -> list[bytes]:
    """n meeting lines for `rs_id`: drawn afresh, or a copy of an earlier one shifted in time (of its key), or
    with one thing the check reads changed (of another key, alike but for that); the hostile ones among them."""
    rng = random.Random(seed)
    pools = _pools(rulesets.load(rs_id))
    drawn: list[dict[str, Any]] = []
    for i in range(n):
        dice = rng.random()
        if drawn and dice < 0.3:
            drawn.append(_shifted(rng.choice(drawn), i, rng.randrange(-400, 400), rng))
        elif drawn and dice < 0.65:
            drawn += _pair(rng.choice(drawn), i, rng, pools)
        else:
            drawn.append(_meeting(rng, i, pools))
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in drawn]
    for odd in HOSTILE:
        lines.insert(rng.randrange(len(lines) + 1), odd.encode())
    return lines


def _reference(mp: pytest.MonkeyPatch) -> None:
    """Every meeting checked afresh: the meeting built and `attendance.check_meeting` called, nothing remembered."""
    mp.setattr(engine.AuditRun, "_meeting_checked", lambda self, r: engine._meeting_verdict(self._rs, r, self._cal))


def _audit(rs: Ruleset, lines: Iterable[bytes], reference: bool = False) -> tuple[list[Finding], Summary]:
    with pytest.MonkeyPatch.context() as mp:
        if reference:
            _reference(mp)
        return audit_lines(rs, list(lines)).run()


@pytest.fixture(scope="module")
def logs() -> dict[str, list[bytes]]:
    return {rs_id: meeting_lines(rs_id, 1500, 12 + i) for i, rs_id in enumerate(RULESETS)}


@pytest.fixture(scope="module")
def references(logs: dict[str, list[bytes]]) -> dict[str, tuple[list[Finding], Summary]]:
    return {rs_id: _audit(rulesets.load(rs_id).evolve(), logs[rs_id], reference=True) for rs_id in RULESETS}


@pytest.mark.parametrize("rs_id", RULESETS)
def test_meetings_remembered_by_their_key_give_the_findings_worked_out_afresh(
    rs_id: str, logs: dict[str, list[bytes]], references: dict[str, tuple[list[Finding], Summary]]
) -> None:
    rs = rulesets.load(rs_id).evolve()  # (an empty memo)
    misses: list[MeetingRecord] = []
    checked: list[MeetingRecord] = []
    real_plan, real_checked = engine._meeting_plan, engine.AuditRun._meeting_checked
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine, "_meeting_plan", lambda rs, r: misses.append(r) or real_plan(rs, r))
        mp.setattr(engine.AuditRun, "_meeting_checked", lambda self, r: checked.append(r) or real_checked(self, r))
        found, summary = audit_lines(rs, logs[rs_id]).run()
    expected_found, expected_summary = references[rs_id]
    assert summary == expected_summary
    assert len(found) == len(expected_found)
    for got, want in zip(found, expected_found, strict=True):  # finding by finding
        assert got == want
    # the log does what it is for: most of its meetings are checked from a key seen before, and breaches are found
    assert len(checked) > 600 and len(checked) - len(misses) > len(checked) / 3
    assert summary.invalid >= 8 and sum(1 for f in found if f.rule not in ("invalid_record", "meeting_rhythm")) > 100


@pytest.mark.parametrize("rs_id", RULESETS)
def test_a_memo_kept_over_audits_gives_the_same_findings(
    rs_id: str, logs: dict[str, list[bytes]], references: dict[str, tuple[list[Finding], Summary]]
) -> None:
    rs = rulesets.load(rs_id).evolve()
    lines = logs[rs_id]
    audit_lines(rs, lines[::-1]).run()  # the keys first met in another order, and remembered
    assert _audit(rs, lines) == references[rs_id]


#: Each field of the key (its place in `meeting_check_key`'s tuple; in an absence's or an item's, the second place).
_KEY_FIELDS = {
    "kind": (1,),
    "presided_by": (2,),
    "attendees": (3,),
    "non_voting": (4,),
    "composition": (5,),
    "assistants": (6,),
    "reporting units": (7,),
    "absences": (8,),
    "absence: its leave plan's key": (8, 0),
    "absence: its kind of leave": (8, 1),
    "absence: whether it covers the meeting": (8, 2),
    "agenda": (9,),
    "item: deputy_in_charge_present": (9, 0),
    "item: deputy_written_opinion": (9, 1),
    "item: reporting_head_present": (9, 2),
    "item: 三重一大": (9, 3),
    "item: materials day on record": (9, 4),
}


def _leaving_out(place: tuple[int, ...]) -> Callable[..., tuple[object, ...]]:
    """`meeting_check_key` with the field at `place` left out (and a tag of its own: nothing shared with the real
    key's entries)."""
    real = attendance.meeting_check_key

    def key(ruleset: Ruleset, meeting: Any, *, composition: bool = True) -> tuple[object, ...]:
        k = list(real(ruleset, meeting, composition=composition))
        k[0] = ("left out", place)
        if len(place) == 1:
            k[place[0]] = None
        else:
            k[place[0]] = tuple(tuple(None if j == place[1] else x for j, x in enumerate(t)) for t in k[place[0]])  # type: ignore[attr-defined]
        return tuple(k)

    return key


@pytest.mark.parametrize("field", list(_KEY_FIELDS))
def test_each_field_of_the_key_left_out_changes_a_finding(
    field: str, logs: dict[str, list[bytes]], references: dict[str, tuple[list[Finding], Summary]]
) -> None:
    differs = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attendance, "meeting_check_key", _leaving_out(_KEY_FIELDS[field]))
        for rs_id in RULESETS:
            if audit_lines(rulesets.load(rs_id).evolve(), logs[rs_id]).run() != references[rs_id]:
                differs.append(rs_id)
    assert differs, f"{field} left out of the key changes nothing: the differential cannot see it"


# -- the command line: every format, byte for byte; stdout, stderr and the exit status --


def _cli(tmp_path: Path, rs_id: str, lines: list[bytes], fmt: str, capsys: pytest.CaptureFixture[str]) -> Any:
    log = tmp_path / "log.jsonl"
    log.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / f"report.{fmt}"
    code = main(["audit", rs_id, str(log), "--format", fmt, "-o", str(out)])
    data = out.read_bytes()
    if fmt == "html":  # (the time the report was made)
        data = re.sub(rb"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d)?[^<\"]*", b"T", data)
    said = capsys.readouterr()
    return code, data, said.out, said.err


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "html"])
@pytest.mark.parametrize("rs_id", ["xianyang-2013", "kongtong-2016", "district-xx"])
def test_the_command_line_writes_the_same_report_remembered_and_afresh(
    rs_id: str, fmt: str, logs: dict[str, list[bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = logs[rs_id][:600]
    remembered = _cli(tmp_path, rs_id, lines, fmt, capsys)
    with pytest.MonkeyPatch.context() as mp:
        _reference(mp)
        afresh = _cli(tmp_path, rs_id, lines, fmt, capsys)
    assert remembered == afresh
    assert remembered[0] == 1 and len(remembered[1]) > 5_000
