"""Session 13: a rule's citation names the paragraph (款) that gives its rule.

An auditor quoting a citation quotes `Ruleset.cited_passage`: the whole article when the citation names no
paragraph. A reader found rules of multi-paragraph articles cited without their paragraph, e.g. 崆峒 第五十二条
(five paragraphs): the 上行文/平行文/下行文 and 联合发文 rules are ¶1's yet were cited 「第五十二条」 while ¶2's
cite 「第五十二条第二款」 (R10-KT-06..09, R10-KT-23); 西丰 第五十二条第一款 (会签, R10-XF-35); 崆峒 第五十四条第一款
(阅批 with an opinion, R10-KT-04). A right answer cited too broadly is a fault of kind "citation".

Every non-Duty rule citation of a multi-paragraph article names a paragraph, except the rules in WHOLE, which draw
on two or more of its paragraphs (each with which ones). Each row of PARAGRAPHS names ruleset, rule, article and
the first words of the paragraph the rule now cites.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest

from govrules import rulesets
from govrules.rules import Duty
from govrules.rules.citations import Citation
from govrules.rules.kinds import Rule
from govrules.rules.ruleset import Ruleset

RULESETS = {rid: rulesets.load(rid) for rid in rulesets.available()}


def _citations(rule: Rule) -> Iterator[tuple[str, Citation]]:
    """(field, citation) for every Citation field and every tuple of them."""
    for field in attrs.fields(type(rule)):
        value = getattr(rule, field.name)
        if isinstance(value, Citation):
            yield field.name, value
        elif isinstance(value, tuple):
            yield from ((field.name, c) for c in value if isinstance(c, Citation))


def _multi_paragraph(rs: Ruleset, article: int) -> bool:
    """Whether the article has more than one paragraph, as `cited_passage` splits them."""
    whole = Citation(rs.id, article)
    return rs.cited_passage(attrs.evolve(whole, paragraph=1)) != rs.cited_text(whole)


# (ruleset, rule id, field, article) → which paragraphs the rule draws on: cited whole on purpose
WHOLE: dict[tuple[str, str, str, int], str] = {
    ("xianyang-2013", "plenary_meeting", "cite", 39): "¶1 组成、召集和主持; ¶2 列席 (optional_non_voting)",
    ("xianyang-2013", "executive_meeting", "cite", 40): "¶1 组成、由市长或委托常务副市长召集和主持; ¶2 列席",
    ("dongchuan-2024", "plenary_composition", "cite", 19): "¶1 组成、召集和主持; ¶2 列席",
    ("dongchuan-2024", "executive_composition", "cite", 20): "¶1 组成、主持及外出委托; ¶2 固定列席与根据需要列席",
    ("kongtong-2016", "plenary_composition", "cite", 40): "¶1 组成、召集和主持; ¶2 列席及邀请列席",
    ("kongtong-2016", "party_group_composition", "cite", 41): "¶1 党组成员组成、党组书记主持; ¶2 非党员副区长等列席",
    ("kongtong-2016", "executive_composition", "cite", 42): "¶1 组成、召集和主持; ¶2 固定列席与涉及本单位的列席",
    ("district-xx", "head_office_meeting", "cite", 44): "¶1 组成、列席、召集和主持; ¶2 根据需要列席",
    ("district-xx", "head_briefing_meeting", "cite", 45): "¶1 组成、列席、召集和主持; ¶2 根据需要列席",
}


def _whole_citations() -> Iterator[tuple[str, str, str, int]]:
    for rid, rs in RULESETS.items():
        for rule in rs.rules:
            if isinstance(rule, Duty):
                continue
            for field, c in _citations(rule):
                if c.article is not None and c.paragraph is None and c.item is None and _multi_paragraph(rs, c.article):
                    yield rid, rule.id, field, c.article


def test_multi_paragraph_citations_name_their_paragraph() -> None:
    unnamed = sorted(set(_whole_citations()) - set(WHOLE))
    assert unnamed == [], "cite the paragraph (款) that gives the rule, or list the rule in WHOLE with its reason"


def test_every_whole_citation_listed_is_still_whole() -> None:
    assert sorted(set(WHOLE) - set(_whole_citations())) == []


def test_cited_paragraphs_exist() -> None:
    """A paragraph past the article's last would quote the whole article."""
    for rid, rs in RULESETS.items():
        for rule in rs.rules:
            for field, c in _citations(rule):
                if c.article is None or c.paragraph is None:
                    continue
                whole = rs.cited_text(c)
                if c.paragraph > 1:
                    assert rs.cited_passage(c) != whole, (rid, rule.id, field, c.short())


# (ruleset, rule id, field, the citation it now holds, the cited paragraph's first words)
PARAGRAPHS = [
    # 崆峒 五十二 ¶1: 上行文 / 平行文和下行文 / 区委、区政府联合发文 / 与其他县（区）政府或市直部门联合行文
    ("kongtong-2016", "government_upward", "cite", "第五十二条第一款", "以区政府名义制发的上行文"),
    ("kongtong-2016", "government_parallel_downward", "cite", "第五十二条第一款", "以区政府名义制发的上行文"),
    ("kongtong-2016", "joint_party_government_signing", "cite", "第五十二条第一款", "以区政府名义制发的上行文"),
    ("kongtong-2016", "joint_party_government_countersign", "cite", "第五十二条第一款", "以区政府名义制发的上行文"),
    ("kongtong-2016", "joint_external_counterpart_signing", "cite", "第五十二条第一款", "以区政府名义制发的上行文"),
    # 崆峒 五十四 ¶1: 阅批公文要有明确而又具体的意见 (¶2 is the office's procedures)
    ("kongtong-2016", "submission_approved_by_leader_in_charge", "opinion_cite", "第五十四条第一款", "区政府领导"),
    ("kongtong-2016", "submission_approved_by_leader_in_charge", "cite", "第五十四条第一款", "区政府领导同志要按照"),
    ("kongtong-2016", "leader_reading", "cite", "第五十四条第一款", "区政府领导同志要按照“当日事当日清”"),
    ("kongtong-2016", "post_meeting_issue", "cite", "第五十三条第一款", "区政府党组会议、区政府常务会议、区长办公会议"),
    ("kongtong-2016", "executive_monthly", "cite", "第四十二条第二款", "区政府常务会议原则上每月召开1次"),
    ("kongtong-2016", "meeting_absence", "cite", "第四十六条第一款", "区政府领导同志及其他人员因故不能出席"),
    ("kongtong-2016", "who_may_chair_the_meeting", "cite", "第四十六条第一款", "区政府领导同志及其他人员因故不能出席"),
    ("kongtong-2016", "head_trip", "cite", "第五十九条第一款", "区政府组成人员要严格执行外出报告制度"),
    ("kongtong-2016", "deputy_trip", "cite", "第五十九条第一款", "区政府组成人员要严格执行外出报告制度"),
    ("kongtong-2016", "department_head_trip", "cite", "第五十九条第一款", "区政府组成人员要严格执行外出报告制度"),
    ("kongtong-2016", "government_leaders_are_the_leaders", "cite", "第五十九条第一款", "区政府组成人员要严格执行"),
    # 西丰 五十二 ¶1: 涉及两个以上部门职权的,须履行会签程序 (¶2 the 7-day reply, ¶3 县委 documents)
    ("xifeng-2022", "other_departments_countersign", "cite", "第五十二条第一款", "各乡（镇）政府、各部门报送县政府"),
    ("xifeng-2022", "deputy_trip_or_vacation", "cite", "第六十七条第一款", "县政府组成人员要严格执行请销假制度"),
    ("xifeng-2022", "county_wide_meeting_notice_by_head", "cite", "第四十七条第一款", "对县政府召开的全县性会议"),
    ("xianyang-2013", "plenary_rhythm", "cite", "第三十九条第二款", "市政府全体会议一般每半年召开一次"),
    ("xianyang-2013", "executive_rhythm", "cite", "第四十条第二款", "市政府常务会议一般每月召开两次"),
    ("xianyang-2013", "head_office_meeting", "cite", "第四十一条第一款", "市长办公会议由市长召集"),
    ("xianyang-2013", "meeting_absence", "cite", "第三十九条第一款", "市政府全体会议由市长、副市长"),
    ("xianyang-2013", "executive_meeting_absence", "cite", "第四十条第一款", "市政府常务会议由市长、副市长"),
    ("xianyang-2013", "head_office_meeting_absence", "cite", "第四十一条第一款", "市长办公会议由市长召集"),
    ("xianyang-2013", "executive_deputy_is_a_deputy", "cite", "第四十条第一款", "市政府常务会议由市长、副市长"),
    ("dongchuan-2024", "executive_rhythm", "cite", "第二十条第二款", "区人民政府常务会议一般每月召开2"),
    ("dongchuan-2024", "executive_deputy_is_a_deputy", "cite", "第五条第二款", "区长外出期间,受区长委托"),
    ("dongchuan-2024", "meeting_chair_is_a_leader", "cite", "第二十四条第三款", "区人民政府专题会议由"),
    ("district-xx", "executive_deputy_is_a_deputy", "cite", "第四十四条第一款", "区长办公会议由区长、副区长组成"),
]


@pytest.mark.parametrize(
    ("ruleset", "rule_id", "field", "cite", "words"),
    [pytest.param(*row, id=f"{row[0]} {row[1]} {row[2]} {row[3]}") for row in PARAGRAPHS],
)
def test_rule_cites_the_paragraph(ruleset: str, rule_id: str, field: str, cite: str, words: str) -> None:
    rs = RULESETS[ruleset]
    rule = rs.rule(rule_id)
    cited = [c for f, c in _citations(rule) if f == field]
    article = [c for c in cited if c.short().startswith(cite[: cite.index("条") + 1])]
    assert [c.short() for c in article] == [cite], [c.short() for c in cited]
    assert rs.cited_passage(article[0]).startswith(words)


def test_duty_citations_name_their_paragraph() -> None:
    """Duties are quoted in explanations: theirs name the paragraph too (a duty drawing on two cites each)."""
    unnamed = [
        (rid, rule.id, field, c.short())
        for rid, rs in RULESETS.items()
        for rule in rs.rules
        if isinstance(rule, Duty)
        for field, c in _citations(rule)
        if c.article is not None and c.paragraph is None and c.item is None and _multi_paragraph(rs, c.article)
    ]
    assert unnamed == []
