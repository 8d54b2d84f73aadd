"""Issue 12: hostile and careless input. Each case the issue names, with its real value: a clear,
typed error or an `invalid_record` finding, nothing lost, no traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
from datetime import date
from pathlib import Path

import pytest

from govrules import attendance, deadlines, rulesets
from govrules.audit import INVALID, audit, audit_lines
from govrules.audit.records import MAX_ITEMS
from govrules.audit.report import clean_text, csv_rows, html_report, json_lines, summary_json, text_report
from govrules.audit.source import MAX_LINE, read_lines, split_lines
from govrules.cli import main
from govrules.errors import CalendarNotCovered, InvalidInput
from govrules.model import LeaveKind, LeaveRequest, MeetingKind, Role

RS = "xifeng-2022"


def rec(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def late(rid: str) -> str:
    """A countersign replied late (西丰 第五十二条): one finding, carrying the record's id."""
    return rec(type="countersign", id=rid, requested_on="2025-03-03", replied_on="2025-03-20")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def invalid(lines: list[str]) -> list[str]:
    run = audit_lines(rulesets.load(RS), lines)
    found = [f.message for f in run if f.rule == INVALID]
    s = run.summary
    assert s.read == s.checked + s.invalid
    return found


# -- a lone surrogate ------------------------------------------------------------------------------

SURROGATE = '{"type": "countersign", "id": "a\\ud800b", "requested_on": "2025-03-03", "replied_on": "2025-03-20"}'


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "html"])
def test_a_lone_surrogate_in_an_id_is_reported_in_every_format(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(SURROGATE + "\n", encoding="utf-8")
    report = tmp_path / f"report.{fmt}"
    code, _, err = run_cli(capsys, "audit", "--ruleset", RS, str(log), "--format", fmt, "-o", str(report))
    assert code == 1, err  # the late reply: a breach, and the record kept
    assert "读取1条，检查1条" in err
    text = report.read_text(encoding="utf-8")
    assert "a\\ud800b" in text
    if fmt == "json":
        assert json.loads(text.splitlines()[0])["record_id"] == "a\ud800b"  # the escape is JSON's own


def test_a_lone_surrogate_on_standard_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(SURROGATE + "\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "audit", "--ruleset", RS, str(log))
    assert code == 1
    assert "a\\ud800b" in out and "读取记录1条" in out


# -- -o --------------------------------------------------------------------------------------------


def test_output_naming_the_input_is_refused_before_anything_is_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(late("a") + "\n", encoding="utf-8")
    before = log.read_bytes()
    code, _, err = run_cli(capsys, "audit", "--ruleset", RS, str(log), "-o", str(log))
    assert code == 2
    assert "就是被审计的记录文件" in err and err.count("\n") == 1
    assert log.read_bytes() == before


def test_a_failed_report_leaves_the_previous_one_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(late("a") + "\n", encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("the previous report\n", encoding="utf-8")

    def full(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("govrules.audit.report.write_text_report", full)
    code, _, err = run_cli(capsys, "audit", "--ruleset", RS, str(log), "-o", str(report))
    assert code == 2
    assert "磁盘已满" in err and "原文件未被改动" in err
    assert report.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.jsonl", "report.txt"]  # no temporary left


@pytest.mark.parametrize(
    ("target", "said"),
    [
        pytest.param("missing/report.txt", "没有文件夹", id="a missing directory"),
        pytest.param(".", "是文件夹：请给出文件名", id="a directory"),
    ],
)
def test_output_into_a_path_that_cannot_hold_it(
    target: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(late("a") + "\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "audit", "--ruleset", RS, str(log), "-o", str(tmp_path / target))
    assert code == 2
    assert said in err and err.count("\n") == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_output_onto_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(late("a") + "\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "audit", "--ruleset", RS, str(log), "-o", "/dev/full")
    assert code == 2
    assert "磁盘已满" in err and err.count("\n") == 1
    assert not os.path.isfile("/dev/full")  # written as the device it is, never replaced


# -- dates outside the calendar --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "field", "year"),
    [
        pytest.param(rec(type="meeting", id="m", kind="常务会议", date="9999-12-31", presided_by="县长"),
                     "date", 9999, id="a meeting on 9999-12-31 (was 111,642 rhythm breaches)"),
        pytest.param(rec(type="countersign", id="c", requested_on="2000-03-03"), "requested_on", 2000,
                     id="a countersign of 2000, no reply"),
        pytest.param(rec(type="document", id="d", kind="通知", issuer="政府", signed_by="县长", signed_on="1990-05-02"),
                     "signed_on", 1990, id="a document signed in 1990"),
        pytest.param(rec(type="leave", id="l", role="副县长", kind="外出", start="2030-03-04", end="2030-03-05"),
                     "start", 2030, id="a leave without requested_on, in 2030"),
        pytest.param(rec(type="meeting", id="m2", kind="常务会议", date="2025-03-03", presided_by="县长",
                         agenda=[{"title": "预算", "materials_submitted_on": "0001-01-01"}]),
                     "agenda[1].materials_submitted_on", 1, id="a nested date: 0001-01-01"),
    ],
)  # fmt: skip
def test_every_date_is_checked_against_the_calendar(record: str, field: str, year: int) -> None:
    run = audit_lines(rulesets.load(RS), [record])
    found = list(run)
    assert [f.rule for f in found] == [INVALID]
    assert f"{field} = " in found[0].message and f"{year}年无国务院放假安排数据" in found[0].message
    assert run.summary.invalid == 1 and run.summary.checked == 0


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1, 1, 1)])
def test_extreme_dates_are_not_covered_not_an_overflow(day: date) -> None:
    rs = rulesets.load(RS)
    with pytest.raises(CalendarNotCovered) as e:
        deadlines.due(rs, "countersign_reply", day)
    assert e.value.year == day.year
    for rule in deadlines.rule_ids(rs):
        with pytest.raises(CalendarNotCovered):
            deadlines.due(rs, rule, day)


def test_period_in_an_uncovered_year_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(late("a") + "\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "audit", "--ruleset", RS, str(log), "--period", "2030")
    assert code == 2 and out == ""
    assert "2030" in err and "--holidays" in err and "--provisional" in err


def test_check_rhythm_refuses_an_uncovered_year() -> None:
    with pytest.raises(CalendarNotCovered) as e:
        attendance.check_rhythm(rulesets.load(RS), MeetingKind.EXECUTIVE, [], date(2030, 1, 1), date(2030, 12, 31))
    assert e.value.year == 2030


# -- impossible orders -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "said"),
    [
        pytest.param(rec(type="countersign", id="c", requested_on="2025-03-10", replied_on="2025-03-03"),
                     "replied_on（2025-03-03）早于requested_on（2025-03-10）", id="a reply before its request"),
        pytest.param(rec(type="request", id="r", received_on="2025-03-10", replied_on="2025-03-03"),
                     "replied_on（2025-03-03）早于received_on", id="a 请示 answered before it came"),
        pytest.param(rec(type="document", id="d", kind="通知", issuer="政府", drafted_on="2025-03-10",
                         signed_on="2025-03-03"), "signed_on（2025-03-03）早于drafted_on", id="signed before drafted"),
        pytest.param(rec(type="document", id="d", kind="通知", issuer="政府", signed_on="2025-03-10",
                         printed_on="2025-03-03"), "printed_on（2025-03-03）早于signed_on", id="printed before signed"),
        pytest.param(rec(type="document", id="d", kind="通知", issuer="政府", drafted_on="2025-03-10",
                         published_on="2025-03-03"), "published_on（2025-03-03）早于drafted_on",
                     id="published before drafted, nothing between"),
        pytest.param(rec(type="meeting", id="m", kind="常务会议", date="2025-03-10", presided_by="县长",
                         minutes_issued_on="2025-03-03"), "minutes_issued_on（2025-03-03）早于date",
                     id="minutes before their meeting"),
        pytest.param(rec(type="deadline", id="x", rule="minutes_issue", anchor="2025-03-10", done_on="2025-03-03"),
                     "done_on（2025-03-03）早于", id="a deadline met before its event"),
    ],
)  # fmt: skip
def test_impossible_orders_are_invalid_records(record: str, said: str) -> None:
    messages = invalid([record])
    assert len(messages) == 1 and said in messages[0]


def test_a_lead_time_met_before_its_event_is_no_impossibility() -> None:
    """A lead time (BEFORE) is met before its event: that is the point of it."""
    line = rec(type="deadline", id="x", rule="leave_request", anchor="2025-03-10", done_on="2025-03-03")
    assert invalid([line]) == []


def test_deadlines_check_refuses_a_reply_before_its_request() -> None:
    with pytest.raises(InvalidInput, match="before its event"):
        deadlines.check(rulesets.load(RS), "countersign_reply", date(2025, 3, 10), date(2025, 3, 3))


# -- bounded memory --------------------------------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_10_mb_bad_line_gives_a_bounded_message() -> None:
    huge = rec(type="countersign", id="a", requested_on="x" * (10 * 2**20))
    before = _peak_mb()
    messages = invalid([huge, late("b")])
    assert len(messages) == 1 and len(messages[0]) < 200 and "记录过长" in messages[0]
    assert _peak_mb() - before < 100


def test_a_long_value_is_quoted_in_part() -> None:
    line = rec(type="document", id="d", kind="通知", issuer="政府", matters=["x" * 500_000])
    [message] = invalid([line])
    # (the limit leaves room for the accepted values of an unknown role, meeting or kind, all listed)
    assert len(message) < 1100 and "已截断" in message


def test_a_long_list_is_refused_not_explained_item_by_item() -> None:
    line = rec(type="document", id="d", kind="通知", issuer="政府", reviewed_by=["nobody"] * 90_000)
    [message] = invalid([line])
    assert f"最多{MAX_ITEMS}项" in message and "reviewed_by" in message


def test_the_memo_keeps_no_big_situations() -> None:
    """8k documents, each with its own long list of reviewers: none is remembered on the ruleset."""
    rs = rulesets.load(RS).evolve()
    lines = [
        rec(type="document", id=f"d{i}", kind="通知", issuer="政府", signed_by="县长",
            reviewed_by=["副县长"] * 900 + ["秘书长"] * (i % 50), seal="x" * (200 + i))
        for i in range(200)
    ]  # fmt: skip
    before = len(rs._memo)
    list(audit_lines(rs, lines))
    assert len(rs._memo) - before < 20


def test_split_lines_cuts_a_huge_line_and_skips_its_rest() -> None:
    chunks = [b'{"a": 1}\n', b"x" * 3000, b"x" * 3000, b"\r\n", b'{"b": 2}\r{"c": 3}']
    assert list(split_lines(chunks, limit=1000)) == [b'{"a": 1}\n', b"x" * 1001, b'{"b": 2}\r', b'{"c": 3}']


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_text_and_html_reports_stream(fmt: str) -> None:
    """The findings are written as they come (spooled by article), not held: 20,000 late replies
    are consumed one at a time by the writer."""
    from govrules.audit import report

    rs = rulesets.load(RS)
    held: list[int] = []

    def findings() -> object:
        run = audit_lines(rs, (late(f"r{i}") for i in range(20_000)))
        for n, f in enumerate(run):
            held.append(n)
            yield f

    out = io.StringIO()
    write = report.write_text_report if fmt == "text" else report.write_html_report
    gen = findings()
    write(rs, gen, lambda: audit_lines(rs, []).summary, out)  # type: ignore[arg-type]
    assert len(held) == 20_000 and out.getvalue().count("r19999") == 1


# -- values taken for what they are not ------------------------------------------------------------


def test_leave_request_substitute_no_is_not_a_substitute() -> None:
    with pytest.raises(InvalidInput, match="substitute must be True or False; got 'no'"):
        LeaveRequest(role=Role.DEPUTY, kind=LeaveKind.TRIP, start=date(2025, 3, 3), end=date(2025, 3, 4),
                     substitute="no")  # type: ignore[arg-type]  # fmt: skip


def test_a_leave_record_with_substitute_no_is_invalid() -> None:
    line = rec(type="leave", id="l", role="副县长", kind="外出", start="2025-03-04", end="2025-03-05", substitute="no")
    [message] = invalid([line])
    assert "'no'" in message


def test_duplicate_keys_make_an_invalid_record() -> None:
    line = '{"type": "request", "type": "countersign", "id": "x", "requested_on": "2025-03-03"}'
    [message] = invalid([line])
    assert "键“type”重复出现" in message


def test_cr_only_line_endings_are_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.jsonl"
    log.write_bytes(("\r".join([late("a"), late("b"), late("c")]) + "\r").encode("utf-8"))
    code, _, err = run_cli(capsys, "audit", "--ruleset", RS, str(log), "--format", "csv", "-o", str(tmp_path / "r.csv"))
    assert code == 1 and "读取3条，检查3条" in err
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["record_id"], r["line"]) for r in rows] == [("a", "1"), ("b", "2"), ("c", "3")]


def test_cr_inside_a_line_given_to_audit_lines() -> None:
    run = audit_lines(rulesets.load(RS), [late("a") + "\r" + late("b"), late("c")])
    assert [(f.record_id, f.line) for f in run] == [("a", 1), ("b", 2), ("c", 3)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_utf16_and_bom_are_detected_named_and_read(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "log.jsonl"
    log.write_bytes((late("a") + "\n" + late("b") + "\n").encode(encoding))
    code, _, err = run_cli(capsys, "audit", "--ruleset", RS, str(log), "--format", "json", "-o", str(tmp_path / "r"))
    assert code == 1 and "读取2条，检查2条" in err
    if encoding != "utf-8-sig":
        assert "UTF-" in err and "编码" in err


def test_a_utf16_line_given_as_bytes_is_named() -> None:
    [message] = invalid([late("a").encode("utf-16-le")])  # type: ignore[list-item]
    assert "看来是UTF-16编码" in message


def test_read_lines_names_the_encoding() -> None:
    names: list[str] = []
    lines = list(read_lines(io.BytesIO((late("a") + "\n").encode("utf-16")), names.append))
    assert names == ["utf-16-le"] and len(lines) == 1
    assert MAX_LINE == 2**20


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda rs: deadlines.due("xifeng-2022", "countersign_reply", date(2025, 3, 3)), id="due(str)"),
        pytest.param(lambda rs: deadlines.due(rs, "countersign_reply", "2025-03-03"), id="due(date as text)"),
        pytest.param(lambda rs: attendance.check_leave(rs, {"role": "HEAD"}), id="check_leave(dict)"),
        pytest.param(lambda rs: attendance.check_rhythm(rs, "常务会议", [], date(2025, 1, 1), date(2025, 2, 1)),
                     id="check_rhythm(kind as text)"),
        pytest.param(lambda rs: list(audit(rs, 5)), id="audit(5)"),
        pytest.param(lambda rs: list(audit_lines(rs, "one text")), id="audit_lines(str)"),
    ],
)  # fmt: skip
def test_wrong_types_to_public_functions_are_invalid_input(call: object) -> None:
    with pytest.raises(InvalidInput):
        call(rulesets.load(RS))  # type: ignore[operator]


# -- reports turned against the reader -------------------------------------------------------------


def test_text_report_escapes_newlines_and_terminal_escapes() -> None:
    rs = rulesets.load(RS)
    run = audit_lines(rs, [late("evil\n  - 第9行 forged\x1b[2J\u202e")])
    text = text_report(rs, list(run), run.summary)
    assert "\x1b" not in text and "\u202e" not in text
    assert "evil\\n  - 第9行 forged\\x1b[2J\\u202e" in text
    assert sum(1 for line in text.splitlines() if line.startswith("  - ")) == 1


def test_html_report_escapes_markup_and_control_characters() -> None:
    rs = rulesets.load(RS)
    run = audit_lines(rs, [late("<script>alert(1)</script>\x1b")])
    page = html_report(rs, list(run), run.summary)
    assert "<script>alert" not in page and "\x1b" not in page


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_cannot_be_formulas(start: str) -> None:
    rs = rulesets.load(RS)
    rid = f'{start}HYPERLINK("http://x")'
    rows = "".join(csv_rows(audit_lines(rs, [late(rid)])))
    [row] = list(csv.DictReader(io.StringIO(rows)))
    assert row["record_id"] == "'" + rid


def test_json_report_keeps_the_id_exactly() -> None:
    rs = rulesets.load(RS)
    run = audit_lines(rs, [late("=x\n")])
    [line] = list(json_lines(run))
    assert json.loads(line)["record_id"] == "=x\n"
    assert json.loads(summary_json(run.summary))["read"] == 1


def test_clean_text_leaves_ordinary_text_alone() -> None:
    assert clean_text("会签/征求意见回复：第五十二条 a-b") == "会签/征求意见回复：第五十二条 a-b"


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1, 1, 1), date(2030, 1, 1)])
def test_api_calls_on_uncovered_days_name_the_year(day: date) -> None:
    from govrules.model import Meeting

    rs = rulesets.load(RS)
    with pytest.raises(CalendarNotCovered):
        attendance.check_meeting(rs, Meeting(kind=MeetingKind.EXECUTIVE, date=day, presided_by=Role.HEAD))
    with pytest.raises(CalendarNotCovered):
        deadlines.late_by(date(2025, 1, 2), day)
    with pytest.raises(CalendarNotCovered):
        attendance.check_leave(rs, LeaveRequest(role=Role.DEPARTMENT_HEAD, kind=LeaveKind.TRIP, start=day, end=day))


def test_dash_for_output_is_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Review of issue 12: `-o -` wrote a file named '-'."""
    from govrules.cli import main

    log = tmp_path / "log.jsonl"
    log.write_text('{"type": "countersign", "id": "c1", "requested_on": "2025-03-03", "replied_on": "2025-03-04"}\n')
    code = main(["audit", "--ruleset", "xifeng-2022", str(log), "--format", "json", "-o", "-"])
    assert code == 0 and '"read": 1' in capsys.readouterr().out
    assert not (Path.cwd() / "-").exists()
