"""The audit's fast paths (issue 17) find, and write, exactly what its strict paths do.

- The engine: the varied log of every one of the five rulesets (written in each one's own names), with hostile
  and odd lines among it, audited through the fast path (orjson, the splitters, the remembered situations) and
  through the strict one alone (the standard library's checking decoder, the cattrs converter, no memo): the
  same findings and the same summary.
- The report writers: the JSON Lines written as bytes (`write_json_lines`) and the CSV rows (`csv_rows`, its
  cells remembered) are, byte for byte, the text the plain writers make (`json_lines`, a cell made safe from
  formulas one by one), for the findings of those logs and for findings of any text (Hypothesis).
- The command line: `govrules audit --format json|csv` writes those rows.

No test here asserts a time.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from _varied import in_words_of, varied_lines, varied_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrules import rulesets
from govrules.audit import audit_lines, engine, records
from govrules.audit import report as rep
from govrules.audit.engine import Finding, Summary, citation_texts
from govrules.cli import main
from govrules.rules import Citation, Ruleset

T = TypeVar("T")

RULESETS = ["xianyang-2013", "xifeng-2022", "dongchuan-2024", "kongtong-2016", "district-xx"]

#: Odd and hostile lines put among the varied log's: what the strict path reads or refuses its own way.
ODD_LINES = [
    b'{"type": "request", "id": "=1+1", "received_on": "2025-03-03", "replied_on": "2025-04-30"}',
    b'{"type": "request", "id": "-2", "received_on": "2025-03-03", "replied_on": "2025-04-30", "\\u6807\\u9898": "@x"}',
    b'{"type": "request", "id": "+3", "received_on": "2025-03-03", "replied_on": "2025-04-30", "t": "\\ud800"}',
    b'{"type": "request", "id": "\\t4", "received_on": "2025-03-03", "replied_on": "2025-04-30", "t": "12:00"}',
    b'{"type": "countersign", "id": "c", "id": "d", "requested_on": "2025-03-03"}',
    b'{"type": "countersign", "id": "e", "requested_on": "2025-03-03", "replied_on": "2025-03-01"}',
    b'{"type": "countersign", "id": "f", "requested_on": "2025-03-03", "replied_on": 1.5}',
    b'{"type": "countersign", "id": "g", "requested_on": "2030-03-03", "replied_on": "2030-05-03"}',
    b'{"type": "request", "id": "h", "received_on": "2025-03-03", "replied_on": null, "x": NaN}',
    b'{"type": "leave", "id": "i", "role": "\\u53bf\\u957f", "kind": "\\u5916\\u51fa", "start": "2025-03-03",'
    b' "end": "2025-03-10", "requested_on": "2025-03-01", "approved_by": [], "notified": []}',
    b'{"type": "document", "id": "j", "kind": "\\u901a\\u77e5", "issuer": "\\u653f\\u5e9c", "signed_by": 7}',
    b'{"type": "document", "id": 8, "kind": "\\u901a\\u77e5", "issuer": "\\u653f\\u5e9c"}',
    b"\xef\xbb\xbf" + b'{"type": "request", "id": "k", "received_on": "2025-03-03", "replied_on": "2025-05-03"}',
    b'{"type": "request", "id": "l", "received_on": "2025-03-03"}\r{"type": "request", "id": "m"}',
    b"\xff\xfe{",
    b"[1, 2]",
    b"   ",
    b"{not json",
]


def _lines_of(rs_id: str, n: int, seed: int, folder: Path) -> list[bytes]:
    """n lines of the varied log in `rs_id`'s own names, the odd lines spread among them."""
    level = rulesets.load(rs_id).government.level.label
    lines = in_words_of(varied_lines(folder, n, seed), level)
    rng = random.Random(seed)
    for odd in ODD_LINES:
        lines.insert(rng.randrange(len(lines) + 1), odd + b"\n")
    return lines


def _never(_: object) -> None:
    return None


def _afresh(_rs: Ruleset, _key: Hashable, compute: Callable[[], T]) -> T:
    return compute()


def _audit(rs_id: str, lines: Iterable[bytes], *, strict: bool, **options: Any) -> tuple[list[Finding], Summary]:
    """The findings and summary of an audit of a fresh ruleset: through the fast path, or through the strict
    one alone (no fast reader, splitter or builder; the strict converter; every decision worked out afresh)."""
    if not strict:
        return audit_lines(rulesets.load(rs_id).evolve(), lines, **options).run()
    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(engine, "fast_record", _never)
        mp.setattr(engine, "plain_record", _never)
        mp.setattr(engine, "split_record", _never)
        mp.setattr(engine, "read_record", records.strict_record)
        mp.setattr(Ruleset, "cached", _afresh)
        return audit_lines(rulesets.load(rs_id).evolve(), lines, **options).run()
    finally:
        mp.undo()


# -- the plain writers, as they were: the reference the fast ones are held to --


def _json_reference(findings: Iterable[Finding]) -> bytes:
    return "".join(row + "\n" for row in rep.json_lines(findings)).encode("utf-8", "backslashreplace")


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def _csv_reference(findings: Iterable[Finding]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rep.CSV_FIELDS)
    for f in findings:
        cited, article = citation_texts(f.citation) if f.citation else (None, None)
        when = f.when.isoformat() if f.when else None
        writer.writerow(
            [
                _cell(f.record_id), f.line, _cell(f.rule), _cell(article), _cell(cited), _cell(f.severity),
                _cell(when), _cell(f.message), _cell(f.source), _cell(f.record_type), f.provisional,
                _cell(rep._extra(f)) if f.extra else "",
            ]
        )  # fmt: skip
    return out.getvalue()


def _json_written(findings: Iterable[Finding], path: Path) -> bytes:
    """What `write_json_lines` writes to a UTF-8 file (as the command line opens its report)."""
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as out:
        out.write("first\n")  # (text written before stays before)
        rep.write_json_lines(findings, out)
        out.write("last\n")
    data = path.read_bytes()
    assert data.startswith(b"first\n") and data.endswith(b"last\n")
    return data[len(b"first\n") : -len(b"last\n")]


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    return {rs_id: _lines_of(rs_id, 2500, 11 + i, tmp_path_factory.mktemp(rs_id)) for i, rs_id in enumerate(RULESETS)}


@pytest.mark.parametrize("rs_id", RULESETS)
def test_the_varied_log_of_each_ruleset_gives_the_same_findings_fast_and_strict(
    rs_id: str, logs: dict[str, list[bytes]]
) -> None:
    fast, fast_summary = _audit(rs_id, logs[rs_id], strict=False)
    strict, strict_summary = _audit(rs_id, logs[rs_id], strict=True)
    assert fast == strict
    assert fast_summary == strict_summary
    # the log has something of everything: breaches, unreadable lines, every record type checked
    assert fast_summary.breaches > 0 and fast_summary.invalid >= len(ODD_LINES) // 2
    assert set(fast_summary.by_type) >= set(records.RECORD_TYPES) - {"deadline"}


@pytest.mark.parametrize("rs_id", ["xifeng-2022", "district-xx"])
def test_as_of_and_english_give_the_same_findings_fast_and_strict(rs_id: str, logs: dict[str, list[bytes]]) -> None:
    options = {"as_of": date(2025, 12, 31), "lang": "en"}
    assert _audit(rs_id, logs[rs_id], strict=False, **options) == _audit(rs_id, logs[rs_id], strict=True, **options)


@pytest.mark.parametrize("rs_id", RULESETS)
def test_the_fast_writers_write_what_the_plain_ones_do(
    rs_id: str, logs: dict[str, list[bytes]], tmp_path: Path
) -> None:
    found, _ = _audit(rs_id, logs[rs_id], strict=False)
    assert _json_written(found, tmp_path / "report.json") == _json_reference(found)
    assert "".join(rep.csv_rows(found)) == _csv_reference(found)


_TEXTS = st.one_of(
    st.none(),
    st.sampled_from(["=SUM(A1)", "+1", "-x", "@a", "\tx", "\rx", "r1", "", "县长", "\ud800", "a\x1bb", "12:00"]),
    st.text(max_size=8),
)
#: No citation (an unreadable record's, a roster's), or one of the texts' (a few of each ruleset's)
_CITATIONS = st.none() | st.sampled_from(
    [
        c
        for rs_id in RULESETS
        for c in list(dict.fromkeys(r.citation for r in rulesets.load(rs_id).rules if r.citation))[:8]
    ]
)


@st.composite
def _findings(draw: st.DrawFn) -> Finding:
    citation: Citation | None = draw(_CITATIONS)
    text = st.text(max_size=8) | st.sampled_from(["=x", "-1", "\ud800", "中文"])
    return Finding(
        draw(_TEXTS),
        draw(st.none() | st.integers(1, 10**6)),
        draw(st.sampled_from(["printing", "invalid_record", "=rule", "leave_request", "-"])),
        citation,
        draw(text),
        draw(st.sampled_from(["error", "warning", "@info"])),
        draw(st.sampled_from(["", "printing", "+source"])),
        draw(st.sampled_from([None, "document", "=kind"])),
        draw(st.none() | st.dates(date(1, 1, 1), date(9999, 12, 31))),
        draw(st.booleans()),
        tuple(draw(st.lists(st.tuples(text, text), max_size=2))),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(found=st.lists(_findings(), max_size=12), repeat=st.integers(0, 2))
def test_findings_of_any_text_are_written_as_the_plain_writers_write_them(
    found: list[Finding], repeat: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    found = found * (1 + repeat * 200)  # (past a batch of rows, and the cells remembered again)
    path = tmp_path_factory.mktemp("w") / "report.json"
    assert _json_written(found, path) == _json_reference(found)
    assert "".join(rep.csv_rows(found)) == _csv_reference(found)
    assert "".join(rep.csv_rows(found, header=False)) == _csv_reference(found).split("\n", 1)[1]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(RULESETS), st.integers(0, 10**6), st.sampled_from(ODD_LINES))
def test_random_varied_records_give_the_same_findings_fast_and_strict(rs_id: str, seed: int, odd: bytes) -> None:
    level = rulesets.load(rs_id).government.level.label
    lines = [json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in varied_records(60, seed)]
    # each record twice (the second of a situation seen before), and an odd line among them
    lines = in_words_of([*lines, odd, *lines], level)
    assert _audit(rs_id, lines, strict=False) == _audit(rs_id, lines, strict=True)


def _cli(tmp_path: Path, rs_id: str, lines: list[bytes], fmt: str) -> bytes:
    log = tmp_path / "log.jsonl"
    log.write_bytes(b"".join(lines))
    out = tmp_path / f"report.{fmt}"
    main(["audit", rs_id, str(log), "--format", fmt, "-o", str(out), "--quiet"])
    return out.read_bytes()


def _rows(data: bytes) -> Iterator[bytes]:
    yield from data.splitlines(keepends=True)


@pytest.mark.parametrize("rs_id", ["xianyang-2013", "kongtong-2016"])
def test_the_command_line_writes_the_plain_writers_rows(
    rs_id: str, logs: dict[str, list[bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = logs[rs_id][:800]
    found, summary = _audit(rs_id, lines, strict=True)
    written = _cli(tmp_path, rs_id, lines, "json")
    assert written == _json_reference(found) + (rep.summary_json(summary, rulesets.load(rs_id)) + "\n").encode()
    written = _cli(tmp_path, rs_id, lines, "csv")
    assert written == ("\ufeff" + _csv_reference(found)).encode()
    capsys.readouterr()


def _text_and_html(rs_id: str, found: list[Finding], summary: Summary, lang: str) -> tuple[str, str]:
    rs = rulesets.load(rs_id)
    text, page = io.StringIO(), io.StringIO()
    rep.write_text_report(rs, found, lambda: summary, text, lang=lang)
    rep.write_html_report(rs, found, lambda: summary, page, source="log.jsonl", generated="now", lang=lang)
    return text.getvalue(), page.getvalue()


def _unremembered(rs_id: str, found: list[Finding], summary: Summary, lang: str) -> tuple[str, str]:
    """The text and HTML reports with nothing remembered by identity (each finding's group, month and
    citation worked out as it comes), of findings whose citations are each a copy of their own."""
    import attrs

    copies = [attrs.evolve(f, citation=attrs.evolve(f.citation)) if f.citation else f for f in found]
    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(rep, "_SPOOL_IDS", 0)
        return _text_and_html(rs_id, copies, summary, lang)
    finally:
        mp.undo()


@pytest.mark.parametrize("rs_id", RULESETS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_text_and_html_reports_are_those_of_findings_worked_out_one_by_one(
    rs_id: str, lang: str, logs: dict[str, list[bytes]]
) -> None:
    found, summary = _audit(rs_id, logs[rs_id], strict=False)
    assert _text_and_html(rs_id, found, summary, lang) == _unremembered(rs_id, found, summary, lang)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(found=st.lists(_findings(), max_size=12), lang=st.sampled_from(["zh", "en"]))
def test_text_and_html_of_any_findings_are_those_worked_out_one_by_one(found: list[Finding], lang: str) -> None:
    summary = Summary(len(found), len(found), 0, {}, {}, {}, None, (), (), None)
    assert _text_and_html("xifeng-2022", found, summary, lang) == _unremembered("xifeng-2022", found, summary, lang)
