"""district-xx (某区人民政府工作规则, articles 43-76 only): its rules against the text, as tables naming the article."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, deadlines, rulesets, signing
from govrules.errors import NoApplicableRule, RuleNotDefined
from govrules.model import (
    AbsenceReason,
    Addressee,
    Authorization,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    MeetingKind,
    Review,
    ReviewAct,
    Role,
)
from govrules.rules import AlternateBasis, MeetingRule, RhythmRule, Ruleset

K, IS, M, MK, R = DocumentKind, Issuer, Matter, MeetingKind, Role


@pytest.fixture(scope="module")
def rs() -> Ruleset:
    return rulesets.load("district-xx")


# -- the ruleset against its text ------------------------------------------------------------------


def test_loads_with_its_government(rs: Ruleset) -> None:
    assert rs.id == "district-xx"
    assert rs.government.name == "某区人民政府"
    assert rs.government.parent is None
    assert rs.effective_from is None
    assert rs.name(R.HEAD) == "区长"
    assert rs.name(R.OFFICE_COORDINATING_DIRECTOR) == "区政府办公室协调主任"


def test_only_articles_43_to_76_survive(rs: Ruleset) -> None:
    assert [a.number for a in rs.articles] == list(range(43, 77))
    assert rs.article(43).partial
    with pytest.raises(KeyError):
        rs.article(42)
    with pytest.raises(KeyError):
        rs.article(1)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(65, id="65 政务信息 exhortation"),
        pytest.param(67, id="67 信息质量 exhortation"),
        pytest.param(68, id="68 贯彻督查条例"),
        pytest.param(75, id="75 数字政府"),
        pytest.param(76, id="76 放管服"),
    ],
)
def test_non_operative_articles(rs: Ruleset, article: int) -> None:
    assert article in rs.non_operative


def test_every_other_article_is_operative(rs: Ruleset) -> None:
    assert sorted(rs.non_operative) == [65, 67, 68, 75, 76]


# -- meetings ----------------------------------------------------------------------------------------


def _meeting(rs: Ruleset, kind: MeetingKind) -> MeetingRule:
    (rule,) = [r for r in rs.rules_of(MeetingRule) if r.meeting is kind]
    return rule


OFFICE = {R.OFFICE_DIRECTOR, R.OFFICE_DEPUTY_DIRECTOR, R.OFFICE_COORDINATING_DIRECTOR}
#: 四十四 names the 审计/财政/司法局; their heads (and the 发改局's) are 部门主要负责人 (department-principals)
BUREAUS = {R.AUDIT_BUREAU_HEAD, R.FINANCE_BUREAU_HEAD, R.JUSTICE_BUREAU_HEAD, R.DEVELOPMENT_REFORM_HEAD}
PRINCIPALS = {R.DEPARTMENT_HEAD, *BUREAUS}
INVITED = {*PRINCIPALS, R.UNIT_HEAD, R.TOWNSHIP_HEAD, R.DISPATCHED_AGENCY_HEAD}


@pytest.mark.parametrize(
    ("kind", "members", "optional_members", "non_voting", "optional", "convener", "presiders", "article"),
    [
        pytest.param(
            MK.HEAD_OFFICE,
            {R.HEAD, R.DEPUTY},
            {R.EXECUTIVE_DEPUTY},
            {R.PARTY_GROUP_MEMBER, *OFFICE, R.AUDIT_BUREAU_HEAD, R.FINANCE_BUREAU_HEAD, R.JUSTICE_BUREAU_HEAD},
            INVITED,
            R.HEAD,
            (R.HEAD,),
            44,
            id="44 区长办公会议: 区长、副区长; 审计/财政/司法局长列席; 区长召集主持",
        ),
        pytest.param(
            MK.HEAD_BRIEFING,
            {R.HEAD, R.DEPUTY},
            {R.EXECUTIVE_DEPUTY},
            {R.PARTY_GROUP_MEMBER, *OFFICE},
            INVITED,
            R.HEAD,
            (R.HEAD,),
            45,
            id="45 区长碰头会议: no bureau heads",
        ),
        pytest.param(
            MK.TOPICAL,
            set(),
            set(),
            set(),
            {
                *PRINCIPALS,
                R.DEPARTMENT_DEPUTY_HEAD,
                R.UNIT_HEAD,
                R.TOWNSHIP_HEAD,
                R.TOWNSHIP_DEPUTY_HEAD,
                R.DISPATCHED_AGENCY_HEAD,
            },
            None,
            (
                R.HEAD,
                R.DEPUTY,  # a 常务副区长, never named on this page, presides as a 副区长 (RoleIncludes)
                R.OFFICE_DIRECTOR,
                R.OFFICE_DEPUTY_DIRECTOR,
                R.OFFICE_COORDINATING_DIRECTOR,
            ),
            46,
            id="46 专题会议: 区长/副区长 or entrusted office leader presides",
        ),
        pytest.param(
            MK.WORK_CONFERENCE_CLASS_1,
            {R.DEPUTY, R.PARTY_GROUP_MEMBER, R.DEPARTMENT_HEAD, R.TOWNSHIP_HEAD},
            {R.EXECUTIVE_DEPUTY, *BUREAUS},
            set(),
            set(),
            None,
            (R.HEAD,),
            52,
            id="52 一类会议: 区长主持, 部门和镇主要负责人参加",
        ),
        pytest.param(
            MK.WORK_CONFERENCE_CLASS_2,
            {R.DEPARTMENT_DEPUTY_HEAD, R.TOWNSHIP_DEPUTY_HEAD},
            set(),
            set(),
            set(),
            None,
            (R.DEPUTY,),
            52,
            id="52 二类会议: 分管副区长主持, 分管负责人参加",
        ),
    ],
)
def test_meeting_composition(
    rs: Ruleset,
    kind: MeetingKind,
    members: set[Role],
    optional_members: set[Role],
    non_voting: set[Role],
    optional: set[Role],
    convener: Role | None,
    presiders: tuple[Role, ...],
    article: int,
) -> None:
    rule = _meeting(rs, kind)
    assert rule.members == members
    assert rule.optional_members == optional_members
    assert rule.non_voting == non_voting
    assert rule.optional_non_voting == optional
    assert rule.convener is convener
    assert rule.presiders == presiders
    assert rule.citation.article == article


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(MK.EXECUTIVE, id="43 常务会议: composition lost with arts. 1-42"),
        pytest.param(MK.PLENARY, id="全体会议: its article is lost"),
    ],
)
def test_lost_compositions_are_not_invented(rs: Ruleset, kind: MeetingKind) -> None:
    assert [r for r in rs.rules_of(MeetingRule) if r.meeting is kind] == []


@pytest.mark.parametrize(
    ("kind", "times", "per", "article"),
    [pytest.param(MK.EXECUTIVE, 1, "MONTH", 43, id="43 常务会议原则上每月召开1次")],
)
def test_meeting_rhythm(rs: Ruleset, kind: MeetingKind, times: int, per: str, article: int) -> None:
    (rule,) = [r for r in rs.rules_of(RhythmRule) if r.meeting is kind]
    assert (rule.rhythm.times, rule.rhythm.per.name) == (times, per)
    assert rule.citation.article == article
    assert len(attendance.meeting_schedule(rs, kind, date(2025, 1, 1), date(2025, 12, 31))) == 12


@pytest.mark.parametrize(
    "kind",
    [pytest.param(MK.HEAD_OFFICE, id="44 区长办公会议: no rhythm"), pytest.param(MK.TOPICAL, id="46 专题会议")],
)
def test_no_rhythm_where_the_text_gives_none(rs: Ruleset, kind: MeetingKind) -> None:
    with pytest.raises(NoApplicableRule):
        attendance.meeting_schedule(rs, kind, date(2025, 1, 1), date(2025, 12, 31))


# -- signing -----------------------------------------------------------------------------------------

GO = R.GOVERNMENT_OFFICE


@pytest.mark.parametrize(
    ("doc", "signer", "reviewers", "countersigners", "rule"),
    [
        pytest.param(
            Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT),
            R.DEPARTMENT_HEAD, (), (), "department_request",
            id="56 department 请示 to 区政府 -> 报送单位主要负责人",
        ),
        pytest.param(
            Document(K.REPORT, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT),
            R.DEPARTMENT_HEAD, (), (), "department_report",
            id="56 department 报告 to 区政府 -> 报送单位主要负责人",
        ),
        pytest.param(
            Document(K.REQUEST, IS.TOWNSHIP, addressee=Addressee.GOVERNMENT),
            R.TOWNSHIP_HEAD, (), (), "township_submission",
            id="56 镇政府（街道办事处） 请示 to 区政府 -> 镇主要负责人",
        ),
        pytest.param(
            Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT, matters={M.CROSS_DEPARTMENT}),
            R.DEPARTMENT_HEAD, (), (R.CO_DEPARTMENT_HEAD,), "department_request",
            id="56 请示 涉及其他部门职权 -> 相关部门主要负责人会签",
        ),
        pytest.param(
            Document(K.MOTION, IS.GOVERNMENT, addressee=Addressee.PEOPLES_CONGRESS),
            R.HEAD, (GO,), (), "motion_to_congress",
            id="61(一) 议案 to 人大 -> 区长",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.PERSONNEL}),
            R.HEAD, (GO,), (), "personnel",
            id="61(二) 人事任免 -> 区长",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.PERSONNEL, M.DECIDED_AT_MEETING}),
            R.HEAD, (GO,), (), "personnel",
            id="61(二) over (六): personnel decided at a meeting -> 区长, no authorization",
        ),
        pytest.param(
            Document(K.REPLY, IS.GOVERNMENT, matters={M.TRAVEL_ABROAD}),
            R.HEAD, (GO,), (), "travel_abroad",
            id="61(三) 出国审批 -> 区长",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.EXECUTIVE, presided_by=R.HEAD),
            R.HEAD, (GO,), (), "executive_head_office_minutes",
            id="61(四) 常务会议纪要 -> 区长",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT_OFFICE, meeting=MK.HEAD_OFFICE, presided_by=R.HEAD),
            R.HEAD, (GO,), (), "executive_head_office_minutes",
            id="61(四) over (八): 区长办公会议纪要 issued by the office -> 区长",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.EXECUTIVE, matters={M.DECIDED_AT_MEETING}),
            R.HEAD, (GO,), (), "executive_head_office_minutes",
            id="61(四) over (六): 常务会议纪要 -> 区长 only",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.DEPUTY),
            R.DEPUTY, (GO,), (), "topical_minutes",
            id="61(四) 专题会议纪要, 副区长 presided -> 分管副区长",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.OFFICE_DIRECTOR),
            R.DEPUTY, (GO,), (), "topical_minutes",
            id="61(四)+46 专题会议纪要, entrusted office director presided -> 分管副区长, not the chair",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.HEAD),
            R.HEAD, (GO,), (), "topical_minutes_head_presided",
            id="61(四) 专题会议纪要, 区长 presided -> 区长",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.DEPUTY, matters={M.MAJOR}),
            R.DEPUTY, (GO, R.HEAD), (), "topical_minutes_major",
            id="61(四) 专题会议纪要 涉及重要事项 -> 区长或分管副区长签发, 区长审定 (his review, or his signature)",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.DEPUTY, matters={M.PERSONNEL}),
            R.DEPUTY, (GO,), (), "topical_minutes",
            id="61(四) over (二): 专题会议纪要 on personnel -> 分管副区长",
        ),
        pytest.param(
            Document(K.OPINION, IS.GOVERNMENT, addressee=Addressee.SUBORDINATES),
            R.HEAD, (GO, R.DEPUTY), (), "other_government_documents",
            id="61(五) other 区政府 documents -> 分管副区长审签, 区长签发",
        ),
        pytest.param(
            Document(K.REQUEST, IS.GOVERNMENT, addressee=Addressee.HIGHER_GOVERNMENT),
            R.HEAD, (GO, R.DEPUTY), (), "other_government_documents",
            id="61(五) 区政府 请示 to 市政府 -> 区长",
        ),
        pytest.param(
            Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.PLENARY, presided_by=R.HEAD),
            R.HEAD, (GO, R.DEPUTY), (), "other_government_documents",
            id="61(五) residual: 全体会议纪要 -> 区长",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.CROSS_DEPARTMENT}),
            R.HEAD, (GO, R.DEPUTY), (R.CO_DEPARTMENT_HEAD,), "other_government_documents",
            id="59(三) 文稿涉及其他部门职权 -> 协办部门主要负责人会签",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.ROUTINE}),
            R.HEAD, (GO,), (), "decided_or_routine",
            id="61(六) 例行批准手续 -> 区长 (or by authorization)",
        ),
        pytest.param(
            Document(K.DECISION, IS.GOVERNMENT, matters={M.DECIDED_AT_MEETING}, meeting=MK.EXECUTIVE),
            R.HEAD, (GO,), (), "decided_or_routine",
            id="61(六) 常务会议已决定事项 -> 区长 (or by authorization)",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.DECIDED_AT_MEETING}, meeting=MK.TOPICAL),
            R.HEAD, (GO, R.DEPUTY), (), "other_government_documents",
            id="61(六) does not cover 专题会议 decisions -> (五)",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.ROUTINE}, meeting=MK.TOPICAL),
            R.HEAD, (GO,), (), "routine_approval",
            id="61(六) 例行批准手续 stays (六) whatever meeting is on record (a 专题会议 here)",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.EMERGENCY}),
            R.HEAD, (GO,), (), "emergency_by_office_director",
            id="61(七) 特殊紧急 -> 区长, 授权办公室主任 (no 副区长审签 required: (七) names none)",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.EMERGENCY, M.ROUTINE}),
            R.HEAD, (GO,), (), "decided_or_routine",
            id="61(六) over (七): routine and urgent",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT_OFFICE),
            R.OFFICE_DIRECTOR, (GO,), (), "office_documents",
            id="61(八) 区政府办公室名义 -> 办公室主任",
        ),
    ],
)  # fmt: skip
def test_who_signs(
    rs: Ruleset,
    doc: Document,
    signer: Role,
    reviewers: tuple[Role, ...],
    countersigners: tuple[Role, ...],
    rule: str,
) -> None:
    s = signing.who_signs(rs, doc)
    assert s.conflict is None
    assert s.signer is signer
    assert s.reviewers == reviewers
    assert s.countersigners == countersigners
    assert s.rule == rule


@pytest.mark.parametrize(
    ("doc", "alternates"),
    [
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.ROUTINE}),
            {(R.DEPUTY, AlternateBasis.AUTHORIZATION), (R.OFFICE_DIRECTOR, AlternateBasis.AUTHORIZATION)},
            id="61(六) 区长授权副区长、办公室主任",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT, matters={M.EMERGENCY}),
            {(R.OFFICE_DIRECTOR, AlternateBasis.AUTHORIZATION)},
            id="61(七) 授权办公室主任",
        ),
        pytest.param(
            Document(K.NOTICE, IS.GOVERNMENT_OFFICE),
            {(R.HEAD, AlternateBasis.NECESSITY), (R.DEPUTY, AlternateBasis.NECESSITY)},
            id="61(八) 必要时核报区长或副区长审定",
        ),
        pytest.param(Document(K.NOTICE, IS.GOVERNMENT, matters={M.PERSONNEL}), set(), id="61(二) none"),
        pytest.param(Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.EXECUTIVE), set(), id="61(四) none"),
    ],
)
def test_alternates(rs: Ruleset, doc: Document, alternates: set[tuple[Role, AlternateBasis]]) -> None:
    assert {(a.role, a.basis) for a in signing.who_signs(rs, doc).alternates} == alternates


@pytest.mark.parametrize(
    ("doc", "seal"),
    [
        pytest.param(Document(K.NOTICE, IS.GOVERNMENT), "区政府印章", id="64 区政府印章"),
        pytest.param(Document(K.NOTICE, IS.GOVERNMENT_OFFICE), "区政府办公室印章", id="64 区政府办公室印章"),
        pytest.param(Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.EXECUTIVE), None,
                     id="64 names no seal for a 纪要: none asserted"),
        pytest.param(Document(K.MINUTES, IS.GOVERNMENT_OFFICE, meeting=MK.TOPICAL, presided_by=R.DEPUTY), None,
                     id="64 names no seal for a 纪要 in the office's name either"),
    ],
)  # fmt: skip
def test_seal(rs: Ruleset, doc: Document, seal: str | None) -> None:
    assert signing.who_signs(rs, doc).seal == seal


def test_circle_is_not_consent_on_requests(rs: Ruleset) -> None:
    # 五十七: the 区政府 leader approving a request signs an explicit opinion; the department head signing it (五十六)
    # is a different act, on which the text says nothing about 圈阅.
    a = signing.who_approves(rs, Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT))
    assert a.opinion_required is True
    assert any(c.article == 57 for c in a.citations)
    s = signing.who_signs(rs, Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT))
    assert s.circle_means_consent is None


def test_signature_without_office_review_is_a_breach(rs: Ruleset) -> None:
    doc = Document(K.OPINION, IS.GOVERNMENT)
    ok = signing.check_signature(rs, doc, R.HEAD, reviewed_by=(GO, R.DEPUTY))
    bad = signing.check_signature(rs, doc, R.HEAD, reviewed_by=(R.DEPUTY,))
    assert ok.ok
    assert not bad.ok


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.HIGHER_DEPARTMENT), id="department to 市"),
        pytest.param(Document(K.NOTICE, IS.JOINT_PARTY_GOVERNMENT), id="区委区政府联合: lost text"),
    ],
)
def test_silent_text_has_no_signer(rs: Ruleset, doc: Document) -> None:
    with pytest.raises(NoApplicableRule):
        signing.who_signs(rs, doc)


# -- deadlines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule_id", "anchor", "variant", "expected", "article"),
    [
        pytest.param("countersign_reply", date(2025, 3, 3), None, date(2025, 3, 6), 59,
                     id="59 会签 3个工作日: Mon -> Thu"),
        pytest.param("countersign_reply", date(2025, 9, 26), None, date(2025, 9, 30), 59,
                     id="59 会签 3个工作日 over 9-28 调休上班"),
        pytest.param("countersign_reply", date(2025, 9, 30), None, date(2025, 10, 11), 59,
                     id="59 会签 3个工作日 across 国庆: 10-09, 10-10, 10-11"),
        pytest.param("countersign_reply", date(2025, 9, 26), "complex", date(2025, 10, 9), 59,
                     id="59 特别复杂 一周 = 7天: 10-03 holiday -> 10-09"),
        pytest.param("countersign_reply", date(2025, 3, 3), "complex", date(2025, 3, 10), 59,
                     id="59 特别复杂 一周: Mon -> next Mon"),
        pytest.param("agenda_materials", date(2025, 10, 10), None, date(2025, 9, 26), 48,
                     id="48 会前5个工作日 across 国庆 (9-28 counts)"),
        pytest.param("agenda_materials", date(2025, 3, 14), None, date(2025, 3, 7), 48,
                     id="48 会前5个工作日: Fri -> previous Fri"),
        pytest.param("meeting_request", date(2025, 3, 14), None, date(2025, 3, 7), 52,
                     id="52 提前7天: Fri -> Fri"),
        pytest.param("meeting_request", date(2025, 10, 13), None, date(2025, 9, 30), 52,
                     id="52 提前7天: 10-06 holiday -> 9-30"),
        pytest.param("meeting_request", date(2025, 10, 18), None, date(2025, 10, 11), 52,
                     id="52 提前7天: 10-11 is a working Saturday"),
        pytest.param("meeting_request", date(2025, 3, 17), None, date(2025, 3, 10), 52,
                     id="52 提前7天: Mon -> Mon"),
        pytest.param("meeting_plan", date(2025, 6, 1), None, date(2025, 12, 31), 52,
                     id="52 每年度末 -> last working day of the year"),
    ],
)  # fmt: skip
def test_due(rs: Ruleset, rule_id: str, anchor: date, variant: str | None, expected: date, article: int) -> None:
    d = deadlines.due(rs, rule_id, anchor, variant=variant)
    assert d.date == expected
    assert d.citation.article == article


def test_deadline_ids(rs: Ruleset) -> None:
    assert set(deadlines.rule_ids(rs)) == {"countersign_reply", "agenda_materials", "meeting_request", "meeting_plan"}


@pytest.mark.parametrize(
    "rule_id",
    [
        pytest.param("leave_request", id="53 提前请假 has no amount; arts. 1-42 lost"),
        pytest.param("publication", id="63 及时刊载: no amount"),
        pytest.param("request_reply", id="not in arts. 43-76"),
        pytest.param("minutes_issue", id="minutes_issue: not in arts. 43-76"),
        pytest.param("minutes_draft", id="minutes_draft: not in arts. 43-76"),
        pytest.param("post_meeting_issue", id="post_meeting_issue: not in arts. 43-76"),
        pytest.param("printing", id="printing: not in arts. 43-76"),
        pytest.param("supervision_simple", id="73 流程 without periods (simple)"),
        pytest.param("supervision_complex", id="73 流程 without periods (complex)"),
        pytest.param("instruction_handling", id="57 规定时限: set per transfer"),
    ],
)
def test_deadlines_the_text_does_not_state(rs: Ruleset, rule_id: str) -> None:
    with pytest.raises(RuleNotDefined):
        deadlines.due(rs, rule_id, date(2025, 3, 3))


def test_late_countersign_reply(rs: Ruleset) -> None:
    c = deadlines.check(rs, "countersign_reply", date(2025, 9, 26), date(2025, 10, 9))
    assert not c.on_time
    assert c.late_by == 1


# -- leave -------------------------------------------------------------------------------------------


def _absence(
    role: Role, meeting: MeetingKind, *, substitute: bool = False, reason: AbsenceReason | None = None
) -> LeaveRequest:
    """Absence from a meeting on Fri 2025-10-10, asked for the day before."""
    return LeaveRequest(
        role=role, kind=LeaveKind.MEETING_ABSENCE, start=date(2025, 10, 10), end=date(2025, 10, 10),
        requested_on=date(2025, 10, 9), meeting=meeting, reason=reason, substitute=substitute,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("leave", "ok", "approvers", "notify"),
    [
        pytest.param(_absence(R.DEPUTY, MK.EXECUTIVE), True, (R.HEAD,), (), id="50 副区长 常务会议 -> 区长"),
        pytest.param(_absence(R.EXECUTIVE_DEPUTY, MK.PLENARY), True, (R.HEAD,), (), id="50 常务副区长 全体会议"),
        pytest.param(
            _absence(R.PARTY_GROUP_MEMBER, MK.HEAD_OFFICE), True, (), (),
            id="50 党组成员 (列席 at 44): 区政府领导同志 (区长) or 列席人员 (办公室汇总) is open: neither checked",
        ),
        pytest.param(
            _absence(R.PARTY_GROUP_MEMBER, MK.EXECUTIVE), True, (), (),
            id="50 党组成员 at the 常务会议 (its composition lost): neither path checked",
        ),
        pytest.param(_absence(R.DEPUTY, MK.HEAD_BRIEFING), True, (R.HEAD,), (), id="50 区长碰头会议 -> 区长"),
        pytest.param(
            _absence(R.AUDIT_BUREAU_HEAD, MK.HEAD_OFFICE), True, (), (R.GOVERNMENT_OFFICE, R.HEAD),
            id="50 列席 审计局局长 -> 办公室汇总 (not 批准), 报告区长",
        ),
        pytest.param(
            _absence(R.DEPARTMENT_HEAD, MK.PLENARY), True, (), (R.GOVERNMENT_OFFICE, R.HEAD),
            id="50 全体会议其他与会人员 -> 办公室汇总 (not 批准), 报告区长",
        ),
        pytest.param(
            _absence(R.DEPARTMENT_HEAD, MK.WORK_CONFERENCE_CLASS_1, substitute=True), True, (), (),
            id="53 工作会议 with a named substitute",
        ),
        pytest.param(
            _absence(R.DEPARTMENT_DEPUTY_HEAD, MK.WORK_CONFERENCE_CLASS_2), False, (), (),
            id="53 工作会议 without a substitute -> breach",
        ),
        pytest.param(
            _absence(R.TOWNSHIP_HEAD, MK.WORK_CONFERENCE, substitute=True, reason=AbsenceReason.HEALTH), True, (), (),
            id="53 工作会议: no reasons list to check against",
        ),
    ],
)  # fmt: skip
def test_check_leave(
    rs: Ruleset, leave: LeaveRequest, ok: bool, approvers: tuple[Role, ...], notify: tuple[Role, ...]
) -> None:
    v = attendance.check_leave(rs, leave)
    assert v.ok is ok
    assert v.approvers == approvers
    assert v.notify == notify
    assert v.latest_request_date is None  # the text gives no lead time anywhere on this page


def test_missing_substitute_cites_53(rs: Ruleset) -> None:
    v = attendance.check_leave(rs, _absence(R.DEPARTMENT_HEAD, MK.WORK_CONFERENCE))
    assert [x.citation.article for x in v.violations] == [53]


@pytest.mark.parametrize(
    "leave",
    [
        pytest.param(_absence(R.DEPUTY, MK.TOPICAL), id="专题会议 absence: no rule"),
        pytest.param(_absence(R.HEAD, MK.EXECUTIVE), id="区长's own absence: not covered"),
        pytest.param(
            LeaveRequest(role=R.DEPUTY, kind=LeaveKind.TRIP, start=date(2025, 3, 6), end=date(2025, 3, 7)),
            id="trip out of the district: arts. 1-42 lost",
        ),
        pytest.param(
            LeaveRequest(role=R.DEPARTMENT_HEAD, kind=LeaveKind.VACATION, start=date(2025, 3, 6), end=date(2025, 3, 7)),
            id="vacation: arts. 1-42 lost",
        ),
    ],
)
def test_leave_the_text_does_not_cover(rs: Ruleset, leave: LeaveRequest) -> None:
    with pytest.raises(NoApplicableRule):
        attendance.check_leave(rs, leave)


# -- 五十七: approving what departments and 镇政府（街道办事处） submit -----------------------------------------

CIRCLED, OPINION = ReviewAct.CIRCLED, ReviewAct.OPINION


@pytest.mark.parametrize(
    ("doc", "approver", "review", "ok"),
    [
        pytest.param(Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT), R.DEPUTY,
                     Review(R.DEPUTY, OPINION), True, id="57 request approved by the deputy in charge with an opinion"),
        pytest.param(Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT), R.DEPUTY,
                     Review(R.DEPUTY, CIRCLED), False,
                     id="57 request approved by the deputy in charge; circling is not enough"),
        pytest.param(Document(K.REQUEST, IS.TOWNSHIP), R.DEPUTY, Review(R.DEPUTY, CIRCLED), False,
                     id="57 镇政府（街道办事处） request circled: 应签署明确意见"),
        pytest.param(Document(K.REPORT, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT), R.DEPUTY,
                     Review(R.DEPUTY, CIRCLED), True, id="57 report circled: 已阅知"),
        pytest.param(Document(K.REQUEST, IS.DEPARTMENT, matters={M.MAJOR}), R.HEAD, Review(R.HEAD, OPINION), True,
                     id="57 重大事项 request approved by the 区长"),
        pytest.param(Document(K.REQUEST, IS.DEPARTMENT, matters={M.MAJOR}), R.HEAD, Review(R.DEPUTY, OPINION),
                     False, id="57 重大事项 request approved by the deputy: 报区长审批"),
        pytest.param(Document(K.REPORT, IS.TOWNSHIP, matters={M.MAJOR}), R.HEAD, Review(R.HEAD, CIRCLED), True,
                     id="57 重大事项 report circled by the 区长: 已阅知"),
    ],
)  # fmt: skip
def test_approval_of_submitted_documents(rs: Ruleset, doc: Document, approver: Role, review: Review, ok: bool) -> None:
    decision = signing.who_approves(rs, doc)
    assert decision.approver is approver
    assert decision.circle_means_consent is None  # 圈阅 is 已阅知 on a report, never consent
    verdict = signing.check_approval(rs, doc, review)
    assert verdict.ok is ok
    assert all(v.citation.article == 57 for v in verdict.violations)


def test_a_circled_request_is_one_approval_opinion_breach(rs: Ruleset) -> None:
    doc = Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT)
    verdict = signing.check_approval(rs, doc, Review(R.DEPUTY, CIRCLED))
    assert [v.rule for v in verdict.violations] == ["approval_opinion"]


@pytest.mark.parametrize(
    ("issuer", "approved_by", "grants", "ok"),
    [
        pytest.param(Issuer.GOVERNMENT, Role.HEAD, (), True, id="64 区政府印章: 区长同意"),
        pytest.param(Issuer.GOVERNMENT, Role.DEPUTY, (), True, id="64 区政府印章: 副区长同意 (any of them)"),
        pytest.param(
            Issuer.GOVERNMENT, Role.OFFICE_DIRECTOR, (), False, id="64 区政府印章: 办公室主任 without authorization"
        ),
        pytest.param(
            Issuer.GOVERNMENT,
            Role.OFFICE_DIRECTOR,
            (Authorization(Role.HEAD, Role.OFFICE_DIRECTOR, date(2025, 1, 1), date(2025, 12, 31)),),
            True,
            id="64 区政府印章: 区长授权办公室主任",
        ),
        pytest.param(
            Issuer.GOVERNMENT,
            Role.OFFICE_DIRECTOR,
            (Authorization(Role.DEPUTY, Role.OFFICE_DIRECTOR, date(2025, 1, 1), date(2025, 12, 31)),),
            False,
            id="64 区政府印章: a 副区长 cannot authorize (区长授权 only)",
        ),
        pytest.param(Issuer.GOVERNMENT_OFFICE, Role.OFFICE_DIRECTOR, (), True, id="64 办公室印章: 办公室主任同意"),
        pytest.param(Issuer.GOVERNMENT_OFFICE, Role.DEPUTY, (), True, id="64 办公室印章: 主任以上领导 (副区长)"),
        pytest.param(Issuer.GOVERNMENT_OFFICE, Role.OFFICE_DEPUTY_DIRECTOR, (), False, id="64 办公室印章: 副主任 not"),
    ],
)
def test_seal_approval(issuer: Issuer, approved_by: Role, grants: tuple[Authorization, ...], ok: bool) -> None:
    rs = rulesets.load("district-xx")
    doc = Document(kind=DocumentKind.NOTICE, issuer=issuer, addressee=Addressee.SUBORDINATES)
    verdict = signing.check_seal(rs, doc, approved_by, grants, on=date(2025, 3, 3))
    assert verdict.ok is ok
    assert all(v.rule == "seal_approval" and v.citation.article == 64 for v in verdict.violations)


def test_audit_checks_seal_approval() -> None:
    from govrules.audit import audit

    record = {"type": "document", "id": "d1", "kind": "通知", "issuer": "区政府", "addressee": "下级",
              "seal": "区政府印章", "seal_approved_by": "区政府办公室副主任"}  # fmt: skip
    findings = list(audit(rulesets.load("district-xx"), [record]))
    assert [f.rule for f in findings] == ["seal_approval"]
    assert findings[0].citation is not None and findings[0].citation.article == 64


# -- round 3 (third reading): 部门主要负责人, the 常务副区长 not named, 区长审定, 分管 in the explanations ------------

_SO = {R.PARTY_GROUP_MEMBER, *OFFICE}
_BUREAU_OBSERVERS = {R.AUDIT_BUREAU_HEAD, R.FINANCE_BUREAU_HEAD, R.JUSTICE_BUREAU_HEAD}


@pytest.mark.parametrize(
    ("kind", "presided_by", "attendees", "non_voting", "breach"),
    [
        pytest.param(MK.HEAD_OFFICE, R.HEAD, {R.DEPUTY}, {*_SO, *_BUREAU_OBSERVERS}, None,
                     id="44 区长、副区长组成: no 常务副区长 on record is no breach (the page never names him)"),
        pytest.param(MK.HEAD_OFFICE, R.HEAD, {R.EXECUTIVE_DEPUTY}, {*_SO, *_BUREAU_OBSERVERS}, "副区长",
                     id="44 区长、副区长组成: the 副区长 absent and not excused is a breach"),
        pytest.param(MK.HEAD_BRIEFING, R.HEAD, {R.DEPUTY}, _SO, None, id="45 碰头会议: 区长、副区长 suffice"),
        pytest.param(MK.HEAD_BRIEFING, R.HEAD, {R.DEPUTY, R.EXECUTIVE_DEPUTY}, {*_SO, R.FINANCE_BUREAU_HEAD}, None,
                     id="45 ¶2 有关部门主要负责人列席: the 财政局局长 is one"),
        pytest.param(MK.TOPICAL, R.DEPUTY, {R.DEPARTMENT_HEAD, R.AUDIT_BUREAU_HEAD}, set(), None,
                     id="46 有关部门负责人出席: the 审计局局长 is one"),
        pytest.param(MK.TOPICAL, R.DEPUTY, {R.DEVELOPMENT_REFORM_HEAD}, set(), None,
                     id="46 有关部门负责人出席: the 发改局局长 is one"),
        pytest.param(MK.WORK_CONFERENCE_CLASS_1, R.HEAD,
                     {R.DEPUTY, R.PARTY_GROUP_MEMBER, R.DEPARTMENT_HEAD, R.TOWNSHIP_HEAD, R.JUSTICE_BUREAU_HEAD}, set(),
                     None, id="52 一类会议 区政府部门主要负责人参加: the 司法局局长 is one; no 常务副区长 required"),
        pytest.param(MK.WORK_CONFERENCE_CLASS_1, R.HEAD,
                     {R.EXECUTIVE_DEPUTY, R.PARTY_GROUP_MEMBER, R.DEPARTMENT_HEAD, R.TOWNSHIP_HEAD}, set(), "副区长",
                     id="52 一类会议 副区长参加: still required"),
    ],
)  # fmt: skip
def test_meeting_principals_and_deputies(
    rs: Ruleset,
    kind: MeetingKind,
    presided_by: Role,
    attendees: set[Role],
    non_voting: set[Role],
    breach: str | None,
) -> None:
    from govrules.model import Meeting

    m = attendance.check_meeting(
        rs,
        Meeting(kind=kind, date=date(2025, 3, 12), presided_by=presided_by, attendees=attendees, non_voting=non_voting),
    )
    assert m.ok is (breach is None), m.violations
    if breach is not None:
        assert [v.rule for v in m.violations] == ["meeting_composition"]
        assert f"组成人员{breach}未出席" in m.violations[0].message


@pytest.mark.parametrize(
    ("doc", "signed_by", "reviewed_by", "breaches", "article"),
    [
        pytest.param(Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT), R.FINANCE_BUREAU_HEAD, (),
                     [], 56, id="56 报送单位主要负责人签发: the 财政局局长 for his bureau"),
        pytest.param(Document(K.REPORT, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT), R.JUSTICE_BUREAU_HEAD, (),
                     [], 56, id="56 报告 signed by the 司法局局长"),
        pytest.param(Document(K.REQUEST, IS.DEPARTMENT, addressee=Addressee.GOVERNMENT), R.DEPARTMENT_DEPUTY_HEAD, (),
                     ["signer"], 56, id="56 a department's 分管负责人 is not its 主要负责人"),
        pytest.param(Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.DEPUTY, matters={M.MAJOR}),
                     R.DEPUTY, (GO, R.HEAD), [], 61,
                     id="61(四) 重要事项专题纪要: 分管副区长签发, 区长审定"),
        pytest.param(Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.DEPUTY, matters={M.MAJOR}),
                     R.DEPUTY, (GO,), ["reviewers"], 61,
                     id="61(四) 重要事项专题纪要: 副区长签发 without the 区长's 审定 is a breach"),
        pytest.param(Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.DEPUTY, matters={M.MAJOR}),
                     R.HEAD, (GO,), [], 61, id="61(四) 重要事项专题纪要: the 区长's own signature is his 审定"),
    ],
)  # fmt: skip
def test_check_signature_round3(
    rs: Ruleset, doc: Document, signed_by: Role, reviewed_by: tuple[Role, ...], breaches: list[str], article: int
) -> None:
    v = signing.check_signature(rs, doc, signed_by, reviewed_by)
    assert [x.rule for x in v.violations] == breaches
    assert all(x.citation.article == article for x in v.violations)


@pytest.mark.parametrize(
    ("doc", "says", "article"),
    [
        pytest.param(Document(K.NOTICE, IS.GOVERNMENT, addressee=Addressee.SUBORDINATES),
                     "副区长审核指区政府分管副区长审签", 61, id="61(五) 经区政府分管副区长审签: 分管 kept"),
        pytest.param(Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.DEPUTY),
                     "副区长指分管有关工作的副区长", 61, id="61(四) 区长或分管有关工作的副区长签发: 分管 kept"),
        pytest.param(Document(K.MINUTES, IS.GOVERNMENT, meeting=MK.TOPICAL, presided_by=R.DEPUTY, matters={M.MAJOR}),
                     "专题会议纪要须经区长审定后印发", 61, id="61(四) 重要事项: 区长审定后印发"),
        pytest.param(Document(K.NOTICE, IS.GOVERNMENT_OFFICE), "区长、副区长审定的，须经办公室主任核报", 61,
                     id="61(八) 必要时由主任核报区长或副区长审定后发, not 'the 区长 signs'"),
    ],
)  # fmt: skip
def test_explanations_say_what_the_text_says(rs: Ruleset, doc: Document, says: str, article: int) -> None:
    d = signing.who_signs(rs, doc)
    said = d.explain().partition("\n")[0]  # the library's own words; the lines after quote the articles
    assert says in said
    assert d.citations[0].article == article


@pytest.mark.parametrize(
    ("role", "requested_on", "ok"),
    [
        pytest.param(R.FINANCE_BUREAU_HEAD, date(2025, 3, 5), True,
                     id="61(三) 部门主要负责人出国: the 财政局局长 -> 区长"),
        pytest.param(R.DEPARTMENT_HEAD, date(2025, 3, 8), True,
                     id="61(三) says who signs 出国审批, not when it is sought: a late request is not checked"),
        pytest.param(R.TOWNSHIP_HEAD, date(2025, 3, 6), True,
                     id="61(三) 镇主要负责人出国, asked on the day of departure"),
    ],
)  # fmt: skip
def test_visit_abroad_approval(rs: Ruleset, role: Role, requested_on: date, ok: bool) -> None:
    v = attendance.check_leave(
        rs, LeaveRequest(role, LeaveKind.VISIT_ABROAD, date(2025, 3, 6), date(2025, 3, 10), requested_on)
    )
    assert v.ok is ok
    assert v.approvers == (R.HEAD,)
    assert all(x.citation.article == 61 for x in v.violations)


def test_late_materials_are_a_warning_except_special_circumstances() -> None:
    """四十八 除特殊情况外: the record cannot show a special case, so a late item is a warning, not an error."""
    from govrules.audit import audit

    record = {"type": "meeting", "id": "m1", "kind": "常务会议", "date": "2025-03-14", "presided_by": "区长",
              "agenda": [{"title": "议题A", "materials_submitted_on": "2025-03-12"}]}  # fmt: skip
    findings = list(audit(rulesets.load("district-xx"), [record]))
    assert findings and all(f.severity == "warning" for f in findings), findings
    assert all(f.citation is not None and f.citation.article == 48 for f in findings)


def test_61_4_the_heads_approval_of_important_minutes_is_not_ordered_against_the_offices_review(rs: Ruleset) -> None:
    """六十一（四） 「涉及重要事项的专题会议纪要,须经区长审定后印发」: the 审定 comes before 印发; the text does not
    put it before the office's review, so the two are checked in either order (and 依次 is not said)."""
    document = Document(kind="MINUTES", issuer="GOVERNMENT", meeting="TOPICAL", matters={"MAJOR"}, presided_by="DEPUTY")
    decision = signing.who_signs(rs, document)
    assert decision.rule == "topical_minutes_major" and "依次" not in decision.explain()
    for order in ([R.GOVERNMENT_OFFICE, R.HEAD], [R.HEAD, R.GOVERNMENT_OFFICE]):
        assert signing.check_signature(rs, document, R.DEPUTY, order).ok, order
    assert not signing.check_signature(rs, document, R.DEPUTY, [R.GOVERNMENT_OFFICE]).ok  # no 审定


# -- round 4 (fourth reading): what (七) and (三) of 61 do not say, and the seal a record names -------------------

_HEAD_GRANT = (Authorization(R.HEAD, R.OFFICE_DIRECTOR, date(2025, 1, 1), date(2025, 12, 31)),)
_DEPUTY_GRANT = (Authorization(R.DEPUTY, R.OFFICE_DIRECTOR, date(2025, 1, 1), date(2025, 12, 31)),)


@pytest.mark.parametrize(
    ("signed_by", "reviewed_by", "grants", "breaches"),
    [
        pytest.param(R.OFFICE_DIRECTOR, (GO,), _HEAD_GRANT, [],
                     id="61(七) 经区长授权 办公室主任签发: (七) names no 副区长审签"),
        pytest.param(R.OFFICE_DIRECTOR, (GO,), _DEPUTY_GRANT, [], id="61(七) 经副区长授权 办公室主任签发"),
        pytest.param(R.OFFICE_DIRECTOR, (GO,), (), ["signer"], id="61(七) 办公室主任 without any authorization"),
        pytest.param(R.HEAD, (), (), ["reviewers"], id="59 ¶1 区政府办公室审理 is still required"),
    ],
)  # fmt: skip
def test_emergency_signature_61_7(
    rs: Ruleset, signed_by: Role, reviewed_by: tuple[Role, ...], grants: tuple[Authorization, ...], breaches: list[str]
) -> None:
    doc = Document(K.NOTICE, IS.GOVERNMENT, addressee=Addressee.SUBORDINATES, matters={M.EMERGENCY})
    v = signing.check_signature(rs, doc, signed_by, reviewed_by, grants, on=date(2025, 3, 3))
    assert [x.rule for x in v.violations] == breaches
    assert all(x.citation.article in (59, 61) for x in v.violations)
    assert "副区长审签在此未作检查" in v.decision.explain().partition("\n")[0]


@pytest.mark.parametrize(
    ("requested_on", "said"),
    [
        pytest.param(date(2025, 3, 12), "未规定何时报批", id="61(三) 出国审批 asked after departure: no breach stated"),
        pytest.param(None, "未规定何时报批", id="61(三) 出国审批: no date asked for"),
    ],
)  # fmt: skip
def test_61_3_says_who_approves_going_abroad_not_when(rs: Ruleset, requested_on: date | None, said: str) -> None:
    from govrules.audit import audit

    v = attendance.check_leave(
        rs, LeaveRequest(R.DEPARTMENT_HEAD, LeaveKind.VISIT_ABROAD, date(2025, 3, 10), date(2025, 3, 15), requested_on)
    )
    assert v.ok and v.approvers == (R.HEAD,) and v.latest_request_date is None
    assert said in v.explain()
    record = {"type": "leave", "id": "l1", "role": "DEPARTMENT_HEAD", "kind": "VISIT_ABROAD", "start": "2025-03-10",
              "end": "2025-03-15", "requested_on": "2025-03-12", "approved_by": ["HEAD"]}  # fmt: skip
    assert [f.rule for f in audit(rs, [record])] == []


_EXEC_MINUTES = {"kind": "纪要", "issuer": "区政府", "meeting": "常务会议", "presided_by": "区长"}
_GOV_NOTICE = {"kind": "通知", "issuer": "区政府", "addressee": "下级"}
_OFFICE_NOTICE = {"kind": "通知", "issuer": "区政府办公室", "addressee": "下级"}


@pytest.mark.parametrize(
    ("document", "seal", "approved_by", "findings", "unchecked"),
    [
        pytest.param(_EXEC_MINUTES, "区政府印章", "区政府办公室副主任", ["seal_approval"], None,
                     id="64 a 纪要 bearing the 区政府印章: the seal's consent (区长、副区长, authorized 主任)"),
        pytest.param(_EXEC_MINUTES, "区政府印章", "副区长", [], None, id="64 纪要, 区政府印章, 副区长 consents"),
        pytest.param(_EXEC_MINUTES, "区政府办公室印章", "区政府办公室主任", [], None,
                     id="64 纪要, 办公室印章, 办公室主任 consents"),
        pytest.param(_EXEC_MINUTES, None, "副区长", [], "seal_approval (seal not on record)",
                     id="64 纪要 with a consent but no seal on record: listed as unchecked"),
        pytest.param(_OFFICE_NOTICE, "区政府印章", "区政府办公室主任", ["seal_approval"], None,
                     id="64 区政府印章 on an office document: still the 区政府印章's consent (主任 needs 区长授权)"),
        pytest.param(_GOV_NOTICE, "区长印章", "副区长", ["seal_approval"], None,
                     id="64 区长印章: whichever document bears it, only the 区长 (or the 主任 he authorizes) consents"),
        pytest.param(_GOV_NOTICE, None, "区政府办公室副主任", ["seal_approval"], None,
                     id="64 no seal on record: the document's own (区政府印章)"),
    ],
)  # fmt: skip
def test_audit_checks_the_consent_to_the_seal_on_record(
    document: dict[str, str], seal: str | None, approved_by: str, findings: list[str], unchecked: str | None
) -> None:
    from govrules.audit import audit

    record = {"type": "document", "id": "d1", **document, "seal_approved_by": approved_by}
    if seal is not None:
        record["seal"] = seal
    run = audit(rulesets.load("district-xx"), [record])
    found = list(run)
    assert [f.rule for f in found] == findings
    assert all(f.citation is not None and f.citation.article == 64 for f in found)
    seal_unchecked = [k for k in run.summary.unchecked if k.startswith("seal_approval")]
    assert seal_unchecked == ([unchecked] if unchecked else [])


@pytest.mark.parametrize(
    ("kind", "findings"),
    [
        pytest.param("常务会议", [("agenda", "warning")], id="48 常务会议 materials late: one finding, a warning"),
        pytest.param("区长办公会议", [], id="48 is the 常务会议's: a 区长办公会议's materials have no deadline"),
        pytest.param("专题会议", [], id="48 is the 常务会议's: a 专题会议's materials have no deadline"),
        pytest.param("全体会议", [], id="48 is the 常务会议's: the 全体会议 has none on this page"),
    ],
)  # fmt: skip
def test_48_materials_deadline_is_the_executive_meetings_only(kind: str, findings: list[tuple[str, str]]) -> None:
    from govrules.audit import audit

    record = {"type": "meeting", "id": "m1", "kind": kind, "date": "2025-03-14", "presided_by": "区长",
              "agenda": [{"title": "议题A", "materials_submitted_on": "2025-03-12"}]}  # fmt: skip
    found = list(audit(rulesets.load("district-xx"), [record]))
    assert [(f.rule, f.severity) for f in found] == findings
    assert all(f.citation is not None and f.citation.article == 48 for f in found)
