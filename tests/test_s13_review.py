"""Session 13 review: faults found in s13-me's change (咸阳 四十七's one-leader rule, the repeated-id warning).

Each test fails on s13-me as merged (4780e0e).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from govrules import attendance, rulesets
from govrules.audit import audit_lines
from govrules.model import Meeting

XY, XF = rulesets.load("xianyang-2013"), rulesets.load("xifeng-2022")

CITYWIDE = {"kind": "WORK_CONFERENCE", "date": "2025-03-12"}


# -- 咸阳 四十七: a rule that names no chair does not say the chair was checked -------------------------------


def test_xianyang_47_a_citywide_meeting_passing_is_not_said_to_be_properly_presided() -> None:
    # 四十七 names no one to preside: 「…的主持和议题符合规定」 said what was not checked (no presider, no agenda rule)
    m = attendance.check_meeting(XY, Meeting(presided_by="DEPUTY", attendees=["DEPARTMENT_HEAD"], **CITYWIDE))  # type: ignore[arg-type]
    assert m.ok
    said = m.explain().split("\n")[0]
    assert "主持和议题符合规定" not in said
    assert "出席领导人数符合规定" in said
    assert "主持人未作检查：本规则未规定全市性会议由谁主持" in said


def test_xianyang_47_attendance_not_on_record_says_the_leaders_were_not_counted() -> None:
    m = attendance.check_meeting(XY, Meeting(presided_by="HEAD", **CITYWIDE), composition=False)  # type: ignore[arg-type]
    said = m.explain().split("\n")[0]
    assert "出席情况未在记录中，出席领导人数未作检查" in said
    assert "仅规定该会议的请假" not in said and "未规定该会议的组成，组成与主持未作检查" not in said


def test_xianyang_47_the_roles_left_uncounted_are_said() -> None:
    # the 秘书长 beside a 副市长 passes (not certainly a 领导): the answer says he was not counted
    m = attendance.check_meeting(XY, Meeting(presided_by="DEPUTY", attendees=["SECRETARY_GENERAL"], **CITYWIDE))  # type: ignore[arg-type]
    assert m.ok
    assert "秘书长是否属第四十七条所称“领导”，文本未明确，未计入人数" in m.explain()


def test_xianyang_47_names_the_meeting_and_its_leaders_as_the_text_does() -> None:
    # 全市性会议 (47's word), not the generic 工作会议; the 市长 before his deputy, not in the enum's alphabetical order
    m = attendance.check_meeting(XY, Meeting(presided_by="HEAD", attendees=["DEPUTY"], **CITYWIDE))  # type: ignore[arg-type]
    (v,) = m.violations
    assert v.message.startswith("市长、")
    assert "全市性会议" in m.explain()
    assert XY.read_meeting("全市性会议").name == "WORK_CONFERENCE"


# -- the summary's warning of repeated ids counts the records refused as unreadable too -------------------------


def _lines(*records: dict[str, object]) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in records]


NOTICE = {"type": "document", "id": "D1", "kind": "NOTICE", "issuer": "GOVERNMENT", "addressee": "SUBORDINATES"}


def test_an_id_repeated_by_an_unreadable_record_is_warned_of() -> None:
    # an office re-enters a record whose date it mistyped: both carry D1; the first was left out of the warning,
    # and with only one readable, there was no warning at all
    run = audit_lines(XF, _lines({**NOTICE, "signed_on": "2025-13-04"}, {**NOTICE, "signed_on": "2025-03-04"}))
    found = list(run)
    assert [f.rule for f in found][:1] == ["invalid_record"]
    (warning,) = [w for w in run.summary.warnings if w.startswith("记录编号重复")]
    assert "公文记录“D1”（第1、2行）" in warning


def test_an_id_repeated_after_an_impossible_record_lists_all_its_lines() -> None:
    minutes = {**NOTICE, "kind": "MINUTES", "meeting": "EXECUTIVE", "signed_by": "HEAD", "meeting_date": "2025-03-05"}
    run = audit_lines(
        XF,
        _lines({**minutes, "signed_on": "2025-03-04"}, {**minutes, "signed_on": "2025-03-06"}, {**minutes}),
    )
    list(run)
    (warning,) = [w for w in run.summary.warnings if w.startswith("记录编号重复")]
    assert "（第1、2、3行）" in warning


def test_records_of_other_types_or_without_an_id_are_not_counted_as_repeats() -> None:
    # control: a leave form and a document may share a number; an unreadable line with no type is no repeat
    run = audit_lines(
        XF,
        [
            *_lines({**NOTICE, "signed_on": "2025-03-04"}),
            '{"id": "D1", "kind": "NOTICE"}',
            *_lines({"type": "leave", "id": "D1", "role": "DEPUTY", "kind": "TRIP", "start": "2025-03-04"}),
        ],
    )
    list(run)
    assert not [w for w in run.summary.warnings if w.startswith("记录编号重复")]


def test_a_record_whose_type_is_a_list_and_names_another_levels_role_is_one_invalid_record() -> None:
    # 咸阳's log, a 县长 and "type": [] (unhashable): the audit stopped on a TypeError (on main too), every record
    # after it lost; now one invalid_record naming the field, and the audit goes on
    run = audit_lines(
        XY,
        [
            '{"type": [], "id": "D1", "signed_by": "县长"}',
            '{"type": {}, "id": "D2", "presided_by": "县长办公会议"}',
            *_lines({**NOTICE, "id": "D3", "signed_by": "HEAD", "signed_on": "2025-03-04"}),
        ],
    )
    found = list(run)
    assert [(f.line, f.rule) for f in found if f.rule == "invalid_record"] == [
        (1, "invalid_record"),
        (2, "invalid_record"),
    ]
    assert "县级的名称" in found[0].message
    assert run.summary.read == 3


def test_a_what_if_report_says_the_leaders_limit() -> None:
    # whatif/texts.py's max_leaders line had no test: removing it left every test passing
    from govrules.whatif.texts import _meeting_rules_text

    rule = XY.rule("citywide_meeting_one_leader")
    assert _meeting_rules_text(XY, (rule,), "zh").startswith("领导（市长、常务副市长、分管副市长）出席不超过1名")
    assert _meeting_rules_text(XY, (rule,), "en").startswith("at most 1 of HEAD, EXECUTIVE_DEPUTY, DEPUTY attend")


def test_xianyang_47_a_convener_is_not_said_to_be_left_where_only_the_chair_is_given() -> None:
    # 「（仅规定主持）」 said of 四十七, which names no chair either
    meeting = Meeting(presided_by="DEPUTY", convened_by="HEAD", **CITYWIDE)  # type: ignore[arg-type]
    said = attendance.check_meeting(XY, meeting).explain()
    assert "召集人市长未作检查：本规则未规定全市性会议由谁召集。" in said
    assert "仅规定主持" not in said


def test_a_workbooks_other_sheets_are_named_in_the_audits_language(tmp_path: Path) -> None:
    # the warning was Chinese in an English audit (lang="en"), where every other warning is English
    openpyxl = pytest.importorskip("openpyxl")
    from govrules.audit.sheet import audit_sheet

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.append(["类型", "编号", "文种", "发文名义", "签发人", "签发日期"])
    first.append(["公文", "H1", "议案", "政府", "副县长", dt.date(2025, 3, 5)])
    book.create_sheet("会议").append(["类型", "编号"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    run = audit_sheet(XF, path, lang="en")
    list(run)
    (said,) = run.summary.warnings
    assert said.startswith("the workbook has 1 other worksheet(s) not audited (会议)")
    run = audit_sheet(XF, path)
    list(run)
    assert run.summary.warnings[0].startswith("工作簿另有1个工作表（“会议”）未审计")


# -- 西丰 五十三（五）其中 县长授权副县长: with a roster, an authorization lets a deputy sign outside his portfolio


def test_xifeng_53_5_a_deputy_on_the_heads_authorization_is_not_a_portfolio_breach() -> None:
    # docs/interpretations/xifeng_2022.md says so; the audit's portfolio check did not read the authorization
    from govrules.audit.people import load_roster

    roster = load_roster(Path(__file__).parents[1] / "docs" / "examples" / "office" / "roster.toml")
    base = {
        "type": "document",
        "kind": "NOTICE",
        "issuer": "GOVERNMENT",
        "addressee": "SUBORDINATES",
        "department": "县教育局",  # 林晓雯's, not 陈立新's
        "signed_by": "陈立新",
        "signed_on": "2025-03-04",
    }
    grant = [{"grantor": "周明远", "grantee": "陈立新", "start": "2025-01-01", "end": "2025-12-31"}]
    records = [
        {**base, "id": "A", "matters": ["DECIDED_AT_MEETING"]},  # no authorization on record: a breach
        {**base, "id": "B", "matters": ["DECIDED_AT_MEETING"], "authorizations": grant},  # 县长授权副县长
        {**base, "id": "C", "authorizations": grant},  # the general sentence: only the 负责日常工作的副县长 so
    ]
    found = list(audit_lines(XF, _lines(*records), roster=roster))
    assert sorted((f.record_id, f.rule) for f in found) == [("A", "portfolio"), ("C", "portfolio")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_a_json_array_in_utf16_is_refused_as_in_utf8(encoding: str) -> None:
    # the refusal matched UTF-8 bytes only: a UTF-16 array (PowerShell's Out-File) was read a line a record
    import io

    from govrules.audit.source import read_lines
    from govrules.errors import InvalidInput

    data = '[\n {"type": "request", "id": "R1", "received_on": "2025-03-03"}\n]\n'.encode(encoding)
    with pytest.raises(InvalidInput, match="JSON array"):
        list(read_lines(io.BytesIO(data)))
    # control: JSON Lines in UTF-16 are read
    lines = list(read_lines(io.BytesIO('{"type": "request", "id": "R1"}\n'.encode(encoding))))
    assert lines[-1].endswith(b'"R1"}\n')
