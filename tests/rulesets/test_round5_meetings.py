"""Round 5: meetings and their periods read across the five texts (who chairs, who attends, assistants,
the hedge of a period, what an unchecked composition is said to be). Each row names its ruleset and article."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, deadlines, rulesets
from govrules.audit import audit
from govrules.model import AgendaItem, Meeting, MeetingKind, Role

MK = MeetingKind
R = Role
DAY = date(2025, 3, 12)


DC_PLENARY = {R.DEPUTY, R.OFFICE_DIRECTOR, R.DEPARTMENT_HEAD}
KT_EXECUTIVE = {R.EXECUTIVE_DEPUTY, R.DEPUTY, R.PARTY_GROUP_MEMBER}
KT_EXECUTIVE_OBSERVERS = frozenset({R.OFFICE_DEPUTY_DIRECTOR, R.SUPERVISION_BUREAU_HEAD, R.INSPECTION_HEAD,
                                    R.LEGAL_AFFAIRS_HEAD})  # fmt: skip


@pytest.mark.parametrize(
    ("ruleset", "article", "kind", "presided_by", "attendees", "rules"),
    [
        # 东川 第五条第二款 区长外出期间,受区长委托,由负责常务工作的副区长主持区人民政府工作
        # + 第十九条 由区长召集和主持: whether the acting chair takes in the 全体会议 is open (read as 崆峒 第九条):
        # no breach while the 区长 is away,
        pytest.param("dongchuan-2024", "5¶2+19", MK.PLENARY, R.EXECUTIVE_DEPUTY, DC_PLENARY, [],
                     id="dongchuan 5¶2+19 the 常务副区长 chairs the 全体会议, 区长 away: open, no breach"),
        # ... a breach while he attends (certain under every reading),
        pytest.param("dongchuan-2024", "5¶2+19", MK.PLENARY, R.EXECUTIVE_DEPUTY, {R.HEAD, *DC_PLENARY},
                     ["meeting_presider"], id="dongchuan 5¶2+19 the 区长 attends: breach"),
        # ... and no other 副区长 stands in (第五条第二款 names only the 负责常务工作的副区长).
        pytest.param("dongchuan-2024", "19", MK.PLENARY, R.DEPUTY, {R.EXECUTIVE_DEPUTY, R.OFFICE_DIRECTOR,
                     R.DEPARTMENT_HEAD}, ["meeting_composition", "meeting_presider"],
                     id="dongchuan 19 a 副区长 chairs the 全体会议: breach"),
        # 崆峒 第九条 the same words, the same reading (kongtong-2016 acting-head-does-not-sign, third reading).
        pytest.param("kongtong-2016", "9+40", MK.EXECUTIVE, R.EXECUTIVE_DEPUTY, KT_EXECUTIVE - {R.EXECUTIVE_DEPUTY}, [],
                     id="kongtong 9+42 the 常务副区长 chairs the 常务会议, 区长 away: no breach"),
        # 西丰 第八条 「主持日常工作」 is other words: the 全体会议 is the 县长's (第四十条).
        pytest.param("xifeng-2022", "40+8", MK.PLENARY, R.EXECUTIVE_DEPUTY, {R.DEPUTY, R.DEPARTMENT_HEAD},
                     ["meeting_composition", "meeting_presider"], id="xifeng 40 (8 日常工作) 全体会议 is the 县长's"),
        # district-xx 第五十二条第一款 一类会议由区长主持…二类会议由分管副区长主持: a 工作会议 of no recorded class
        # is checked on its chair, under either class,
        pytest.param("district-xx", "52¶1", MK.WORK_CONFERENCE, R.OFFICE_DIRECTOR, {R.DEPARTMENT_HEAD},
                     ["meeting_presider"], id="district-xx 52¶1 the office director chairs a 工作会议: breach"),
        pytest.param("district-xx", "52¶1", MK.WORK_CONFERENCE, R.HEAD, {R.DEPARTMENT_HEAD}, [],
                     id="district-xx 52¶1 the 区长 chairs a 工作会议 (一类)"),
        pytest.param("district-xx", "52¶1", MK.WORK_CONFERENCE, R.DEPUTY, {R.DEPARTMENT_DEPUTY_HEAD}, [],
                     id="district-xx 52¶1 a 副区长 chairs a 工作会议 (二类)"),
    ],
)  # fmt: skip
def test_who_chairs(
    ruleset: str, article: str, kind: MeetingKind, presided_by: Role, attendees: set[Role], rules: list[str]
) -> None:
    rs = rulesets.load(ruleset)
    observers = KT_EXECUTIVE_OBSERVERS if ruleset == "kongtong-2016" else frozenset()
    meeting = Meeting(kind=kind, date=DAY, presided_by=presided_by, attendees=frozenset(attendees),
                      non_voting=observers)  # fmt: skip
    decision = attendance.check_meeting(rs, meeting)
    assert sorted(v.rule for v in decision.violations) == rules, (article, decision.explain())


@pytest.mark.parametrize(
    ("ruleset", "article", "kind", "presided_by", "attendees", "said"),
    [
        # 东川 第五条第二款: the explanation says the question is open and cites the article
        pytest.param("dongchuan-2024", "5¶2", MK.PLENARY, R.EXECUTIVE_DEPUTY, DC_PLENARY,
                     ["文本未明", "依据第五条第二款", "限于区长外出期间，受区长委托"], id="dongchuan 5¶2 said open"),
        # district-xx 第五十二条第一款: the class is not on record, so the composition is not checked, and says so
        pytest.param("district-xx", "52¶1", MK.WORK_CONFERENCE, R.HEAD, {R.DEPARTMENT_HEAD},
                     ["的主持和议题符合规定", "组成未作检查"], id="district-xx 52¶1 class not on record"),
    ],
)  # fmt: skip
def test_chair_explained(
    ruleset: str, article: str, kind: MeetingKind, presided_by: Role, attendees: set[Role], said: list[str]
) -> None:
    rs = rulesets.load(ruleset)
    text = attendance.check_meeting(rs, Meeting(kind=kind, date=DAY, presided_by=presided_by,
                                                 attendees=frozenset(attendees))).explain()  # fmt: skip
    assert all(s in text for s in said), (article, text)


def test_kongtong_46_2_assistants_cite_their_own_article() -> None:
    # 崆峒 第四十六条第二款 参加区政府常务会议,除议题汇报单位负责同志可带1名助手外,其他单位与会人员不带随员
    rs = rulesets.load("kongtong-2016")
    meeting = Meeting(kind=MK.EXECUTIVE, date=DAY, presided_by=R.HEAD, attendees=frozenset(KT_EXECUTIVE),
                      non_voting=KT_EXECUTIVE_OBSERVERS, assistants=2,
                      agenda=(AgendaItem(title="A", reporting_unit="区财政局"),))  # fmt: skip
    decision = attendance.check_meeting(rs, meeting)
    assert [(v.rule, v.citation.short()) for v in decision.violations] == [("meeting_assistants", "第四十六条第二款")]
    record = {"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-03-12", "presided_by": "HEAD",
              "attendees": sorted(r.name for r in KT_EXECUTIVE),
              "non_voting": sorted(r.name for r in KT_EXECUTIVE_OBSERVERS), "assistants": 2,
              "agenda": [{"title": "A", "reporting_unit": "区财政局"}]}  # fmt: skip
    assert [(f.rule, f.citation.short() if f.citation else None) for f in audit(rs, [record])] == [
        ("meeting_assistants", "第四十六条第二款")
    ]


@pytest.mark.parametrize(
    ("ruleset", "article", "rule", "said", "not_said"),
    [
        # the hedge of the period, in the text's word, before it (and never on a strict one)
        pytest.param("xifeng-2022", "45", "minutes_issue", "原则上，会议纪要印发的时限为", None, id="xifeng 45 原则上"),
        pytest.param("xianyang-2013", "58", "request_reply", "一般情况下，", None, id="xianyang 58 一般"),
        pytest.param("xianyang-2013", "58", "countersign_reply", None, "一般情况下，", id="xianyang 58 签复 strict"),
        pytest.param("district-xx", "48", "agenda_materials", "除特殊情况外，议题材料", None, id="district-xx 48"),
        pytest.param("dongchuan-2024", "22¶2", "post_meeting_issue", "原则上，", None, id="dongchuan 22¶2"),
        pytest.param("kongtong-2016", "53¶2", "printing", "原则上，", None, id="kongtong 53¶2 printing"),
        pytest.param("kongtong-2016", "53¶2", "publication", None, "原则上，", id="kongtong 53¶2 publication strict"),
        pytest.param("kongtong-2016", "47", "minutes_draft", None, "原则上，", id="kongtong 47 strict"),
    ],
)  # fmt: skip
def test_a_period_keeps_its_hedge(
    ruleset: str, article: str, rule: str, said: str | None, not_said: str | None
) -> None:
    first_line = deadlines.due(rulesets.load(ruleset), rule, date(2025, 3, 14)).explain().split("\n", 1)[0]
    if said is not None:
        assert said in first_line, (article, first_line)
    if not_said is not None:
        assert not_said not in first_line, (article, first_line)


@pytest.mark.parametrize(
    ("ruleset", "article", "kind", "said"),
    [
        # the text gives the composition; only the attendance is not on record
        pytest.param("dongchuan-2024", "20", MK.EXECUTIVE, "出席情况未在记录中，组成未作检查", id="dongchuan 20"),
        pytest.param("xianyang-2013", "40", MK.EXECUTIVE, "出席情况未在记录中，组成未作检查", id="xianyang 40"),
        # the page giving it is lost (district-xx 常务会议: only its agenda rule survives)
        pytest.param("district-xx", "48", MK.EXECUTIVE, "未规定该会议的组成", id="district-xx 48 lost page"),
    ],
)  # fmt: skip
def test_unchecked_composition_is_said_as_it_is(ruleset: str, article: str, kind: MeetingKind, said: str) -> None:
    rs = rulesets.load(ruleset)
    meeting = Meeting(kind=kind, date=DAY, presided_by=R.HEAD,
                      agenda=(AgendaItem(title="A", materials_submitted_on=date(2025, 3, 1)),))  # fmt: skip
    text = attendance.check_meeting(rs, meeting, composition=False).explain()
    assert said in text, (article, text)
    if ruleset != "district-xx":
        assert "未规定该会议的组成" not in text


@pytest.mark.parametrize(
    ("ruleset", "article", "kind", "field", "rules"),
    [
        # 西丰 第四十五条 times the minutes of the 全体会议、常务会议、县长办公会议、专题会议 only
        pytest.param("xifeng-2022", "45", "TOPICAL", "minutes_issued_on", ["minutes_issue"], id="xifeng 45 专题会议"),
        pytest.param("xifeng-2022", "45", "WORK_CONFERENCE", "minutes_issued_on", [], id="xifeng 45 not a 工作会议"),
        pytest.param("xifeng-2022", "45", "PARTY_GROUP", "minutes_issued_on", [], id="xifeng 45 not a 党组会议"),
        # 崆峒 第四十七条 times the drafting of the five meetings' minutes only
        pytest.param("kongtong-2016", "47", "PARTY_GROUP", "minutes_drafted_on", ["minutes_draft"], id="kongtong 47"),
        pytest.param("kongtong-2016", "47", "WORK_CONFERENCE", "minutes_drafted_on", [], id="kongtong 47 not 工作会议"),
    ],
)  # fmt: skip
def test_minutes_periods_time_the_meetings_they_name(
    ruleset: str, article: str, kind: str, field: str, rules: list[str]
) -> None:
    record = {"type": "meeting", "id": "m", "kind": kind, "date": "2025-03-03", "presided_by": "HEAD",
              field: "2025-03-20"}  # fmt: skip
    found = [f.rule for f in audit(rulesets.load(ruleset), [record]) if f.rule.startswith("minutes")]
    assert found == rules, article


@pytest.mark.parametrize(
    ("ruleset", "article", "kind", "said"),
    [
        pytest.param("xianyang-2013", "40", MK.EXECUTIVE, "常务会议一般每月2次", id="xianyang 40 一般每月召开两次"),
        pytest.param("kongtong-2016", "42", MK.EXECUTIVE, "原则上每月1次", id="kongtong 42 原则上每月召开1次"),
        pytest.param("dongchuan-2024", "20", MK.EXECUTIVE, "一般每月2次", id="dongchuan 20 一般每月召开2"),
    ],
)  # fmt: skip
def test_a_rhythm_keeps_its_hedge(ruleset: str, article: str, kind: MeetingKind, said: str) -> None:
    rs = rulesets.load(ruleset)
    check = attendance.check_rhythm(rs, kind, [date(2025, 3, 5)], date(2025, 3, 1), date(2025, 3, 31))
    assert said in check.explain().split("\n", 1)[0], article
