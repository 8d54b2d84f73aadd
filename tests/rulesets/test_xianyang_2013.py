"""咸阳市人民政府工作规则（试行） (xianyang-2013): each row names the article it checks."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, audit, deadlines, signing
from govrules.errors import NoApplicableRule, RuleNotDefined
from govrules.model import (
    Addressee,
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
    AgendaRule,
    AlternateBasis,
    DeadlineRule,
    MeetingRule,
    Rhythm,
    RhythmRule,
    Ruleset,
    SigningRule,
)
from govrules.rulesets import load

RS: Ruleset = load("xianyang-2013")

GOV, OFFICE = Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE
HEAD, EXEC, DEPUTY = Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY
SG, DSG = Role.SECRETARY_GENERAL, Role.DEPUTY_SECRETARY_GENERAL


# -- (a) the ruleset as data ---------------------------------------------------------------------


def test_loads_with_its_government() -> None:
    assert RS.id == "xianyang-2013"
    assert RS.government.name == "咸阳市人民政府"
    assert RS.government.level.name == "CITY"
    assert RS.document_number == "咸政发〔2013〕16号"
    assert RS.effective_from == date(2013, 6, 17)
    assert [a.number for a in RS.articles] == list(range(1, 77))


# -- (b) coverage ---------------------------------------------------------------------------------

OPERATIVE = [a.number for a in RS.articles if a.number not in RS.non_operative]


def test_operative_count() -> None:
    assert len(OPERATIVE) == 54
    assert len(RS.non_operative) == 22


# -- (c) meetings ---------------------------------------------------------------------------------


def _meeting(kind: MeetingKind) -> MeetingRule:
    (rule,) = (r for r in RS.rules_of(MeetingRule) if r.meeting is kind)
    return rule


MEMBERS_OF_GOVERNMENT = {HEAD, EXEC, DEPUTY, Role.COUNSELLOR, Role.MAYOR_ASSISTANT, SG}
#: 5, 11, 33: the principals of the city's departments, named as such or by their bureau
PRINCIPALS = {Role.DEPARTMENT_HEAD, Role.DEVELOPMENT_REFORM_HEAD, Role.FINANCE_BUREAU_HEAD, Role.AUDIT_BUREAU_HEAD,
              Role.JUSTICE_BUREAU_HEAD, Role.SUPERVISION_BUREAU_HEAD, Role.CO_DEPARTMENT_HEAD}  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "members", "convener", "presiders", "article"),
    [
        pytest.param(MeetingKind.PLENARY, MEMBERS_OF_GOVERNMENT | {Role.DEPARTMENT_HEAD}, HEAD, (HEAD,), 39,
                     id="39 全体会议 = 市长、副市长、咨询员、助理、秘书长、组成部门主任局长; 市长召集主持"),
        pytest.param(MeetingKind.EXECUTIVE, MEMBERS_OF_GOVERNMENT - {HEAD}, HEAD, (HEAD, EXEC), 40,
                     id="40 常务会议 = 副市长、咨询员、助理、秘书长 required; 市长 presides or commissions 常务副市长"),
        pytest.param(MeetingKind.HEAD_OFFICE, {HEAD}, HEAD, (HEAD,), 41,
                     id="41 市长办公会议: 市长召集; 有关…秘书长、相关副秘书长、办公室主任 not all required"),
        pytest.param(MeetingKind.TOPICAL, set(), None, (DEPUTY, EXEC, Role.COUNSELLOR, Role.MAYOR_ASSISTANT, SG, DSG),
                     42, id="42 专项会议: 副市长、咨询员、助理、秘书长; 副秘书长受托召开专题会议"),
    ],
)  # fmt: skip
def test_meeting_composition(
    kind: MeetingKind, members: set[Role], convener: Role | None, presiders: tuple[Role, ...], article: int
) -> None:
    rule = _meeting(kind)
    assert rule.members == members
    assert rule.convener is convener
    assert rule.presiders == presiders
    assert rule.citation.article == article


@pytest.mark.parametrize(
    ("kind", "optional"),
    [
        pytest.param(MeetingKind.PLENARY, {Role.SUBORDINATE_GOVERNMENT_HEAD, Role.UNIT_HEAD},
                     id="39 全体会议 根据需要列席: 县市区政府和有关部门、单位负责人"),
        pytest.param(MeetingKind.EXECUTIVE, {*PRINCIPALS, Role.UNIT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD},
                     id="40 常务会议 根据需要列席: 有关部门、单位负责人 (县市区 as 单位 open)"),
        pytest.param(MeetingKind.HEAD_OFFICE, {DEPUTY, EXEC, Role.COUNSELLOR, Role.MAYOR_ASSISTANT, DSG,
                                               *PRINCIPALS, Role.SUBORDINATE_GOVERNMENT_HEAD},
                     id="41 市长办公会议 有关副市长…相关副秘书长…部门、县市区负责人"),
    ],
)  # fmt: skip
def test_meeting_optional_attendance(kind: MeetingKind, optional: set[Role]) -> None:
    assert _meeting(kind).optional_non_voting == optional


@pytest.mark.parametrize(
    ("kind", "optional"),
    [
        pytest.param(MeetingKind.PLENARY, PRINCIPALS - {Role.DEPARTMENT_HEAD},
                     id="39 各组成部门的主任、局长: a bureau head named by post may attend"),
        pytest.param(MeetingKind.HEAD_OFFICE, {SG, Role.OFFICE_DIRECTOR},
                     id="41 有关…秘书长、相关副秘书长、办公室主任: as the matter requires"),
    ],
)  # fmt: skip
def test_meeting_optional_members(kind: MeetingKind, optional: set[Role]) -> None:
    assert _meeting(kind).optional_members == optional


@pytest.mark.parametrize(
    ("kind", "rhythm"),
    [
        pytest.param(MeetingKind.PLENARY, Rhythm(1, "HALF_YEAR"), id="39 全体会议 一般每半年一次"),
        pytest.param(MeetingKind.EXECUTIVE, Rhythm(2, "MONTH"), id="40 常务会议 一般每月两次"),
    ],
)
def test_meeting_rhythm(kind: MeetingKind, rhythm: Rhythm) -> None:
    (rule,) = (r for r in RS.rules_of(RhythmRule) if r.meeting is kind)
    assert rule.rhythm == rhythm


@pytest.mark.parametrize(
    ("kind", "count"),
    [
        pytest.param(MeetingKind.PLENARY, 2, id="39 全体会议 2025: 2"),
        pytest.param(MeetingKind.EXECUTIVE, 24, id="40 常务会议 2025: 24"),
    ],
)
def test_meeting_schedule_2025(kind: MeetingKind, count: int) -> None:
    assert len(attendance.meeting_schedule(RS, kind, date(2025, 1, 1), date(2025, 12, 31))) == count


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(MeetingKind.HEAD_OFFICE, id="41 市长办公会议 不定期: no rhythm"),
        pytest.param(MeetingKind.TOPICAL, id="42 专项会议: no rhythm"),
    ],
)
def test_no_rhythm(kind: MeetingKind) -> None:
    with pytest.raises(NoApplicableRule):
        attendance.meeting_schedule(RS, kind, date(2025, 1, 1), date(2025, 12, 31))


def test_agenda_rules_are_papers_before_the_meeting_only() -> None:
    # 43 文件和议题于会前送达与会人员 (no amount: after the meeting day is late); 43's 分管领导审核 + 市长审定
    # has no AgendaRequirement; it is a Duty (see the interpretations).
    (rule,) = RS.rules_of(AgendaRule)
    assert (rule.id, rule.in_advance, rule.lead_time, rule.citation.article) == (
        "materials_before_meeting",
        True,
        None,
        43,
    )
    assert RS.rule("agenda_items_approved_by_head").citation.article == 43


@pytest.mark.parametrize(
    ("kind", "presided_by", "ok"),
    [
        pytest.param(MeetingKind.PLENARY, HEAD, True, id="39 全体会议 市长主持 ok"),
        pytest.param(MeetingKind.PLENARY, EXEC, False, id="39 全体会议 常务副市长主持 breach"),
        pytest.param(MeetingKind.EXECUTIVE, EXEC, True, id="40 常务会议 受托常务副市长主持 ok"),
        pytest.param(MeetingKind.EXECUTIVE, DEPUTY, False, id="40 常务会议 副市长主持 breach"),
        pytest.param(MeetingKind.TOPICAL, Role.COUNSELLOR, True, id="42 专项会议 副市级咨询员主持 ok"),
        pytest.param(MeetingKind.TOPICAL, Role.DEPARTMENT_HEAD, False, id="42 专项会议 局长主持 breach"),
    ],
)
def test_who_presides(kind: MeetingKind, presided_by: Role, ok: bool) -> None:
    attendees = _meeting(kind).members - {presided_by}
    meeting = Meeting(kind=kind, date=date(2025, 3, 5), presided_by=presided_by, attendees=attendees)
    assert attendance.check_meeting(RS, meeting).ok is ok


def test_absent_member_without_leave_is_a_breach() -> None:
    # 44 组成人员必须按时出席会议
    meeting = Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 3, 5), presided_by=HEAD,
                      attendees={EXEC, Role.COUNSELLOR, Role.MAYOR_ASSISTANT, SG})  # fmt: skip
    decision = attendance.check_meeting(RS, meeting)
    assert not decision.ok
    absent = LeaveRequest(role=DEPUTY, kind=LeaveKind.MEETING_ABSENCE, start=date(2025, 3, 5), end=date(2025, 3, 5),
                          meeting=MeetingKind.EXECUTIVE)  # fmt: skip
    excused = Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 3, 5), presided_by=HEAD,
                      attendees={EXEC, Role.COUNSELLOR, Role.MAYOR_ASSISTANT, SG}, absent=(absent,))  # fmt: skip
    assert attendance.check_meeting(RS, excused).ok


# -- (d) signing ----------------------------------------------------------------------------------


def doc(kind: DocumentKind, issuer: Issuer, addressee: Addressee | None = None,
        matters: frozenset[Matter] = frozenset(), meeting: MeetingKind | None = None,
        presided_by: Role | None = None) -> Document:  # fmt: skip
    return Document(kind=kind, issuer=issuer, addressee=addressee, matters=matters, meeting=meeting,
                    presided_by=presided_by)  # fmt: skip


N, R, L, M = DocumentKind.NOTICE, DocumentKind.REQUEST, DocumentKind.LETTER, DocumentKind.MINUTES
MAJOR, NORMATIVE, PERSONNEL = (frozenset({m}) for m in (Matter.MAJOR, Matter.NORMATIVE, Matter.PERSONNEL))


@pytest.mark.parametrize(
    ("document", "signer", "reviewers", "rule"),
    [
        pytest.param(doc(N, GOV, Addressee.SUBORDINATES), HEAD, (DEPUTY,), "government_document",
                     id="52 以市政府名义发文 -> 分管副市长审核, 市长签发"),
        pytest.param(doc(DocumentKind.DECISION, GOV, Addressee.PUBLIC, PERSONNEL), HEAD, (DEPUTY,),
                     "government_document", id="52 市政府人事任免决定 -> 市长"),
        pytest.param(doc(R, GOV, Addressee.HIGHER_GOVERNMENT), HEAD, (DEPUTY,), "upward_to_province",
                     id="51 报送省政府审批的公文 -> 市长签署"),
        pytest.param(doc(DocumentKind.DECISION, GOV, Addressee.PUBLIC, NORMATIVE), HEAD, (DEPUTY,),
                     "normative_by_head", id="51 规范性文件 -> 市长签署"),
        pytest.param(doc(DocumentKind.MOTION, GOV, Addressee.PEOPLES_CONGRESS), HEAD, (DEPUTY,),
                     "motion_to_congress", id="51 向市人大提出的议案 -> 市长签署"),
        pytest.param(doc(DocumentKind.REPORT, GOV, Addressee.PEOPLES_CONGRESS, PERSONNEL), HEAD, (DEPUTY,),
                     "motion_to_congress", id="51 提请市人大常委会人事任免 -> 市长签署"),
        pytest.param(doc(L, GOV, Addressee.HIGHER_DEPARTMENT), DEPUTY, (), "to_provincial_departments",
                     id="51 报送省政府各部门 -> 一般分管副市长签发"),
        pytest.param(doc(L, GOV, Addressee.HIGHER_DEPARTMENT, MAJOR), HEAD, (DEPUTY,),
                     "to_provincial_departments_major", id="51 报送省政府各部门 重大事项 -> 市长"),
        pytest.param(doc(N, GOV, Addressee.HIGHER_DEPARTMENT, NORMATIVE), HEAD, (DEPUTY,), "normative_by_head",
                     id="51 规范性文件 over 报送省政府各部门 -> 市长"),
        pytest.param(doc(N, OFFICE, Addressee.SUBORDINATES), SG, (), "office_document",
                     id="52 以市政府办公室名义发文 -> 秘书长"),
        pytest.param(doc(N, OFFICE, Addressee.SUBORDINATES, PERSONNEL), SG, (), "office_document",
                     id="52 办公室名义人事通知 -> 秘书长 (51 reads 人事任免 as proposed to 人大)"),
        pytest.param(doc(M, GOV, meeting=MeetingKind.PLENARY, presided_by=HEAD), HEAD, (), "minutes_of_main_meetings",
                     id="45 全体会议纪要 -> 市长"),
        pytest.param(doc(M, OFFICE, meeting=MeetingKind.EXECUTIVE, presided_by=EXEC), HEAD, (),
                     "minutes_of_main_meetings", id="45 常务会议纪要 常务副市长受托主持 -> 仍由市长签发"),
        pytest.param(doc(M, OFFICE, matters=NORMATIVE, meeting=MeetingKind.EXECUTIVE, presided_by=HEAD), HEAD, (),
                     "minutes_of_main_meetings", id="45 over 51: 审议规范性文件的常务会议纪要 -> 市长"),
        pytest.param(doc(M, OFFICE, meeting=MeetingKind.HEAD_OFFICE, presided_by=HEAD), HEAD, (),
                     "minutes_of_main_meetings", id="45 市长办公会议纪要 -> 市长"),
        pytest.param(doc(M, OFFICE, meeting=MeetingKind.TOPICAL, presided_by=DEPUTY), DEPUTY, (),
                     "minutes_of_topical_meetings", id="45 专项会议纪要 副市长主持 -> 副市长"),
        pytest.param(doc(M, OFFICE, meeting=MeetingKind.TOPICAL, presided_by=Role.MAYOR_ASSISTANT),
                     Role.MAYOR_ASSISTANT, (), "minutes_of_topical_meetings",
                     id="45 专项会议纪要 市长助理主持 -> 市长助理"),
        pytest.param(doc(M, OFFICE, meeting=MeetingKind.TOPICAL, presided_by=DSG), Role.COMMISSIONING_LEADER, (),
                     "minutes_of_commissioned_topical_meetings", id="45+42 副秘书长受托主持专题会议纪要 -> 委托的领导"),
        pytest.param(doc(R, Issuer.DEPARTMENT, Addressee.GOVERNMENT), Role.DEPARTMENT_HEAD, (),
                     "department_request", id="54 部门报市政府请示 -> 部门主要负责同志"),
        pytest.param(doc(R, Issuer.DEPARTMENT), Role.DEPARTMENT_HEAD, (),
                     "department_request", id="54 部门请示, no addressee on record -> 部门主要负责同志"),
        pytest.param(doc(R, Issuer.SUBORDINATE_GOVERNMENT, Addressee.GOVERNMENT),
                     Role.SUBORDINATE_GOVERNMENT_HEAD, (), "subordinate_government_request",
                     id="54 县市区政府报市政府请示 -> 县市区政府主要负责同志"),
        pytest.param(doc(DocumentKind.MOTION, GOV), HEAD, (DEPUTY,), "motion_without_addressee",
                     id="51 议案 with no addressee on record -> 市长签署 (51, not only 52)"),
    ],
)  # fmt: skip
def test_who_signs(document: Document, signer: Role, reviewers: tuple[Role, ...], rule: str) -> None:
    decision = signing.who_signs(RS, document)
    assert decision.signer is signer
    assert decision.reviewers == reviewers
    assert decision.countersigners == ()
    assert decision.rule == rule
    assert decision.conflict is None
    assert decision.citations
    assert decision.seal is None


@pytest.mark.parametrize(
    ("document", "alternates"),
    [
        pytest.param(doc(L, GOV, Addressee.HIGHER_DEPARTMENT), {(HEAD, AlternateBasis.NECESSITY)},
                     id="51 省政府各部门 一般 -> 市长也可签发"),
        pytest.param(doc(L, GOV, Addressee.HIGHER_DEPARTMENT, MAJOR), {(EXEC, AlternateBasis.AUTHORIZATION)},
                     id="51 重大事项 市长委托常务副市长"),
        pytest.param(doc(N, OFFICE), {(r, AlternateBasis.NECESSITY) for r in (DEPUTY, EXEC, Role.COUNSELLOR,
                                                                            Role.MAYOR_ASSISTANT, HEAD)},
                     id="52 办公室发文 如有需要 分管领导或市长签发"),
        pytest.param(doc(M, OFFICE, meeting=MeetingKind.TOPICAL, presided_by=DEPUTY), set(),
                     id="45 专项会议纪要 主持会议或委托召开会议的领导: 或, not 必要时"),
        pytest.param(doc(N, GOV), set(), id="52 市政府发文 no alternate"),
        pytest.param(doc(M, GOV, meeting=MeetingKind.EXECUTIVE, presided_by=EXEC), set(),
                     id="45 常务会议纪要 no alternate"),
    ],
)  # fmt: skip
def test_alternates(document: Document, alternates: set[tuple[Role, AlternateBasis]]) -> None:
    assert {(a.role, a.basis) for a in signing.who_signs(RS, document).alternates} == alternates


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(doc(N, Issuer.DEPARTMENT), id="54 only requests: 部门通知 silent"),
        pytest.param(doc(N, Issuer.JOINT_PARTY_GOVERNMENT), id="no 市委市政府联合发文 rule"),
        pytest.param(doc(R, Issuer.DEPARTMENT, Addressee.PEERS), id="54 确需报送市政府: 部门请示 to a peer silent"),
        pytest.param(doc(R, Issuer.DEPARTMENT, Addressee.HIGHER_GOVERNMENT),
                     id="54 确需报送市政府: 部门请示 to the 省政府 silent"),
        pytest.param(doc(R, Issuer.SUBORDINATE_GOVERNMENT, Addressee.PARTY_COMMITTEE),
                     id="54 确需报送市政府: 县市区请示 to the 市委 silent"),
    ],
)  # fmt: skip
def test_signing_silence(document: Document) -> None:
    with pytest.raises(NoApplicableRule):
        signing.who_signs(RS, document)


def test_no_circle_semantics_declared() -> None:
    # 50 requires a written opinion, name and date from the signer; the text says nothing of 圈阅.
    assert all(r.circle_means_consent is None for r in RS.rules_of(SigningRule))


@pytest.mark.parametrize(
    ("document", "signed_by", "reviewed_by", "authorizations", "ok"),
    [
        pytest.param(doc(N, GOV), HEAD, (DEPUTY,), (), True, id="52 分管副市长审核后市长签发 ok"),
        pytest.param(doc(N, GOV), HEAD, (), (), False, id="52 未经分管副市长审核 breach"),
        pytest.param(doc(N, GOV), EXEC, (DEPUTY,), (), False, id="52 常务副市长签发市政府文件 breach"),
        pytest.param(doc(N, GOV), HEAD, (Role.COUNSELLOR,), (), True,
                     id="52+9+22 副市级咨询员 in charge reviews, 市长签发 ok"),
        pytest.param(doc(N, GOV), HEAD, (Role.MAYOR_ASSISTANT,), (), True,
                     id="52+9+22 市长助理 in charge reviews, 市长签发 ok"),
        pytest.param(doc(N, GOV), HEAD, (SG,), (), False, id="52 秘书长 holds no portfolio: review breach"),
        pytest.param(doc(DocumentKind.MOTION, GOV, Addressee.PEOPLES_CONGRESS), HEAD, (Role.COUNSELLOR,), (), True,
                     id="51+52 议案 reviewed by the 副市级咨询员 in charge ok"),
        pytest.param(doc(R, GOV, Addressee.HIGHER_GOVERNMENT), HEAD, (Role.MAYOR_ASSISTANT,), (), True,
                     id="51+52 报省政府请示 reviewed by the 市长助理 in charge ok"),
        pytest.param(doc(L, GOV, Addressee.HIGHER_DEPARTMENT), HEAD, (), (), True, id="51 省政府部门 市长签发 ok"),
        pytest.param(doc(L, GOV, Addressee.HIGHER_DEPARTMENT, MAJOR), EXEC, (DEPUTY,), (), False,
                     id="51 重大事项 常务副市长无委托 breach"),
        pytest.param(doc(L, GOV, Addressee.HIGHER_DEPARTMENT, MAJOR), EXEC, (DEPUTY,),
                     (Authorization(HEAD, EXEC, date(2025, 3, 1), date(2025, 3, 31)),), True,
                     id="51 重大事项 市长委托常务副市长 ok"),
        pytest.param(doc(N, OFFICE), HEAD, (), (), True, id="52 办公室发文 核报市长签发 ok"),
        pytest.param(doc(N, OFFICE), Role.OFFICE_DIRECTOR, (), (), False, id="52 办公室发文 办公室主任签发 breach"),
        pytest.param(doc(M, GOV, meeting=MeetingKind.TOPICAL, presided_by=DEPUTY), HEAD, (), (), True,
                     id="45+42 副市长主持的专项会议纪要 市长(委托召开会议者)签发 ok"),
        pytest.param(doc(M, GOV, meeting=MeetingKind.TOPICAL, presided_by=SG), SG, (), (), True,
                     id="45 秘书长主持的专项会议纪要 主持人签发 ok"),
        pytest.param(doc(M, GOV, meeting=MeetingKind.TOPICAL, presided_by=DEPUTY), SG, (), (), False,
                     id="45 副市长主持的专项会议纪要 秘书长签发 breach"),
        pytest.param(doc(M, GOV, meeting=MeetingKind.TOPICAL, presided_by=DSG), DEPUTY, (), (), True,
                     id="45+42 副秘书长受托主持 委托的副市长签发 ok"),
        pytest.param(doc(M, GOV, meeting=MeetingKind.TOPICAL, presided_by=DSG), DSG, (), (), False,
                     id="45+42 副秘书长(非市政府领导同志)自行签发 breach"),
        pytest.param(doc(R, Issuer.DEPARTMENT, Addressee.GOVERNMENT), Role.FINANCE_BUREAU_HEAD, (), (), True,
                     id="54 部门请示 财政局局长(部门主要负责同志)签发 ok"),
        pytest.param(doc(R, Issuer.DEPARTMENT, Addressee.GOVERNMENT), Role.DEPARTMENT_DEPUTY_HEAD, (), (), False,
                     id="54 部门请示 部门副职签发 breach"),
    ],
)  # fmt: skip
def test_check_signature(document: Document, signed_by: Role, reviewed_by: tuple[Role, ...],
                         authorizations: tuple[Authorization, ...], ok: bool) -> None:  # fmt: skip
    verdict = signing.check_signature(RS, document, signed_by, reviewed_by, authorizations, on=date(2025, 3, 10))
    assert verdict.ok is ok


@pytest.mark.parametrize(
    ("document", "verb"),
    [
        pytest.param(doc(R, GOV, Addressee.HIGHER_GOVERNMENT), "签署", id="51 报送省政府审批的公文 由市长签署"),
        pytest.param(doc(DocumentKind.DECISION, GOV, Addressee.PUBLIC, NORMATIVE), "签署",
                     id="51 规范性文件 由市长签署"),
        pytest.param(doc(DocumentKind.MOTION, GOV, Addressee.PEOPLES_CONGRESS), "签署", id="51 议案 由市长签署"),
        pytest.param(doc(DocumentKind.MOTION, GOV), "签署", id="51 议案 (no addressee on record) 由市长签署"),
        pytest.param(doc(N, GOV, Addressee.SUBORDINATES), "签发", id="52 以市政府名义发文 由市长签发"),
        pytest.param(doc(L, GOV, Addressee.HIGHER_DEPARTMENT, MAJOR), "签发", id="51 ¶2 重大事项 由市长签发"),
    ],
)  # fmt: skip
def test_article_51_says_sign_as_the_text_does(document: Document, verb: str) -> None:
    assert f"由市长{verb}" in signing.who_signs(RS, document).explain()
    (violation,) = signing.check_signature(RS, document, Role.OFFICE_DIRECTOR, (DEPUTY,)).violations
    assert f"应由市长{verb}" in violation.message


def test_signing_explain_uses_the_texts_names() -> None:
    text = signing.who_signs(RS, doc(N, GOV)).explain()
    assert "由市长签发" in text
    assert "分管副市长审核" in text  # 52 经分管副市长审核
    assert "以市政府名义发文" in text


def test_office_document_explain_keeps_by_portfolio() -> None:
    # 52 如有需要,可按工作分工由市政府分管领导同志签发或核报市长签发: only the leader in charge of the work
    head = signing.who_signs(RS, doc(N, OFFICE)).explain().split("\n")[0]
    assert "按工作分工" in head


def test_topical_minutes_explain_says_or_not_if_needed() -> None:
    # 45 由主持会议或委托召开会议的市政府领导同志签发: two alternatives, no condition (必要时) on the second
    text = signing.who_signs(RS, doc(M, GOV, meeting=MeetingKind.TOPICAL, presided_by=DEPUTY)).explain()
    head = text.split("\n")[0]
    assert "必要时" not in head
    assert "委托召开" in head


# -- (d) deadlines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule_id", "anchor", "expected"),
    [
        pytest.param("request_reply", date(2025, 3, 3), date(2025, 3, 17), id="58 请示 10个工作日 from Mon 3-03"),
        pytest.param("request_reply", date(2025, 9, 26), date(2025, 10, 16),
                     id="58 请示 10个工作日 across 国庆 (9-28, 10-11 worked)"),
        pytest.param("request_reply", date(2025, 9, 30), date(2025, 10, 21), id="58 请示 received 9-30"),
        pytest.param("countersign_reply", date(2025, 3, 3), date(2025, 3, 10), id="58 会签 5个工作日 from Mon 3-03"),
        pytest.param("countersign_reply", date(2025, 9, 26), date(2025, 10, 10), id="58 会签 5个工作日 across 国庆"),
        pytest.param("countersign_reply", date(2025, 9, 30), date(2025, 10, 14), id="58 会签 received 9-30"),
        pytest.param("countersign_reply", date(2025, 10, 4), date(2025, 10, 14), id="58 会签 received on a holiday"),
    ],
)  # fmt: skip
def test_due(rule_id: str, anchor: date, expected: date) -> None:
    d = deadlines.due(RS, rule_id, anchor)
    assert d.date == expected
    assert d.citation.article == 58
    assert not d.provisional


def test_deadline_ids() -> None:
    assert set(deadlines.rule_ids(RS)) == {"request_reply", "countersign_reply"}
    assert all(not r.variants for r in RS.rules_of(DeadlineRule))


@pytest.mark.parametrize(
    "rule_id",
    [
        pytest.param("minutes_issue", id="45 纪要 no period"),
        pytest.param("minutes_draft", id="45 纪要起草 no period"),
        pytest.param("post_meeting_issue", id="no 会后印发 period"),
        pytest.param("agenda_materials", id="43 会前送达 no amount"),
        pytest.param("meeting_request", id="46 全市会议 no lead time"),
        pytest.param("leave_request", id="65 事先 no amount"),
        pytest.param("printing", id="no 印制 period"),
        pytest.param("publication", id="29/53 及时公布 no period"),
        pytest.param("supervision_simple", id="62 督查 no period (simple)"),
        pytest.param("supervision_complex", id="62 督查 no period (complex)"),
    ],
)
def test_deadline_not_in_text(rule_id: str) -> None:
    with pytest.raises(RuleNotDefined):
        deadlines.due(RS, rule_id, date(2025, 3, 3))


@pytest.mark.parametrize(
    "rule_id",
    [
        pytest.param("materials_before_meeting", id="43 会前 is a Duty"),
        pytest.param("leave_in_advance", id="65 事先 is a Duty"),
    ],
)
def test_vague_periods_are_duties_not_deadlines(rule_id: str) -> None:
    with pytest.raises(RuleNotDefined):
        deadlines.due(RS, rule_id, date(2025, 3, 3))


# -- (d) leave ------------------------------------------------------------------------------------


def leave(role: Role, kind: LeaveKind, start: date, end: date, *, psc: bool = False,
          meeting: MeetingKind | None = None) -> LeaveRequest:  # fmt: skip
    return LeaveRequest(role=role, kind=kind, start=start, end=end, requested_on=date(2025, 2, 20), meeting=meeting,
                        party_standing_committee_member=psc)  # fmt: skip


MAR3, MAR4, MAR8, MAR9, MAR10 = (date(2025, 3, d) for d in (3, 4, 8, 9, 10))
PS, HGO, GO = Role.PARTY_SECRETARY, Role.HIGHER_GOVERNMENT_OFFICE, Role.GOVERNMENT_OFFICE


@pytest.mark.parametrize(
    ("req", "approvers", "notify"),
    [
        pytest.param(leave(HEAD, LeaveKind.VISIT_ABROAD, MAR3, MAR10), (PS, HGO), (),
                     id="65 市长出访 -> 市委书记和省政府办公厅"),
        pytest.param(leave(HEAD, LeaveKind.VACATION, MAR3, MAR4), (PS, HGO), (),
                     id="65 市长休假 -> 市委书记和省政府办公厅"),
        pytest.param(leave(DEPUTY, LeaveKind.TRIP, MAR3, MAR4), (HEAD,), (), id="65 副市长出差 -> 市长"),
        pytest.param(leave(EXEC, LeaveKind.VACATION, MAR3, MAR4), (HEAD,), (), id="65 常务副市长休假 -> 市长"),
        pytest.param(leave(DEPUTY, LeaveKind.VISIT_ABROAD, MAR3, MAR10, psc=True), (HEAD, PS), (),
                     id="65 担任市委常委的副市长出访 -> 市长、市委书记"),
        pytest.param(leave(Role.DEPARTMENT_HEAD, LeaveKind.TRIP, MAR3, MAR4), (HEAD, DEPUTY), (),
                     id="65¶2 局长离咸外出 2天 -> 市长、分管市长"),
        pytest.param(leave(Role.DEPARTMENT_HEAD, LeaveKind.TRIP, MAR3, MAR8), (HEAD, DEPUTY), (),
                     id="65¶2 局长离咸外出 6天 -> 不足一周"),
        pytest.param(leave(Role.DEPARTMENT_HEAD, LeaveKind.TRIP, MAR3, MAR9), (HEAD, DEPUTY, PS), (GO,),
                     id="65¶2 局长离咸外出 7天 = 一周以上 -> + 市委书记, 报告市政府办公室"),
        pytest.param(leave(Role.SUBORDINATE_GOVERNMENT_HEAD, LeaveKind.TRIP, date(2025, 9, 29), date(2025, 10, 8)),
                     (HEAD, DEPUTY, PS), (GO,), id="65¶2 县长国庆离咸外出10天 -> + 市委书记"),
        pytest.param(leave(Role.SUBORDINATE_GOVERNMENT_HEAD, LeaveKind.VISIT_ABROAD, MAR3, MAR4), (HEAD, DEPUTY), (),
                     id="65¶2 县市区政府主要负责同志出访 = 离咸外出"),
        pytest.param(leave(DEPUTY, LeaveKind.MEETING_ABSENCE, MAR3, MAR3, meeting=MeetingKind.EXECUTIVE), (HEAD,),
                     (GO,), id="44 常务会议请假 -> 市长, 报告市政府办公室"),
        pytest.param(leave(Role.DEPARTMENT_HEAD, LeaveKind.MEETING_ABSENCE, MAR3, MAR3, meeting=MeetingKind.PLENARY),
                     (HEAD,), (GO,), id="44 全体会议请假 -> 市长"),
        pytest.param(leave(Role.MAYOR_ASSISTANT, LeaveKind.MEETING_ABSENCE, MAR3, MAR3,
                           meeting=MeetingKind.HEAD_OFFICE), (HEAD,), (GO,),
                     id="44+41+5 市长助理 (市政府组成人员) 市长办公会议请假 -> 市长"),
        pytest.param(leave(Role.DEPARTMENT_HEAD, LeaveKind.MEETING_ABSENCE, MAR3, MAR3,
                           meeting=MeetingKind.HEAD_OFFICE), (HEAD,), (GO,),
                     id="44+41+5 局长 (市政府组成人员) convened to a 市长办公会议 -> 市长"),
        pytest.param(leave(Role.FINANCE_BUREAU_HEAD, LeaveKind.MEETING_ABSENCE, MAR3, MAR3,
                           meeting=MeetingKind.PLENARY), (HEAD,), (GO,), id="44+39 财政局局长 全体会议请假 -> 市长"),
        pytest.param(leave(Role.AUDIT_BUREAU_HEAD, LeaveKind.TRIP, MAR3, MAR4), (HEAD, DEPUTY), (),
                     id="65¶2 审计局局长(部门主要负责同志)离咸外出 -> 市长、分管市长"),
    ],
)  # fmt: skip
def test_check_leave(req: LeaveRequest, approvers: tuple[Role, ...], notify: tuple[Role, ...]) -> None:
    decision = attendance.check_leave(RS, req)
    assert decision.ok
    assert decision.approvers == approvers
    assert decision.notify == notify
    assert decision.latest_request_date is None  # 事先 / 请假 without an amount: no lead time
    assert decision.violations == ()
    assert {c.article for c in decision.citations} <= {39, 40, 41, 44, 65}


def test_late_request_is_not_a_breach_without_a_lead_time() -> None:
    # 65¶2 事先: no amount, so a request made on the day of departure cannot be found late by the engine.
    request = LeaveRequest(role=Role.DEPARTMENT_HEAD, kind=LeaveKind.TRIP, start=MAR3, end=MAR4, requested_on=MAR3)
    assert attendance.check_leave(RS, request).ok


@pytest.mark.parametrize(
    "req",
    [
        pytest.param(leave(Role.COUNSELLOR, LeaveKind.TRIP, MAR3, MAR4), id="65 副市级咨询员 not covered"),
        pytest.param(leave(Role.MAYOR_ASSISTANT, LeaveKind.VACATION, MAR3, MAR4), id="65 市长助理 not covered"),
        pytest.param(leave(SG, LeaveKind.TRIP, MAR3, MAR4), id="65 秘书长 not covered"),
        pytest.param(leave(Role.DEPARTMENT_HEAD, LeaveKind.VACATION, MAR3, MAR4),
                     id="65¶2 局长休假(未离咸) not covered"),
        pytest.param(leave(DEPUTY, LeaveKind.MEETING_ABSENCE, MAR3, MAR3, meeting=MeetingKind.TOPICAL),
                     id="44 专项会议请假 not covered"),
        pytest.param(leave(Role.DEPARTMENT_HEAD, LeaveKind.MEETING_ABSENCE, MAR3, MAR3, meeting=MeetingKind.EXECUTIVE),
                     id="44+40 局长 only 列席 the 常务会议: not a 组成人员"),
        pytest.param(leave(Role.SUBORDINATE_GOVERNMENT_HEAD, LeaveKind.MEETING_ABSENCE, MAR3, MAR3,
                           meeting=MeetingKind.PLENARY), id="44+39 县市区政府负责人 only 列席 the 全体会议"),
        pytest.param(leave(HEAD, LeaveKind.MEETING_ABSENCE, MAR3, MAR3, meeting=MeetingKind.EXECUTIVE),
                     id="44 须向市长请假: silent on the 市长 himself"),
        pytest.param(leave(Role.SUBORDINATE_GOVERNMENT_HEAD, LeaveKind.MEETING_ABSENCE, MAR3, MAR3,
                           meeting=MeetingKind.HEAD_OFFICE),
                     id="44+41 县市区负责人 参加 a 市长办公会议: a 组成人员 under one reading only"),
        pytest.param(leave(Role.OFFICE_DIRECTOR, LeaveKind.MEETING_ABSENCE, MAR3, MAR3,
                           meeting=MeetingKind.HEAD_OFFICE),
                     id="44+41 办公室主任 参加 a 市长办公会议: a 组成人员 under one reading only"),
        pytest.param(leave(DSG, LeaveKind.MEETING_ABSENCE, MAR3, MAR3, meeting=MeetingKind.HEAD_OFFICE),
                     id="44+41 相关副秘书长 参加 a 市长办公会议: not a 市政府组成人员 (5)"),
    ],
)  # fmt: skip
def test_leave_silence(req: LeaveRequest) -> None:
    with pytest.raises(NoApplicableRule):
        attendance.check_leave(RS, req)


def test_leave_explain_uses_the_texts_names() -> None:
    text = attendance.check_leave(RS, leave(Role.DEPARTMENT_HEAD, LeaveKind.TRIP, MAR3, MAR9)).explain()
    assert "须经市长、分管副市长、市委书记批准" in text  # 65¶2 向市长、分管市长请假
    assert "市政府办公室" in text


# -- 四十九、五十: approving what departments and 县市区政府 submit ------------------------------------------

CIRCLED, OPINION = ReviewAct.CIRCLED, ReviewAct.OPINION
DEPT, COUNTY = Issuer.DEPARTMENT, Issuer.SUBORDINATE_GOVERNMENT
REQUEST, REPORT = DocumentKind.REQUEST, DocumentKind.REPORT


@pytest.mark.parametrize(
    ("doc", "approver", "review", "ok"),
    [
        pytest.param(Document(REQUEST, DEPT, addressee=Addressee.GOVERNMENT), DEPUTY, Review(DEPUTY, OPINION), True,
                     id="49 request approved by the leader in charge with an opinion"),
        pytest.param(Document(REQUEST, DEPT, addressee=Addressee.GOVERNMENT), DEPUTY, Review(DEPUTY, CIRCLED), False,
                     id="50 request circled by the leader in charge: 应有明确的办理意见"),
        pytest.param(Document(REQUEST, COUNTY), DEPUTY, Review(DEPUTY, CIRCLED), False,
                     id="50 县市区政府 request circled: no explicit opinion"),
        pytest.param(Document(REPORT, DEPT), DEPUTY, Review(DEPUTY, CIRCLED), False,
                     id="50 审批公文 of any kind, a report too, needs an opinion"),
        pytest.param(Document(REQUEST, DEPT), DEPUTY, Review(HEAD, OPINION), True,
                     id="49 根据需要转请市政府其他领导核批: the 市长's approval is not a certain breach"),
        pytest.param(Document(REQUEST, DEPT), DEPUTY, Review(Role.COUNSELLOR, OPINION), True,
                     id="49+9 分管领导同志: a 副市级咨询员 in charge"),
        pytest.param(Document(REQUEST, COUNTY), DEPUTY, Review(Role.MAYOR_ASSISTANT, OPINION), True,
                     id="49+9 分管领导同志: a 市长助理 in charge"),
        pytest.param(Document(REQUEST, DEPT), DEPUTY, Review(SG, OPINION), False,
                     id="49 秘书长 is not named: breach"),
        pytest.param(Document(REQUEST, COUNTY, matters={Matter.MAJOR}), HEAD, Review(HEAD, OPINION), True,
                     id="49 重大事项报市长审批"),
        pytest.param(Document(REQUEST, DEPT, matters={Matter.MAJOR}), HEAD, Review(DEPUTY, OPINION), False,
                     id="49 重大事项 approved by the leader in charge only"),
    ],
)  # fmt: skip
def test_approval_of_submitted_documents(doc: Document, approver: Role, review: Review, ok: bool) -> None:
    decision = signing.who_approves(RS, doc)
    assert decision.approver is approver
    assert decision.opinion_required is True
    assert decision.circle_means_consent is None  # no 圈阅 in this text
    assert [c.article for c in decision.citations] == [49, 50]
    assert signing.check_approval(RS, doc, review).ok is ok


def test_no_approval_rule_for_a_township() -> None:
    # 四十九 names 市政府各部门 and 各县市区政府 only
    with pytest.raises(NoApplicableRule):
        signing.who_approves(RS, Document(REQUEST, Issuer.TOWNSHIP))


# -- 三十九至四十一: who may be at the three main meetings ------------------------------------------------

MAR12 = date(2025, 3, 12)
EXECUTIVE_MEMBERS = frozenset({EXEC, DEPUTY, Role.COUNSELLOR, Role.MAYOR_ASSISTANT, SG})


@pytest.mark.parametrize(
    ("meeting", "ok"),
    [
        pytest.param(Meeting(kind=MeetingKind.EXECUTIVE, date=MAR12, presided_by=EXEC, convened_by=HEAD,
                             attendees=EXECUTIVE_MEMBERS - {EXEC}), True,
                     id="40+8 市长委托常务副市长召集和主持: the 市长's absence is the commission's premise"),
        pytest.param(Meeting(kind=MeetingKind.EXECUTIVE, date=MAR12, presided_by=HEAD,
                             attendees=EXECUTIVE_MEMBERS - {SG}), False,
                     id="40+44 组成人员秘书长 absent without leave: breach"),
        pytest.param(Meeting(kind=MeetingKind.EXECUTIVE, date=MAR12, presided_by=HEAD, attendees=EXECUTIVE_MEMBERS,
                             non_voting={Role.SUBORDINATE_GOVERNMENT_HEAD}), True,
                     id="40 有关部门、单位负责人列席: a 县市区 head is not a certain outsider"),
        pytest.param(Meeting(kind=MeetingKind.EXECUTIVE, date=MAR12, presided_by=HEAD, attendees=EXECUTIVE_MEMBERS,
                             non_voting={DSG, Role.FINANCE_BUREAU_HEAD}), True,
                     id="40+43 副秘书长 of the organising office, 财政局局长 列席 ok"),
        pytest.param(Meeting(kind=MeetingKind.EXECUTIVE, date=MAR12, presided_by=HEAD, attendees=EXECUTIVE_MEMBERS,
                             non_voting={Role.TOWNSHIP_HEAD}), False,
                     id="40 乡镇主要负责人 is named nowhere: outsider"),
        pytest.param(Meeting(kind=MeetingKind.PLENARY, date=MAR12, presided_by=HEAD,
                             attendees=EXECUTIVE_MEMBERS | {Role.DEPARTMENT_HEAD, Role.AUDIT_BUREAU_HEAD, DSG}), True,
                     id="39+43 审计局局长 (组成部门局长), 副秘书长 at the 全体会议 ok"),
        pytest.param(Meeting(kind=MeetingKind.HEAD_OFFICE, date=MAR12, presided_by=HEAD,
                             attendees={DEPUTY, Role.DEPARTMENT_HEAD}), True,
                     id="41 有关…秘书长、相关副秘书长、办公室主任: their absence is not a certain breach"),
    ],
)  # fmt: skip
def test_who_may_be_at_the_main_meetings(meeting: Meeting, ok: bool) -> None:
    decision = attendance.check_meeting(RS, meeting)
    assert decision.ok is ok, decision.violations


# -- 五十八: the reply periods, one hedged ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "severity"),
    [
        pytest.param({"type": "request", "id": "R1", "received_on": "2025-03-03", "replied_on": "2025-03-18"},
                     "warning", id="58 市政府一般自收文之日起10个工作日内办复: late is a warning"),
        pytest.param({"type": "countersign", "id": "C1", "requested_on": "2025-03-03", "replied_on": "2025-03-11"},
                     "error", id="58 有关部门自收文之日起5个工作日内签复 (no 一般): late is an error"),
    ],
)  # fmt: skip
def test_reply_periods_severity(record: dict[str, str], severity: str) -> None:
    (finding,) = audit.audit(RS, [record])
    assert finding.citation is not None and finding.citation.article == 58
    assert finding.severity == severity


# -- 四十六 ¶2: 除特殊情况外 — a special case the record cannot show ----------------------------------------


@pytest.mark.parametrize(
    ("approved_by", "findings"),
    [
        pytest.param({"role": "DEPUTY", "act": "签署意见"}, [("approver", "warning")],
                     id="46¶2 除特殊情况外 …必须经市政府主要领导研究确定: another leader is a warning"),
        pytest.param({"role": "HEAD", "act": "签署意见"}, [], id="46¶2 the 市长 settles it: no finding"),
    ],
)  # fmt: skip
def test_citywide_meeting_approval_is_hedged(approved_by: dict[str, str], findings: list[tuple[str, str]]) -> None:
    record = {"type": "document", "id": "W1", "kind": "REQUEST", "issuer": "DEPARTMENT", "addressee": "GOVERNMENT",
              "meeting": "WORK_CONFERENCE", "approved_by": approved_by}  # fmt: skip
    got = list(audit.audit(RS, [record]))
    assert [(f.rule, f.severity) for f in got] == findings
    assert all(f.citation is not None and (f.citation.article, f.citation.paragraph) == (46, 2) for f in got)


# -- 六十五、四十四: those asked for leave are listed, in no order ---------------------------------------------


@pytest.mark.parametrize(
    ("fields", "approved_by", "ok"),
    [
        pytest.param({"role": "DEPARTMENT_HEAD"}, ["DEPUTY", "HEAD"], True,
                     id="65¶2 向市长、分管市长请假: the 分管市长 first is no breach"),
        pytest.param({"role": "DEPARTMENT_HEAD"}, ["HEAD", "EXECUTIVE_DEPUTY"], True,
                     id="65¶2 the 常务副市长 as 分管市长 (executive_deputy_is_a_deputy)"),
        pytest.param({"role": "DEPARTMENT_HEAD"}, ["HEAD"], False, id="65¶2 the 分管市长 not asked: breach"),
        pytest.param({"role": "DEPARTMENT_HEAD", "end": "2025-03-20"}, ["PARTY_SECRETARY", "DEPUTY", "HEAD"], True,
                     id="65¶2 外出一周以上 还应向市委书记请假: any order"),
        pytest.param({"role": "DEPARTMENT_HEAD", "end": "2025-03-20"}, ["DEPUTY", "HEAD"], False,
                     id="65¶2 外出一周以上 the 市委书记 not asked: breach"),
        pytest.param({"role": "HEAD"}, ["HIGHER_GOVERNMENT_OFFICE", "PARTY_SECRETARY"], True,
                     id="65¶1 市长 向市委书记和省政府办公厅请假: any order"),
        pytest.param({"role": "DEPUTY", "party_standing_committee_member": True}, ["PARTY_SECRETARY", "HEAD"], True,
                     id="65¶1 市委常委副市长 还应向市委书记请假: any order"),
        pytest.param({"role": "DEPUTY"}, ["HEAD", "PARTY_SECRETARY"], True,
                     id="65¶1 副市长 向市长请假: telling the 市委书记 besides is no breach"),
        pytest.param({"role": "DEPUTY"}, ["PARTY_SECRETARY"], False, id="65¶1 副市长 without the 市长: breach"),
        pytest.param({"role": "SECRETARY_GENERAL", "kind": "MEETING_ABSENCE", "meeting": "EXECUTIVE",
                      "end": "2025-03-10"}, ["EXECUTIVE_DEPUTY", "HEAD"], True,
                     id="44 须向市长请假: the chairing 常务副市长 told besides is no breach"),
    ],
)  # fmt: skip
def test_leave_approvals_in_any_order(fields: dict[str, object], approved_by: list[str], ok: bool) -> None:
    record = {"type": "leave", "id": "L1", "kind": "TRIP", "start": "2025-03-10", "end": "2025-03-12",
              "requested_on": "2025-03-03", "notified": ["GOVERNMENT_OFFICE"], "approved_by": approved_by,
              **fields}  # fmt: skip
    findings = [f for f in audit.audit(RS, [record]) if f.rule == "leave_approvers"]
    assert (findings == []) is ok, findings
    assert all(f.citation is not None and f.citation.article in (44, 65) for f in findings)
    assert all("→" not in f.message for f in findings)
