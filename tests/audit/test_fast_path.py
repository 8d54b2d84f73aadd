"""The audit's fast path (orjson or the C scanner, a builder made for each record type) finds exactly
what the strict path (the standard library's checking decoder, the cattrs converter) finds."""

from __future__ import annotations

import functools
import importlib.util
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from _varied import varied_lines, varied_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrules import rulesets
from govrules.audit import INVALID, audit_lines, engine, fastjson, records
from govrules.audit.engine import Finding, Summary
from govrules.errors import InvalidInput

RS = "xifeng-2022"


@pytest.fixture(scope="module")
def varied_log(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """The benchmark's varied log (every record type, dates across two years, people drawn at random)."""
    return varied_lines(tmp_path_factory.mktemp("log"), 6000, seed=5)


def _never(_: object) -> None:
    return None


#: How many lines the fast reader read, and how many records the fast builder built, in the last `_run`.
FAST_HITS: dict[str, int] = {}


def _counted(name: str, fn: Any) -> Any:
    def counting(*args: Any, **kwargs: Any) -> Any:
        out = fn(*args, **kwargs)
        if out is not None:
            FAST_HITS[name] += 1
        return out

    return counting


def _run(lines: list[bytes], *, strict: bool, library: str = "json", lang: str = "zh") -> tuple[list[Finding], Summary]:
    """Audit the lines, through the fast path or only the strict one, reading JSON with `library`
    (`FAST_HITS` counts what the fast path took)."""
    saved = (engine.fast_record, engine.plain_record, engine.read_record, engine.split_record)
    FAST_HITS.update(read=0, built=0, split=0)
    try:
        read = functools.partial(fastjson.fast_record, codec=fastjson.codec(library))
        engine.fast_record = _counted("read", read)
        engine.plain_record = _counted("built", saved[1])
        engine.split_record = _counted("split", saved[3])
        if strict:
            engine.fast_record = _never  # type: ignore[assignment]
            engine.plain_record = _never  # type: ignore[assignment]
            engine.split_record = _never  # type: ignore[assignment]
            engine.read_record = records.strict_record
        found, summary = audit_lines(rulesets.load(RS).evolve(), lines, lang=lang).run()
    finally:
        engine.fast_record, engine.plain_record, engine.read_record, engine.split_record = saved
    return found, summary


def test_the_varied_log_gives_the_same_findings_fast_and_strict(varied_log: list[bytes]) -> None:
    fast, fast_summary = _run(varied_log, strict=False)
    # the fast path did the work: most lines read by it, most records built by it
    assert FAST_HITS["read"] >= 0.9 * fast_summary.read, FAST_HITS
    assert FAST_HITS["split"] >= 0.9 * fast_summary.checked, FAST_HITS
    strict, strict_summary = _run(varied_log, strict=True)
    assert FAST_HITS == {"read": 0, "built": 0, "split": 0}
    assert fast == strict
    assert fast_summary == strict_summary
    # the log has something of everything: breaches, invalid lines, every record type checked
    assert fast_summary.invalid > 0 and fast_summary.breaches > 0
    assert set(fast_summary.by_type) == set(records.RECORD_TYPES)


def test_orjson_and_the_standard_library_read_the_same(varied_log: list[bytes]) -> None:
    pytest.importorskip("orjson")
    with_orjson = _run(varied_log, strict=False, library="orjson")
    with_json = _run(varied_log, strict=False, library="json")
    assert with_orjson == with_json


def test_orjson_is_the_default_where_it_is_installed() -> None:
    expected = "orjson" if importlib.util.find_spec("orjson") else "json"
    assert fastjson.DEFAULT.name == fastjson.JSON_LIBRARY == expected


def test_the_fallback_is_the_standard_library() -> None:
    std = fastjson.codec("json")
    assert std is fastjson.STANDARD and std.name == "json"
    assert fastjson.dumps({"a": "中", "b": [1, None]}, std) == '{"a":"中","b":[1,null]}'
    assert fastjson.fast_record(b'{"a": 1}', std) == {"a": 1}
    assert fastjson.DEFAULT.name == fastjson.JSON_LIBRARY
    with pytest.raises(ValueError, match="unknown JSON library"):
        fastjson.codec("simdjson")


@pytest.mark.parametrize("library", ["json", "orjson"])
def test_lines_the_fast_reader_leaves_to_the_strict_one(library: str) -> None:
    if library == "orjson":
        pytest.importorskip("orjson")
    codec = fastjson.codec(library)
    for line in [
        b'{"a": 1, "a": 2}',  # a key twice: which one is meant is a guess
        b'{"a": {"b": 1, "b": 1}}',
        b'{"a": [{"b": 1, "b": 2}]}',
        b'{"a": 1.5}',
        b'{"a": NaN}',
        b"[1, 2]",
        b'"text"',
        b"\xef\xbb\xbf{}",
        b"{not json",
        b'{"a": "\xff"}',
    ]:
        assert fastjson.fast_record(line, codec) is None, line
    # orjson refuses a lone surrogate; the standard library reads it, as the strict reader does
    lone = fastjson.fast_record(b'{"a": "\\ud800"}', codec)
    assert lone is None if library == "orjson" else lone == {"a": "\ud800"}
    # orjson reads a whole number beyond 64 bits as a float; the standard library as it is
    big = fastjson.fast_record(b'{"a": 18446744073709551616}', codec)
    assert big is None if library == "orjson" else big == {"a": 2**64}
    # a colon inside a text: left to the strict reader too (it cannot tell it from a repeated key)
    assert fastjson.fast_record(b'{"a": "12:00"}', codec) is None
    assert fastjson.fast_record(b' {"a": [1, {"b": true}], "c": null} ', codec) == {"a": [1, {"b": True}], "c": None}


# -- random and hostile records: both paths agree, and nothing is lost --

_TYPES = [*records.RECORD_TYPES, "other", 1, None]
_FIELDS = sorted({a.name for cls in records.RECORD_TYPES.values() for a in cls.__attrs_attrs__})  # type: ignore[attr-defined]
_WORDS = ["县长", "副县长", "HEAD", "DEPUTY", " 县长 ", "县长（", "通知", "NOTICE", "政府", "常务会议", "外出", "出访",
          "因公出差", "审核", "2025-03-03", "2025-02-30", "2025-3-3", "2030-01-01", "20250303", "", "x", "12:00",
          "countersign_reply", "minutes_issue", "supervision_simple", "major_revision"]  # fmt: skip
_NESTED_KEYS = ["role", "act", "kind", "title", "start", "end", "materials_submitted_on"]
_SCALARS = st.one_of(
    st.sampled_from(_WORDS),
    st.none(),
    st.booleans(),
    st.integers(-5, 2000),
    st.sampled_from([2**64, 1.5, -0.0]),
    st.text(max_size=6),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["role", "act", "kind", "title", "start", "end", "materials_submitted_on"]),
            inner,
            max_size=3,
        ),
    ),
    max_leaves=6,
)
_RECORDS = st.builds(
    lambda kind, body, rid: {"type": kind, **({"id": rid} if rid is not None else {}), **body},
    st.sampled_from(_TYPES),
    st.dictionaries(st.sampled_from([*_FIELDS, "标题", "type"]), _VALUES, max_size=8),
    st.one_of(st.none(), st.sampled_from(["r1", "", "r2"]), st.integers(0, 3)),
)


def _lines(draw_records: list[dict[str, Any]], garbage: list[bytes]) -> Iterator[bytes]:
    for r in draw_records:
        yield json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"
    yield from garbage


_GARBAGE = [
    b'{"type": "request", "id": "d", "id": "e", "received_on": "2025-03-03"}',
    b'{"type": "request", "id": "d", "received_on": "2025-03-03", "x": NaN}',
    b"\r\n",
    b"  ",
    b'{"type": "request"}\r{"id": 1}',
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_RECORDS, max_size=8),
    st.lists(
        st.one_of(
            st.binary(max_size=20),
            st.sampled_from(
                [
                    b'{"type": "request", "id": "d", "id": "e", "received_on": "2025-03-03"}',
                    b'{"type": "request", "id": "d", "received_on": "2025-03-03", "x": NaN}',
                    b"\r\n",
                    b"  ",
                    b'{"type": "request"}\r{"id": 1}',
                ]
            ),
        ),
        max_size=3,
    ),
)
def test_random_records_are_read_alike_and_none_is_lost(recs: list[dict[str, Any]], garbage: list[bytes]) -> None:
    lines = list(_lines(recs, garbage))
    fast, fast_summary = _run(lines, strict=False)
    strict, strict_summary = _run(lines, strict=True)
    assert fast == strict
    assert fast_summary == strict_summary
    s = fast_summary
    assert s.read == s.checked + s.invalid
    assert s.invalid == sum(1 for f in fast if f.rule == INVALID)
    # every record given is either checked or reported invalid
    assert s.read >= len(recs)


# -- records checked without being built: a situation seen before, told apart from one that only looks alike --

#: A record of each type and shape, to be given again with one field changed.
_BASES = [r for r in varied_records(400, seed=11) if r["type"] != "meeting" or not ({"agenda", "absent"} & r.keys())]
_BASES = [next(r for r in _BASES if r["type"] == kind) for kind in ("document", "countersign", "request", "meeting",
          "leave", "deadline")] + _BASES[:30]  # fmt: skip
#: Fields to change, and values to change them to, most of them not in the field's exact spelling, or not
#: valid: True for 1 and 1 for True, null for a field left out, a text for a list, impossible or unreadable
#: dates, another id, a field of no record type.
_FIELD = st.sampled_from(
    ["id", "major_revision", "substitute", "party_standing_committee_member", "assistants", "matters", "non_voting",
     "absent", "agenda", "authorizations", "truth", "attendees", "department", "reviewed_by", "approved_by",
     "notified", "signed_on", "printed_on", "published_on", "meeting_date", "start", "end", "requested_on",
     "replied_on", "received_on", "anchor", "done_on", "date", "minutes_issued_on", "variant", "rule", "kind",
     "meeting", "presided_by", "signed_by", "标题", "type"]
)  # fmt: skip
_VALUE = st.sampled_from(
    [True, False, 1, 0, 2, -1, None, "true", "2", "", "x", "r-other", [], [1], ["x"], [{}], [True], "县长", "副县长",
     ["县长"], ["县长", "县长"], [{"role": "副县长"}], ["政府办公室"], "办公室", "2025-02-30", 20250303, "20250303",
     "2025-03-03", "2024-01-01", "2031-06-01", "1999-12-31", "major_revision", "urgent", "printing", "纪要", "NOTICE",
     "不能出席会议", "专题会议", "request"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(range(len(_BASES))),
            st.lists(st.tuples(_FIELD, st.lists(_VALUE, min_size=1, max_size=3)), min_size=1, max_size=2),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_records_alike_but_for_a_field_are_checked_as_if_built(
    picks: list[tuple[int, list[tuple[str, list[Any]]]]],
) -> None:
    # a record given as it is, then with a field given each of several values (True, then 1 ...): a record is
    # checked from what an earlier one's situation got only if it reads alike in every field but its id and dates
    recs: list[dict[str, Any]] = []
    for i, changes in picks:
        base = _BASES[i]
        recs.append(base)
        for field, values in changes:
            recs += [{**base, field: v} for v in values]
    lines = list(_lines(recs, []))
    fast, fast_summary = _run(lines, strict=False)
    strict, strict_summary = _run(lines, strict=True)
    assert fast == strict
    assert fast_summary == strict_summary


#: Values Python holds equal (or a situation could confuse) that a record does not: (field, first, second).
_LOOK_ALIKE = (
    [
        (field, a, b)
        for field in ("major_revision", "substitute", "party_standing_committee_member")
        for a, b in ((True, 1), (False, 0), (1, True), (False, None))
    ]
    + [("assistants", a, b) for a, b in ((1, True), (0, False), (True, 1), (0, None))]
    + [
        (field, a, b)
        for field in ("matters", "non_voting", "absent", "agenda", "authorizations", "truth", "reviewed_by", "notified")
        for a, b in ((..., None), ([], None), (["县长"], "县长"), ([], {}))
    ]
    + [("department", None, 1), ("signed_by", "县长", ["县长"]), ("id", "x", "")]
)


@pytest.mark.parametrize(("field", "first", "second"), _LOOK_ALIKE)
def test_values_python_holds_equal_are_told_apart(field: str, first: Any, second: Any) -> None:
    # each base record with the field given `first` (... : left out), then `second`, then `first` again: the
    # second is never checked from what the first's situation got, unless a record reads it alike
    recs = []
    for n, base in enumerate(_BASES[:6]):
        for k, value in enumerate((first, second, first)):
            rec = {**base, "id": f"b{n}-{k}"}
            if value is ...:
                rec.pop(field, None)
            else:
                rec[field] = value
            recs.append(rec)
    lines = list(_lines(recs, []))
    fast, fast_summary = _run(lines, strict=False)
    strict, strict_summary = _run(lines, strict=True)
    assert fast == strict
    assert fast_summary == strict_summary


def test_a_log_of_nothing_but_new_situations_stops_being_split(monkeypatch: pytest.MonkeyPatch) -> None:
    # at most _SITUATIONS remembered: when full and no more used than filled, records are built as before
    monkeypatch.setattr(engine, "_SITUATIONS", 40)
    doc = {"type": "document", "kind": "通知", "issuer": "政府", "signed_by": "县长", "reviewed_by": ["副县长"],
           "signed_on": "2025-03-03", "printed_on": "2025-03-12"}  # fmt: skip
    new = [{**doc, "id": f"n{i}", "seal": f"印章{i}"} for i in range(100)]  # every one a situation of its own
    again = [{**doc, "id": f"a{i}", "seal": "印章1"} for i in range(20)]
    lines = list(_lines(new + again, []))
    run = audit_lines(rulesets.load(RS).evolve(), lines)
    found = list(run)
    assert not run._splitting and run._situations == {}
    strict, strict_summary = _run(lines, strict=True)
    assert found == strict and run.summary == strict_summary
    # a log of repeated situations goes on being split past the bound
    run = audit_lines(rulesets.load(RS).evolve(), list(_lines(again * 3 + new[:50] + again, [])))
    list(run)
    assert run._splitting


# -- a list of more than MAX_ITEMS items: refused by every path (found by a reviewer; older than `_unbuilt`) --

_REQUEST = {"type": "request", "id": "q1", "received_on": "2025-03-03", "replied_on": "2025-03-04"}
_MEETING = {"type": "meeting", "id": "m1", "kind": "常务会议", "date": "2025-02-03", "presided_by": "县长"}
_TOO_MANY = records.MAX_ITEMS + 1


def _alike(recs: list[dict[str, Any]]) -> list[Finding]:
    lines = list(_lines(recs, []))
    fast, fast_summary = _run(lines, strict=False)
    strict, strict_summary = _run(lines, strict=True)
    assert fast == strict
    assert fast_summary == strict_summary
    return fast


@pytest.mark.parametrize(
    "record",
    [
        {**_REQUEST, "truth": ["x"] * _TOO_MANY},
        {**_MEETING, "attendees": ["县长"] * _TOO_MANY},
        {
            **_MEETING,
            "absent": [
                {
                    "role": "副县长",
                    "kind": "不能出席会议",
                    "meeting": "常务会议",
                    "start": "2025-02-03",
                    "end": "2025-02-03",
                }
            ]
            * _TOO_MANY,
        },
        {**_MEETING, "agenda": [{"title": "议题", "matters": ["资金"] * _TOO_MANY}]},  # (a list in a nested object)
        {
            "type": "document",
            "id": "d1",
            "kind": "报告",
            "issuer": "政府办公室",
            "signed_by": "副县长",
            "reviewed_by": ["政府办公室副主任"] * _TOO_MANY,
            "signed_on": "2025-01-09",
        },
    ],
    ids=["truth", "attendees", "absent", "agenda-matters", "reviewed_by"],
)
def test_a_list_of_too_many_items_is_refused_by_every_path(record: dict[str, Any]) -> None:
    # given alone, and after a record of the same situation (checked without being built) with one item fewer
    fewer = {k: v[: records.MAX_ITEMS] if isinstance(v, list) and len(v) == _TOO_MANY else v for k, v in record.items()}
    for recs in ([record], [{**fewer, "id": "first"}, record]):
        found = _alike(recs)
        assert [f.rule for f in found if f.record_id == record["id"]] == [INVALID]
        assert f"{_TOO_MANY}项" in next(f.message for f in found if f.record_id == record["id"])


def test_a_spreadsheet_cell_of_too_many_items_is_refused_by_every_path() -> None:
    from govrules.audit.sheet import read_csv

    text = "type,id,kind,date,presided_by,attendees\nmeeting,m1,常务会议,2025-02-03,县长," + "、".join(
        ["县长"] * _TOO_MANY
    )

    def audited(strict: bool) -> tuple[list[Finding], Summary]:
        saved = (engine.plain_record, engine.read_record, engine.split_record)
        try:
            if strict:
                engine.plain_record = engine.split_record = _never  # type: ignore[assignment]
                engine.read_record = records.strict_record
            return engine.AuditRun(rulesets.load(RS).evolve(), read_csv(io.BytesIO(text.encode()))).run()
        finally:
            engine.plain_record, engine.read_record, engine.split_record = saved

    fast, strict = audited(False), audited(True)
    assert [f.rule for f in strict[0]] == [INVALID]
    assert fast == strict


# -- the reasons, in Chinese and in English --

BAD = [
    '{"type": "document", "kind": "通知", "issuer": "GOVERNMENT"}'.encode(),
    '{"type": "document", "id": "d", "kind": "NOTICE", "issuer": "GOVERNMENT", "signed_by": "镇长"}'.encode(),
    b'{"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-02-30", "presided_by": "HEAD"}',
    b'{"type": "memo", "id": "x"}',
    b"{not json",
]


def test_reasons_are_chinese_by_default() -> None:
    found, _ = _run(BAD, strict=False)
    messages = [f.message for f in found if f.rule == INVALID]
    assert len(messages) == len(BAD)
    missing, role, day, kind, not_json = messages
    assert missing.startswith("无法读取：") and "缺少必填字段" in missing and "$.id" in missing and "编号" in missing
    # the roles listed are the text's own (西丰's 分管副县长), as the command line lists them (s10-words)
    assert "无法识别的职务“镇长”" in role and "分管副县长" in role and "$.signed_by" in role
    assert "2月没有30日" in day and "2025-02-30" in day and "$.date" in day
    assert "未知的记录类型" in kind and "'memo'" in kind and "countersign" in kind
    assert "不是有效的JSON" in not_json and "第2个字符处" in not_json


def test_reasons_are_english_with_lang_en() -> None:
    found, _ = _run(BAD, strict=False, lang="en")
    messages = [f.message for f in found if f.rule == INVALID]
    missing, role, day, kind, not_json = messages
    assert missing == "unreadable: required field missing @ $.id"
    assert "unknown role '镇长'" in role and "@ $.signed_by" in role
    assert "not a date" in day and "2025-02-30" in day
    assert "unknown record type 'memo'" in kind
    assert "not valid JSON" in not_json
    assert not any("无法读取" in m for m in messages)


def test_a_language_the_audit_has_not_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"lang is 'zh' or 'en'; got 'fr'"):
        audit_lines(rulesets.load(RS), [], lang="fr")


def test_the_command_line_gives_the_reasons_in_its_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govrules.cli import main

    log = tmp_path / "log.jsonl"
    log.write_bytes(b"\n".join(BAD) + b"\n")
    assert main(["audit", RS, str(log)]) == 2
    out = capsys.readouterr().out
    assert "字段id（编号）：缺少必填字段 @ $.id" in out and "required field" not in out
    assert main(["audit", RS, str(log), "--lang", "en"]) == 2
    out = capsys.readouterr().out
    assert "unreadable: required field missing @ $.id" in out and "缺少必填字段" not in out


def test_a_situation_first_met_with_unnamed_fields_is_remembered_for_its_records() -> None:
    # a document with 标题 first, then records of its situation with and without it: each after the first is
    # checked from its situation (not built), and all find what the strict path finds, 标题 carried where given
    base = {"type": "document", "kind": "通知", "issuer": "政府", "signed_by": "办公室主任", "reviewed_by": ["秘书长"],
            "signed_on": "2025-03-03", "printed_on": "2025-03-20"}  # fmt: skip
    recs = [{**base, "id": "t0", "标题": "关于甲的通知"}, {**base, "id": "t1"}]
    recs.append({**base, "id": "t2", "文号": "〔2025〕2号"})
    recs += [{**base, "id": f"u{i}", "signed_on": f"2025-04-{i + 1:02d}", "printed_on": "2025-05-30"} for i in range(5)]
    lines = list(_lines(recs, []))
    fast, fast_summary = _run(lines, strict=False)
    assert FAST_HITS["built"] == 1, FAST_HITS  # the first record's situation, built once; the rest split
    strict, strict_summary = _run(lines, strict=True)
    assert fast == strict
    assert fast_summary == strict_summary
    assert next(f.extra for f in fast if f.record_id == "t0") == (("标题", "关于甲的通知"),)
    assert {f.record_id for f in fast} >= {"t0", "t1", "t2", "u0"}


_NEAR, _FAR = (date(2025, 3, 1), date(2025, 3, 31)), (date(1990, 1, 1), date(2099, 1, 1))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(engine._DATE_FIELDS, key=lambda c: c.__name__)),
    st.lists(
        st.one_of(st.none(), st.dates(*_NEAR), st.dates(*_FAR)),
        min_size=6,
        max_size=6,
    ),
)
def test_dates_told_plausible_in_one_call_are_those_no_reason_is_given_for(cls: type, days: list[Any]) -> None:
    # `_PLAUSIBLE` (generated) says a record's dates are all in the calendar's years and in order exactly where
    # the reasons' own check (`_impossible_days`, which says which date, and why) finds nothing to say
    n = len(engine._DATE_FIELDS[cls])
    these = tuple(days[:n])
    run = audit_lines(rulesets.load(RS), [])
    years = run._years  # (the calendar's)
    assert engine._PLAUSIBLE[cls](these, years) is (run._impossible_days(cls, these, None) is None)
    # (the reasons' check without the one call, as before it: the same answer)
    saved = engine._PLAUSIBLE
    try:
        engine._PLAUSIBLE = {c: (lambda _d, _y: False) for c in saved}
        assert engine._PLAUSIBLE[cls](these, years) is False
        assert (run._impossible_days(cls, these, None) is None) is saved[cls](these, years)
    finally:
        engine._PLAUSIBLE = saved
