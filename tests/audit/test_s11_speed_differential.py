"""The audit's fast paths of session 11 (issue 17) find, and the command line writes, exactly what the strict path does.

What changed, and what each test holds it to:

- A leave record's situation is remembered by its length only as far as the leave rules' bounds of days tell
  lengths apart (`attendance.leave_length_breaks`), not by its length in days: leave records of every length
  about every bound of every ruleset, each bound's first record drawn in another order, give what the strict
  path gives (nothing remembered, every record built by the strict converter).
- Whether a text names a role, an issuer or a kind of leave of another level is remembered per text
  (`_Refused.words`): the same answer as worked out afresh, for every word of the logs, and past the memo's bound.
- A meeting's agenda items and absences are built by generated builders as records are (`records._nested_builder`),
  not through the lean hooks: the same records where they take one, and the strict converter's word where they do
  not (an unknown key, a value not in its exact spelling, null where a default is meant ...).
- A record is split in one call (`split_record` gives its type with it).

Each is compared with the strict path (the standard library's checking decoder, the cattrs converter, no splitter,
no fast builder, every `Ruleset.cached` worked out afresh) on the varied log of all five rulesets written in each
one's own words, with odd and hostile lines among it; and the command line's reports, in every format, byte for
byte. No test here asserts a time.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Hashable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from _varied import in_words_of, varied_lines

from govrules import attendance, rulesets
from govrules.audit import audit_lines, engine, records
from govrules.audit.engine import Finding, Summary
from govrules.cli import main
from govrules.model import AgendaItem, LeaveKind, LeaveRequest, Role
from govrules.rules import Ruleset

T = TypeVar("T")

RULESETS = ["xianyang-2013", "xifeng-2022", "dongchuan-2024", "kongtong-2016", "district-xx"]

#: Odd and hostile lines among the logs' (as a county's log writes them; `in_words_of` makes them each level's).
ODD_LINES = [
    b'{"type": "request", "id": "=1+1", "received_on": "2025-03-03", "replied_on": "2025-04-30"}',
    b'{"type": "countersign", "id": "c", "id": "d", "requested_on": "2025-03-03"}',
    b'{"type": "countersign", "id": "f", "requested_on": "2025-03-03", "replied_on": 1.5}',
    b'{"type": "request", "id": "h", "received_on": "2025-03-03", "replied_on": null, "x": NaN}',
    b'{"type": "document", "id": 8, "kind": "\\u901a\\u77e5", "issuer": "\\u653f\\u5e9c"}',
    b"\xef\xbb\xbf" + b'{"type": "request", "id": "k", "received_on": "2025-03-03", "replied_on": "2025-05-03"}',
    b'{"type": "request", "id": "l", "received_on": "2025-03-03"}\r{"type": "request", "id": "m"}',
    b"\xff\xfe{",
    b"[1, 2]",
    b"{not json",
    # leave: ends before it starts (refused, and not remembered as a length the rules read), a key twice, a float
    '{"type": "leave", "id": "L1", "role": "副县长", "kind": "外出", "start": "2025-03-10", "end": "2025-03-03",'
    ' "requested_on": "2025-03-01", "approved_by": ["县长"], "notified": []}'.encode(),
    '{"type": "leave", "id": "L2", "role": "副县长", "kind": "外出", "start": "2025-03-10", "end": "2025-03-12",'
    ' "end": "2025-03-20", "requested_on": "2025-03-01", "approved_by": ["县长"]}'.encode(),
    '{"type": "leave", "id": "L3", "role": "副县长", "kind": "外出", "start": "2025-03-10", "end": "2025-03-12",'
    ' "requested_on": "2025-03-01", "approved_by": ["县长"], "party_standing_committee_member": 1}'.encode(),
    '{"type": "leave", "id": "L4", "role": "副县长", "kind": "外出", "start": "2030-03-10", "end": "2030-03-12",'
    ' "requested_on": "2030-03-01", "approved_by": ["县长"]}'.encode(),
    # meetings whose agenda items or absences the generated builders do not take as they are
    '{"type": "meeting", "id": "M1", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "agenda": [{"title": "议题", "materials_submitted_on": "2025-03-01", "owner": "x"}]}'.encode(),
    '{"type": "meeting", "id": "M2", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "agenda": [{"title": "议题", "deputy_in_charge_present": 1}]}'.encode(),
    '{"type": "meeting", "id": "M3", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "agenda": [{"title": "议题", "deputy_in_charge_present": null}]}'.encode(),
    '{"type": "meeting", "id": "M4", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "agenda": [{"title": 7}]}'.encode(),
    '{"type": "meeting", "id": "M5", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "agenda": {"title": "议题"}}'.encode(),
    '{"type": "meeting", "id": "M6", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "agenda": ["议题"]}'.encode(),
    '{"type": "meeting", "id": "M7", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "agenda": [{"title": ""}]}'.encode(),
    '{"type": "meeting", "id": "M8", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "absent": [{"role": "副县长", "kind": "不能出席会议", "start": "2025-03-04", "end": "2025-03-04"}]}'.encode(),
    '{"type": "meeting", "id": "M9", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "absent": [{"role": "副县长", "kind": "外出", "meeting": "常务会议", "start": "2025-03-04",'
    ' "end": "2025-03-04"}]}'.encode(),
    '{"type": "meeting", "id": "M10", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "absent": [{"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-3-4",'
    ' "end": "2025-03-04", "reason": "因公出差"}]}'.encode(),
    '{"type": "meeting", "id": "M11", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "absent": [{"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-04",'
    ' "end": "2025-03-04", "requested_on": "2025-03-01", "reason": "因公出差", "substitute": true},'
    ' {"role": "DEPUTY", "kind": "MEETING_ABSENCE", "meeting": "EXECUTIVE", "start": "2025-03-04",'
    ' "end": "2025-03-04"}], "agenda": [{"title": "议题", "matters": ["人事任免"],'
    ' "materials_submitted_on": "2025-03-03", "reporting_unit": "财政局"}]}'.encode(),
    '{"type": "meeting", "id": "M12", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "absent": [{"role": "县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-05",'
    ' "end": "2025-03-03"}]}'.encode(),
    '{"type": "meeting", "id": "M13", "kind": "常务会议", "date": "2025-03-04", "presided_by": "县长",'
    ' "agenda": [{"title": "议题", "materials_submitted_on": "2031-03-03"}], "标题": "x"}'.encode(),
]


def _never(_: object) -> None:
    return None


def _afresh(_rs: Ruleset, _key: Hashable, compute: Callable[[], T]) -> T:
    return compute()


def _strict(mp: pytest.MonkeyPatch) -> None:
    """The strict path alone: no fast reader, splitter or builder; the strict converter; nothing remembered."""
    mp.setattr(engine, "fast_record", _never)
    mp.setattr(engine, "plain_record", _never)
    mp.setattr(engine, "split_record", _never)
    mp.setattr(engine, "read_record", records.strict_record)
    mp.setattr(Ruleset, "cached", _afresh)


def _audit(rs_id: str, lines: Iterable[bytes], *, strict: bool, **options: Any) -> tuple[list[Finding], Summary]:
    """The findings and summary of an audit of a fresh ruleset (an empty memo), through the fast path or the
    strict one alone."""
    with pytest.MonkeyPatch.context() as mp:
        if strict:
            _strict(mp)
        return audit_lines(rulesets.load(rs_id).evolve(), list(lines), **options).run()


def _level(rs_id: str) -> str:
    return str(rulesets.load(rs_id).government.level.label)


def _with_odd_lines(rs_id: str, lines: list[bytes], seed: int) -> list[bytes]:
    rng = random.Random(seed)
    out = list(lines)
    for odd in in_words_of([line + b"\n" for line in ODD_LINES], _level(rs_id)):
        out.insert(rng.randrange(1, len(out) + 1), odd)
    return out


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    """The varied log of each ruleset in its own words, the odd lines among it."""
    return {
        rs_id: _with_odd_lines(
            rs_id, in_words_of(varied_lines(tmp_path_factory.mktemp(rs_id), 3000, 31 + i), _level(rs_id)), i
        )
        for i, rs_id in enumerate(RULESETS)
    }


@pytest.mark.parametrize("rs_id", RULESETS)
def test_the_varied_log_of_each_ruleset_gives_the_same_findings_fast_and_strict(
    rs_id: str, logs: dict[str, list[bytes]]
) -> None:
    fast = _audit(rs_id, logs[rs_id], strict=False)
    assert fast == _audit(rs_id, logs[rs_id], strict=True)
    found, summary = fast
    assert summary.read == summary.checked + summary.invalid and summary.breaches > 0
    # the odd meetings and leave records are there, read or refused
    ids = {f.record_id for f in found}
    assert {"M1", "M4", "M12", "L1", "L4"} <= ids
    # an absence that leaves out its meeting is from the meeting it is in (with_meeting_absences): read, not refused
    assert not [f for f in found if f.record_id == "M8" and f.rule == "invalid_record"]


# -- leave: remembered by the bounds of days the rules read --


#: The varied log's people and kinds of leave, as a county's log names them (`in_words_of` makes them each level's).
_LEAVE_ROLES = ["部门主要负责人", "副县长", "县长", "乡镇（街道）主要负责人", "常务副县长"]
_LEAVE_KINDS = ["外出", "休假", "学习", "出访"]


def _leave_lines(rs_id: str, seed: int) -> list[bytes]:
    """Leave records of every length about each bound of days the ruleset's leave rules read (and from 1 to past
    the last), of each role and kind, asked for in time, late, or not said, in an order drawn with `seed`."""
    breaks = attendance.leave_length_breaks(rulesets.load(rs_id))
    lengths = sorted(
        {*range(1, 9), *(n for b in breaks for n in (b - 1, b, b + 1) if n >= 1), max(breaks, default=1) + 5}
    )
    rng = random.Random(seed)
    lines = []
    for i in range(1500):
        start = date(2025, 1, 1) + timedelta(days=rng.randrange(330))
        days = rng.choice(lengths)
        record: dict[str, Any] = {
            "type": "leave", "id": f"v{i}", "role": rng.choice(_LEAVE_ROLES), "kind": rng.choice(_LEAVE_KINDS),
            "start": start.isoformat(), "end": (start + timedelta(days=days - 1)).isoformat(),
            "approved_by": rng.sample(["副县长", "县长"], rng.randint(1, 2)),
        }  # fmt: skip
        asked = rng.choice([None, -30, -7, -3, -1, 0, 2])
        if asked is not None:
            record["requested_on"] = (start + timedelta(days=asked)).isoformat()
        if rng.random() < 0.5:
            record["notified"] = rng.sample(["政府办公室", "县委办公室"], rng.randint(0, 2))
        if rng.random() < 0.2:
            record["reason"] = rng.choice(["因公出差", "因病", "学习培训"])
        if rng.random() < 0.2:
            record["substitute"] = rng.random() < 0.5
        if rng.random() < 0.1:
            record["party_standing_committee_member"] = True
        lines.append(json.dumps(record, ensure_ascii=False).encode() + b"\n")
    return in_words_of(lines, _level(rs_id))


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("rs_id", RULESETS)
def test_leave_of_every_length_about_the_rules_bounds_gives_the_same_findings_fast_and_strict(
    rs_id: str, seed: int
) -> None:
    lines = _leave_lines(rs_id, seed)
    fast = _audit(rs_id, lines, strict=False)
    assert fast == _audit(rs_id, lines, strict=True)
    # and with a date to count replies to (`as_of`), in English
    options: dict[str, Any] = {"as_of": date(2025, 12, 31), "lang": "en"}
    assert _audit(rs_id, lines, strict=False, **options) == _audit(rs_id, lines, strict=True, **options)
    assert fast[1].by_type.get("leave", 0) > 1000


@pytest.mark.parametrize("rs_id", RULESETS)
def test_leave_lengths_of_one_bound_share_a_situation_and_lengths_the_rules_tell_apart_do_not(rs_id: str) -> None:
    """Two lengths of one key (`engine._leave_length`) give requests of one `attendance.leave_plan_key`, for every
    role and kind (else the memo would be wrong); and the key tells apart every class of lengths the rules do (so it
    remembers more than the length in days did, and no less than the rules read)."""
    rs = rulesets.load(rs_id)
    run = audit_lines(rs, [])
    breaks = attendance.leave_length_breaks(rs)
    start = date(2025, 3, 3)
    for role in Role:
        for kind in LeaveKind:
            try:
                plan_keys = {
                    n: attendance.leave_plan_key(rs, LeaveRequest(role, kind, start, start + timedelta(days=n - 1)))
                    for n in range(1, max(breaks, default=1) + 3)
                }
            except Exception:  # (a kind that needs a meeting named ...: not a length question)
                continue
            for a, key_a in plan_keys.items():
                for b, key_b in plan_keys.items():
                    days_a = (start, start + timedelta(days=a - 1), None)
                    days_b = (start, start + timedelta(days=b - 1), None)
                    same = engine._leave_length(run, days_a) == engine._leave_length(run, days_b)
                    if same:
                        assert key_a == key_b, (rs_id, role, kind, a, b)
    # lengths the rules tell apart are told apart (a ruleset with bounds of days has more than one class)
    top = max(breaks, default=1) + 3
    lengths = {engine._leave_length(run, (start, start + timedelta(days=n - 1), None)) for n in range(1, top)}
    assert len(lengths) == len(breaks) + 1
    # a leave ending before it starts is none of them
    assert engine._leave_length(run, (start, start - timedelta(days=3), None)) not in lengths


# -- another level's words: remembered per text --


def _strings(value: Any) -> Iterable[str]:
    if type(value) is str:
        yield value
    elif type(value) is list:
        for v in value:
            yield from _strings(v)
    elif type(value) is dict:
        for v in value.values():
            yield from _strings(v)


@pytest.mark.parametrize("rs_id", RULESETS)
def test_another_levels_words_remembered_are_the_words_worked_out_afresh(
    rs_id: str, logs: dict[str, list[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    rs = rulesets.load(rs_id)
    tables = (rs.refused_names(), rs.refused_issuers(), rs.refused_leave_kinds())
    remembered = engine._Refused(*tables, {})
    words = {"县长", " 县长 ", "县长同志", "市长", "市人民政府", "区长", "离开东川区", "", "x" * 300}
    words |= {s for line in logs["xifeng-2022"] + logs["xianyang-2013"] for s in _strings(_decoded(line))}
    for word in sorted(words) * 2:  # (the second time from the memo)
        for table in tables:
            afresh = engine._other_level_value(word, table, engine._Refused(*tables, {}))
            assert engine._other_level_value(word, table, remembered) == afresh, (word, rs_id)
    # past the memo's bound: emptied, and still the same findings
    monkeypatch.setattr(engine, "_REFUSED_WORDS", 3)
    assert _audit(rs_id, logs[rs_id], strict=False) == _audit(rs_id, logs[rs_id], strict=True)


def _decoded(line: bytes) -> Any:
    try:
        return json.loads(line)
    except ValueError:
        return None


# -- agenda items and absences: built by generated builders --


_AGENDA = [
    {"title": "议题"},
    {"title": "议题", "materials_submitted_on": "2025-03-01", "reporting_unit": "财政局", "matters": ["人事任免"]},
    {
        "title": "议题",
        "deputy_in_charge_present": False,
        "deputy_written_opinion": True,
        "reporting_head_present": False,
    },
    {"title": "议题", "materials_submitted_on": None, "reporting_unit": None},
    {"title": "议题", "owner": "x"},
    {"title": "议题", "deputy_in_charge_present": 1},
    {"title": "议题", "deputy_in_charge_present": None},
    {"title": "议题", "matters": "人事任免"},
    {"title": "议题", "matters": ["PERSONNEL"]},
    {"title": "议题", "materials_submitted_on": "2025-3-1"},
    {"title": "议题", "materials_submitted_on": "20250301"},
    {"title": 7},
    {"title": ""},
    {},
    "议题",
    None,
]
_ABSENT = [
    {"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-04", "end": "2025-03-04"},
    {"role": "DEPUTY", "kind": "MEETING_ABSENCE", "meeting": "EXECUTIVE", "start": "2025-03-04", "end": "2025-03-05",
     "requested_on": "2025-03-01", "reason": "因公出差", "substitute": True, "party_standing_committee_member": False},
    {"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-04", "end": "2025-03-04",
     "requested_on": None, "reason": None},
    {"role": "副县长", "kind": "不能出席会议", "start": "2025-03-04", "end": "2025-03-04"},
    {"role": "副县长", "kind": "外出", "meeting": "常务会议", "start": "2025-03-04", "end": "2025-03-04"},
    {"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-05", "end": "2025-03-04"},
    {"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-04", "end": "2025-03-04",
     "substitute": None},
    {"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-04", "end": "2025-03-04",
     "substitute": 0},
    {"role": "镇长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-04", "end": "2025-03-04"},
    {"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-04"},
    {"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-04", "end": "2025-03-04",
     "note": "x"},
    "副县长",
]  # fmt: skip


def _meetings(rs_id: str) -> list[bytes]:
    """Meetings with each agenda item and each absence above, alone and together."""
    lines = []
    for i, item in enumerate(_AGENDA):
        for j, absence in enumerate([None, *_ABSENT]):
            record: dict[str, Any] = {"type": "meeting", "id": f"m{i}-{j}", "kind": "常务会议", "date": "2025-03-04",
                                      "presided_by": "县长", "agenda": [item, {"title": "二"}]}  # fmt: skip
            if absence is not None:
                record["absent"] = [absence]
            lines.append(json.dumps(record, ensure_ascii=False).encode() + b"\n")
    return in_words_of(lines, _level(rs_id))


@pytest.mark.parametrize("rs_id", RULESETS)
def test_meetings_with_agenda_items_and_absences_of_every_spelling_give_the_same_findings_fast_and_strict(
    rs_id: str,
) -> None:
    lines = _meetings(rs_id)
    fast = _audit(rs_id, lines, strict=False)
    assert fast == _audit(rs_id, lines, strict=True)
    assert fast[1].checked > 20 and fast[1].invalid > 20


@pytest.mark.parametrize("cls", [AgendaItem, LeaveRequest])
def test_the_generated_builders_build_what_the_strict_converter_reads(cls: type) -> None:
    """Where a generated builder takes an object, the strict converter reads it alike; where it does not, it
    raises (and the record is read by the strict converter, which says what is wrong)."""
    build = records._nested_builder(cls)
    objects = _AGENDA if cls is AgendaItem else _ABSENT
    taken = 0
    for value in objects:
        try:
            built = build(value)
        except Exception:
            continue
        taken += 1
        assert built == records.converter.structure(value, cls)
    assert taken >= 3


# -- the command line: every format, byte for byte --


def _cli(tmp_path: Path, rs_id: str, lines: list[bytes], fmt: str, *options: str) -> tuple[int, bytes]:
    log = tmp_path / "log.jsonl"
    log.write_bytes(b"".join(lines))
    out = tmp_path / f"report.{fmt}"
    code = main(["audit", rs_id, str(log), "--format", fmt, "-o", str(out), "--quiet", *options])
    data = out.read_bytes()
    if fmt == "html":  # (the time the report was made)
        data = re.sub(rb"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d)?[^<\"]*", b"T", data)
    return code, data


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "html"])
@pytest.mark.parametrize("rs_id", ["xianyang-2013", "xifeng-2022", "district-xx"])
def test_the_command_line_writes_the_same_report_fast_and_strict(
    rs_id: str, fmt: str, logs: dict[str, list[bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = logs[rs_id][:1200] + _leave_lines(rs_id, 3)[:300] + _meetings(rs_id)[:60]
    fast = _cli(tmp_path, rs_id, lines, fmt)
    with pytest.MonkeyPatch.context() as mp:
        _strict(mp)
        strict = _cli(tmp_path, rs_id, lines, fmt)
    assert fast == strict
    assert fast[0] == 1 and len(fast[1]) > 10_000
    capsys.readouterr()
