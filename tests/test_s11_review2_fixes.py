"""Session 11 second review (s11-review2): faults found in session 11's part 2, each row naming ruleset and article.

A leave excuses a member only from the meeting it names (general.md leave-covers-the-meeting): a 工作会议 and one of
its classes are one meeting, but a 一类会议 and a 二类会议 are two
(district-xx 五十二, each its own presider and members).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govrules import LeaveRequest, Meeting, rulesets
from govrules.attendance import check_meeting
from govrules.audit import audit_lines

# (ruleset, article, meeting held, meeting the leave names, whether the absent member is excused)
CROSS_CLASS = [
    pytest.param(
        "district-xx", "五十二 二类会议 + 五十三 ¶2", "WORK_CONFERENCE_CLASS_2", "WORK_CONFERENCE_CLASS_1", False,
        id="district-xx 五十二: a leave from the 一类会议 does not excuse from the 二类会议",
    ),
    pytest.param(
        "district-xx", "五十二 二类会议 + 五十三 ¶2", "WORK_CONFERENCE_CLASS_2", "WORK_CONFERENCE_CLASS_2", True,
        id="district-xx 五十二: control, a leave from the 二类会议 excuses from it",
    ),
    pytest.param(
        "district-xx", "五十二 二类会议 + 五十三 ¶2", "WORK_CONFERENCE_CLASS_2", "WORK_CONFERENCE", True,
        id="district-xx 五十三: control, a leave from the 工作会议 excuses from its 二类会议",
    ),
]  # fmt: skip


def _second_class_meeting(meeting_named: str) -> Meeting:
    return Meeting(
        kind="WORK_CONFERENCE_CLASS_2",
        date="2025-03-12",
        presided_by="DEPUTY",
        attendees=["TOWNSHIP_DEPUTY_HEAD"],
        absent=[
            LeaveRequest(
                role="DEPARTMENT_DEPUTY_HEAD",
                kind="MEETING_ABSENCE",
                start="2025-03-12",
                requested_on="2025-03-10",
                meeting=meeting_named,
                reason="OFFICIAL_TRIP",
                substitute=True,
            )
        ],
    )


@pytest.mark.parametrize(("rs_id", "article", "held", "named", "excused"), CROSS_CLASS)
def test_a_leave_from_one_class_of_work_conference_does_not_excuse_from_the_other(
    rs_id: str, article: str, held: str, named: str, excused: bool
) -> None:
    assert held == "WORK_CONFERENCE_CLASS_2", article
    decision = check_meeting(rulesets.load(rs_id), _second_class_meeting(named))
    missing = [v for v in decision.violations if v.rule == "meeting_composition" and "未出席且未请假" in str(v)]
    assert (not missing) is excused, [str(v) for v in decision.violations]


@pytest.mark.parametrize(("rs_id", "article", "held", "named", "excused"), CROSS_CLASS)
def test_the_audit_reads_a_cross_class_leave_alike(
    rs_id: str, article: str, held: str, named: str, excused: bool
) -> None:
    record = {
        "type": "meeting", "id": "M1", "kind": held, "date": "2025-03-12", "presided_by": "DEPUTY",
        "attendees": ["TOWNSHIP_DEPUTY_HEAD"],
        "absent": [{"role": "DEPARTMENT_DEPUTY_HEAD", "kind": "MEETING_ABSENCE", "start": "2025-03-12",
                    "requested_on": "2025-03-10", "meeting": named, "reason": "OFFICIAL_TRIP", "substitute": True}],
    }  # fmt: skip
    found = audit_lines(rulesets.load(rs_id), [json.dumps(record, ensure_ascii=False)])
    missing = [f for f in found if f.rule == "meeting_composition" and "未出席且未请假" in f.message]
    assert (not missing) is excused, (article, [f.message for f in found])


# -- the audit's report of an absence no leave rule covers: in the report's language and the text's words ------------

#: (ruleset, article, a meeting record with an absence no leave rule covers, the role as the text names it)
UNCOVERED_ABSENCES = [
    pytest.param(
        "xianyang-2013", "四十二 专项会议 (no leave rule for its absences)",
        {"type": "meeting", "id": "M1", "kind": "专题会议", "date": "2025-03-12", "presided_by": "市长",
         "attendees": ["副市长"], "absent": [{"role": "副市长", "kind": "不能出席会议", "start": "2025-03-12",
                                              "meeting": "专题会议", "requested_on": "2025-03-10"}]},
        "分管副市长",
        id="咸阳 专题会议: a 副市长's absence said as 咸阳 names him, in Chinese",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rs_id", "article", "record", "role"), UNCOVERED_ABSENCES)
def test_an_absence_no_leave_rule_covers_is_said_in_the_reports_language_and_the_texts_words(
    rs_id: str, article: str, record: dict[str, object], role: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govrules.cli import main

    log = tmp_path / "log.jsonl"
    log.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    main(["audit", rs_id, str(log), "--quiet"])
    zh = capsys.readouterr().out
    assert f"会议缺席：规则未规定{role}不能出席会议的请假：1条" in zh, (article, zh)
    assert "no leave rule" not in zh and "（县、区）" not in zh, zh
    main(["audit", rs_id, str(log), "--quiet", "--lang", "en"])
    en = capsys.readouterr().out
    assert f"an absence from the meeting: no leave rule covers a {role}: 1 record" in en, (article, en)


# -- a deadline's variant named in the words its explanation says it in ---------------------------------------------

#: (ruleset, article, rule, the case as the text and the explanation write it, the variant's id)
VARIANT_WORDS = [
    pytest.param(
        "kongtong-2016", "五十三 有重大修改意见需要协调的,须在7个工作日内印发", "post_meeting_issue",
        "有重大修改意见需要协调的", "major_revision", id="崆峒 五十三 「有重大修改意见需要协调的」",
    ),
    pytest.param(
        "district-xx", "五十九 特别复杂的事项不得超过一周", "countersign_reply", "特别复杂的事项", "complex",
        id="district-xx 五十九 「特别复杂的事项」 (control)",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rs_id", "article", "rule_id", "words", "variant"), VARIANT_WORDS)
def test_a_variant_is_read_in_the_words_its_explanation_says(
    rs_id: str, article: str, rule_id: str, words: str, variant: str
) -> None:
    from datetime import date

    from govrules import deadlines

    rs = rulesets.load(rs_id)
    assert deadlines.variant_id(rs, rule_id, words) == variant, article
    said = deadlines.due(rs, rule_id, date(2025, 3, 3), variant=words)
    assert said == deadlines.due(rs, rule_id, date(2025, 3, 3), variant=variant)
    assert words in said.explain()  # the words the explanation says are words it reads
