"""Audit invariants (Hypothesis): valid logs read cleanly, every corruption is reported on its line,
and nothing is lost: read = checked + invalid. Issue 12: random mutations of valid logs and any
JSON values as records; no exception escapes, and no year is guessed."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrules import rulesets, strategies
from govrules.audit import INVALID, LOG_RULES, audit, audit_lines
from govrules.audit.records import parse_record, read_record
from govrules.audit.report import csv_rows, html_report, json_lines, text_report
from govrules.model import converter
from govrules.workdays import china

IDS = rulesets.available()
days = st.dates(min_value=date(2005, 1, 1), max_value=date(2026, 6, 30))


@st.composite
def records(draw: st.DrawFn) -> dict[str, object]:
    """Any record of the DESIGN.md format, valid by construction in every ruleset (roles by member name or by a
    label of no level: 县长 is another level's name in 咸阳's log, refused there)."""
    kind = draw(st.sampled_from(["document", "countersign", "request", "meeting", "leave"]))
    rid = draw(st.text("abcdef0123456789", min_size=1, max_size=8))
    if kind == "document":
        doc = converter.unstructure(draw(strategies.documents()))
        signed = draw(days)
        printed = signed + timedelta(days=draw(st.integers(0, 9)))
        doc.update(
            signed_by=draw(st.sampled_from(["HEAD", "DEPUTY", "市（县、区）长", "OFFICE_DIRECTOR"])),
            reviewed_by=draw(st.lists(st.sampled_from(["DEPUTY", "秘书长", "OFFICE_DIRECTOR"]), max_size=2)),
            signed_on=signed.isoformat(),
            printed_on=printed.isoformat(),
        )
        return {"type": "document", "id": rid, **doc}
    if kind in ("countersign", "request"):
        asked = draw(days)
        replied = draw(st.none() | st.integers(0, 30).map(lambda n: (asked + timedelta(days=n)).isoformat()))
        key = "requested_on" if kind == "countersign" else "received_on"
        return {"type": kind, "id": rid, key: asked.isoformat(), "replied_on": replied}
    if kind == "meeting":
        m = converter.unstructure(draw(strategies.meetings()))
        m.pop("convened_by", None)
        return {"type": "meeting", "id": rid, **m}
    leave = converter.unstructure(draw(strategies.leave_requests()))
    leave.update(
        approved_by=draw(st.lists(st.sampled_from(["HEAD", "DEPUTY", "市（县、区）长"]), max_size=2)),
        notified=draw(st.lists(st.sampled_from(["PARTY_COMMITTEE", "GOVERNMENT_OFFICE"]), max_size=2)),
    )
    return {"type": "leave", "id": rid, **leave}


@pytest.mark.parametrize("rid", IDS)
@settings(max_examples=60, deadline=None)
@given(log=st.lists(records(), max_size=12))
def test_valid_logs_have_no_invalid_records(rid: str, log: list[dict[str, object]]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in log]
    run = audit_lines(rulesets.load(rid), lines)
    found = list(run)
    assert [f for f in found if f.rule == INVALID] == []
    s = run.summary
    assert s.read == len(log) == s.checked + s.invalid
    assert all(f.citation is not None and f.citation.ruleset == rid for f in found)


def _corrupt(line: str, how: int) -> str | bytes:
    if how == 0:
        return line[:-1]  # truncated JSON
    if how == 1:
        return "[" + line + "]"  # not an object
    if how == 2:
        return line.replace('"type": "', '"type": "x', 1)  # unknown type
    if how == 3:
        obj = json.loads(line)
        obj.pop("id")
        obj["type"] = {"document": "document", "countersign": "countersign"}.get(str(obj["type"]), obj["type"])
        return json.dumps(obj)  # missing the id
    if how == 4:
        # an empty id (a key the schema does not name is kept with the record, not a corruption)
        return json.dumps({**json.loads(line), "id": "", "extra_field": 1}, ensure_ascii=False)
    if how == 5:
        return json.dumps({**json.loads(line), "type": "countersign", "requested_on": "2025-02-30"})
    if how == 6:
        return json.dumps({"type": "request", "id": "z", "received_on": 10**30})  # a huge number for a date
    return ('{"type": "request", "id": "g", "received_on": "2025-03-03", "note": "请示"}').encode("gbk")


@pytest.mark.parametrize("rid", ["xifeng-2022", "kongtong-2016"])
@settings(max_examples=60, deadline=None)
@given(log=st.lists(records(), min_size=1, max_size=10), data=st.data())
def test_corruptions_are_reported_on_their_line(rid: str, log: list[dict[str, object]], data: st.DataObject) -> None:
    lines: list[str | bytes] = [json.dumps(r, ensure_ascii=False) for r in log]
    bad = data.draw(st.sets(st.integers(0, len(lines) - 1), min_size=1))
    for i in bad:
        lines[i] = _corrupt(str(lines[i]), data.draw(st.integers(0, 7)))
    lines.insert(data.draw(st.integers(0, len(lines))), "   ")  # a blank line: skipped, not counted
    run = audit_lines(rulesets.load(rid), lines)
    found = list(run)
    invalid_lines = sorted(f.line for f in found if f.rule == INVALID)
    expected = sorted(n for n, line in enumerate(lines, 1) if line != "   " and _index(lines, n, bad, log))
    assert invalid_lines == expected
    s = run.summary
    assert s.read == len(log) == s.checked + s.invalid
    assert s.invalid == len(bad)


def _index(lines: list[str | bytes], n: int, bad: set[int], log: list[dict[str, object]]) -> bool:
    """Whether line n (1-based, after the blank line was inserted) holds a corrupted record."""
    blank = lines.index("   ") + 1
    original = n - 1 if n < blank else n - 2
    return original in bad


def _shift(value: object, days: int) -> object:
    """The same record with every date moved by `days`."""
    if isinstance(value, dict):
        return {k: _shift(v, days) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, days) for v in value]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value


@pytest.mark.parametrize("rid", IDS)
@settings(max_examples=40, deadline=None)
@given(log=st.lists(records(), min_size=1, max_size=8), shift=st.integers(1, 60))
def test_remembered_situations_give_the_same_findings(rid: str, log: list[dict[str, object]], shift: int) -> None:
    """The audit works a situation out once and remembers it on the ruleset (dates left out): every
    record, with its dates moved too, gets exactly the findings a ruleset remembering nothing gives."""
    rs = rulesets.load(rid)
    lines = [json.dumps(r, ensure_ascii=False) for r in log] + [json.dumps(_shift(r, shift)) for r in log]
    warm_run = audit_lines(rs, lines)
    warm = list(warm_run)
    cold: list[object] = []
    unchecked: Counter[str] = Counter()
    for n, line in enumerate(lines, 1):
        run = audit_lines(rs.evolve(), [line])  # a copy: nothing remembered
        cold.extend(attrs.evolve(f, line=n) for f in run)
        unchecked.update(run.summary.unchecked)
    # (how often meetings were held is a check of the whole log, not of a record: left out here)
    assert [f for f in warm if f.rule not in LOG_RULES] == cold
    assert {k: n for k, n in warm_run.summary.unchecked.items() if not k.startswith("meeting_rhythm")} == {
        k: n for k, n in unchecked.items() if not k.startswith("meeting_rhythm")
    }


@settings(max_examples=200, deadline=None)
@given(record=records())
def test_lean_reader_agrees_with_the_detailed_one(record: dict[str, object]) -> None:
    """`read_record` (lean hooks, the audit's way in) and `parse_record` (cattrs' detailed
    validation) read every valid record to the same object."""
    assert read_record(record) == parse_record(record)[0]


# -- issue 12: hostile and careless input ----------------------------------------------------------

COVERED = frozenset(china().years)
uncovered_dates = st.dates(max_value=date(min(COVERED) - 1, 12, 31)) | st.dates(min_value=date(max(COVERED) + 1, 1, 1))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
hostile_text = st.lists(
    st.characters(codec="utf-8") | st.sampled_from(["\x1b[2J", "\n", "\r", "\u202e", "=", "\ud800", "\udfff"]),
    max_size=8,
).map("".join)


def _is_date(value: object) -> bool:
    return isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-"


@st.composite
def mutated_logs(draw: st.DrawFn) -> tuple[list[str | bytes], set[int]]:
    """A valid log with some of its lines mutated; the 1-based lines that must be invalid records."""
    log = draw(st.lists(records(), min_size=1, max_size=8))
    lines: list[str | bytes] = []
    must_be_invalid: set[int] = set()
    for n, record in enumerate(log, 1):
        how = draw(st.integers(0, 9))
        keys = [k for k in record if k != "type"]
        dated = [k for k in keys if _is_date(record[k])]
        if how == 0 and dated:  # a date outside the calendar, even where no working day is counted
            record = {**record, draw(st.sampled_from(dated)): draw(uncovered_dates).isoformat()}
            must_be_invalid.add(n)
        elif how == 1 and keys:  # any JSON value in any field
            record = {**record, draw(st.sampled_from(keys)): draw(json_values)}
        elif how == 2 and keys:  # a field left out
            record = {k: v for k, v in record.items() if k != draw(st.sampled_from(keys))}
        elif how == 3:  # an id made of control characters, escapes, surrogates, formula starts
            record = {**record, "id": draw(hostile_text) or "x"}
        elif how == 4:  # a key given twice
            text = json.dumps(record, ensure_ascii=False)
            lines.append('{"type": "x", ' + text[1:])
            must_be_invalid.add(n)
            continue
        elif how == 5:  # cut short
            text = json.dumps(record, ensure_ascii=False)
            lines.append(text[: draw(st.integers(0, max(0, len(text) - 2)))] or "{")
            must_be_invalid.add(n)
            continue
        elif how == 6:  # bytes that are no text
            lines.append(draw(st.binary(min_size=1, max_size=40)).replace(b"\n", b" ").replace(b"\r", b" ") or b"\xff")
            continue
        elif how == 7:  # any JSON at all
            lines.append(json.dumps(draw(json_values)))
            continue
        lines.append(json.dumps(record, ensure_ascii=draw(st.booleans())))
    return lines, must_be_invalid


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rid=st.sampled_from(IDS), case=mutated_logs(), as_of=st.none() | st.dates(date(2005, 1, 1), date(2026, 12, 31)))
def test_mutated_logs_lose_nothing_and_guess_no_year(
    rid: str, case: tuple[list[str | bytes], set[int]], as_of: date | None
) -> None:
    lines, must_be_invalid = case
    rs = rulesets.load(rid)
    run = audit_lines(rs, lines, as_of=as_of)
    found = list(run)  # no exception escapes
    s = run.summary
    assert s.read == s.checked + s.invalid
    assert s.invalid == sum(1 for f in found if f.rule == INVALID)
    invalid_lines = {f.line for f in found if f.rule == INVALID}
    assert must_be_invalid <= invalid_lines
    # every report renders, and the people's reports are valid UTF-8 whatever the ids held
    text_report(rs, found, s).encode("utf-8")
    html_report(rs, found, s).encode("utf-8")
    assert all("\x1b" not in line for line in text_report(rs, found, s).splitlines())
    list(json_lines(found))
    for row in csv_rows(found, header=False):
        assert not row.startswith(("=", "+", "-", "@"))


@settings(max_examples=60, deadline=None)
@given(rid=st.sampled_from(IDS), raw=st.lists(json_values, max_size=6))
def test_any_json_values_as_records(rid: str, raw: list[object]) -> None:
    run = audit(rulesets.load(rid), raw)
    list(run)
    s = run.summary
    assert s.read == len(raw) == s.checked + s.invalid


def _cell(value: object) -> str:
    """A record's value as an office export writes it in a cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        if not value:
            return "无"
        if all(isinstance(v, str) for v in value):
            return "、".join(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@pytest.mark.parametrize("rid", ["xifeng-2022", "dongchuan-2024"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(log=st.lists(records(), min_size=1, max_size=10), labels=st.booleans())
def test_a_log_as_a_csv_sheet_gives_the_findings_of_its_json_lines(
    rid: str, log: list[dict[str, object]], labels: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Issue 14: the same records as a spreadsheet (CSV: headers by identifier or Chinese label, lists
    joined by 、, objects as JSON) and as JSON Lines give the same findings, and read = checked + invalid."""
    import csv

    from govrules.audit.records import FIELD_LABELS
    from govrules.audit.sheet import audit_sheet

    rs = rulesets.load(rid)
    lines = [json.dumps(r, ensure_ascii=False) for r in log]
    want = [(f.record_id, f.line, f.rule, f.message) for f in audit_lines(rs, lines)]
    fields: list[str] = []
    for r in log:
        fields += [k for k in r if k not in fields]
    path = tmp_path_factory.mktemp("sheet") / "log.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([FIELD_LABELS[k] if labels else k for k in fields])
        w.writerows([_cell(r.get(k)) for k in fields] for r in log)
    run = audit_sheet(rs, path)
    got = [(f.record_id, None if f.line is None else f.line - 1, f.rule, f.message) for f in run]
    assert got == want
    s = run.summary
    assert s.read == len(log) == s.checked + s.invalid
