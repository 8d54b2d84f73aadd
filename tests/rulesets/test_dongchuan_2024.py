"""东川区人民政府工作规则 (dongchuan-2024): the ruleset as data, and the engines' answers under it.

Each row names the article it checks. Dates are in 2025; 国庆 2025-10-01..08 is a holiday and
2025-09-28 (Sunday) and 2025-10-11 (Saturday) are working days.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from govrules import NoApplicableRule, RuleNotDefined, attendance, deadlines, signing
from govrules.model import (
    AbsenceReason,
    Addressee,
    AgendaItem,
    Authorization,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    Meeting,
    MeetingKind,
    Review,
    ReviewAct,
    Role,
)
from govrules.rules import (
    AgendaRequirement,
    AgendaRule,
    Alternate,
    AlternateBasis,
    LeaveRule,
    MeetingRule,
    Rhythm,
    RhythmRule,
    Ruleset,
    SigningRule,
)
from govrules.rulesets import load
from govrules.rulesets.dongchuan_2024 import DEPARTMENT_PRINCIPALS, RULESET

RS: Ruleset = load("dongchuan-2024")

H, X, D, OD = Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.OFFICE_DIRECTOR
#: the bureau principals the vocabulary names, department principals like `Role.DEPARTMENT_HEAD` (4, 19, 44)
BUREAUS = {Role.AUDIT_BUREAU_HEAD, Role.FINANCE_BUREAU_HEAD, Role.JUSTICE_BUREAU_HEAD, Role.DEVELOPMENT_REFORM_HEAD}
TOWNSHIP, UNIT = Role.TOWNSHIP_HEAD, Role.UNIT_HEAD
GOV, OFFICE = Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE


# -- the ruleset as data ---------------------------------------------------------------------------


def test_loads_through_the_registry() -> None:
    assert RS is RULESET
    assert RS.id == "dongchuan-2024"
    assert RS.government.name == "昆明市东川区人民政府"
    assert RS.effective_from == date(2024, 11, 7)
    assert len(RS.articles) == 48
    assert RS.name(H) == "区长"
    assert RS.name(X) == "负责常务工作的副区长"


OPERATIVE = [a.number for a in RS.articles if a.number not in RS.non_operative]


def test_operative_and_non_operative_partition_the_text() -> None:
    assert len(OPERATIVE) == 33
    assert len(RS.non_operative) == 15
    assert set(OPERATIVE) | set(RS.non_operative) == set(range(1, 49))


# -- meetings: 第十九条 to 第二十七条 ----------------------------------------------------------------------


def _meeting(kind: MeetingKind) -> MeetingRule:
    (rule,) = RS.prevailing(r for r in RS.rules_of(MeetingRule) if r.meeting is kind)
    return rule


@pytest.mark.parametrize(
    ("kind", "field", "expected"),
    [
        pytest.param(MeetingKind.PLENARY, "members", {H, X, D, OD, Role.DEPARTMENT_HEAD}, id="19 全体会议 composed of"),
        pytest.param(MeetingKind.PLENARY, "convener", H, id="19 全体会议 convened by 区长"),
        pytest.param(MeetingKind.PLENARY, "presiders", (H,), id="19 全体会议 presided by 区长"),
        pytest.param(
            MeetingKind.PLENARY,
            "optional_non_voting",
            {UNIT, TOWNSHIP},
            id="19 全体会议 根据需要列席 其他有关部门、单位负责人 (单位 may be a 乡镇)",
        ),
        pytest.param(
            MeetingKind.PLENARY, "optional_members", BUREAUS, id="19 全体会议 局长: named bureau principals may attend"
        ),
        pytest.param(MeetingKind.EXECUTIVE, "members", {H, X, D, OD}, id="20 常务会议 composed of"),
        pytest.param(MeetingKind.EXECUTIVE, "convener", H, id="20 常务会议 convened by 区长"),
        pytest.param(MeetingKind.EXECUTIVE, "presiders", (H,), id="20 常务会议 由区长召集和主持"),
        pytest.param(
            MeetingKind.EXECUTIVE,
            "presider_alternates",
            (Alternate(X, AlternateBasis.ABSENCE, terms="区长外出期间，受区长委托"),),
            id="20 常务会议 区长外出期间可委托常务副区长召集和主持",
        ),
        pytest.param(
            MeetingKind.EXECUTIVE,
            "non_voting",
            {
                Role.OFFICE_DEPUTY_DIRECTOR,
                Role.POLICY_RESEARCH_HEAD,
                Role.FINANCE_BUREAU_HEAD,
                Role.DEVELOPMENT_REFORM_HEAD,
                Role.JUSTICE_BUREAU_HEAD,
            },
            id="20 常务会议 列席: 办公室副主任, 政研室, 财政局, 发展改革局, 司法局",
        ),
        pytest.param(
            MeetingKind.EXECUTIVE,
            "optional_non_voting",
            {Role.TOWNSHIP_HEAD, Role.DEPARTMENT_HEAD, Role.AUDIT_BUREAU_HEAD, Role.UNIT_HEAD},
            id="20 常务会议 根据需要列席: 乡镇, 部门 (审计局 among them), 单位",
        ),
        pytest.param(MeetingKind.HEAD_OFFICE, "presiders", (H,), id="24 区长办公会议 presided by 区长"),
        pytest.param(MeetingKind.HEAD_OFFICE, "members", {H}, id="24 区长办公会议 others attend by item"),
        pytest.param(
            MeetingKind.HEAD_OFFICE,
            "optional_non_voting",
            {X, D, *BUREAUS, Role.DEPARTMENT_HEAD, UNIT, TOWNSHIP},
            id="24 区长办公会议 与议题有关的区人民政府领导、有关部门和单位负责人 (单位 may be a 乡镇)",
        ),
        pytest.param(
            MeetingKind.TOPICAL,
            "optional_non_voting",
            {*BUREAUS, Role.DEPARTMENT_HEAD, UNIT, TOWNSHIP},
            id="24 专题会议 与议题有关的部门和单位负责人 (单位 may be a 乡镇)",
        ),
        pytest.param(
            MeetingKind.TOPICAL,
            "presiders",
            (H, X, D, OD, Role.OFFICE_DEPUTY_DIRECTOR),
            id="24 专题会议 区人民政府领导, or 办公室主任/副主任 by delegation",
        ),
        pytest.param(MeetingKind.STUDY_SESSION, "presiders", (H,), id="27 专题学习 presided by 区长"),
        pytest.param(MeetingKind.STUDY_SESSION, "members", {H, X, D}, id="27 专题学习 区人民政府领导 attend"),
        pytest.param(
            MeetingKind.STUDY_SESSION,
            "optional_non_voting",
            {*BUREAUS, Role.DEPARTMENT_HEAD, UNIT, TOWNSHIP},
            id="27 专题学习 有关部门、单位负责人参加 (单位 may be a 乡镇)",
        ),
    ],
)
def test_meeting_composition(kind: MeetingKind, field: str, expected: object) -> None:
    value = getattr(_meeting(kind), field)
    assert (set(value) if isinstance(value, frozenset) else value) == expected


def test_no_meeting_rule_for_work_conferences_or_party_group() -> None:
    kinds = {r.meeting for r in RS.rules_of(MeetingRule)}
    assert MeetingKind.WORK_CONFERENCE not in kinds  # 26: approval only
    assert MeetingKind.PARTY_GROUP not in kinds  # 27: mentioned, not composed
    assert MeetingKind.HEAD_BRIEFING not in kinds


@pytest.mark.parametrize(
    ("kind", "rhythm"),
    [
        pytest.param(MeetingKind.EXECUTIVE, Rhythm(2, "MONTH"), id="20 常务会议 一般每月召开2次"),
        pytest.param(MeetingKind.PLENARY, None, id="19 全体会议 no rhythm"),
        pytest.param(MeetingKind.HEAD_OFFICE, None, id="24 区长办公会议 根据需要"),
        pytest.param(MeetingKind.TOPICAL, None, id="24 专题会议 根据需要"),
        pytest.param(MeetingKind.STUDY_SESSION, None, id="27 专题学习 定期 (no period)"),
    ],
)
def test_meeting_rhythm(kind: MeetingKind, rhythm: Rhythm | None) -> None:
    rules = [r for r in RS.rules_of(RhythmRule) if r.meeting is kind]
    assert [r.rhythm for r in rules] == ([] if rhythm is None else [rhythm])


def test_executive_meetings_in_october_2025() -> None:
    dates = attendance.meeting_schedule(RS, MeetingKind.EXECUTIVE, date(2025, 10, 1), date(2025, 10, 31))
    assert len(dates) == 2


@pytest.mark.parametrize(
    ("requirement", "meetings"),
    [
        pytest.param(
            AgendaRequirement.DEPUTY_PRESENT_OR_OPINION,
            {MeetingKind.PLENARY, MeetingKind.EXECUTIVE},
            id="21 分管领导不能出席: 书面意见 or not taken",
        ),
        pytest.param(
            AgendaRequirement.REPORTING_HEAD_PRESENT,
            {MeetingKind.PLENARY, MeetingKind.EXECUTIVE},
            id="21 部门主要负责人不能参会: not taken",
        ),
        pytest.param(AgendaRequirement.NOT_THREE_MAJORS, {MeetingKind.TOPICAL}, id="24 专题会议 不得决策三重一大"),
    ],
)
def test_agenda_rules(requirement: AgendaRequirement, meetings: set[MeetingKind]) -> None:
    (rule,) = [r for r in RS.rules_of(AgendaRule) if r.requirement is requirement]
    assert set(rule.meetings) == meetings


@pytest.mark.parametrize(
    ("kind", "item", "taken"),
    [
        pytest.param(MeetingKind.EXECUTIVE, AgendaItem("议题"), True, id="21 deputy and department head present"),
        pytest.param(
            MeetingKind.EXECUTIVE,
            AgendaItem("议题", deputy_in_charge_present=False),
            False,
            id="21 deputy absent, no written opinion -> not taken",
        ),
        pytest.param(
            MeetingKind.EXECUTIVE,
            AgendaItem("议题", deputy_in_charge_present=False, deputy_written_opinion=True),
            True,
            id="21 deputy absent with written opinion -> taken",
        ),
        pytest.param(
            MeetingKind.PLENARY,
            AgendaItem("议题", reporting_head_present=False),
            False,
            id="21 department head absent -> not taken",
        ),
        pytest.param(
            MeetingKind.TOPICAL,
            AgendaItem("议题", matters={Matter.THREE_MAJORS_ONE_LARGE}),
            False,
            id="24 三重一大 at a 专题会议 -> not taken",
        ),
        pytest.param(
            MeetingKind.EXECUTIVE,
            AgendaItem("议题", matters={Matter.THREE_MAJORS_ONE_LARGE}),
            True,
            id="20(四) 三重一大 at the 常务会议 -> taken",
        ),
        pytest.param(
            MeetingKind.EXECUTIVE,
            AgendaItem("议题", materials_submitted_on=date(2025, 10, 8)),
            True,
            id="21 会议文件原则上会前至少2日: late papers are reported, the item is still taken",
        ),
        pytest.param(
            MeetingKind.PLENARY,
            AgendaItem("议题", materials_submitted_on=date(2025, 10, 10)),
            False,
            id="21 文件于会前送达: papers after the meeting day -> not taken",
        ),
    ],
)
def test_agenda_items_taken(kind: MeetingKind, item: AgendaItem, taken: bool) -> None:
    members = _meeting(kind).members
    meeting = Meeting(kind=kind, date=date(2025, 10, 9), presided_by=H, attendees=members, agenda=(item,))
    decision = attendance.check_meeting(RS, meeting)
    assert (item not in decision.items_not_taken) is taken


def test_executive_presided_by_executive_deputy_while_head_away_is_proper() -> None:
    # 20 区长外出期间可委托常务副区长召集和主持 (the head away on leave; the standing observers sit in)
    observers = _meeting(MeetingKind.EXECUTIVE).non_voting
    day = date(2025, 10, 9)
    away = LeaveRequest(role=H, kind=LeaveKind.MEETING_ABSENCE, start=day, end=day, meeting=MeetingKind.EXECUTIVE,
                        reason=AbsenceReason.OFFICIAL_TRIP, requested_on=date(2025, 10, 8))  # fmt: skip
    meeting = Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 10, 9), presided_by=X, attendees={D, OD},
                      non_voting=observers, absent=(away,))  # fmt: skip
    decision = attendance.check_meeting(RS, meeting)
    assert not [v for v in decision.violations if v.rule == "meeting_presider"], decision.explain()


def test_executive_presided_by_executive_deputy_while_head_attends_is_not() -> None:
    # 20 区长外出期间 — the only circumstance the text names for the 常务副区长 to preside
    meeting = Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 10, 9), presided_by=X, attendees={H, D, OD})
    decision = attendance.check_meeting(RS, meeting)
    assert "meeting_presider" in [v.rule for v in decision.violations]


def test_executive_presided_by_a_deputy_is_not() -> None:
    meeting = Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 10, 9), presided_by=D, attendees={H, X, OD})
    decision = attendance.check_meeting(RS, meeting)
    assert not decision.ok
    assert any(v.citation.article == 20 for v in decision.violations)


# -- signing: 第二十二条, 第二十四条, 第三十三条 ---------------------------------------------------------------


def _doc(kind: DocumentKind, issuer: Issuer, **fields: object) -> Document:
    return Document(kind=kind, issuer=issuer, **fields)  # type: ignore[arg-type]


MIN, NOTICE, REQ, LETTER = DocumentKind.MINUTES, DocumentKind.NOTICE, DocumentKind.REQUEST, DocumentKind.LETTER


@pytest.mark.parametrize(
    ("document", "signer", "reviewers", "article"),
    [
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.EXECUTIVE, presided_by=H), H, (), 22, id="22 常务会议纪要 -> 区长"
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.EXECUTIVE, presided_by=X, matters={Matter.FUNDS}),
            H,
            (),
            22,
            id="22 常务会议纪要 chaired by 常务副区长, on funds -> still 区长",
        ),
        pytest.param(
            _doc(MIN, OFFICE, meeting=MeetingKind.PLENARY, presided_by=H), H, (), 22, id="22 全体会议纪要 -> 区长"
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.HEAD_OFFICE, presided_by=H), H, (), 24, id="24 区长办公会议纪要 -> 区长"
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=D),
            D,
            (),
            24,
            id="24 专题会议纪要 by 副区长 -> 副区长",
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters={Matter.FUNDS}),
            D,
            (),
            24,
            id="24 专题会议纪要 on funds by 副区长 -> 副区长 (not 33's chain)",
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=X), X, (), 24, id="24 专题会议纪要 by 常务副区长"
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters={Matter.MAJOR}),
            D,
            (H,),
            24,
            id="24 专题会议纪要 涉及重大事项 -> 主持的副区长签发, 报区长审定",
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=H, matters={Matter.MAJOR}),
            H,
            (),
            24,
            id="24 专题会议纪要 涉及重大事项 chaired by 区长 -> 区长",
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=Role.OFFICE_DEPUTY_DIRECTOR),
            D,
            (Role.OFFICE_DEPUTY_DIRECTOR,),
            24,
            id="24 委托办公室副主任召开 -> 协调意见报委托的领导审定",
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=OD, matters={Matter.MAJOR}),
            H,
            (OD,),
            24,
            id="24 委托办公室主任召开, 涉及重大事项 -> 区长审定 (the delegating leader's step: not on record)",
        ),
        pytest.param(
            _doc(DocumentKind.DECISION, GOV, matters={Matter.NORMATIVE}),
            H,
            (Role.JUSTICE_BUREAU_HEAD, D),
            33,
            id="33¶1+31 行政规范性文件 -> 司法局合法性审核, 分管领导把关, 区长签署",
        ),
        pytest.param(
            _doc(DocumentKind.DECISION, GOV, matters={Matter.NORMATIVE, Matter.MAJOR}),
            H,
            (Role.JUSTICE_BUREAU_HEAD, D),
            33,
            id="33¶1 规范性文件 also major -> ¶1, not ¶2's chain",
        ),
        pytest.param(
            _doc(DocumentKind.MOTION, GOV, addressee="人大及其常委会"),
            H,
            (D,),
            33,
            id="33¶1 议案 to 区人大 -> 区长签署",
        ),
        pytest.param(_doc(NOTICE, GOV), D, (), 33, id="33¶2 一般事项 -> 分管副区长"),
        pytest.param(
            _doc(NOTICE, GOV, matters={Matter.FUNDS}),
            H,
            (OD, D, X),
            33,
            id="33¶2 财政支出 -> 办公室主任, 分管副区长, 常务副区长, 区长",
        ),
        pytest.param(
            _doc(DocumentKind.OPINION, GOV, matters={Matter.MAJOR}),
            H,
            (OD, D, X),
            33,
            id="33¶2 重大事项 -> 逐级审核后区长签发",
        ),
        pytest.param(_doc(REQ, GOV, addressee="上级政府"), H, (), 33, id="33¶2 报送市人民政府 -> 区长"),
        pytest.param(
            _doc(REQ, GOV, addressee="上级政府", matters={Matter.MAJOR}),
            H,
            (OD, D, X),
            33,
            id="33¶2 报送市人民政府 on a major matter -> 逐级 chain",
        ),
        pytest.param(_doc(LETTER, GOV, addressee="平级机关"), D, (), 33, id="33¶3 函 to 其他县(区)政府 -> 分管领导"),
        pytest.param(_doc(LETTER, GOV, addressee="上级政府部门"), D, (), 33, id="33¶3 函 to 市级部门 -> 分管领导"),
        pytest.param(
            _doc(LETTER, GOV, addressee="上级政府部门", matters={Matter.FUNDS}),
            D,
            (),
            33,
            id="33¶3 商洽函 on funds -> 分管领导 (¶3 over ¶2)",
        ),
        pytest.param(
            _doc(LETTER, GOV, addressee="平级机关", matters={Matter.MAJOR}),
            H,
            (),
            33,
            id="33¶3 函 涉及全局性、重要事项 -> 区长",
        ),
        pytest.param(_doc(NOTICE, OFFICE), OD, (), 33, id="33¶4 以办公室名义 -> 办公室主任"),
        pytest.param(_doc(NOTICE, OFFICE, matters={Matter.MAJOR}), D, (), 33, id="33¶4 重要文件 -> 分管领导 (or 区长)"),
        pytest.param(
            _doc(NOTICE, Issuer.COORDINATION_BODY),
            D,
            (Role.COORDINATION_OFFICE_HEAD, Role.GOVERNMENT_OFFICE),
            33,
            id="33¶5 议事协调机构 -> 办公室负责人审签, 区政府办公室审核, 区政府领导审签",
        ),
    ],
)
def test_who_signs(document: Document, signer: Role, reviewers: tuple[Role, ...], article: int) -> None:
    decision = signing.who_signs(RS, document)
    assert decision.signer is signer
    assert decision.reviewers == reviewers
    assert decision.countersigners == ()
    assert decision.conflict is None
    assert decision.citations[0].article == article


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(_doc(REQ, Issuer.DEPARTMENT), id="33 a department's own 请示: the text is silent"),
        pytest.param(_doc(NOTICE, Issuer.JOINT_PARTY_GOVERNMENT), id="28 区委区政府联合发文: signing not stated"),
    ],
)
def test_who_signs_silent(document: Document) -> None:
    with pytest.raises(NoApplicableRule):
        signing.who_signs(RS, document)


@pytest.mark.parametrize(
    ("document", "alternate"),
    [
        pytest.param(_doc(NOTICE, GOV, matters={Matter.MAJOR}), X, id="5 区长外出, 受区长委托 常务副区长"),
    ],
)
def test_alternates(document: Document, alternate: Role) -> None:
    assert alternate in {a.role for a in signing.who_signs(RS, document).alternates}


def test_acting_head_signs_only_with_a_delegation() -> None:
    # 5 区长外出期间, 受区长委托, 由负责常务工作的副区长主持区人民政府工作
    doc = _doc(NOTICE, GOV, matters={Matter.MAJOR})
    reviews = (OD, D, X)
    unauthorised = signing.check_signature(RS, doc, signed_by=X, reviewed_by=reviews, on=date(2025, 10, 9))
    assert not unauthorised.ok
    delegation = Authorization(grantor=H, grantee=X, start=date(2025, 10, 9), end=date(2025, 10, 10))
    acting = signing.check_signature(
        RS, doc, signed_by=X, reviewed_by=reviews, authorizations=(delegation,), on=date(2025, 10, 9)
    )
    assert acting.ok


def test_ab_partner_is_no_alternate_signer() -> None:
    # 5 AB角 代行政务活动职责: no signing power granted
    decision = signing.who_signs(RS, _doc(NOTICE, GOV))
    assert decision.signer is D
    assert decision.alternates == ()


def test_circle_read_means_consent() -> None:
    # 32 对于有具体请示事项的公文圈阅表示同意
    assert all(r.circle_means_consent is True for r in RS.rules_of(SigningRule))
    assert signing.who_signs(RS, _doc(NOTICE, GOV)).circle_means_consent is True


# -- deadlines: 第二十一条, 第二十二条, 第二十六条, 第三十条 --------------------------------------------------------


@pytest.mark.parametrize(
    ("rule_id", "anchor", "expected", "article"),
    [
        pytest.param("agenda_materials", date(2025, 10, 20), date(2025, 10, 17), 21, id="21 会前至少2日: Mon -> Fri"),
        pytest.param(
            "agenda_materials", date(2025, 10, 9), date(2025, 9, 30), 21, id="21 会前2日 falls in 国庆 -> 9-30"
        ),
        pytest.param(
            "agenda_materials", date(2025, 10, 13), date(2025, 10, 11), 21, id="21 会前2日 is the working Saturday"
        ),
        pytest.param(
            "post_meeting_issue", date(2025, 9, 26), date(2025, 10, 10), 22, id="22 会后5个工作日 across 国庆"
        ),
        pytest.param("post_meeting_issue", date(2025, 3, 3), date(2025, 3, 10), 22, id="22 会后5个工作日 plain week"),
        pytest.param("countersign_reply", date(2025, 9, 26), date(2025, 10, 13), 30, id="30 7个工作日 across 国庆"),
        pytest.param("countersign_reply", date(2025, 3, 3), date(2025, 3, 12), 30, id="30 7个工作日 plain"),
        pytest.param("meeting_request", date(2025, 10, 17), date(2025, 9, 28), 26, id="26 提前10个工作日 across 国庆"),
        pytest.param("meeting_request", date(2025, 3, 31), date(2025, 3, 17), 26, id="26 提前10个工作日 plain"),
    ],
)
def test_due(rule_id: str, anchor: date, expected: date, article: int) -> None:
    d = deadlines.due(RS, rule_id, anchor)
    assert d.date == expected
    assert d.citation.article == article


def test_deadline_ids_defined() -> None:
    assert set(deadlines.rule_ids(RS)) == {
        "agenda_materials",
        "post_meeting_issue",
        "countersign_reply",
        "meeting_request",
    }


@pytest.mark.parametrize(
    "rule_id",
    [
        pytest.param("request_reply", id="请示办复: not in the text"),
        pytest.param("minutes_issue", id="22 纪要: no issue period"),
        pytest.param("minutes_draft", id="22 纪要: no drafting period"),
        pytest.param("leave_request", id="44 事先: no lead time"),
        pytest.param("printing", id="printing: not in the text"),
        pytest.param("publication", id="22 及时公布: no period"),
        pytest.param("supervision_simple", id="39 督查: no period"),
        pytest.param("supervision_complex", id="39 督查: no period"),
    ],
)
def test_deadlines_the_text_does_not_state(rule_id: str) -> None:
    with pytest.raises(RuleNotDefined):
        deadlines.due(RS, rule_id, date(2025, 3, 3))


# -- leave: 第二十五条, 第四十四条, 第四十五条 ------------------------------------------------------------------


def _leave(role: Role, kind: LeaveKind, **fields: object) -> LeaveRequest:
    return LeaveRequest(
        role=role,
        kind=kind,
        start=date(2025, 10, 9),
        end=date(2025, 10, 10),
        requested_on=date(2025, 9, 30),
        substitute=True,  # 第五条: the 区长 away commissions the executive deputy
        **fields,  # type: ignore[arg-type]
    )


HG, PC, HPC, PS = Role.HIGHER_GOVERNMENT, Role.PARTY_COMMITTEE, Role.HIGHER_PARTY_COMMITTEE, Role.PARTY_SECRETARY
FAO, FAD = Role.FOREIGN_AFFAIRS_OFFICE, Role.FOREIGN_AFFAIRS_DEPUTY


@pytest.mark.parametrize(
    ("request_", "approvers", "notify"),
    [
        pytest.param(_leave(H, LeaveKind.TRIP), (HG, PC), (HPC,), id="44 区长出差 -> 市政府、区委; 报备市委"),
        pytest.param(_leave(H, LeaveKind.VACATION), (HG, PC), (HPC,), id="44 区长休假"),
        pytest.param(_leave(H, LeaveKind.STUDY), (HG, PC), (HPC,), id="44 区长学习"),
        pytest.param(_leave(D, LeaveKind.TRIP), (H,), (PC,), id="44 副区长出差 -> 区长; 报备区委"),
        pytest.param(_leave(X, LeaveKind.VACATION), (H,), (PC,), id="44 常务副区长休假 -> 区长"),
        pytest.param(_leave(OD, LeaveKind.STUDY), (H,), (PC,), id="44 办公室主任学习 -> 区长"),
        pytest.param(
            _leave(Role.DEPARTMENT_HEAD, LeaveKind.TRIP),
            (D, H),
            (PC,),
            id="44 部门主要负责同志外出 -> 分管副区长, 区长",
        ),
        pytest.param(
            _leave(Role.FINANCE_BUREAU_HEAD, LeaveKind.TRIP),
            (D, H),
            (PC,),
            id="44 区财政局局长 is a 部门主要负责同志: 外出 -> 分管副区长, 区长",
        ),
        pytest.param(
            _leave(Role.AUDIT_BUREAU_HEAD, LeaveKind.VISIT_ABROAD),
            (D, FAO, FAD, H, PS),
            (PC,),
            id="45¶2+44 区审计局局长 is a 部门正职: 出访 as a department principal",
        ),
        pytest.param(
            _leave(Role.TOWNSHIP_HEAD, LeaveKind.TRIP),
            (Role.TOWNSHIP_PARTY_SECRETARY, H),
            (PC,),
            id="44 乡镇主要负责人外出 -> 乡镇党委主要负责同志, 区长",
        ),
        pytest.param(
            _leave(H, LeaveKind.VISIT_ABROAD),
            (FAD, PS, HG, PC),
            (HPC,),
            id="45¶1+44 区长出访: 外事副区长, 书记审核, then 市政府审批; 区委 (44 请示报告)",
        ),
        pytest.param(
            _leave(D, LeaveKind.VISIT_ABROAD),
            (FAD, PS, H, HG),
            (PC,),
            id="45¶1+44 副区长出访 -> 外事副区长, 书记, 区长审核, then 市政府审批",
        ),
        pytest.param(
            _leave(Role.DEPARTMENT_HEAD, LeaveKind.VISIT_ABROAD),
            (D, FAO, FAD, H, PS),
            (PC,),
            id="45¶2+44 部门正职出访 -> 分管副区长 (44), 外办, 外事副区长, 逐级 区长, 书记",
        ),
        pytest.param(
            _leave(Role.DEPARTMENT_DEPUTY_HEAD, LeaveKind.VISIT_ABROAD),
            (FAO, FAD),
            (),
            id="45¶2 部门副职出访 -> 外办, 外事副区长批准",
        ),
        pytest.param(
            _leave(OD, LeaveKind.VISIT_ABROAD), (FAO, FAD, H, PS), (PC,), id="45¶2+44 办公室主任出访 参照部门正职"
        ),
        pytest.param(
            _leave(D, LeaveKind.MEETING_ABSENCE, meeting=MeetingKind.EXECUTIVE),
            (Role.MEETING_CHAIR,),
            (),
            id="25 不能参加会议 -> 经办公室报会议主持人审批",
        ),
        pytest.param(
            _leave(Role.DEPARTMENT_HEAD, LeaveKind.MEETING_ABSENCE, meeting=MeetingKind.TOPICAL),
            (Role.MEETING_CHAIR,),
            (),
            id="25 部门负责同志不能参加专题会议 -> 会议主持人",
        ),
    ],
)
def test_check_leave(request_: LeaveRequest, approvers: tuple[Role, ...], notify: tuple[Role, ...]) -> None:
    decision = attendance.check_leave(RS, request_)
    assert decision.ok
    assert decision.approvers == approvers
    assert decision.notify == notify
    assert decision.latest_request_date is None  # 44 事先, 25: no lead time in days
    assert decision.violations == ()


def test_late_request_is_no_breach_without_a_lead_time() -> None:
    # 44 应事先向区长请假: "事先" has no amount; asking on the first day is not a dated breach
    late = LeaveRequest(role=D, kind=LeaveKind.TRIP, start=date(2025, 10, 9), end=date(2025, 10, 9),
                        requested_on=date(2025, 10, 9))  # fmt: skip
    assert attendance.check_leave(RS, late).ok


def test_leave_rules_name_no_reasons_or_thresholds() -> None:
    for r in RS.rules_of(LeaveRule):
        assert r.reasons is None
        assert r.lead_time is None
        assert r.when.min_days is None and r.when.max_days is None
        assert not r.substitute_required or r.id == "head_away_acting_deputy"  # 第五条 受区长委托


# -- 第三十一、三十二条: approving what the 乡镇（街道） and departments submit ------------------------------

CIRCLED, OPINION = ReviewAct.CIRCLED, ReviewAct.OPINION
DEPT, TOWN, REPORT = Issuer.DEPARTMENT, Issuer.TOWNSHIP, DocumentKind.REPORT
MAJOR = {Matter.MAJOR}


@pytest.mark.parametrize(
    ("doc", "approver", "review", "ok", "consent"),
    [
        pytest.param(_doc(REQ, DEPT), D, Review(D, CIRCLED), True, True,
                     id="32 request circled by the deputy in charge: circling means consent"),
        pytest.param(_doc(REQ, TOWN), D, Review(D, OPINION), True, True,
                     id="31 乡镇（街道） request approved by the deputy in charge with an opinion"),
        pytest.param(_doc(REQ, DEPT), D, Review(H, CIRCLED), True, True,
                     id="31 request circled by the 区长: his by 分工 or 根据需要呈送其他有关领导核批, either"),
        pytest.param(_doc(REQ, DEPT), D, Review(Role.OFFICE_DIRECTOR, CIRCLED), False, True,
                     id="31 request circled by the office director: not a 区人民政府领导"),
        pytest.param(_doc(REPORT, DEPT), D, Review(D, CIRCLED), True, None,
                     id="32 report circled: 已阅知, not consent"),
        pytest.param(_doc(REQ, DEPT, matters=MAJOR), H, Review(H, CIRCLED), True, True,
                     id="31 重大事项 request circled by the 区长: consent"),
        pytest.param(_doc(REQ, DEPT, matters=MAJOR), H, Review(D, CIRCLED), False, True,
                     id="31 重大事项 request circled by the deputy: 报区长审批"),
        pytest.param(_doc(REPORT, TOWN, matters=MAJOR), H, Review(H, CIRCLED), True, None,
                     id="32 重大事项 report circled by the 区长: 已阅知"),
    ],
)  # fmt: skip
def test_approval_of_submitted_documents(
    doc: Document, approver: Role, review: Review, ok: bool, consent: bool | None
) -> None:
    decision = signing.who_approves(RS, doc)
    assert decision.approver is approver
    assert decision.circle_means_consent is consent
    assert {c.article for c in decision.citations} == {31, 32}
    assert signing.check_approval(RS, doc, review).ok is ok


def test_circling_a_request_is_explained_as_consent() -> None:
    text = signing.who_approves(RS, _doc(REQ, DEPT, addressee=Addressee.GOVERNMENT)).explain()
    assert "由副区长或区长审批" in text and "圈阅视为同意" in text
    assert "圈阅表示同意" in text  # 第三十二条, quoted


def test_office_important_either_signs() -> None:
    # 33¶4 重要文件报区人民政府分管领导或区长签发: either, in their own right
    assert signing.who_signs(RS, _doc(NOTICE, OFFICE, matters={Matter.MAJOR})).signers == (D, H)


@pytest.mark.parametrize(
    "issuer",
    [
        pytest.param(GOV, id="31+33¶1 区人民政府名义 规范性文件"),
        pytest.param(OFFICE, id="31+33¶4 区政府办公室名义 规范性文件"),
    ],
)
def test_legality_review_before_signing_normative_documents(issuer: Issuer) -> None:
    # 第三十一条 ……行政规范性文件由区人民政府司法行政部门进行合法性审核: a reviewer before the signature
    decision = signing.who_signs(RS, _doc(NOTICE, issuer, matters={Matter.NORMATIVE}))
    assert decision.reviewers[0] is Role.JUSTICE_BUREAU_HEAD
    assert any(c.article == 31 for c in decision.citations)
    verdict = signing.check_signature(RS, decision.document, decision.signer, reviewed_by=decision.reviewers[1:])
    assert "reviewers" in [v.rule for v in verdict.violations]


# -- second reading (round 3): what the text allows and what it does not say -----------------------------


def test_late_papers_to_the_head_are_reported_and_the_item_taken() -> None:
    # 21 会议文件原则上须于会前至少2日报区长审定: no consequence stated (unlike 21¶3, ¶4), so the item stays
    item = AgendaItem("议题", materials_submitted_on=date(2025, 3, 11))
    meeting = Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 3, 12), presided_by=H, attendees={X, D, OD},
                      non_voting=_meeting(MeetingKind.EXECUTIVE).non_voting, agenda=(item,))  # fmt: skip
    decision = attendance.check_meeting(RS, meeting)
    assert [v.source for v in decision.violations] == ["materials_to_head_in_time"]
    assert decision.violations[0].citation.article == 21
    assert decision.items_not_taken == ()


@pytest.mark.parametrize(
    ("requested_on", "ok"),
    [
        pytest.param(date(2025, 3, 11), True, id="25 请假 before the meeting"),
        pytest.param(date(2025, 3, 12), True, id="25 请假 on the meeting day: no lead time stated"),
        pytest.param(date(2025, 3, 13), False, id="25 请假 after the meeting: 擅自缺席, not leave"),
    ],
)
def test_meeting_absence_is_asked_before_the_meeting(requested_on: date, ok: bool) -> None:
    # 25 如有特殊情况不能参加的履行请假手续由区政府办公室报会议主持人审批; 参会人员不得擅自缺席
    day = date(2025, 3, 12)
    leave = LeaveRequest(role=Role.DEPARTMENT_HEAD, kind=LeaveKind.MEETING_ABSENCE, meeting=MeetingKind.PLENARY,
                         start=day, end=day, requested_on=requested_on)  # fmt: skip
    decision = attendance.check_leave(RS, leave)
    assert decision.ok is ok
    assert decision.in_advance
    assert all(v.citation.article == 25 for v in decision.violations)
    members = _meeting(MeetingKind.PLENARY).members - {Role.DEPARTMENT_HEAD}
    meeting = Meeting(kind=MeetingKind.PLENARY, date=day, presided_by=H, attendees=members, absent=(leave,))
    late = [v for v in attendance.check_meeting(RS, meeting).violations if v.source == "meeting_absence_by_chair"]
    assert bool(late) is not ok


@pytest.mark.parametrize(
    ("document", "signers", "article"),
    [
        pytest.param(
            _doc(NOTICE, Issuer.COORDINATION_BODY), (D, H, X), 33, id="33¶5 报区人民政府领导审签: any of them"
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=OD),
            (D, H, X),
            24,
            id="24 委托办公室主任召开: 报委托的区人民政府领导审定, whichever delegated",
        ),
        pytest.param(
            _doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=X, matters={Matter.MAJOR}),
            (X, H),
            24,
            id="24 专题会议 涉及重大事项: 主持的领导签发 + 区长审定, either signature",
        ),
    ],
)
def test_signers_where_the_text_names_a_class_or_leaves_the_order_open(
    document: Document, signers: tuple[Role, ...], article: int
) -> None:
    decision = signing.who_signs(RS, document)
    assert decision.signers == signers
    assert decision.citations[0].article == article
    assert decision.notes  # what the text leaves open is said


@pytest.mark.parametrize(
    ("document", "signed_by", "reviewed_by", "ok"),
    [
        pytest.param(_doc(NOTICE, Issuer.COORDINATION_BODY), H, (Role.COORDINATION_OFFICE_HEAD,
                     Role.GOVERNMENT_OFFICE), True, id="33¶5 区长 is a 区人民政府领导"),
        pytest.param(_doc(NOTICE, Issuer.COORDINATION_BODY), X, (Role.COORDINATION_OFFICE_HEAD,
                     Role.GOVERNMENT_OFFICE), True, id="33¶5 常务副区长 is a 区人民政府领导"),
        pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=OD), H, (OD,), True,
                     id="24 the 区长 delegated the 专题会议 to the office director"),
        pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=Role.OFFICE_DEPUTY_DIRECTOR), X,
                     (Role.OFFICE_DEPUTY_DIRECTOR,), True, id="24 the 常务副区长 delegated it to the deputy director"),
        pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=OD, matters={Matter.MAJOR}), H, (OD,),
                     True, id="24 委托 by the 区长, 重大事项: no 副区长 step required"),
        pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters={Matter.MAJOR}), D, (H,),
                     True, id="24 重大事项: the chair signs, the 区长 审定"),
        pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters={Matter.MAJOR}), H, (D,),
                     True, id="24 重大事项: the chair first, the 区长 signs"),
        pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters={Matter.MAJOR}), D, (),
                     False, id="24 重大事项: no 区长审定 at all"),
    ],
)  # fmt: skip
def test_signatures_by_any_leader_the_text_allows(
    document: Document, signed_by: Role, reviewed_by: tuple[Role, ...], ok: bool
) -> None:
    verdict = signing.check_signature(RS, document, signed_by, reviewed_by=reviewed_by)
    assert verdict.ok is ok, verdict.violations
    assert "signer" not in [v.rule for v in verdict.violations]


HEAD_SIGNED = [
    pytest.param(_doc(MIN, GOV, meeting=MeetingKind.EXECUTIVE, presided_by=H), id="22 常务会议纪要"),
    pytest.param(_doc(MIN, GOV, meeting=MeetingKind.HEAD_OFFICE, presided_by=H), id="24 区长办公会议纪要"),
    pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters={Matter.MAJOR}), id="24 重大"),
    pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=OD, matters={Matter.MAJOR}), id="24 委托"),
    pytest.param(_doc(DocumentKind.DECISION, GOV, matters={Matter.NORMATIVE}), id="33¶1 规范性文件"),
    pytest.param(_doc(DocumentKind.MOTION, GOV, addressee="人大及其常委会"), id="33¶1 议案"),
    pytest.param(_doc(NOTICE, GOV, matters={Matter.MAJOR}), id="33¶2 重大事项"),
    pytest.param(_doc(REQ, GOV, addressee="上级政府"), id="33¶2 报送市人民政府"),
    pytest.param(_doc(LETTER, GOV, addressee="平级机关", matters={Matter.MAJOR}), id="33¶3 函 重要事项"),
]


@pytest.mark.parametrize("document", HEAD_SIGNED)
def test_acting_head_cites_article_5_and_says_its_terms(document: Document) -> None:
    # 5¶2 区长外出期间,受区长委托,由负责常务工作的副区长主持区人民政府工作: the alternate's own article, as worded
    decision = signing.who_signs(RS, document)
    assert H in decision.signers
    assert [a.role for a in decision.alternates] == [X]
    assert (5, 2) in {(c.article, c.paragraph) for c in decision.citations}
    text = decision.explain()
    assert "区长外出期间，受区长委托，可由负责常务工作的副区长签发" in text
    assert "经区长授权" not in text
    assert "区长当日是否外出本规则未核查" in text


@pytest.mark.parametrize(
    ("rule_id", "hedge"),
    [
        pytest.param(
            "agenda_materials", "原则上，会议文件报区长审定（会前至少2日）", id="21 会议文件原则上须于会前至少2日"
        ),
        pytest.param("post_meeting_issue", "原则上，会议审议通过", id="22 原则上须在会议结束后5个工作日内印发"),
        pytest.param(
            "countersign_reply",
            "一般情况下，有关部门回复意见（主办部门另有时限要求的除外）",
            id="30 除主办部门另有时限要求外 一般应",
        ),
    ],
)
def test_deadline_explanations_keep_the_hedge(rule_id: str, hedge: str) -> None:
    text = deadlines.due(RS, rule_id, date(2025, 3, 12)).explain()
    assert hedge in text.split("\n", 1)[0]


def test_department_principals_are_the_named_bureaus_too() -> None:
    # 4 主任、局长; 44 各工作部门主要负责同志外出: the rules name every principal the vocabulary has
    assert set(DEPARTMENT_PRINCIPALS) == {Role.DEPARTMENT_HEAD, *BUREAUS}
    for rid in ("department_head_trip", "department_head_visit_abroad"):
        rule = RS.rule(rid)
        assert isinstance(rule, LeaveRule)
        assert set(DEPARTMENT_PRINCIPALS) <= set(rule.when.role or ())


def test_31_a_major_conference_request_is_the_heads_to_approve() -> None:
    """第三十一条第二款 「重大事项报区长审批」 with 第二十六条第二款 (a 全区性会议 request reviewed by a 区人民政府领导,
    approval 按有关规定): 26 does not displace 31 for a 重大事项, so the 区长 approves it and a deputy's circle
    alone is a breach; an ordinary conference request any 区人民政府领导 may review."""
    rs = load("dongchuan-2024")
    major = Document(kind="REQUEST", issuer="DEPARTMENT", addressee="GOVERNMENT", meeting="WORK_CONFERENCE",
                     matters={"MAJOR"})  # fmt: skip
    decision = signing.who_approves(rs, major)
    assert (decision.approvers, decision.rule) == ((Role.HEAD,), "major_submission_approved_by_head")
    assert not signing.check_approval(rs, major, Review(Role.DEPUTY, ReviewAct.CIRCLED)).ok
    ordinary = attrs.evolve(major, matters=frozenset())
    assert signing.check_approval(rs, ordinary, Review(Role.DEPUTY, ReviewAct.CIRCLED)).ok


# -- round 4 ---------------------------------------------------------------------------------------

TOPICAL_MAJOR = {"meeting": MeetingKind.TOPICAL, "matters": {Matter.MAJOR}}


@pytest.mark.parametrize(
    ("presided_by", "signed_by", "reviewed_by", "missing"),
    [
        pytest.param(D, H, (), "副区长", id="24¶3 the 区长 signs with no act of the chair"),
        pytest.param(D, H, (X,), "副区长", id="24¶3 the 常务副区长 does not act for the 副区长 who chaired"),
        pytest.param(X, H, (), "负责常务工作的副区长", id="24¶3 the 常务副区长 chaired and did not act"),
        pytest.param(D, H, (D,), None, id="24¶3 the chair reviewed, the 区长 signed"),
        pytest.param(X, H, (X,), None, id="24¶3 the 常务副区长 chaired and reviewed"),
        pytest.param(D, D, (H,), None, id="24¶3 the chair signed, the 区长 审定"),
        pytest.param(H, H, (), None, id="24¶3 the 区长 chaired and signed"),
        pytest.param(None, H, (), None, id="24¶3 no chair on record: not checked"),
    ],
)  # fmt: skip
def test_24_major_topical_minutes_the_chair_acts_whoever_signs(
    presided_by: Role | None, signed_by: Role, reviewed_by: tuple[Role, ...], missing: str | None
) -> None:
    # 24¶3 区人民政府专题会议纪要由主持召开会议的区人民政府领导签发涉及重大事项报区长审定: the chair signs, or reviews
    # before the 区长 signs (`reviews_unless_signing`); the 区长 alone leaves out the chair's act.
    document = _doc(MIN, GOV, presided_by=presided_by, **TOPICAL_MAJOR)
    verdict = signing.check_signature(RS, document, signed_by, reviewed_by=reviewed_by)
    assert "signer" not in [v.rule for v in verdict.violations]
    if missing is None:
        assert verdict.ok, verdict.violations
    else:
        assert [(v.rule, v.citation.article) for v in verdict.violations] == [("reviewers", 24)]
        assert f"签发前缺少{missing}审核" in verdict.violations[0].message


def test_24_the_chair_must_act_on_major_topical_minutes_as_data() -> None:
    rule = RS.rule("topical_major_minutes_by_head")
    assert isinstance(rule, SigningRule)
    assert rule.reviews_unless_signing == (Role.MEETING_CHAIR,)
    assert rule.citation.article == 24


@pytest.mark.parametrize(
    ("kind", "presided_by", "attendees", "rules"),
    [
        pytest.param(MeetingKind.EXECUTIVE, X, {D, OD}, [],
                     id="20 区长外出期间 the 常务副区长 chairs: no leave of the 区长 required"),
        pytest.param(MeetingKind.EXECUTIVE, X, {H, D, OD}, ["meeting_presider"], id="20 the 区长 attends: breach"),
        pytest.param(MeetingKind.EXECUTIVE, D, {X, OD}, ["meeting_composition", "meeting_presider"],
                     id="20 a 副区长 chairs: breach, and the 区长's absence is unexcused"),
        pytest.param(MeetingKind.PLENARY, X, {D, OD, Role.DEPARTMENT_HEAD}, [],
                     id="19 + 5¶2 区长外出期间 the 常务副区长 may chair the 全体会议: open, no breach (round 5)"),
        pytest.param(MeetingKind.PLENARY, D, {X, OD, Role.DEPARTMENT_HEAD}, ["meeting_composition", "meeting_presider"],
                     id="19 a 副区长 chairs the 全体会议: breach"),
    ],
)  # fmt: skip
def test_5_the_executive_deputy_chairs_while_the_head_is_away(
    kind: MeetingKind, presided_by: Role, attendees: set[Role], rules: list[str]
) -> None:
    observers = _meeting(kind).non_voting
    meeting = Meeting(kind=kind, date=date(2025, 10, 9), presided_by=presided_by, attendees=attendees,
                      non_voting=observers)  # fmt: skip
    decision = attendance.check_meeting(RS, meeting)
    assert sorted(v.rule for v in decision.violations) == rules, decision.explain()
    assert all(v.citation.article in (19, 20) for v in decision.violations)


TMOL = {Matter.THREE_MAJORS_ONE_LARGE}


@pytest.mark.parametrize(
    ("document", "signers", "reviewers", "article"),
    [
        pytest.param(_doc(NOTICE, GOV, addressee=Addressee.SUBORDINATES, matters=TMOL), [H], [OD, D, X], 33,
                     id="33¶2 a 三重一大 matter is a 重大事项: the chain, then the 区长"),
        pytest.param(_doc(LETTER, GOV, addressee=Addressee.PEERS, matters=TMOL), [H], [], 33,
                     id="33¶3 函 on a 三重一大 matter is an 重要事项"),
        pytest.param(_doc(NOTICE, OFFICE, addressee=Addressee.SUBORDINATES, matters=TMOL), [D, H], [], 33,
                     id="33¶4 office document on a 三重一大 matter is 重要"),
        pytest.param(_doc(MIN, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters=TMOL), [D, H], [H], 24,
                     id="24¶3 专题会议纪要 on a 三重一大 matter 报区长审定"),
    ],
)  # fmt: skip
def test_three_majors_one_large_is_a_major_matter(
    document: Document, signers: list[Role], reviewers: list[Role], article: int
) -> None:
    decision = signing.who_signs(RS, document)
    assert (list(decision.signers), list(decision.reviewers)) == (signers, reviewers)
    assert decision.citations[0].article == article


def test_31_a_three_majors_request_is_the_heads_to_approve() -> None:
    # 31¶2 重大事项报区长审批
    decision = signing.who_approves(RS, _doc(REQ, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT, matters=TMOL))
    assert decision.approver is H
    assert decision.citations[0].article == 31


_OBSERVERS = ["OFFICE_DEPUTY_DIRECTOR", "POLICY_RESEARCH_HEAD", "FINANCE_BUREAU_HEAD", "DEVELOPMENT_REFORM_HEAD",
              "JUSTICE_BUREAU_HEAD"]  # fmt: skip


@pytest.mark.parametrize(
    ("record", "rules"),
    [
        pytest.param({"type": "document", "id": "d", "kind": "NOTICE", "issuer": "GOVERNMENT", "signed_by": "DEPUTY",
                      "meeting": "TOPICAL", "meeting_date": "2025-03-05", "printed_on": "2025-03-25"}, [],
                     id="22¶2 times documents of the 全体会议 and 常务会议 only: not a 专题会议's"),
        pytest.param({"type": "document", "id": "d", "kind": "NOTICE", "issuer": "GOVERNMENT", "signed_by": "DEPUTY",
                      "meeting": "EXECUTIVE", "meeting_date": "2025-03-05", "printed_on": "2025-03-25"},
                     ["post_meeting_issue"], id="22¶2 a 常务会议's document printed late"),
        pytest.param({"type": "document", "id": "d", "kind": "NOTICE", "issuer": "GOVERNMENT", "signed_by": "DEPUTY",
                      "meeting_date": "2025-03-05", "printed_on": "2025-03-25"}, [],
                     id="22¶2 the meeting not on record: not checked"),
        pytest.param({"type": "meeting", "id": "m", "kind": "TOPICAL", "date": "2025-03-12", "presided_by": "DEPUTY",
                      "attendees": ["DEPARTMENT_HEAD"],
                      "agenda": [{"title": "A", "materials_submitted_on": "2025-03-12"}]},
                     [], id="21¶1 会前至少2日 binds the 全体会议 and 常务会议 only: not a 专题会议"),
        pytest.param({"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": "2025-03-12", "presided_by": "HEAD",
                      "attendees": ["EXECUTIVE_DEPUTY", "DEPUTY", "OFFICE_DIRECTOR"], "non_voting": _OBSERVERS,
                      "agenda": [{"title": "A", "materials_submitted_on": "2025-03-11"}]},
                     ["agenda"], id="21¶1 a 常务会议's papers one day before (one breach, by its agenda rule)"),
    ],
)  # fmt: skip
def test_22_and_21_time_the_plenary_and_executive_meetings_only(record: dict[str, object], rules: list[str]) -> None:
    from govrules.audit import audit

    findings = list(audit(RS, [record]))
    assert sorted(f.rule for f in findings) == rules, [f.message for f in findings]
    assert all(f.citation is not None and f.citation.article in (21, 22) for f in findings)
    assert all(f.severity == "warning" for f in findings)  # 原则上


def test_21_and_22_periods_name_their_meetings() -> None:
    for rule_id in ("agenda_materials", "post_meeting_issue"):
        assert RS.rule(rule_id).meetings == {MeetingKind.PLENARY, MeetingKind.EXECUTIVE}  # type: ignore[attr-defined]


def test_22_a_deadline_record_naming_the_period_is_checked() -> None:
    # 22¶2: a `deadline` record names its rule, so it is timed whatever meeting it does not name
    from govrules.audit import audit

    record = {
        "type": "deadline",
        "id": "x",
        "rule": "post_meeting_issue",
        "anchor": "2025-03-05",
        "done_on": "2025-03-20",
    }
    assert [(f.rule, f.severity) for f in audit(RS, [record])] == [("post_meeting_issue", "warning")]
