"""Hand-written logs per ruleset with known breaches and known clean records; each row names its article."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from govrules import rulesets
from govrules.audit import INVALID, audit, audit_lines
from govrules.cli import main
from govrules.errors import CalendarNotCovered, InvalidInput

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def rec(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


# (ruleset, record, expected {(rule, article)} — empty for a clean record)
CASES = [
    # 西丰 第五十二条: 7 working days; 09-28 and 10-11 are worked, 10-01..10-08 off.
    pytest.param("xifeng-2022", rec(type="countersign", id="a", requested_on="2025-09-26", replied_on="2025-10-13"),
                 set(), id="52 xifeng countersign reply on the 7th working day: clean"),
    pytest.param("xifeng-2022", rec(type="countersign", id="b", requested_on="2025-09-26", replied_on="2025-10-14"),
                 {("countersign_reply", 52)}, id="52 xifeng countersign reply one working day late"),
    # 西丰 第四十五条: minutes within 3 working days of the meeting.
    pytest.param("xifeng-2022", rec(type="meeting", id="m", kind="常务会议", date="2025-03-03", presided_by="县长",
                                    minutes_issued_on="2025-03-06"), set(), id="45 xifeng minutes on day 3: clean"),
    pytest.param("xifeng-2022", rec(type="meeting", id="m2", kind="常务会议", date="2025-03-03", presided_by="县长",
                                    minutes_issued_on="2025-03-07"), {("minutes_issue", 45)},
                 id="45 xifeng minutes on day 4: late"),
    # 西丰 第六十七条: department heads ask 3 days ahead.
    pytest.param("xifeng-2022", rec(type="leave", id="l", role="部门主要负责人", kind="外出", start="2025-03-06",
                                    end="2025-03-07", requested_on="2025-03-05"), {("leave_request", 67)},
                 id="67 xifeng trip asked one day ahead"),
    # 西丰 第五十三条(二): a motion to the 人大 is signed by the 县长.
    pytest.param("xifeng-2022", rec(type="document", id="d", kind="议案", issuer="政府", addressee="人大",
                                    signed_by="副县长"), {("signer", 53)}, id="53 xifeng motion signed by a deputy"),
    # 崆峒 第四十七条: a deputy's minutes go to the 区长; drafted within 2 working days.
    pytest.param("kongtong-2016", rec(type="document", id="k1", kind="纪要", issuer="政府", meeting="专题会议",
                                      presided_by="副区长", signed_by="区长"), set(),
                 id="47 kongtong topical minutes signed by the 区长: clean"),
    pytest.param("kongtong-2016", rec(type="document", id="k2", kind="纪要", issuer="政府", meeting="专题会议",
                                      presided_by="副区长", signed_by="副区长"), {("signer", 47)},
                 id="47 kongtong topical minutes signed by the presiding deputy"),
    pytest.param("kongtong-2016", rec(type="meeting", id="k3", kind="常务会议", date="2025-09-26", presided_by="区长",
                                      minutes_drafted_on="2025-10-09"), {("minutes_draft", 47)},
                 id="47 kongtong minutes drafted after 2 working days"),
    # 崆峒 第五十三条: printing 2 and publication 1 working days; adopted documents 5 (7 with major revisions).
    pytest.param("kongtong-2016", rec(type="document", id="k4", kind="通知", issuer="政府", addressee="下级",
                                      signed_by="副区长", signed_on="2025-03-03", printed_on="2025-03-05",
                                      published_on="2025-03-07"), {("publication", 53)},
                 id="53 kongtong printed on time, published a day late"),
    pytest.param("kongtong-2016", rec(type="document", id="k5", kind="通知", issuer="政府", addressee="下级",
                                      meeting="常务会议", meeting_date="2025-03-03", printed_on="2025-03-12",
                                      major_revision=True),
                 set(), id="53 kongtong adopted document issued on day 7 with major revisions: clean"),
    pytest.param("kongtong-2016", rec(type="document", id="k6", kind="通知", issuer="政府", addressee="下级",
                                      meeting="常务会议", meeting_date="2025-03-03", printed_on="2025-03-12"),
                 {("post_meeting_issue", 53)}, id="53 kongtong adopted document issued on day 7 without"),
    # 东川 第三十条 (7 working days) and 第二十二条 (5 working days after the meeting).
    pytest.param("dongchuan-2024", rec(type="countersign", id="c", requested_on="2025-09-26",
                                       replied_on="2025-10-15"), {("countersign_reply", 30)},
                 id="30 dongchuan countersign reply late"),
    pytest.param("dongchuan-2024", rec(type="document", id="c2", kind="纪要", issuer="政府", meeting="专题会议",
                                       presided_by="副区长", signed_by="副区长"), set(),
                 id="24 dongchuan topical minutes signed by the presiding deputy: clean"),
    # 咸阳 第五十八条: requests answered in 10 working days, countersigns in 5.
    pytest.param("xianyang-2013", rec(type="request", id="x1", received_on="2025-09-22", replied_on="2025-10-14"),
                 {("request_reply", 58)}, id="58 xianyang request answered late"),
    pytest.param("xianyang-2013", rec(type="countersign", id="x2", requested_on="2025-09-26",
                                      replied_on="2025-10-10"), set(), id="58 xianyang countersign on day 5: clean"),
    # district-xx 第五十九条: 3 working days, a particularly complex matter at most a week.
    pytest.param("district-xx", rec(type="countersign", id="z1", requested_on="2025-09-26", replied_on="2025-10-09"),
                 {("countersign_reply", 59)}, id="59 district countersign reply late"),
    pytest.param("district-xx", rec(type="countersign", id="z2", requested_on="2025-09-24", replied_on="2025-10-09",
                                    variant="complex"), set(), id="59 district complex matter within a week: clean"),
    # district-xx 第六十四条: documents in the government's name bear the government's seal.
    pytest.param("district-xx", rec(type="document", id="z3", kind="通知", issuer="政府", addressee="下级",
                                    signed_by="区长", seal="区政府办公室印章"), {("seal", 64)},
                 id="64 district government document sealed with the office's seal"),
    pytest.param("district-xx", rec(type="document", id="z4", kind="通知", issuer="政府", addressee="下级",
                                    signed_by="区长", seal="区政府印章"), set(), id="64 district right seal: clean"),
    # 西丰 第五十三条(五): a document spanning several leaders' portfolios is countersigned by them.
    pytest.param("xifeng-2022", rec(type="document", id="x5", kind="通知", issuer="政府", addressee="下级",
                                    matters=["涉及数名副职分管"], signed_by="副县长", countersigned_by=[]),
                 {("countersigners", 53)}, id="53(五) xifeng multi-portfolio document not countersigned"),
    # 西丰 附件2 五(四): "710" — 7 days counted from the day of deployment itself.
    pytest.param("xifeng-2022", rec(type="deadline", id="s1", rule="supervision_simple", anchor="2025-03-03",
                                    done_on="2025-03-10"), set(), id="附件2 五(四) simple: 03-09 a Sunday, 03-10 ok"),
    pytest.param("xifeng-2022", rec(type="deadline", id="s2", rule="supervision_simple", anchor="2025-03-03",
                                    done_on="2025-03-11"), {("supervision_simple", "附件2")},
                 id="附件2 五(四) simple matter done on day 9: late"),
    # 东川 第二十六条: a county-wide meeting is asked for 10 working days ahead.
    pytest.param("dongchuan-2024", rec(type="deadline", id="d9", rule="meeting_request", anchor="2025-10-20",
                                       done_on="2025-10-09"), {("meeting_request", 26)},
                 id="26 dongchuan meeting request 5 working days ahead: late"),
    # Approving a department's 请示 (呈批): who approves, and what a circle (圈阅) means.
    # 西丰 第五十一条: 对有具体请示事项的公文,应签署明确意见 — a circle is not enough.
    pytest.param("xifeng-2022", rec(type="document", id="a1", kind="请示", issuer="部门", addressee="本级政府",
                                    approved_by={"role": "DEPUTY", "act": "圈阅"}), {("approval_opinion", 51)},
                 id="51 xifeng department request only circled by the deputy in charge"),
    pytest.param("xifeng-2022", rec(type="document", id="a2", kind="请示", issuer="部门", addressee="本级政府",
                                    approved_by={"role": "DEPUTY", "act": "签署意见"}), set(),
                 id="51 xifeng department request with the deputy's written opinion: clean"),
    # 东川 第三十二条: 对于有具体请示事项的公文圈阅表示同意.
    pytest.param("dongchuan-2024", rec(type="document", id="a3", kind="请示", issuer="部门", addressee="本级政府",
                                       approved_by={"role": "DEPUTY", "act": "圈阅"}), set(),
                 id="32 dongchuan department request circled by the deputy in charge: consent, clean"),
    pytest.param("dongchuan-2024", rec(type="document", id="a4", kind="请示", issuer="部门", matters=["重大事项"],
                                       approved_by={"role": "DEPUTY", "act": "圈阅"}), {("approver", 31)},
                 id="31 dongchuan major request approved by the deputy instead of the 区长"),
    # district-xx 第五十七条: 应签署明确意见、姓名和日期; a circle on a 报告 means 已阅知.
    pytest.param("district-xx", rec(type="document", id="a5", kind="请示", issuer="部门", addressee="本级政府",
                                    approved_by={"role": "DEPUTY", "act": "圈阅"}), {("approval_opinion", 57)},
                 id="57 district department request only circled"),
    pytest.param("district-xx", rec(type="document", id="a6", kind="报告", issuer="部门", addressee="本级政府",
                                    approved_by={"role": "DEPUTY", "act": "圈阅"}), set(),
                 id="57 district department report circled (已阅知): clean"),
    # 咸阳 第四十九条: 重大事项报市长审批; 崆峒 第五十条 with 第五十四条: 不能简单的只签字阅知.
    pytest.param("xianyang-2013", rec(type="document", id="a7", kind="请示", issuer="部门", matters=["重大事项"],
                                      approved_by={"role": "DEPUTY", "act": "签署意见"}), {("approver", 49)},
                 id="49 xianyang major request approved by the leader in charge, not the 市长"),
    pytest.param("kongtong-2016", rec(type="document", id="a8", kind="请示", issuer="乡镇政府",
                                      approved_by={"role": "DEPUTY", "act": "圈阅"}), {("approval_opinion", 54)},
                 id="50+54 kongtong township request only circled (the breach is 54's)"),
]  # fmt: skip


@pytest.mark.parametrize(("rid", "line", "expected"), CASES)
def test_known_breaches_and_clean_records(rid: str, line: str, expected: set[tuple[str, int]]) -> None:
    run = audit_lines(rulesets.load(rid), [line])
    found = {(f.rule, _where(f.citation)) for f in run}
    assert found == expected
    assert run.summary.checked == 1


def _where(c: object) -> int | str | None:
    from govrules.rules import Citation

    if not isinstance(c, Citation):
        return None
    return c.article if c.article is not None else f"附件{c.annex}"


def test_unknown_deadline_is_an_invalid_record() -> None:
    line = rec(type="deadline", id="q", rule="supervision_simple", anchor="2025-03-03", done_on="2025-03-04")
    found = list(audit_lines(rulesets.load("kongtong-2016"), [line]))
    assert [f.rule for f in found] == [INVALID]
    assert "supervision_simple" in found[0].message


def test_contract_example() -> None:
    lines = [
        '{"type": "countersign", "id": "a", "requested_on": "2025-09-26", "replied_on": "2025-10-13"}',
        '{"type": "countersign", "id": "b", "requested_on": "2025-09-26", "replied_on": "2025-10-15"}',
        "{broken",
    ]
    run = audit_lines(rulesets.load("xifeng-2022"), lines)
    found = list(run)
    assert {(f.record_id, f.rule) for f in found if f.rule != INVALID} == {("b", "countersign_reply")}
    assert [f.line for f in found if f.rule == INVALID] == [3]
    b = next(f for f in found if f.record_id == "b")
    assert "2025-10-13" in b.message
    assert "2025-10-15" in b.message
    assert b.severity == "warning"  # 第五十二条: "一般应在7个工作日内回复"
    assert run.summary.read == 3
    assert run.summary.exit_code == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param(b"{broken", "JSON", id="malformed JSON"),
        pytest.param(b"[1, 2]", "JSON对象", id="not an object"),
        pytest.param(b'{"type": "memo", "id": "x"}', "memo", id="unknown type"),
        pytest.param('{"type": "document", "id": "d", "kind": "备忘录", "issuer": "政府"}'.encode(), "备忘录",
                     id="unknown label"),
        pytest.param(b'{"type": "countersign", "id": "c"}', "requested_on", id="missing required field"),
        pytest.param(b'{"type": "countersign", "requested_on": "2025-03-03"}', "id", id="missing id"),
        pytest.param(b'{"type": "countersign", "id": "c", "requested_on": "2025-02-30"}', "2025-02-30",
                     id="impossible date"),
        pytest.param(b'{"type": "countersign", "id": "c", "requested_on": "2027-03-01", "replied_on": "2027-03-05"}',
                     "2027", id="date outside calendar data"),
        pytest.param(b'{"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-03-03", "presided_by": "HEAD",'
                     b' "assistants": 100000000000000000000}', "assistants", id="huge number"),
        pytest.param(b'{"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-03-03", "presided_by": "HEAD",'
                     b' "assistants": -1}', "assistants", id="negative number"),
        pytest.param('{"type": "request", "id": "g", "received_on": "2025-03-03", "note": "请示"}'.encode("gbk"), "GBK",
                     id="GBK encoding"),
        pytest.param(b'{"type": "countersign", "id": "c", "requested_on": NaN}', "JSON", id="NaN"),
        pytest.param('{"type": "leave", "id": "l", "role": "县长", "kind": "外出", "start": "2025-03-03", '
                     '"end": "2025-03-04", "substitute": "no"}'.encode(), "substitute", id="text for true/false"),
        pytest.param(b'{"type": "countersign", "id": null, "requested_on": "2025-03-03"}', "id", id="null id"),
        # a whole number is read as its digits (an exporter's numeric key: test_s13_trial_followups); 7.5 is no id
        pytest.param(b'{"type": "countersign", "id": 7.5, "requested_on": "2025-03-03"}', "id", id="number for text"),
        pytest.param(b'{"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-03-03", "presided_by": "HEAD",'
                     b' "agenda": [{"title": null}]}', "title", id="null title"),
        pytest.param(b'{"type": "document", "id": "d", "kind": "NOTICE", "issuer": "GOVERNMENT",'
                     b' "reviewed_by": "DEPUTY"}', "reviewed_by", id="text for a list"),
        pytest.param(b'{"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-03-03", "presided_by": "HEAD",'
                     b' "assistants": 1.9}', "assistants", id="fraction for a whole number"),
        pytest.param(b'{"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-03-03", "presided_by": "HEAD",'
                     b' "assistants": true}', "assistants", id="true for a whole number"),
        pytest.param(b'{"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-03-03", "presided_by": "HEAD",'
                     b' "assistants": "3"}', "assistants", id="text for a whole number"),
        pytest.param(b'{"type": "document", "id": "d", "kind": "NOTICE", "issuer": "GOVERNMENT",'
                     b' "reviewed_by": [{"role": "HEAD", "acts": "CIRCLED"}]}', "acts", id="misspelt review key"),
        pytest.param(b'{"type": "leave", "id": "l", "role": "DEPARTMENT_HEAD", "kind": "TRIP", "start": "2030-03-04",'
                     b' "end": "2030-03-05"}', "2030", id="leave outside calendar data"),
    ],
)  # fmt: skip
def test_bad_input_is_one_invalid_record_with_its_reason(line: bytes, reason: str) -> None:
    lines = [b'{"type": "request", "id": "ok", "received_on": "2025-03-03"}', b"", line]
    run = audit_lines(rulesets.load("xifeng-2022"), lines)
    found = list(run)
    invalid = [f for f in found if f.rule == INVALID]
    assert len(invalid) == 1
    assert invalid[0].line == 3
    assert reason in invalid[0].message
    assert invalid[0].citation is None
    s = run.summary
    assert (s.read, s.checked, s.invalid) == (2, 1, 1)
    assert s.exit_code == 2
    # what an unreadable record left unchecked is not counted: it was not checked at all
    checks = ("leave", "reviewers", "signer", "minutes", "meeting composition")
    assert all(not k.startswith(checks) for k in s.unchecked)


def test_python_values_that_are_not_json() -> None:
    """Records given as mappings: a date and time is not a date, and a set has no order for approvers."""
    base = {"type": "leave", "id": "l", "role": "县长", "kind": "外出", "start": "2025-03-03", "end": "2025-03-04"}
    bad = [
        {**base, "start": datetime(2025, 3, 3, 9)},
        {**base, "approved_by": {"副县长", "县长"}},
    ]
    good = [{**base, "start": date(2025, 3, 3)}, {**base, "approved_by": ("县长",), "notified": {"县委"}}]
    found = list(audit(rulesets.load("xifeng-2022"), [*bad, *good], lang="en"))
    invalid = [f.message for f in found if f.rule == INVALID]
    assert len(invalid) == 2
    assert "date and time" in invalid[0]
    assert "ordered list" in invalid[1] and "approved_by" in invalid[1]
    zh = [f.message for f in audit(rulesets.load("xifeng-2022"), bad) if f.rule == INVALID]
    assert "不含时间" in zh[0] and "start（开始日期）" in zh[0]
    assert "有先后顺序的列表" in zh[1] and "approved_by（审批人）" in zh[1]


def test_an_unexpected_error_is_one_invalid_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a failure the audit does not expect (a defect) is reported on its record, and the audit goes on."""
    from govrules.audit import engine

    original = engine.AuditRun._reply

    def failing(self: engine.AuditRun, *args: Any) -> list[object]:
        # (the check of every countersign record, whether built or checked from its situation: `_unbuilt`)
        if self._where[1] == "b":
            raise RuntimeError("boom")
        return original(self, *args)  # type: ignore[return-value]

    monkeypatch.setattr(engine.AuditRun, "_reply", failing)
    recs = [{"type": "countersign", "id": i, "requested_on": "2025-03-03", "replied_on": "2025-06-03"} for i in "abc"]
    run = audit(rulesets.load("xifeng-2022"), recs)
    found = list(run)
    assert [(f.record_id, f.rule) for f in found] == [
        ("a", "countersign_reply"),
        ("b", INVALID),
        ("c", "countersign_reply"),
    ]
    assert "RuntimeError: boom" in found[1].message
    s = run.summary
    assert (s.read, s.checked, s.invalid) == (3, 2, 1)


def test_mappings_and_omitted_fields() -> None:
    records = [
        {"type": "scenario", "ruleset": "xifeng-2022", "changes": {}},
        {"type": "countersign", "id": "n", "requested_on": "2025-11-03", "replied_on": None},
        {
            "type": "leave",
            "id": "l",
            "role": "部门主要负责人",
            "kind": "外出",
            "start": "2025-03-06",
            "end": "2025-03-07",
        },
        "not a record",
    ]
    run = audit(rulesets.load("xifeng-2022"), records)
    found = list(run)
    assert [f.rule for f in found] == [INVALID]
    s = run.summary
    assert (s.read, s.checked, s.invalid) == (4, 3, 1)
    assert s.unchecked["leave_request (requested_on not on record)"] == 1
    overdue = list(audit(rulesets.load("xifeng-2022"), records[1:2], as_of=date(2025, 12, 1)))
    assert [(f.rule, "未回复" in f.message) for f in overdue] == [("countersign_reply", True)]


@pytest.mark.parametrize("name", ["document", "countersign", "request", "meeting", "leave", "deadline"])
def test_example_logs_read_cleanly(name: str) -> None:
    lines = (EXAMPLES / f"{name}.jsonl").read_bytes().splitlines()
    run = audit_lines(rulesets.load("xifeng-2022"), lines, as_of=date(2025, 12, 1))
    found = list(run)
    assert not [f for f in found if f.rule == INVALID]
    assert run.summary.read == len([x for x in lines if x.strip()])


def test_cli_formats_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(rec(type="countersign", id="b", requested_on="2025-09-26", replied_on="2025-10-15") + "\n",
                   encoding="utf-8")  # fmt: skip
    assert main(["audit", "--ruleset", "xifeng-2022", str(log)]) == 1
    out = capsys.readouterr().out
    assert "【第五十二条】1项" in out
    assert "逾期2个工作日" in out
    assert main(["audit", "--ruleset", "xifeng-2022", str(log), "--format", "json"]) == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["rule"] == "countersign_reply"
    assert rows[-1]["type"] == "summary"
    assert rows[-1]["read"] == 1
    assert main(["audit", "--ruleset", "xifeng-2022", str(log), "--format", "csv"]) == 1
    csv_out = capsys.readouterr().out.splitlines()
    assert csv_out[0].startswith("\ufeffrecord_id,line,rule")  # with a BOM, for Excel on Chinese Windows
    assert csv_out[1].startswith("b,1,countersign_reply")
    clean = tmp_path / "clean.jsonl"
    clean.write_text(rec(type="countersign", id="a", requested_on="2025-09-26", replied_on="2025-10-13") + "\n",
                     encoding="utf-8")  # fmt: skip
    assert main(["audit", "--ruleset", "xifeng-2022", str(clean)]) == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"{broken\n")
    assert main(["audit", "--ruleset", "xifeng-2022", str(bad)]) == 2
    assert main(["audit", "--ruleset", "xifeng-2022", str(tmp_path / "missing.jsonl")]) == 2


def _meetings(kind: str, days: list[str]) -> list[dict[str, object]]:
    return [{"type": "meeting", "id": f"{kind}-{d}", "kind": kind, "date": d, "presided_by": "HEAD"} for d in days]


# 常务会议 held twice in January, March and April, once in February (2025).
EXECUTIVE_DAYS = ["2025-01-10", "2025-01-20", "2025-02-12", "2025-03-10", "2025-03-20", "2025-04-10", "2025-04-21"]


@pytest.mark.parametrize(
    ("rid", "article", "short"),
    [
        pytest.param("xianyang-2013", 40, ["2025年2月召开常务会议1次，规定每月2次"], id="40 xianyang twice a month"),
        pytest.param("dongchuan-2024", 20, ["2025年2月召开常务会议1次，规定每月2次"], id="20 dongchuan twice a month"),
        pytest.param("xifeng-2022", 41, [], id="41 xifeng once a month: clean"),
        pytest.param("kongtong-2016", 42, [], id="42 kongtong once a month: clean"),
        pytest.param("district-xx", 43, [], id="43 district-xx once a month: clean"),
    ],
)
def test_meeting_rhythm_over_the_audit_period(rid: str, article: int, short: list[str]) -> None:
    """How often the 常务会议 was held, month by month over the audit period; 一般/原则上: a warning."""
    period = (date(2025, 1, 1), date(2025, 4, 30))
    run = audit(rulesets.load(rid), _meetings("EXECUTIVE", EXECUTIVE_DAYS), period=period)
    rhythm = [f for f in run if f.rule == "meeting_rhythm" and f.message.endswith(("每月1次", "每月2次"))]
    assert [f.message for f in rhythm] == short
    for f in rhythm:
        assert f.citation is not None and f.citation.article == article
        assert (f.record_id, f.line, f.when, f.severity) == (None, None, date(2025, 2, 1), "warning")
    assert run.summary.exit_code == (1 if short else 0)


def test_meeting_rhythm_a_month_without_a_meeting() -> None:
    """西丰 第四十一条: 原则上每月召开1次; a month with none is reported, once, citing the article."""
    days = ["2025-01-10", "2025-03-10", "2025-04-10"]
    found = [f for f in audit(rulesets.load("xifeng-2022"), _meetings("EXECUTIVE", days)) if f.rule == "meeting_rhythm"]
    # no period given: from the first meeting to the last, so only February and March are whole months
    assert [(f.message, f.citation.article if f.citation else None) for f in found] == [
        ("2025年2月召开常务会议0次，规定每月1次", 41)
    ]


def test_meeting_rhythm_half_year_plenary() -> None:
    """西丰 第四十条: 全体会议一般每半年召开1次; the first half of 2025 had none."""
    log = _meetings("EXECUTIVE", EXECUTIVE_DAYS)
    run = audit(rulesets.load("xifeng-2022"), log, period=(date(2025, 1, 1), date(2025, 6, 30)))
    found = [(f.message, f.citation.article if f.citation else None) for f in run if f.rule == "meeting_rhythm"]
    assert found == [
        ("2025年5月召开常务会议0次，规定每月1次", 41),
        ("2025年6月召开常务会议0次，规定每月1次", 41),
        ("2025年上半年召开全体会议0次，规定每半年1次", 40),
    ]
    with_plenary = audit(
        rulesets.load("xifeng-2022"),
        [*log, *_meetings("PLENARY", ["2025-03-05"])],
        period=(date(2025, 1, 1), date(2025, 6, 30)),
    )
    assert not [f for f in with_plenary if "全体会议" in f.message]


def test_meeting_rhythm_not_checkable() -> None:
    """No meeting on record (or no whole period): nothing reported, and the summary says it was not checked."""
    run = audit(rulesets.load("xifeng-2022"), [{"type": "request", "id": "r", "received_on": "2025-03-03"}])
    assert [f.rule for f in run] == []
    assert run.summary.unchecked["meeting_rhythm (no meetings on record)"] == 1
    assert run.summary.rhythm_period is None
    run = audit(rulesets.load("xifeng-2022"), _meetings("EXECUTIVE", ["2025-03-10", "2025-03-20"]))
    assert [f.rule for f in run] == []
    assert run.summary.rhythm_period == (date(2025, 3, 10), date(2025, 3, 20))
    assert run.summary.unchecked == {
        "meeting composition (attendees not on record)": 2,
        "minutes_issue (date not on record)": 2,
        "minutes_draft (no such rule in xifeng-2022)": 2,
        "meeting_rhythm EXECUTIVE (no whole period in 2025-03-10..2025-03-20)": 1,
        "meeting_rhythm PLENARY (no whole period in 2025-03-10..2025-03-20)": 1,
    }
    for bad, why in [
        ((date(2025, 2, 1), date(2025, 1, 1)), "before it starts"),
        (("2025-01-01", "2025-12-31"), "two dates"),
        ((datetime(2025, 1, 1), datetime(2025, 12, 31)), "two dates"),
        ((date(2025, 1, 1),), "two dates"),
    ]:
        with pytest.raises(InvalidInput, match=why):  # at once, not when the log has been read
            audit(rulesets.load("xifeng-2022"), [], period=bad)  # type: ignore[arg-type]


def test_meeting_rhythm_to_the_end_of_the_calendar_is_refused() -> None:
    """Months to 9999-12-31, a year no calendar covers: refused naming the year (issue 12), no overflow."""
    with pytest.raises(CalendarNotCovered) as e:
        audit(rulesets.load("xifeng-2022"), [], period=(date(9999, 11, 1), date.max))
    assert e.value.year == 9999


def test_meeting_rhythm_given_a_period_and_no_meetings() -> None:
    """Given an audit period, a log without a single 常务会议 falls short in every month of it."""
    run = audit(rulesets.load("xifeng-2022"), [], period=(date(2025, 1, 1), date(2025, 3, 31)))
    assert [f.message for f in run] == [f"2025年{m}月召开常务会议0次，规定每月1次" for m in (1, 2, 3)]
    assert run.summary.exit_code == 1


def test_meeting_rhythm_counts_a_meeting_read_twice_once() -> None:
    """东川 第二十条 (每月2次): the same record twice in the log is one meeting, two records one day two."""
    rs = rulesets.load("dongchuan-2024")
    period = (date(2025, 1, 1), date(2025, 1, 31))
    twice = _meetings("EXECUTIVE", ["2025-01-10"]) * 2
    assert [f.message for f in audit(rs, twice, period=period)] == ["2025年1月召开常务会议1次，规定每月2次"]
    two = [*twice[:1], {**twice[0], "id": "another"}]
    assert [f.rule for f in audit(rs, two, period=period)] == []


def test_cli_period(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--period 2025` or `--period START:END`: the months 西丰 第四十一条 is checked over."""
    log = tmp_path / "meetings.jsonl"
    log.write_text("\n".join(json.dumps(m) for m in _meetings("EXECUTIVE", ["2025-01-10", "2025-03-10"])) + "\n")
    assert main(["audit", "--ruleset", "xifeng-2022", str(log), "--period", "2025-01-01:2025-03-31"]) == 1
    out = capsys.readouterr().out
    assert "【第四十一条】1项" in out
    assert "全部会议记录：2025年2月召开常务会议0次，规定每月1次" in out
    assert "会议频次按2025-01-01至2025-03-31间的完整月份（半年）检查。" in out
    assert main(["audit", "--ruleset", "xifeng-2022", str(log), "--period", "2025", "--format", "json"]) == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[-1]["rhythm_period"] == ["2025-01-01", "2025-12-31"]
    months = [r["date"][:7] for r in rows if r.get("rule") == "meeting_rhythm" and "常务会议" in r["message"]]
    assert months == ["2025-02", *(f"2025-{m:02d}" for m in range(4, 13))]
    assert main(["audit", "--ruleset", "xifeng-2022", str(log), "--period", "2025-03-10:2025-03-31"]) == 0
    for bad in ("2025-03", "2025-03-01:2025-02-01"):
        assert main(["audit", "--ruleset", "xifeng-2022", str(log), "--period", bad]) == 2
