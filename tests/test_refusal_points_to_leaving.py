"""A refused 休假 or 学习 points to the articles on the same person leaving the area (东川 第四十四条 and its peers).

The texts are silent on a department head's vacation, not on his leaving: a vacation spent away is a trip
(dongchuan_2024.md `going-out-not-vacation`). The refusal must not read as "no approval needed".
"""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, rulesets
from govrules.errors import NoApplicableRule
from govrules.model import LeaveKind, LeaveRequest, Role
from govrules.workdays import china

# ruleset, role, kind, the article(s) the refusal points to (None: the text rules no trip of that role either)
CASES = [
    ("dongchuan-2024", Role.DEPARTMENT_HEAD, LeaveKind.VACATION, "第四十四条"),  # 第四十四条 外出
    ("dongchuan-2024", Role.TOWNSHIP_HEAD, LeaveKind.VACATION, "第四十四条"),  # 第四十四条 乡镇(街道)主要负责人外出
    ("xifeng-2022", Role.DEPARTMENT_HEAD, LeaveKind.VACATION, "第六十七条第二款"),  # 六十七 ¶2 离丰外出
    ("xianyang-2013", Role.DEPARTMENT_HEAD, LeaveKind.VACATION, "第六十五条第二款"),  # 六十五 ¶2 离咸外出
    ("xianyang-2013", Role.HEAD, LeaveKind.STUDY, "第六十五条第一款"),  # 六十五 ¶1 离咸外出
    ("kongtong-2016", Role.DEPARTMENT_HEAD, LeaveKind.VACATION, "第五十九条第一款"),  # 五十九 ¶1 外出
    ("district-xx", Role.DEPARTMENT_HEAD, LeaveKind.VACATION, None),  # no leave article survives on the page
    ("xifeng-2022", Role.TOWNSHIP_HEAD, LeaveKind.VACATION, None),  # 西丰 rules no township head's leaving
]


@pytest.mark.parametrize(("rid", "role", "kind", "article"), CASES)
def test_refused_vacation_points_to_the_article_on_leaving(
    rid: str, role: Role, kind: LeaveKind, article: str | None
) -> None:
    rs = rulesets.load(rid)
    request = LeaveRequest(role=role, kind=kind, start=date(2025, 3, 10), end=date(2025, 3, 14),
                           requested_on=date(2025, 3, 3))  # fmt: skip
    with pytest.raises(NoApplicableRule) as caught:
        attendance.check_leave(rs, request, calendar=china())
    zh = caught.value.zh
    assert zh.startswith(f"《{rs.title}》未规定")
    if article is None:
        assert "离开本地" not in zh and "see " not in str(caught.value)
    else:
        assert zh.endswith(f"期间离开本地的，见{article}"), zh
        assert f"see {article}, which rules leaving it" in str(caught.value)
    # the same words raised again from memory
    with pytest.raises(NoApplicableRule) as again:
        attendance.check_leave(rs, request, calendar=china())
    assert again.value.zh == zh
