"""Session 12: who convened a meeting (召集), where the text names who convenes with who presides (round 8,
R8-XY-35, R8-XF-40: `Meeting.convened_by` was read by no check). Each row names its ruleset and article."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from govrules import attendance, rulesets
from govrules.audit import audit_lines
from govrules.model import Meeting, Role

# (ruleset, meeting, presided_by, convened_by, a convener breach?) — the article is the id
CASES = [
    pytest.param("xianyang-2013", "EXECUTIVE", "EXECUTIVE_DEPUTY", "DEPUTY", True,
                 id="四十 常务会议 convened by an ordinary 副市长"),
    pytest.param("xianyang-2013", "EXECUTIVE", "EXECUTIVE_DEPUTY", "HEAD", False, id="四十 市长 (who commissioned)"),
    pytest.param("xianyang-2013", "EXECUTIVE", "EXECUTIVE_DEPUTY", "EXECUTIVE_DEPUTY", False,
                 id="四十 八 常务副市长 on commission"),
    pytest.param("xianyang-2013", "HEAD_OFFICE", "HEAD", "SECRETARY_GENERAL", True, id="四十一 「由市长召集」"),
    pytest.param("xianyang-2013", "PLENARY", "HEAD", "HEAD", False, id="三十九 由市长召集和主持"),
    pytest.param("xianyang-2013", "TOPICAL", "DEPUTY", "SECRETARY_GENERAL", False,
                 id="四十二 「召开」: who convenes not said, not checked"),
    pytest.param("xifeng-2022", "EXECUTIVE", "EXECUTIVE_DEPUTY", "DEPUTY", True,
                 id="四十一 常务会议 convened by an ordinary 副县长"),
    pytest.param("xifeng-2022", "PLENARY", "HEAD", "EXECUTIVE_DEPUTY", True, id="四十 由县长召集和主持"),
    pytest.param("xifeng-2022", "HEAD_OFFICE", "DEPUTY", "OFFICE_DIRECTOR", False,
                 id="四十二 「主持召开」: who convenes not said, not checked"),
    pytest.param("dongchuan-2024", "EXECUTIVE", "EXECUTIVE_DEPUTY", "EXECUTIVE_DEPUTY", False,
                 id="第二十条 区长外出期间可委托常务副区长召集和主持"),
    pytest.param("dongchuan-2024", "EXECUTIVE", "HEAD", "DEPUTY", True, id="第二十条 由区长召集和主持"),
    pytest.param("dongchuan-2024", "HEAD_OFFICE", "HEAD", "OFFICE_DIRECTOR", False,
                 id="第二十四条第二款 「主持召开」: not checked"),
    pytest.param("kongtong-2016", "HEAD_OFFICE", "DEPUTY", "DEPUTY", False, id="四十三 区长委托副区长召集和主持"),
    pytest.param("kongtong-2016", "TOPICAL", "DEPUTY", "OFFICE_DIRECTOR", True, id="四十四 由区长或副区长召集和主持"),
    pytest.param("kongtong-2016", "EXECUTIVE", "HEAD", "DEPUTY", True, id="四十二 由区长召集和主持"),
    pytest.param("district-xx", "HEAD_OFFICE", "HEAD", "DEPUTY", True, id="四十四 由区长召集和主持"),
    pytest.param("district-xx", "TOPICAL", "OFFICE_DIRECTOR", "OFFICE_DIRECTOR", False,
                 id="四十六 委托区政府办公室有关负责同志召集和主持"),
]  # fmt: skip


@pytest.mark.parametrize(("rid", "kind", "presider", "convener", "breach"), CASES)
def test_who_convened_is_checked_where_the_text_names_it(
    rid: str, kind: str, presider: str, convener: str, breach: bool
) -> None:
    rs = rulesets.load(rid)
    meeting = Meeting(kind=kind, date=date(2025, 3, 12), presided_by=presider, convened_by=convener)
    found = [v for v in attendance.check_meeting(rs, meeting, composition=False).violations]
    conveners = [v for v in found if v.rule == "meeting_convener"]
    assert bool(conveners) == breach, [v.message for v in found]
    if breach:
        assert conveners[0].citation == rs.rule(conveners[0].source).citation
        assert conveners[0].message.startswith(f"会议由{rs.name(Role[convener])}召集，规定由")
    # no convener on record: nothing to check
    unrecorded = Meeting(kind=kind, date=date(2025, 3, 12), presided_by=presider)
    assert not [v for v in attendance.check_meeting(rs, unrecorded, composition=False).violations
                if v.rule == "meeting_convener"]  # fmt: skip


def test_40_the_audit_reads_convened_by_and_reports_it() -> None:
    rs = rulesets.load("xianyang-2013")
    record = {"type": "meeting", "id": "M1", "kind": "常务会议", "date": "2025-03-12", "presided_by": "常务副市长",
              "convened_by": "副市长"}  # fmt: skip
    found = [(f.rule, f.citation.short() if f.citation else None) for f in audit_lines(rs, [json.dumps(record)])]
    assert found == [("meeting_convener", "第四十条")]
    record["convened_by"] = "市长"
    assert list(audit_lines(rs, [json.dumps(record)])) == []
    # two records of one situation but their convener: each its own verdict (the audit's memo keys on it)
    lines = [json.dumps({**record, "id": f"M{i}", "convened_by": c}) for i, c in enumerate(["市长", "副市长", "市长"])]
    assert [f.record_id for f in audit_lines(rs, lines)] == ["M1"]


def test_41_the_command_line_meeting_reads_convened_by(tmp_path: Path) -> None:
    record = tmp_path / "m.json"
    record.write_text(
        json.dumps({"kind": "常务会议", "date": "2025-03-12", "presided_by": "常务副县长", "convened_by": "副县长"}),
        "utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "govrules", "meeting", "xifeng-2022", str(record)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert out.returncode == 1, out.stderr
    assert "会议由分管副县长召集，规定由县长或负责日常工作的副县长召集" in out.stdout


def test_the_flag_is_set_only_on_rules_whose_article_says_convene() -> None:
    """Every rule declared `convened_as_presided` quotes or cites an article with 召集 in it."""
    for rid in rulesets.available():
        rs = rulesets.load(rid)
        for rule in rs.rules:
            if getattr(rule, "convened_as_presided", False):
                texts = [rs.article(c.article).text for c in rule.cite if c.article is not None]
                assert any("召集" in t for t in texts), (rid, rule.id)
                assert rule.presiders or rule.convener is not None  # someone the check lets convene
