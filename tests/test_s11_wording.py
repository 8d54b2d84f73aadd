"""Explanations in the article's own words (session 11, from the round-7 reading).

- 西丰 第六十七条: 「副县长离丰和休假,应事先报告县长,由县政府办公室通报县政府**其他**领导同志」: the explanation dropped
  其他 (「通报县政府领导同志」), which falls inside the role's name; a `notify_verb` may now name its one role in the
  text's words.
- A variant's period is said with the case it is for: 崆峒 第五十三条 「有重大修改意见需要协调的,须在7个工作日内印发」,
  district-xx 第五十九条 「特别复杂的事项不得超过一周」; the explanation said the 7 days as if they were the rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, deadlines, rulesets
from govrules.errors import InvalidInput
from govrules.model import LeaveKind, LeaveRequest, Role
from govrules.rules import LeaveIs, LeaveRule


def test_xifeng_article_67_the_office_tells_the_other_leaders() -> None:
    rs = rulesets.load("xifeng-2022")
    request = LeaveRequest(
        role=Role.DEPUTY,
        kind=LeaveKind.TRIP,
        start=date(2025, 3, 6),
        end=date(2025, 3, 6),
        requested_on=date(2025, 3, 5),
    )
    said = attendance.check_leave(rs, request).explain()
    assert "由县政府办公室通报县政府其他领导同志" in said.split("\n", 1)[0]
    assert "报告县长" in said


@pytest.mark.parametrize(
    ("rid", "rule_id", "variant", "case", "article"),
    [
        ("kongtong-2016", "post_meeting_issue", "major_revision", "有重大修改意见需要协调的，", "第五十三条"),
        ("kongtong-2016", "post_meeting_issue", "重大修改", "有重大修改意见需要协调的，", "第五十三条"),
        ("district-xx", "countersign_reply", "complex", "特别复杂的事项，", "第五十九条"),
        ("district-xx", "countersign_reply", "特别复杂", "特别复杂的事项，", "第五十九条"),
    ],
)
def test_a_variants_period_is_said_with_its_case(rid: str, rule_id: str, variant: str, case: str, article: str) -> None:
    rs = rulesets.load(rid)
    first = deadlines.due(rs, rule_id, date(2025, 3, 6), variant=variant).explain().split("\n", 1)[0]
    assert case in first
    general = deadlines.due(rs, rule_id, date(2025, 3, 6)).explain().split("\n", 1)[0]
    assert case not in general  # the general period says no case
    assert article in deadlines.due(rs, rule_id, date(2025, 3, 6), variant=variant).explain()


def test_a_notify_verb_without_a_place_for_names_is_one_per_role() -> None:
    """A pattern naming its role in the text's words cannot stand for several roles: refused, saying why."""
    with pytest.raises(InvalidInput, match="one per notified role"):
        LeaveRule(
            id="x",
            when=LeaveIs(role=(Role.DEPUTY,), kind=(LeaveKind.TRIP,)),
            notify=(Role.HEAD, Role.GOVERNMENT_OFFICE),
            notify_verb="通报县政府其他领导同志",
            cite=rulesets.load("xifeng-2022").rule("deputy_trip_or_vacation").citation,
            quote="副县长离丰和休假,应事先报告县长,由县政府办公室通报县政府其他领导同志。",
        )


@pytest.mark.parametrize(
    ("rid", "kind", "partial"),
    [
        # district-xx: only page 2 of 3 survives (articles 四十三 to 七十六); 五十 names the 全体会议's leave only
        ("district-xx", "PLENARY", True),
        # 崆峒's 75 articles are all held; 四十六 names the 工作会议's leave only
        ("kongtong-2016", "WORK_CONFERENCE", False),
    ],
)
def test_only_a_partial_text_is_said_to_be_the_surviving_text(rid: str, kind: str, partial: bool) -> None:
    """Trial 11 P16: 「本规则（现存文本）仅规定该会议的请假」 was said of 崆峒, whose text is complete."""
    from govrules.model import Meeting, MeetingKind

    rs = rulesets.load(rid)
    assert rs.text_is_partial is partial
    assert not rulesets.load("xianyang-2013").text_is_partial
    said = attendance.check_meeting(
        rs, Meeting(kind=MeetingKind[kind], date=date(2025, 3, 6), presided_by=Role.HEAD)
    ).explain()
    assert "仅规定该会议的请假，组成、主持与议题未作检查" in said
    assert ("本规则（现存文本）仅规定" in said) is partial
