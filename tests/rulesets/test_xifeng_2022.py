"""西丰县人民政府工作规则（试行） (xifeng-2022): tables whose rows name the article they check."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import NoApplicableRule, RuleNotDefined, attendance, deadlines, signing
from govrules.audit import audit
from govrules.model import (
    AbsenceReason,
    Addressee,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Level,
    Matter,
    Meeting,
    MeetingKind,
    Review,
    ReviewAct,
    Role,
)
from govrules.periods import BEFORE, DAY, MONTH, WORKDAY, YEAR_END, Period
from govrules.rules import (
    AlternateBasis,
    DeadlineRule,
    MeetingRule,
    Rhythm,
    RhythmRule,
    Ruleset,
)
from govrules.rulesets import load
from govrules.rulesets.xifeng_2022 import ROLE_NAMES, ROLES, RULES

H, X, D = Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY
OD, ODD, OSD, CLERK = (
    Role.OFFICE_DIRECTOR,
    Role.OFFICE_DEPUTY_DIRECTOR,
    Role.OFFICE_SECRETARIAL_DEPUTY_DIRECTOR,
    Role.OFFICE_CLERK,
)
DH, TH, LEADER = Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD, Role.GOVERNMENT_LEADER
GOV, OFFICE = Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE
K = DocumentKind
M = Matter

HEAD_FLOW = (DH, CLERK, ODD, OD, D)  # 附件1 五(三)1 县长签发文件流程
DEPUTY_FLOW = (DH, CLERK, ODD, OD)  # 附件1 五(三)1 副县长签发文件流程
JOINT_FLOW = (OSD, ODD, OD)  # 附件1 五(三)4
# 五 组成部门的主要负责人: the bureau heads the vocabulary names
BUREAU_HEADS = (
    Role.JUSTICE_BUREAU_HEAD,
    Role.FINANCE_BUREAU_HEAD,
    Role.AUDIT_BUREAU_HEAD,
    Role.DEVELOPMENT_REFORM_HEAD,
)
# 四十、四十一 有关单位负责人
UNIT_HEADS = (
    Role.UNIT_HEAD,
    Role.REPORTING_UNIT_HEAD,
    Role.CO_DEPARTMENT_HEAD,
    Role.ACTING_DEPARTMENT_HEAD,
    Role.DEPARTMENT_DEPUTY_HEAD,
    TH,
    Role.TOWNSHIP_DEPUTY_HEAD,
    Role.DISPATCHED_AGENCY_HEAD,
    Role.COORDINATION_OFFICE_HEAD,
    Role.INSPECTION_HEAD,
)
# 四十一 有关方面负责人
INVITED = (Role.PARTY_COMMITTEE_LEADER, Role.PEOPLES_CONGRESS, Role.CPPCC, Role.DISCIPLINE_INSPECTION)


@pytest.fixture(scope="module")
def rs() -> Ruleset:
    return load("xifeng-2022")


# -- (a) the ruleset -----------------------------------------------------------------------------------


def test_ruleset_identity(rs: Ruleset) -> None:
    assert rs.id == "xifeng-2022"
    assert rs.title == "西丰县人民政府工作规则（试行）"
    assert rs.document_number == "西政发【2022】4号"
    assert rs.government.name == "西丰县人民政府"
    assert rs.government.level is Level.COUNTY
    assert rs.government.parent == "铁岭市人民政府"
    assert rs.effective_from == date(2022, 9, 22)
    assert len(rs.articles) == 80
    assert rs.rules == (*RULES, *ROLES)


def test_role_names_are_this_texts_names(rs: Ruleset) -> None:
    assert rs.name(H) == "县长"
    assert rs.name(X) == "负责日常工作的副县长"
    assert rs.parse_role("县长") is H
    assert len(set(ROLE_NAMES.values())) == len(ROLE_NAMES)


# -- (b) the annex sections encoded --------------------------------------------------------------------


@pytest.mark.parametrize(
    "section",
    [
        pytest.param((1, "五(三)1"), id="附件1 五(三)1 县长/副县长签发流程"),
        *[pytest.param((1, f"五(三)1({i})"), id=f"附件1 五(三)1({i})") for i in range(1, 12)],
        pytest.param((1, "五(三)2(1)"), id="附件1 五(三)2(1) 授权办文 -> 分管副县长"),
        pytest.param((1, "五(三)2(2)"), id="附件1 五(三)2(2) 办公室职责 -> 主任"),
        pytest.param((1, "五(三)3"), id="附件1 五(三)3 政务公开股把关"),
        pytest.param((1, "五(三)4"), id="附件1 五(三)4 联合行文"),
        pytest.param((2, "五(四)"), id="附件2 五(四) 710"),
    ],
)
def test_annex_sections_are_encoded(rs: Ruleset, section: tuple[int, str]) -> None:
    annex, sid = section
    assert any(c.annex == annex and c.section == sid for r in rs.rules for c in r.cite)


# -- (c) meetings --------------------------------------------------------------------------------------


def _meeting(rs: Ruleset, kind: MeetingKind) -> MeetingRule:
    (rule,) = rs.prevailing(r for r in rs.rules_of(MeetingRule) if r.meeting is kind)
    return rule


@pytest.mark.parametrize(
    ("kind", "field", "expected", "article"),
    [
        pytest.param(
            MeetingKind.PLENARY, "members", {H, X, D, DH}, 40, id="40 全体会议: 县长、副县长、组成部门主要负责人"
        ),
        pytest.param(
            MeetingKind.PLENARY, "optional_non_voting", set(UNIT_HEADS), 40, id="40 根据需要有关单位负责人列席"
        ),
        pytest.param(
            MeetingKind.PLENARY, "optional_members", set(BUREAU_HEADS), 40, id="40 组成部门的主要负责人: 各局局长"
        ),
        pytest.param(MeetingKind.PLENARY, "convener", H, 40, id="40 由县长召集"),
        pytest.param(MeetingKind.PLENARY, "presiders", (H,), 40, id="40 由县长主持"),
        pytest.param(
            MeetingKind.EXECUTIVE,
            "members",
            {X, D},
            41,
            id="41 常务会议: 县长、副县长 (the 县长 presides or commissions: commissioned-chair)",
        ),
        pytest.param(MeetingKind.EXECUTIVE, "non_voting", {DH}, 41, id="41 组成部门主要负责人列席"),
        pytest.param(
            MeetingKind.EXECUTIVE,
            "optional_non_voting",
            {*BUREAU_HEADS, *UNIT_HEADS, *INVITED},
            41,
            id="41 组成部门主要负责人列席, 有关单位负责人列席, 邀请有关方面负责人参加",
        ),
        pytest.param(MeetingKind.EXECUTIVE, "convener", H, 41, id="41 由县长召集"),
        pytest.param(MeetingKind.EXECUTIVE, "presiders", (H, X), 41, id="41 县长或受委托的负责日常工作的副县长主持"),
        pytest.param(MeetingKind.HEAD_OFFICE, "members", set(), 42, id="42 县长办公会议: 参会人员根据需要确定"),
        pytest.param(MeetingKind.HEAD_OFFICE, "presiders", (H, X, D), 42, id="42 县长或受县长委托的副县长主持"),
        pytest.param(MeetingKind.TOPICAL, "presiders", (D, X), 43, id="43 专题会议由副县长主持"),
        pytest.param(MeetingKind.TOPICAL, "convener", D, 43, id="43 副县长主持召开"),
    ],
)
def test_meeting_composition(rs: Ruleset, kind: MeetingKind, field: str, expected: object, article: int) -> None:
    rule = _meeting(rs, kind)
    assert rule.citation.article == article
    value = getattr(rule, field)
    assert (set(value) if isinstance(value, frozenset) else value) == expected


@pytest.mark.parametrize(
    ("kind", "rhythm", "article"),
    [
        pytest.param(MeetingKind.PLENARY, Rhythm(1, "HALF_YEAR"), 40, id="40 全体会议一般每半年1次"),
        pytest.param(MeetingKind.EXECUTIVE, Rhythm(1, "MONTH"), 41, id="41 常务会议原则上每月1次"),
    ],
)
def test_meeting_rhythm(rs: Ruleset, kind: MeetingKind, rhythm: Rhythm, article: int) -> None:
    (rule,) = [r for r in rs.rules_of(RhythmRule) if r.meeting is kind]
    assert rule.rhythm == rhythm
    assert rule.citation.article == article


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(MeetingKind.HEAD_OFFICE, id="42 县长办公会议不定期召开"),
        pytest.param(MeetingKind.TOPICAL, id="43 专题会议不定期召开"),
    ],
)
def test_irregular_meetings_have_no_rhythm(rs: Ruleset, kind: MeetingKind) -> None:
    assert [r for r in rs.rules_of(RhythmRule) if r.meeting is kind] == []


# -- (d) signing ---------------------------------------------------------------------------------------


def _doc(kind: DocumentKind, issuer: Issuer, **kw: object) -> Document:
    return Document(kind=kind, issuer=issuer, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("doc", "signer", "reviewers", "cite"),
    [
        pytest.param(
            _doc(K.MOTION, GOV, addressee=Addressee.PEOPLES_CONGRESS), H, HEAD_FLOW, 53, id="53(二) 议案 -> 县长"
        ),
        pytest.param(
            _doc(K.REQUEST, GOV, addressee=Addressee.HIGHER_GOVERNMENT),
            H,
            HEAD_FLOW,
            53,
            id="53(一) 报市政府的请示 -> 县长",
        ),
        pytest.param(
            _doc(K.REPORT, GOV, addressee=Addressee.HIGHER_GOVERNMENT),
            H,
            HEAD_FLOW,
            53,
            id="53(一) 报市政府的报告 -> 县长",
        ),
        pytest.param(_doc(K.DECISION, GOV), H, HEAD_FLOW, 53, id="53(二) 县政府决定 -> 县长"),
        pytest.param(_doc(K.ORDER, GOV), H, HEAD_FLOW, 53, id="53(二) 县政府命令 -> 县长"),
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES, matters={M.PERSONNEL}),
            H,
            HEAD_FLOW,
            53,
            id="53(三) 人事任免 -> 县长",
        ),
        pytest.param(
            _doc(K.REPLY, GOV, matters={M.TRAVEL_ABROAD}), H, HEAD_FLOW, 53, id="53(四) 部门主要负责人出国审批 -> 县长"
        ),
        pytest.param(
            _doc(K.OPINION, GOV, addressee=Addressee.SUBORDINATES, matters={M.MAJOR}),
            H,
            HEAD_FLOW,
            53,
            id="53(一) 重大方针政策 -> 县长",
        ),
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES),
            D,
            DEPUTY_FLOW,
            "五(三)1",
            id="附件1 五(三)1 其他县政府发文 -> 分管副县长 (over 53(五))",
        ),
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES, matters={M.ROUTINE}),
            D,
            DEPUTY_FLOW,
            "五(三)1",
            id="53(五) 例行批准手续 -> 县长授权的副县长",
        ),
        pytest.param(
            _doc(K.LETTER, GOV, addressee=Addressee.PEERS),
            D,
            DEPUTY_FLOW,
            "五(三)1",
            id="附件1 五(三)1 平行函 -> 分管副县长",
        ),
        pytest.param(
            _doc(K.REPORT, GOV, addressee=Addressee.PARTY_COMMITTEE),
            H,
            HEAD_FLOW,
            "五(三)1(2)",
            id="附件1 五(三)1(2) 向县委报送 -> 县长",
        ),
        pytest.param(
            _doc(K.BULLETIN, GOV, addressee=Addressee.CPPCC),
            H,
            HEAD_FLOW,
            "五(三)1(2)",
            id="附件1 五(三)1(2) 向县政协通报工作 -> 县长",
        ),
        pytest.param(
            _doc(K.NOTICE, Issuer.PARTY_GROUP), H, HEAD_FLOW, "五(三)1(4)", id="附件1 五(三)1(4) 党组文件 -> 县长"
        ),
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES, matters={M.FUNDS}),
            H,
            HEAD_FLOW,
            "五(三)1(5)",
            id="附件1 五(三)1(5) 县政府发文涉及资金 -> 县长",
        ),
        pytest.param(
            _doc(K.NOTICE, OFFICE, addressee=Addressee.SUBORDINATES, matters={M.STAFFING}),
            H,
            HEAD_FLOW,
            "五(三)1(5)",
            id="附件1 五(三)1(5) 县政府办发文涉及编制 -> 县长 (over 53(六))",
        ),
        pytest.param(
            _doc(K.NOTICE, OFFICE, matters={M.TARGET_ASSESSMENT, M.OFFICE_BUSINESS}),
            H,
            HEAD_FLOW,
            "五(三)1(5)",
            id="附件1 五(三)1(5) 目标考核 over 五(三)2(2)",
        ),
        pytest.param(
            _doc(K.NOTICE, Issuer.JOINT_PARTY_GOVERNMENT),
            H,
            JOINT_FLOW,
            "五(三)1(6)",
            id="附件1 五(三)1(6)+五(三)4 县委县政府联合发文 -> 县长",
        ),
        pytest.param(
            _doc(K.NOTICE, Issuer.JOINT_OFFICES, matters={M.FUNDS}),
            H,
            JOINT_FLOW,
            "五(三)1(5)",
            id="附件1 五(三)1(5) 两办联合涉及资金 -> 县长",
        ),
        pytest.param(
            _doc(K.NOTICE, Issuer.JOINT_OFFICES),
            D,
            JOINT_FLOW,
            "五(三)4",
            id="附件1 五(三)4 两办联合其他 -> 县政府分管领导审签",
        ),
        pytest.param(
            _doc(K.NOTICE, GOV, meeting=MeetingKind.WORK_CONFERENCE),
            H,
            HEAD_FLOW,
            "五(三)1(7)",
            id="附件1 五(三)1(7) 以县政府名义召开的全县性会议 -> 县长",
        ),
        pytest.param(
            _doc(K.LETTER, GOV, addressee=Addressee.HIGHER_DEPARTMENT, matters={M.LAND}),
            H,
            HEAD_FLOW,
            "五(三)1(9)",
            id="附件1 五(三)1(9) 项目建设承诺函涉及土地 -> 县长",
        ),
        pytest.param(
            _doc(K.REPORT, GOV, addressee=Addressee.HIGHER_DEPARTMENT, matters={M.EMERGENCY}),
            H,
            HEAD_FLOW,
            "五(三)1(10)",
            id="附件1 五(三)1(10) 上报重大突发事件信息 -> 县长",
        ),
        pytest.param(
            _doc(K.NOTICE, GOV, matters={M.HEAD_ASSIGNED}),
            H,
            HEAD_FLOW,
            "五(三)1(11)",
            id="附件1 五(三)1(11) 县长直接交办 -> 县长",
        ),
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.HIGHER_DEPARTMENT),
            H,
            HEAD_FLOW,
            "五(二)8",
            id="附件1 五(二)8 上行文 -> 机关主要负责人(县长)",
        ),
        pytest.param(
            _doc(K.NOTICE, OFFICE, addressee=Addressee.SUBORDINATES),
            D,
            (ODD,),
            53,
            id="53(六)+附件1 五(三)2(1) 县政府办公室发文 -> 分管领导, 联系副主任核稿",
        ),
        pytest.param(
            _doc(K.NOTICE, OFFICE, addressee=Addressee.SUBORDINATES, matters={M.OFFICE_BUSINESS}),
            OD,
            (CLERK,),
            "五(三)2(2)",
            id="附件1 五(三)2(2) 办公室职责范围内 -> 主任 (over 53(六))",
        ),
        pytest.param(
            _doc(K.REPORT, OFFICE, addressee=Addressee.GOVERNMENT, matters={M.FUNDS}),
            OD,
            (),
            "五(二)8",
            id="附件1 五(二)8+三 西政办: 办公室报县政府 -> 主任",
        ),
        pytest.param(
            _doc(K.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT),
            DH,
            (),
            51,
            id="51 部门报送县政府的公文 -> 主要负责人",
        ),
        pytest.param(_doc(K.REPORT, Issuer.TOWNSHIP), TH, (), 51, id="51 乡（镇）政府报送的公文 -> 主要负责人"),
    ],
)
def test_who_signs(rs: Ruleset, doc: Document, signer: Role, reviewers: tuple[Role, ...], cite: int | str) -> None:
    s = signing.who_signs(rs, doc)
    assert s.conflict is None
    assert s.signer is signer
    assert s.reviewers == reviewers
    assert s.circle_means_consent is True  # 附件1 五(二)9 圈阅或者签名的,视为同意
    if isinstance(cite, int):
        assert any(c.article == cite for c in s.citations)
    else:
        assert any(c.section == cite for c in s.citations)


@pytest.mark.parametrize(
    ("meeting", "presided_by", "matters", "signer", "reviewers", "section"),
    [
        pytest.param(
            MeetingKind.TOPICAL, D, set(), D, (CLERK, ODD, OD), None, id="45 专题会议纪要 -> 主持会议的副县长"
        ),
        pytest.param(
            MeetingKind.TOPICAL,
            X,
            {M.ROUTINE},
            X,
            (CLERK, ODD, OD),
            None,
            id="45 专题会议纪要 -> 主持的负责日常工作副县长",
        ),
        pytest.param(
            MeetingKind.HEAD_OFFICE,
            H,
            {M.PERSONNEL},
            H,
            (CLERK, ODD, OD),
            None,
            id="45 县长办公会议纪要 -> 县长主持签发",
        ),
        pytest.param(
            MeetingKind.HEAD_OFFICE,
            D,
            set(),
            D,
            (CLERK, ODD, OD),
            None,
            id="45 受委托副县长主持的县长办公会议纪要 -> 该副县长",
        ),
        pytest.param(
            MeetingKind.TOPICAL,
            D,
            {M.FUNDS},
            H,
            (CLERK, ODD, OD, D),
            "五(三)1(3)",
            id="附件1 五(三)1(3) 专题会议纪要涉及资金 -> 县长, 主持副县长审签",
        ),
        pytest.param(
            MeetingKind.TOPICAL,
            D,
            {M.PERSONNEL},
            H,
            (CLERK, ODD, OD, D),
            "五(三)1(3)",
            id="附件1 五(三)1(3) 专题会议纪要涉及人事 -> 县长",
        ),
        pytest.param(
            MeetingKind.EXECUTIVE,
            X,
            set(),
            H,
            (CLERK, ODD, OD, X),
            "五(三)1(3)",
            id="附件1 五(三)1(3) 受委托主持的常务会议纪要 -> 县长 (over 45)",
        ),
        pytest.param(
            MeetingKind.PLENARY, H, set(), H, (CLERK, ODD, OD), "五(三)1(3)", id="附件1 五(三)1(3) 全体会议纪要 -> 县长"
        ),
    ],
)
def test_minutes(
    rs: Ruleset,
    meeting: MeetingKind,
    presided_by: Role,
    matters: set[Matter],
    signer: Role,
    reviewers: tuple[Role, ...],
    section: str | None,
) -> None:
    doc = Document(kind=K.MINUTES, issuer=GOV, matters=frozenset(matters), meeting=meeting, presided_by=presided_by)
    s = signing.who_signs(rs, doc)
    assert s.conflict is None
    assert (s.signer, s.reviewers) == (signer, reviewers)
    assert any(c.article == 45 for c in s.citations)
    if section is not None:
        assert any(c.section == section for c in s.citations)


@pytest.mark.parametrize(
    ("doc", "countersigners", "cite"),
    [
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES, matters={M.MULTI_PORTFOLIO}),
            (LEADER,),
            53,
            id="53(五) 涉及数名领导分管 -> 其他县政府领导同志会签",
        ),
        pytest.param(
            _doc(K.NOTICE, OFFICE, matters={M.MULTI_PORTFOLIO}),
            (LEADER,),
            53,
            id="53(六) 办公室发文涉及其他领导分管 -> 会签",
        ),
        pytest.param(
            _doc(K.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT, matters={M.CROSS_DEPARTMENT}),
            (Role.CO_DEPARTMENT_HEAD,),
            52,
            id="52 涉及两个以上部门职权的请示 -> 相关部门会签",
        ),
        pytest.param(
            _doc(K.NOTICE, Issuer.JOINT_PARTY_GOVERNMENT),
            (Role.PARTY_COMMITTEE_LEADER,),
            "五(三)4",
            id="附件1 五(三)4+五(二)10 联合行文 -> 县委领导审签",
        ),
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES), (), None, id="53(五) 不涉及其他分管 -> 无会签"
        ),
        pytest.param(
            _doc(K.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT), (), None, id="52 仅涉本部门 -> 无会签"
        ),
    ],
)
def test_countersign(rs: Ruleset, doc: Document, countersigners: tuple[Role, ...], cite: int | str | None) -> None:
    s = signing.who_signs(rs, doc)
    assert s.countersigners == countersigners
    if isinstance(cite, int):
        assert any(c.article == cite for c in s.citations)
    elif cite is not None:
        assert any(c.section == cite for c in s.citations)


@pytest.mark.parametrize(
    ("meeting", "presided_by", "matters", "signed_by", "ok"),
    [
        pytest.param(MeetingKind.EXECUTIVE, X, set(), X, True, id="45 常务会议纪要 -> 主持的负责日常工作副县长签发"),
        pytest.param(MeetingKind.EXECUTIVE, X, set(), H, True, id="附件1 五(三)1(3) 常务会议纪要 -> 县长签发"),
        pytest.param(
            MeetingKind.EXECUTIVE, X, set(), D, False, id="45+五(三)1(3) 常务会议纪要 -> 未主持的副县长不得签发"
        ),
        pytest.param(MeetingKind.TOPICAL, D, {M.FUNDS}, D, True, id="45 涉及资金的专题会议纪要 -> 主持的副县长签发"),
        pytest.param(MeetingKind.TOPICAL, D, {M.FUNDS}, H, True, id="附件1 五(三)1(3) 涉及资金的专题会议纪要 -> 县长"),
        pytest.param(MeetingKind.PLENARY, H, set(), X, False, id="45+五(三)1(3) 县长主持的全体会议纪要 -> 县长"),
    ],
)
def test_minutes_signed_by_the_head_or_the_presiding_leader(
    rs: Ruleset, meeting: MeetingKind, presided_by: Role, matters: set[Matter], signed_by: Role, ok: bool
) -> None:
    """45 names the presiding leader, 附件1 五(三)1(3) the 县长: either signature satisfies the text."""
    doc = Document(kind=K.MINUTES, issuer=GOV, matters=frozenset(matters), meeting=meeting, presided_by=presided_by)
    chain = [r for r in signing.who_signs(rs, doc).reviewers if r is not signed_by]
    v = signing.check_signature(rs, doc, signed_by, chain)
    assert v.ok is ok
    assert ("signer" in [x.rule for x in v.violations]) is not ok
    assert "第四十五条规定会议纪要报主持召开会议的县政府领导同志签发" in v.decision.explain()


@pytest.mark.parametrize(
    ("doc", "signer", "countersigners", "section"),
    [
        pytest.param(
            _doc(K.REQUEST, Issuer.JOINT_EXTERNAL, addressee=Addressee.HIGHER_GOVERNMENT),
            H,
            (Role.UNIT_HEAD,),
            "三",
            id="53(一)+附件1 三 联合上报市政府的请示 -> 县长, 联署机关负责人会签",
        ),
        pytest.param(
            _doc(K.REPORT, Issuer.JOINT_EXTERNAL, addressee=Addressee.HIGHER_GOVERNMENT),
            H,
            (Role.UNIT_HEAD,),
            "五(二)10",
            id="附件1 五(二)10 联合发文由所有联署机关的负责人会签",
        ),
        pytest.param(
            _doc(K.OPINION, Issuer.JOINT_EXTERNAL, addressee=Addressee.HIGHER_GOVERNMENT),
            H,
            (Role.UNIT_HEAD,),
            "五(二)8",
            id="附件1 五(二)8 联合上行文 -> 县长",
        ),
    ],
)
def test_joint_documents_with_other_bodies(
    rs: Ruleset, doc: Document, signer: Role, countersigners: tuple[Role, ...], section: str
) -> None:
    s = signing.who_signs(rs, doc)
    assert (s.signers, s.countersigners) == ((signer,), countersigners)
    assert any(c.section == section for c in s.citations)


@pytest.mark.parametrize(
    ("issuer", "item", "not_item"),
    [
        pytest.param(GOV, 5, 6, id="53(五) 县政府名义: 需请其他县政府领导同志会签"),
        pytest.param(OFFICE, 6, 5, id="53(六) 办公室名义: 须经县政府有关领导同志会签"),
    ],
)
def test_multi_portfolio_countersign_cites_its_own_item(rs: Ruleset, issuer: Issuer, item: int, not_item: int) -> None:
    s = signing.who_signs(rs, _doc(K.NOTICE, issuer, addressee=Addressee.SUBORDINATES, matters={M.MULTI_PORTFOLIO}))
    assert s.countersigners == (LEADER,)
    items = {c.item for c in s.citations if c.article == 53}
    assert item in items
    assert not_item not in items


@pytest.mark.parametrize(
    ("signed_by", "ok"),
    [
        pytest.param(DH, True, id="51 部门报送的公文 -> 部门主要负责人签发"),
        *[pytest.param(r, True, id=f"5+51 {r.name} 是部门主要负责人") for r in BUREAU_HEADS],
        pytest.param(Role.DEPARTMENT_DEPUTY_HEAD, False, id="51 部门副职不是主要负责人"),
    ],
)
def test_submission_signed_by_a_department_principal(rs: Ruleset, signed_by: Role, ok: bool) -> None:
    doc = _doc(K.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT)
    v = signing.check_signature(rs, doc, signed_by, [])
    assert ("signer" in [x.rule for x in v.violations]) is not ok


def test_submission_acting_head_needs_authorization(rs: Ruleset) -> None:
    """51: 主要负责人因出访、出差或休假等原因不能及时签发的,经其授权可由主持工作的负责人签发."""
    s = signing.who_signs(rs, _doc(K.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT))
    assert [(a.role, a.basis) for a in s.alternates] == [(Role.ACTING_DEPARTMENT_HEAD, AlternateBasis.AUTHORIZATION)]


def test_contract_motion_explains_in_this_texts_words(rs: Ruleset) -> None:
    s = signing.who_signs(rs, _doc(K.MOTION, GOV, addressee=Addressee.PEOPLES_CONGRESS))
    assert "县长" in s.explain()


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(
            _doc(K.NOTICE, Issuer.DEPARTMENT, addressee=Addressee.SUBORDINATES), id="部门下行文: 本规则未规定"
        ),
        pytest.param(
            _doc(K.NOTICE, Issuer.JOINT_EXTERNAL, addressee=Addressee.SUBORDINATES),
            id="与其他机关联合下发: 本规则未规定签发人",
        ),
    ],
)
def test_silent_on(rs: Ruleset, doc: Document) -> None:
    with pytest.raises(NoApplicableRule):
        signing.who_signs(rs, doc)


# -- (d) deadlines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule_id", "anchor", "expected", "cite"),
    [
        pytest.param("countersign_reply", date(2025, 9, 26), date(2025, 10, 13), 52, id="52 会签7个工作日, 跨国庆"),
        pytest.param("countersign_reply", date(2025, 3, 3), date(2025, 3, 12), 52, id="52 会签7个工作日, 平常周"),
        pytest.param(
            "minutes_issue", date(2025, 9, 30), date(2025, 10, 11), 45, id="45 纪要3个工作日: 10-09,10-10,10-11(六)"
        ),
        pytest.param("minutes_issue", date(2025, 9, 26), date(2025, 9, 30), 45, id="45 纪要3个工作日: 9-28(日)上班"),
        pytest.param("leave_request", date(2025, 10, 9), date(2025, 9, 30), 67, id="67 提前3天: 10-06放假, 前移至9-30"),
        pytest.param("leave_request", date(2025, 3, 6), date(2025, 3, 3), 67, id="67 提前3天: 3-06 -> 3-03"),
        pytest.param(
            "supervision_simple",
            date(2025, 9, 26),
            date(2025, 10, 9),
            "五(四)",
            id="附件2 五(四) 7天含部署当日: 10-02放假→10-09",
        ),
        pytest.param(
            "supervision_simple",
            date(2025, 3, 3),
            date(2025, 3, 10),
            "五(四)",
            id="附件2 五(四) 7天含当日: 3-03 -> 3-09(日)→3-10",
        ),
        pytest.param(
            "supervision_complex",
            date(2025, 9, 26),
            date(2025, 10, 27),
            "五(四)",
            id="附件2 五(四) 1个月含当日: 10-25(六)→10-27",
        ),
        pytest.param(
            "supervision_year_end", date(2025, 2, 10), date(2025, 12, 31), "五(四)", id="附件2 五(四) 年初事项年底清零"
        ),
    ],
)
def test_due(rs: Ruleset, rule_id: str, anchor: date, expected: date, cite: int | str) -> None:
    d = deadlines.due(rs, rule_id, anchor)
    assert d.date == expected
    if isinstance(cite, int):
        assert d.citation.article == cite
    else:
        assert d.citation.annex == 2 and d.citation.section == cite


@pytest.mark.parametrize(
    ("rule_id", "period"),
    [
        pytest.param("countersign_reply", Period(7, WORKDAY), id="52 一般应在7个工作日内回复"),
        pytest.param("minutes_issue", Period(3, WORKDAY), id="45 会议结束后3个工作日内印发"),
        pytest.param("leave_request", Period(3, DAY, BEFORE), id="67 提前3天"),
        pytest.param("supervision_simple", Period(7, DAY, count_start_day=True), id="附件2 五(四) 7天之内办结"),
        pytest.param("supervision_complex", Period(1, MONTH, count_start_day=True), id="附件2 五(四) 1个月内有结果"),
        pytest.param("supervision_year_end", Period(0, YEAR_END), id="附件2 五(四) 年底清零销号"),
    ],
)
def test_periods(rs: Ruleset, rule_id: str, period: Period) -> None:
    rule = rs.rule(rule_id)
    assert isinstance(rule, DeadlineRule)
    assert rule.period == period


def test_only_the_stated_deadlines(rs: Ruleset) -> None:
    assert {r.id for r in rs.rules_of(DeadlineRule)} == {
        "countersign_reply",
        "minutes_issue",
        "leave_request",
        "supervision_simple",
        "supervision_complex",
        "supervision_year_end",
    }


@pytest.mark.parametrize(
    "rule_id",
    [
        pytest.param("request_reply", id="请示办复: 无时限"),
        pytest.param("minutes_draft", id="纪要起草: 无时限"),
        pytest.param("post_meeting_issue", id="会后印发: 无时限"),
        pytest.param("agenda_materials", id="44 会议材料: 无报送时限"),
        pytest.param("meeting_request", id="47 全县性会议请示: 无提前量"),
        pytest.param("printing", id="印制: 无时限"),
        pytest.param("publication", id="29 及时公布: 无具体时限"),
    ],
)
def test_deadlines_the_text_does_not_state(rs: Ruleset, rule_id: str) -> None:
    with pytest.raises(RuleNotDefined):
        deadlines.due(rs, rule_id, date(2025, 9, 26))


# -- (d) leave -----------------------------------------------------------------------------------------


def _leave(
    role: Role, kind: LeaveKind, start: date, end: date, requested_on: date | None = None, **kw: object
) -> LeaveRequest:
    return LeaveRequest(role=role, kind=kind, start=start, end=end, requested_on=requested_on, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("leave", "ok", "approvers", "notify", "latest", "article"),
    [
        pytest.param(
            _leave(DH, LeaveKind.TRIP, date(2025, 3, 6), date(2025, 3, 7), date(2025, 3, 5)),
            False,
            (H, D),
            (Role.GOVERNMENT_OFFICE,),
            date(2025, 3, 3),
            67,
            id="67 部门主要负责人离丰提前1天 -> 违反提前3天",
        ),
        pytest.param(
            _leave(DH, LeaveKind.TRIP, date(2025, 3, 6), date(2025, 3, 7), date(2025, 3, 3)),
            True,
            (H, D),
            (Role.GOVERNMENT_OFFICE,),
            date(2025, 3, 3),
            67,
            id="67 部门主要负责人离丰提前3天 -> 县长、分管副县长批准, 办公室备案",
        ),
        pytest.param(
            _leave(DH, LeaveKind.TRIP, date(2025, 10, 9), date(2025, 10, 10), date(2025, 10, 1)),
            False,
            (H, D),
            (Role.GOVERNMENT_OFFICE,),
            date(2025, 9, 30),
            67,
            id="67 国庆后出发: 最迟9-30请假, 10-01请 -> 迟",
        ),
        pytest.param(
            _leave(D, LeaveKind.TRIP, date(2025, 3, 6), date(2025, 3, 7), date(2025, 3, 5)),
            True,
            (),
            (H, LEADER),
            None,
            67,
            id="67 副县长离丰: 事先报告县长 (报告, not 批准), 办公室通报其他领导",
        ),
        pytest.param(
            _leave(X, LeaveKind.VACATION, date(2025, 8, 4), date(2025, 8, 8), date(2025, 8, 1)),
            True,
            (),
            (H, LEADER),
            None,
            67,
            id="67 负责日常工作的副县长休假: 事先报告县长 (报告, not 批准)",
        ),
        pytest.param(
            _leave(DH, LeaveKind.VISIT_ABROAD, date(2025, 5, 6), date(2025, 5, 16), date(2025, 4, 1)),
            True,
            (H, D),
            (Role.GOVERNMENT_OFFICE,),
            date(2025, 4, 30),
            53,
            id="53(四)+67 部门主要负责人出国 -> 县长审批; 离丰 too: 提前3天向县长和分管副县长请假",
        ),
        pytest.param(
            _leave(TH, LeaveKind.VISIT_ABROAD, date(2025, 5, 6), date(2025, 5, 16), date(2025, 4, 1)),
            True,
            (H,),
            (),
            None,
            53,
            id="53(四) 乡（镇）主要负责人出国 -> 县长审批",
        ),
        pytest.param(
            _leave(H, LeaveKind.TRIP, date(2025, 6, 2), date(2025, 6, 4), date(2025, 5, 30), substitute=True),
            True,
            (),
            (),
            None,
            8,
            id="8 县长离丰: 指定副县长主持日常工作",
        ),
        pytest.param(
            _leave(H, LeaveKind.TRIP, date(2025, 6, 2), date(2025, 6, 4), date(2025, 5, 30), substitute=False),
            False,
            (),
            (),
            None,
            8,
            id="8 县长离丰未指定主持日常工作的副县长 -> 违反",
        ),
        pytest.param(
            _leave(
                D,
                LeaveKind.MEETING_ABSENCE,
                date(2025, 3, 6),
                date(2025, 3, 6),
                meeting=MeetingKind.EXECUTIVE,
                reason=AbsenceReason.OFFICIAL_MEETING,
            ),
            True,
            (),
            (),
            None,
            46,
            id="46 常务会议请假: 参加市重要会议 -> 准许",
        ),
        pytest.param(
            _leave(
                DH,
                LeaveKind.MEETING_ABSENCE,
                date(2025, 3, 6),
                date(2025, 3, 6),
                meeting=MeetingKind.PLENARY,
                reason=AbsenceReason.HEALTH,
            ),
            True,
            (),
            (),
            None,
            46,
            id="46 全体会议请假: 个人身体健康 -> 准许",
        ),
        pytest.param(
            _leave(
                D,
                LeaveKind.MEETING_ABSENCE,
                date(2025, 3, 6),
                date(2025, 3, 6),
                meeting=MeetingKind.HEAD_OFFICE,
                reason=AbsenceReason.PERSONAL,
            ),
            False,
            (),
            (),
            None,
            46,
            id="46 县长办公会议因私请假 -> 原则上不应请假",
        ),
    ],
)
def test_check_leave(
    rs: Ruleset,
    leave: LeaveRequest,
    ok: bool,
    approvers: tuple[Role, ...],
    notify: tuple[Role, ...],
    latest: date | None,
    article: int,
) -> None:
    v = attendance.check_leave(rs, leave)
    assert v.ok is ok
    assert v.approvers == approvers
    assert v.notify == notify
    assert v.latest_request_date == latest
    assert any(c.article == article for c in v.citations)
    if not ok:
        assert v.violations
        assert all(x.citation.article == article for x in v.violations)


@pytest.mark.parametrize(
    ("leave", "ok", "article"),
    [
        *[
            pytest.param(
                _leave(r, LeaveKind.TRIP, date(2025, 3, 10), date(2025, 3, 11), date(2025, 3, 9)),
                False,
                67,
                id=f"67 各部门主要负责人离丰外出应提前3天: {r.name}",
            )
            for r in (*BUREAU_HEADS, OD)
        ],
        pytest.param(
            _leave(OD, LeaveKind.TRIP, date(2025, 3, 10), date(2025, 3, 11), date(2025, 3, 5)),
            True,
            67,
            id="67+79 县政府办公室主任离丰外出提前请假 -> 县长、分管副县长批准",
        ),
        *[
            pytest.param(
                _leave(
                    r,
                    LeaveKind.MEETING_ABSENCE,
                    date(2025, 3, 6),
                    date(2025, 3, 6),
                    meeting=MeetingKind.EXECUTIVE,
                    reason=AbsenceReason.PERSONAL,
                ),
                False,
                46,
                id=f"46 有关部门主要负责人原则上不应请假: {r.name}",
            )
            for r in BUREAU_HEADS
        ],
        pytest.param(
            _leave(
                Role.FINANCE_BUREAU_HEAD, LeaveKind.VISIT_ABROAD, date(2025, 3, 12), date(2025, 3, 20), date(2025, 3, 3)
            ),
            True,
            53,
            id="53(四) 部门主要负责人出国 -> 县长",
        ),
    ],
)
def test_department_principals_named_by_role(rs: Ruleset, leave: LeaveRequest, ok: bool, article: int) -> None:
    """五 组成部门的主要负责人, 六十七 县政府各部门主要负责人: a bureau head named by role is one of them."""
    v = attendance.check_leave(rs, leave)
    assert v.ok is ok
    assert any(c.article == article for c in v.citations)
    if leave.kind is not LeaveKind.MEETING_ABSENCE:
        assert v.approvers == (H, D)


@pytest.mark.parametrize(
    ("leave", "says"),
    [
        pytest.param(
            _leave(D, LeaveKind.TRIP, date(2025, 3, 10), date(2025, 3, 11), date(2025, 3, 7)),
            "由县政府办公室通报县政府其他领导同志",
            id="67 副县长离丰: 事先报告县长, 由县政府办公室通报其他领导同志",
        ),
        pytest.param(
            _leave(
                DH,
                LeaveKind.MEETING_ABSENCE,
                date(2025, 3, 6),
                date(2025, 3, 6),
                meeting=MeetingKind.EXECUTIVE,
                reason=AbsenceReason.PERSONAL,
            ),
            "原则上不应请假",
            id="46 等特殊原因外, 原则上不应请假",
        ),
    ],
)
def test_leave_explanation_says_what_the_text_leaves_open(rs: Ruleset, leave: LeaveRequest, says: str) -> None:
    assert says in attendance.check_leave(rs, leave).explain().split("\n")[0]


@pytest.mark.parametrize(
    ("kind", "attendees", "non_voting", "ok"),
    [
        *[
            pytest.param(MeetingKind.EXECUTIVE, (X, D), (DH, r), True, id=f"41 有关单位负责人列席: {r.name}")
            for r in UNIT_HEADS
        ],
        *[
            pytest.param(MeetingKind.EXECUTIVE, (X, D), (DH, r), True, id=f"41 组成部门主要负责人列席: {r.name}")
            for r in BUREAU_HEADS
        ],
        *[
            pytest.param(MeetingKind.EXECUTIVE, (X, D), (DH, r), True, id=f"41 邀请有关方面负责人参加: {r.name}")
            for r in INVITED
        ],
        *[
            pytest.param(MeetingKind.PLENARY, (X, D, DH), (r,), True, id=f"40 有关单位负责人列席: {r.name}")
            for r in UNIT_HEADS
        ],
        *[
            pytest.param(MeetingKind.PLENARY, (X, D, DH, r), (), True, id=f"40 组成部门的主要负责人: {r.name}")
            for r in BUREAU_HEADS
        ],
        pytest.param(MeetingKind.PLENARY, (X, D, DH), (Role.CPPCC,), False, id="40 未规定邀请有关方面负责人"),
    ],
)
def test_who_may_sit_in(
    rs: Ruleset, kind: MeetingKind, attendees: tuple[Role, ...], non_voting: tuple[Role, ...], ok: bool
) -> None:
    m = Meeting(kind=kind, date=date(2025, 3, 12), presided_by=H, attendees=attendees, non_voting=non_voting)
    assert attendance.check_meeting(rs, m).ok is ok


@pytest.mark.parametrize(
    "leave",
    [
        pytest.param(
            _leave(DH, LeaveKind.VACATION, date(2025, 8, 4), date(2025, 8, 8)), id="67 部门主要负责人休假: 未规定"
        ),
        pytest.param(
            _leave(TH, LeaveKind.TRIP, date(2025, 8, 4), date(2025, 8, 8)), id="乡（镇）主要负责人离乡: 未规定"
        ),
        pytest.param(_leave(H, LeaveKind.VACATION, date(2025, 8, 4), date(2025, 8, 8)), id="8 县长休假: 仅规定离丰"),
        pytest.param(
            _leave(D, LeaveKind.MEETING_ABSENCE, date(2025, 3, 6), date(2025, 3, 6), meeting=MeetingKind.TOPICAL),
            id="46 专题会议请假: 未规定",
        ),
    ],
)
def test_leave_the_text_does_not_regulate(rs: Ruleset, leave: LeaveRequest) -> None:
    with pytest.raises(NoApplicableRule):
        attendance.check_leave(rs, leave)


# -- 五十一: approving what the 乡（镇） and departments submit (呈批, 审批) ------------------------------------

_SUBMITTED = {"addressee": Addressee.GOVERNMENT}
CIRCLED, OPINION = ReviewAct.CIRCLED, ReviewAct.OPINION


@pytest.mark.parametrize(
    ("doc", "approver", "review", "ok"),
    [
        pytest.param(Document(K.REQUEST, Issuer.DEPARTMENT, **_SUBMITTED), D, Review(D, OPINION), True,
                     id="51 request approved by the deputy in charge with an explicit opinion"),
        pytest.param(Document(K.REQUEST, Issuer.DEPARTMENT, **_SUBMITTED), D, Review(D, CIRCLED), False,
                     id="51 request approved by the deputy in charge; circling is not enough"),
        pytest.param(Document(K.REQUEST, Issuer.TOWNSHIP), D, Review(D, CIRCLED), False,
                     id="51 乡（镇） request, no addressee on record: circling is not enough"),
        pytest.param(Document(K.REQUEST, Issuer.DEPARTMENT, **_SUBMITTED), D, Review(H, OPINION), True,
                     id="51 request approved by the 县长: 根据需要…转请…其他领导同志核批, no certain breach (round 7)"),
        pytest.param(Document(K.REPORT, Issuer.DEPARTMENT, **_SUBMITTED), D, Review(D, CIRCLED), True,
                     id="51 report has no 请示事项: circling it is enough"),
        pytest.param(Document(K.REQUEST, Issuer.DEPARTMENT, matters={M.MAJOR}), H, Review(H, OPINION), True,
                     id="51 重大事项 request approved by the 县长"),
        pytest.param(Document(K.REQUEST, Issuer.DEPARTMENT, matters={M.MAJOR}), H, Review(D, OPINION), False,
                     id="51 重大事项 request approved by the deputy in charge: 报县长审批"),
        pytest.param(Document(K.REQUEST, Issuer.TOWNSHIP, matters={M.MAJOR}), H, Review(H, CIRCLED), False,
                     id="51 重大事项 request circled by the 县长: no explicit opinion"),
        pytest.param(Document(K.REPORT, Issuer.TOWNSHIP, matters={M.MAJOR}), H, Review(H, CIRCLED), True,
                     id="51 重大事项 report circled by the 县长"),
    ],
)  # fmt: skip
def test_approval_of_submitted_documents(rs: Ruleset, doc: Document, approver: Role, review: Review, ok: bool) -> None:
    decision = signing.who_approves(rs, doc)
    assert decision.approver is approver
    assert decision.circle_means_consent is None  # 五十一 says nothing of 圈阅
    assert decision.citations[0].article == 51
    verdict = signing.check_approval(rs, doc, review)
    assert verdict.ok is ok
    assert all(v.citation.article == 51 for v in verdict.violations)


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(Document(K.NOTICE, GOV), id="51 the government's own notice is signed, not approved"),
        pytest.param(Document(K.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.HIGHER_GOVERNMENT),
                     id="51 a department's request to the 市政府 is not the 县政府's to approve"),
    ],
)  # fmt: skip
def test_no_approval_rule_outside_submissions(rs: Ruleset, doc: Document) -> None:
    with pytest.raises(NoApplicableRule):
        signing.who_approves(rs, doc)


@pytest.mark.parametrize(
    ("document", "signers"),
    [
        pytest.param(
            Document(kind=DocumentKind.LETTER, issuer=Issuer.GOVERNMENT, addressee=Addressee.HIGHER_DEPARTMENT),
            (D, H),
            id="附件1 三+四(四) 函 to a 市政府部门 is to a peer: the deputy default (or the 县长)",
        ),
        pytest.param(
            Document(kind=DocumentKind.REPORT, issuer=Issuer.GOVERNMENT, addressee=Addressee.HIGHER_DEPARTMENT),
            (H,),
            id="附件1 五(二)8 报告 to a 市政府部门 is a 上行文: 县长",
        ),
        pytest.param(
            Document(
                kind=DocumentKind.LETTER,
                issuer=Issuer.GOVERNMENT,
                addressee=Addressee.HIGHER_DEPARTMENT,
                matters=frozenset({Matter.FUNDS}),
            ),
            (H,),
            id="附件1 五(三)1(9) 项目建设承诺函 on funds: 县长",
        ),
    ],
)
def test_letters_by_addressee(rs: Ruleset, document: Document, signers: tuple[Role, ...]) -> None:
    assert signing.who_signs(rs, document).signers == signers


@pytest.mark.parametrize(
    ("document", "cites_53_5"),
    [
        pytest.param(_doc(K.LETTER, GOV, addressee=Addressee.PEERS), False, id="附件1 三 西政函 to a peer: not 下发"),
        pytest.param(
            _doc(K.LETTER, GOV, addressee=Addressee.HIGHER_DEPARTMENT), False, id="附件1 三 西政函 to a 市政府部门"
        ),
        pytest.param(_doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES), True, id="53(五) 以县政府名义下发的公文"),
    ],
)
def test_only_downward_documents_cite_53_5(rs: Ruleset, document: Document, cites_53_5: bool) -> None:
    """五十三（五） speaks of 以县政府名义下发的公文; a 函 to a peer falls to the annex's deputy category alone."""
    s = signing.who_signs(rs, document)
    assert s.signers == (D, H)
    assert any(c.article == 53 and c.item == 5 for c in s.citations) is cites_53_5
    assert any(c.section == "五(三)1" for c in s.citations)


def test_explanation_names_the_overridden_article(rs: Ruleset) -> None:
    # 四十五 (the presiding leader signs) gives way to 附件1 五(三)1(3) (the 县长 signs 常务会议纪要)
    doc = Document(kind=DocumentKind.MINUTES, issuer=Issuer.GOVERNMENT, meeting=MeetingKind.EXECUTIVE, presided_by=X)
    text = signing.who_signs(rs, doc).explain()
    assert "的规定在此不适用：附件1 五(三)1(3)的规定更为具体，优先适用" in text


# -- fourth reading ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "countersigners", "cite"),
    [
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES, matters={M.MULTI_PORTFOLIO}),
            (LEADER,),
            (53, 5),
            id="53(五) 以县政府名义下发, 涉及数名领导分管 -> 其他领导会签",
        ),
        pytest.param(
            _doc(K.MINUTES, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters={M.MULTI_PORTFOLIO}),
            (LEADER,),
            (53, 5),
            id="53(五) 未写主送的县政府公文 -> 其他领导会签",
        ),
        pytest.param(
            _doc(K.LETTER, GOV, addressee=Addressee.PEERS, matters={M.MULTI_PORTFOLIO}),
            (),
            None,
            id="53(五) 下发 only: 致平级机关的函 (附件1 三 西政函) -> 未规定领导会签",
        ),
        pytest.param(
            _doc(K.REPORT, GOV, addressee=Addressee.HIGHER_GOVERNMENT, matters={M.MULTI_PORTFOLIO}),
            (),
            None,
            id="53(五) 下发 only: 报市政府的报告 (53(一)) -> 未规定领导会签",
        ),
        pytest.param(
            _doc(K.MOTION, GOV, addressee=Addressee.PEOPLES_CONGRESS, matters={M.MULTI_PORTFOLIO}),
            (),
            None,
            id="53(五) 下发 only: 向人大提出的议案 (53(二)) -> 未规定领导会签",
        ),
        pytest.param(
            _doc(K.LETTER, OFFICE, addressee=Addressee.PEERS, matters={M.MULTI_PORTFOLIO}),
            (LEADER,),
            (53, 6),
            id="53(六) 以县政府办公室名义制发的函 -> 有关领导会签",
        ),
    ],
)
def test_multi_portfolio_countersign_for_documents_sent_down(
    rs: Ruleset, doc: Document, countersigners: tuple[Role, ...], cite: tuple[int, int] | None
) -> None:
    s = signing.who_signs(rs, doc)
    assert s.countersigners == countersigners
    items = {(c.article, c.item) for c in s.citations if c.article == 53}
    if cite is None:
        assert (53, 5) not in items
    else:
        assert cite in items


@pytest.mark.parametrize(
    ("reason", "severities", "said"),
    [
        pytest.param(
            AbsenceReason.PERSONAL, ["warning"], "原则上不应请假", id="46 所列事由外: 原则上不应请假 (warning)"
        ),
        pytest.param(AbsenceReason.HEALTH, [], None, id="46 个人身体健康: 所列特殊原因"),
    ],
)
def test_meeting_absence_outside_the_listed_reasons_is_a_departure(
    rs: Ruleset, reason: AbsenceReason, severities: list[str], said: str | None
) -> None:
    request = _leave(D, LeaveKind.MEETING_ABSENCE, date(2025, 3, 12), date(2025, 3, 12), date(2025, 3, 10),
                     meeting=MeetingKind.EXECUTIVE, reason=reason)  # fmt: skip
    record = {"type": "leave", "id": "lv", "role": "DEPUTY", "kind": "MEETING_ABSENCE", "meeting": "EXECUTIVE",
              "start": "2025-03-12", "end": "2025-03-12", "requested_on": "2025-03-10",
              "reason": reason.name}  # fmt: skip
    findings = list(audit(rs, [record]))
    assert [f.severity for f in findings] == severities
    text = attendance.check_leave(rs, request).explain()
    if said is not None:
        assert all(said in f.message and f.citation is not None and f.citation.article == 46 for f in findings)
        assert "不符合原则性规定" in text
        assert "不符合规定：" not in text
        assert "不在规定事由" not in text


@pytest.mark.parametrize(
    ("issuer", "countersigned_by", "missing"),
    [
        *[
            pytest.param(issuer, (r,), False, id=f"53({item}) {r.name} 是县政府领导同志")
            for issuer, item in ((GOV, "五"), (OFFICE, "六"))
            for r in (H, X, D, LEADER)
        ],
        pytest.param(GOV, (OD,), True, id="53(五) 县政府办公室主任不是县政府领导同志"),
        pytest.param(OFFICE, (), True, id="53(六) 未经有关领导同志会签"),
    ],
)
def test_countersign_by_a_county_leader(
    rs: Ruleset, issuer: Issuer, countersigned_by: tuple[Role, ...], missing: bool
) -> None:
    """五十三（五）（六）: 其他（有关）县政府领导同志 are the 县长 and the 副县长, recorded by their own roles."""
    record = {"type": "document", "id": "d", "kind": "NOTICE", "issuer": issuer.name, "addressee": "SUBORDINATES",
              "matters": ["MULTI_PORTFOLIO"], "signed_by": "DEPUTY",
              "countersigned_by": [r.name for r in countersigned_by]}  # fmt: skip
    found = [f for f in audit(rs, [record]) if f.rule == "countersigners"]
    assert bool(found) is missing
    assert all(f.citation is not None and f.citation.article == 53 for f in found)


@pytest.mark.parametrize(
    ("notified", "told"),
    [
        pytest.param((H, X), True, id="67 通报县政府其他领导同志: 负责日常工作的副县长"),
        pytest.param((H, D), True, id="67 通报县政府其他领导同志: 副县长"),
        pytest.param((Role.GOVERNMENT_OFFICE,), False, id="67 未报告县长、未通报其他领导同志"),
    ],
)
def test_deputy_trip_told_to_the_other_leaders(rs: Ruleset, notified: tuple[Role, ...], told: bool) -> None:
    record = {"type": "leave", "id": "l", "role": "DEPUTY", "kind": "TRIP", "start": "2025-03-10", "end": "2025-03-11",
              "requested_on": "2025-03-05", "notified": [r.name for r in notified]}  # fmt: skip
    assert (not [f for f in audit(rs, [record]) if f.rule == "leave_notify"]) is told
