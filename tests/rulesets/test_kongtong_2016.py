"""平凉市崆峒区人民政府工作规则 (kongtong-2016): tables whose rows name the article they check."""

from __future__ import annotations

import re
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
from govrules.rules import (
    Alternate,
    AlternateBasis,
    CountersignRule,
    MeetingRule,
    Rhythm,
    RhythmRule,
    Rule,
    Ruleset,
)
from govrules.rulesets import load
from govrules.rulesets.kongtong_2016 import NON_OPERATIVE, RULES

H, X, D = Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY
PGM, OD, ODD = Role.PARTY_GROUP_MEMBER, Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR
DH, TH = Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD
#: the principals of named 区政府部门 (十: 区审计局; 四十二: 区监察局, 区政府法制办公室; 财政局, 司法局, 发改局)
AUDIT, FINANCE, JUSTICE, NDRC = (
    Role.AUDIT_BUREAU_HEAD,
    Role.FINANCE_BUREAU_HEAD,
    Role.JUSTICE_BUREAU_HEAD,
    Role.DEVELOPMENT_REFORM_HEAD,
)
SUPERVISION, LEGAL = Role.SUPERVISION_BUREAU_HEAD, Role.LEGAL_AFFAIRS_HEAD
NAMED = {AUDIT, FINANCE, JUSTICE, NDRC, SUPERVISION, LEGAL}
GOV, OFFICE = Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE


@pytest.fixture(scope="module")
def rs() -> Ruleset:
    return load("kongtong-2016")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- (a) the ruleset, its citations and quotes ---------------------------------------------------------


def test_ruleset_identity(rs: Ruleset) -> None:
    assert rs.id == "kongtong-2016"
    assert rs.title == "平凉市崆峒区人民政府工作规则"
    assert rs.government.name == "平凉市崆峒区人民政府"
    assert rs.government.level is Level.DISTRICT
    assert rs.effective_from == date(2016, 10, 21)
    assert len(rs.articles) == 75
    assert rs.name(Role.HEAD) == "区长"
    assert rs.name(Role.EXECUTIVE_DEPUTY) == "负责常务工作的副区长"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_paragraph_and_item_point_at_the_quote(rs: Ruleset, rule: Rule) -> None:
    c = rule.cite[0]
    assert c.article is not None
    text = rs.article(c.article).text
    if c.paragraph is not None and c.item is None:
        # the paragraph as cited_passage splits them: an item's line belongs to the paragraph before
        assert _flat(rule.quote) in _flat(rs.cited_passage(c))
    if c.item is not None:
        marker = "（" + "一二三四五六七八九"[c.item - 1] + "）"
        assert _flat(marker + rule.quote) in _flat(text)


# -- (b) every operative article is encoded ----------------------------------------------------------------


def test_every_article_is_classified(rs: Ruleset) -> None:
    operative = {n for n in range(1, 76) if rs.citing(article=n)}
    assert operative | set(NON_OPERATIVE) == set(range(1, 76))
    assert len(operative) == 44
    assert len(NON_OPERATIVE) == 31


# -- (c) meetings ---------------------------------------------------------------------------------------------


def _meeting(rs: Ruleset, kind: MeetingKind) -> MeetingRule:
    (rule,) = [r for r in rs.rules_of(MeetingRule) if r.meeting is kind]
    return rule


MEETINGS = [
    pytest.param(
        MeetingKind.PLENARY, "members", {H, X, D, PGM, DH}, id="40 全体会议 组成 (办公室主任 a member, one reading)"
    ),
    pytest.param(
        MeetingKind.PLENARY,
        "optional_members",
        {OD, *NAMED},
        id="40+10 全体会议 办公室主任 and 审计局等 named 组成部门 principals may attend as members",
    ),
    pytest.param(MeetingKind.PLENARY, "non_voting", set(), id="40 全体会议 no fixed 列席"),
    pytest.param(
        MeetingKind.PLENARY,
        "optional_non_voting",
        {
            TH,
            Role.UNIT_HEAD,
            Role.INSPECTION_HEAD,
            ODD,
            Role.PARTY_COMMITTEE,
            Role.PEOPLES_CONGRESS,
            Role.CPPCC,
            Role.PARTY_COMMITTEE_LEADER,
        },
        id="40 全体会议 根据需要/必要时 列席 (督查考核局 at least 有关单位)",
    ),
    pytest.param(MeetingKind.PLENARY, "convener", H, id="40 全体会议 区长召集"),
    pytest.param(MeetingKind.PLENARY, "presiders", (H,), id="40 全体会议 区长主持"),
    pytest.param(
        MeetingKind.PLENARY,
        "presider_alternates",
        (Alternate(X, AlternateBasis.ABSENCE, terms="区长外出期间"),),
        id="40+9 全体会议 区长外出期间 负责常务工作的副区长主持",
    ),
    pytest.param(MeetingKind.PARTY_GROUP, "members", {H, PGM}, id="41 党组会议 党组成员组成"),
    pytest.param(
        MeetingKind.PARTY_GROUP, "optional_non_voting", {D, ODD}, id="41 党组会议 非党员副区长、办公室副主任列席"
    ),
    pytest.param(MeetingKind.PARTY_GROUP, "convener", H, id="41+7 党组书记 = 区长 召集"),
    pytest.param(MeetingKind.PARTY_GROUP, "presiders", (H,), id="41+7 党组书记 = 区长 主持"),
    pytest.param(
        MeetingKind.PARTY_GROUP,
        "presider_alternates",
        (Alternate(X, AlternateBasis.ABSENCE, terms="区长外出期间"),),
        id="41+39+9 党组会议 区长外出期间 负责常务工作的副区长主持 (open: not a certain breach)",
    ),
    pytest.param(MeetingKind.EXECUTIVE, "members", {H, X, D, PGM}, id="42 常务会议 组成 (no 部门)"),
    pytest.param(
        MeetingKind.EXECUTIVE,
        "non_voting",
        {ODD, Role.SUPERVISION_BUREAU_HEAD, Role.INSPECTION_HEAD, Role.LEGAL_AFFAIRS_HEAD},
        id="42 常务会议 固定列席",
    ),
    pytest.param(
        MeetingKind.EXECUTIVE,
        "optional_non_voting",
        {TH, DH, AUDIT, FINANCE, JUSTICE, NDRC, Role.REPORTING_UNIT_HEAD},
        id="42 常务会议 列席涉及本单位的议题 (named principals too)",
    ),
    pytest.param(MeetingKind.EXECUTIVE, "convener", H, id="42 常务会议 区长召集"),
    pytest.param(MeetingKind.EXECUTIVE, "presiders", (H,), id="42 常务会议 区长主持"),
    pytest.param(
        MeetingKind.EXECUTIVE,
        "presider_alternates",
        (Alternate(X, AlternateBasis.ABSENCE, terms="区长外出期间"),),
        id="42+9 常务会议 区长外出期间 负责常务工作的副区长主持",
    ),
    pytest.param(MeetingKind.EXECUTIVE, "assistants_per_reporting_unit", 1, id="46 常务会议 每个汇报单位可带1名助手"),
    pytest.param(MeetingKind.EXECUTIVE, "max_assistants", None, id="46 常务会议 no limit for the whole meeting"),
    pytest.param(MeetingKind.HEAD_OFFICE, "members", set(), id="43 区长办公会议 no member required by name"),
    pytest.param(MeetingKind.HEAD_OFFICE, "any_of", ({OD, ODD},), id="43 区长办公会议 办公室主任或相关副主任"),
    pytest.param(
        MeetingKind.HEAD_OFFICE, "optional_members", {H, TH, DH, *NAMED}, id="43 区长办公会议 有关乡镇、部门参加"
    ),
    pytest.param(MeetingKind.HEAD_OFFICE, "convener", H, id="43 区长办公会议 区长召集"),
    pytest.param(MeetingKind.HEAD_OFFICE, "presiders", (H,), id="43 区长办公会议 区长主持"),
    pytest.param(
        MeetingKind.HEAD_OFFICE,
        "presider_alternates",
        (Alternate(X, AlternateBasis.AUTHORIZATION), Alternate(D, AlternateBasis.AUTHORIZATION)),
        id="43 区长办公会议 或区长委托副区长主持",
    ),
    pytest.param(MeetingKind.TOPICAL, "members", set(), id="44 专题会议 no member required by name"),
    pytest.param(MeetingKind.TOPICAL, "any_of", ({OD, ODD},), id="44 专题会议 办公室主任或相关副主任"),
    pytest.param(
        MeetingKind.TOPICAL, "optional_members", {H, X, D, DH, *NAMED}, id="44 专题会议 相关副区长、有关部门参加"
    ),
    pytest.param(MeetingKind.TOPICAL, "presiders", (H, X, D), id="44 专题会议 区长或副区长主持"),
]


@pytest.mark.parametrize(("kind", "field", "expected"), MEETINGS)
def test_meeting_composition(rs: Ruleset, kind: MeetingKind, field: str, expected: object) -> None:
    value = getattr(_meeting(rs, kind), field)
    if isinstance(value, frozenset):
        value = set(value)
    elif isinstance(value, tuple) and value and isinstance(value[0], frozenset):
        value = tuple(set(v) for v in value)
    assert value == expected


@pytest.mark.parametrize(
    ("kind", "cited"),
    [
        pytest.param(MeetingKind.PLENARY, {40, 7, 9}, id="40+7+9 全体会议"),
        pytest.param(MeetingKind.PARTY_GROUP, {41, 7, 9}, id="41+7+9 党组会议"),
        pytest.param(MeetingKind.EXECUTIVE, {42, 7, 46, 9}, id="42+7+46+9 常务会议"),
        pytest.param(MeetingKind.HEAD_OFFICE, {43, 7}, id="43+7 区长办公会议"),
        pytest.param(MeetingKind.TOPICAL, {44, 7}, id="44+7 专题会议"),
    ],
)
def test_meeting_rule_citations(rs: Ruleset, kind: MeetingKind, cited: set[int]) -> None:
    assert {c.article for c in _meeting(rs, kind).cite} == cited


def test_only_the_five_meetings_are_composed(rs: Ruleset) -> None:
    assert {r.meeting for r in rs.rules_of(MeetingRule)} == {
        MeetingKind.PLENARY,
        MeetingKind.PARTY_GROUP,
        MeetingKind.EXECUTIVE,
        MeetingKind.HEAD_OFFICE,
        MeetingKind.TOPICAL,
    }


@pytest.mark.parametrize(
    ("kind", "rhythm"),
    [
        pytest.param(MeetingKind.EXECUTIVE, Rhythm(1, "MONTH"), id="42 常务会议 原则上每月1次"),
        pytest.param(MeetingKind.PLENARY, None, id="40 全体会议 no rhythm stated"),
        pytest.param(MeetingKind.PARTY_GROUP, None, id="41 党组会议 no rhythm stated"),
        pytest.param(MeetingKind.HEAD_OFFICE, None, id="43 区长办公会议 no rhythm stated"),
        pytest.param(MeetingKind.TOPICAL, None, id="44 专题会议 no rhythm stated"),
    ],
)
def test_meeting_rhythm(rs: Ruleset, kind: MeetingKind, rhythm: Rhythm | None) -> None:
    found = [r.rhythm for r in rs.rules_of(RhythmRule) if r.meeting is kind]
    assert found == ([rhythm] if rhythm else [])


# -- (d) signing ----------------------------------------------------------------------------------------------


def _doc(kind: DocumentKind, issuer: Issuer, **kw: object) -> Document:
    return Document(kind=kind, issuer=issuer, **kw)  # type: ignore[arg-type]


K = DocumentKind
SIGNING = [
    pytest.param(
        _doc(K.MOTION, GOV, addressee=Addressee.PEOPLES_CONGRESS), H, (), 51, id="51 议案 to 区人大 -> 区长签署"
    ),
    pytest.param(
        _doc(K.ORDER, GOV, addressee=Addressee.PUBLIC), H, (), 51, id="51 命令 (下行 but 51 prevails) -> 区长"
    ),
    pytest.param(
        _doc(K.DECISION, GOV, addressee=Addressee.SUBORDINATES, matters={Matter.REGULATION}),
        H,
        (),
        51,
        id="51 规章 -> 区长",
    ),
    pytest.param(
        _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES, matters={Matter.PERSONNEL}),
        H,
        (),
        51,
        id="51 人事任免 -> 区长 (not 分管副区长)",
    ),
    pytest.param(
        _doc(K.REQUEST, GOV, addressee=Addressee.HIGHER_GOVERNMENT),
        H,
        (OD, D),
        52,
        id="52 上行文 to 市政府 -> 办公室主任、分管副区长审核, 区长签发",
    ),
    pytest.param(
        _doc(K.REPORT, GOV, addressee=Addressee.HIGHER_DEPARTMENT),
        H,
        (OD, D),
        52,
        id="52 上行文 to 市政府部门 -> 区长",
    ),
    pytest.param(
        _doc(K.REPORT, GOV, addressee=Addressee.PARTY_COMMITTEE),
        H,
        (OD, D),
        52,
        id="52 报告 to 区委 read as 上行文 -> 区长",
    ),
    pytest.param(_doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES), D, (), 52, id="52 下行文 -> 分管副区长签发"),
    pytest.param(_doc(K.LETTER, GOV, addressee=Addressee.PEERS), D, (), 52, id="52 平行文 (函) -> 分管副区长"),
    pytest.param(
        _doc(K.PUBLIC_NOTICE, GOV, addressee=Addressee.PUBLIC, matters={Matter.MULTI_PORTFOLIO}),
        D,
        (),
        52,
        id="52 通告 to 公众 -> 分管副区长 (区长 only 如有必要)",
    ),
    pytest.param(
        _doc(K.NOTICE, OFFICE, addressee=Addressee.SUBORDINATES), OD, (), 52, id="52二款 办公室名义 -> 办公室主任"
    ),
    pytest.param(
        _doc(K.MINUTES, GOV, meeting=MeetingKind.TOPICAL, presided_by=D, matters={Matter.FUNDS}),
        H,
        (),
        47,
        id="47 专题会议纪要, 副区长主持 -> 报区长签发",
    ),
    pytest.param(
        _doc(K.MINUTES, GOV, meeting=MeetingKind.HEAD_OFFICE, presided_by=X),
        H,
        (),
        47,
        id="47 区长办公会议纪要, 常务副区长受托主持 -> 区长",
    ),
    pytest.param(
        _doc(K.MINUTES, GOV, meeting=MeetingKind.EXECUTIVE, presided_by=H, matters={Matter.PERSONNEL}),
        H,
        (),
        47,
        id="47 常务会议纪要 (人事) 区长主持 -> 主持人区长",
    ),
    pytest.param(
        _doc(K.MINUTES, OFFICE, meeting=MeetingKind.PARTY_GROUP, presided_by=H),
        H,
        (),
        47,
        id="47 党组会议纪要 -> 主持人 (党组书记区长)",
    ),
    pytest.param(
        _doc(K.MINUTES, GOV, meeting=MeetingKind.TOPICAL, presided_by=H, addressee=Addressee.SUBORDINATES),
        H,
        (),
        47,
        id="47 专题会议纪要 区长主持, 下发 -> 47 over 52",
    ),
]


@pytest.mark.parametrize(("doc", "signer", "reviewers", "article"), SIGNING)
def test_who_signs(rs: Ruleset, doc: Document, signer: Role, reviewers: tuple[Role, ...], article: int) -> None:
    s = signing.who_signs(rs, doc)
    assert s.signer is signer
    assert s.reviewers == reviewers
    assert s.countersigners == ()
    assert s.conflict is None
    assert any(c.article == article for c in s.citations)


@pytest.mark.parametrize(
    ("doc", "alternates"),
    [
        pytest.param(
            _doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES),
            ((H, AlternateBasis.NECESSITY),),
            id="52 下行文: 如有必要, 报区长签发",
        ),
        pytest.param(
            _doc(K.NOTICE, OFFICE, addressee=Addressee.SUBORDINATES),
            ((D, AlternateBasis.NECESSITY), (H, AlternateBasis.NECESSITY)),
            id="52二款 办公室名义: 如有必要, 分管副区长或区长",
        ),
        pytest.param(
            _doc(K.REQUEST, GOV, addressee=Addressee.HIGHER_GOVERNMENT), (), id="52 上行文: no alternate signer"
        ),
        pytest.param(
            _doc(K.MINUTES, GOV, meeting=MeetingKind.EXECUTIVE, presided_by=X),
            (),
            id="47+9 常务副区长主持 -> 区长, no alternate (9 grants no signing)",
        ),
    ],
)
def test_alternates(rs: Ruleset, doc: Document, alternates: tuple[tuple[Role, AlternateBasis], ...]) -> None:
    s = signing.who_signs(rs, doc)
    assert tuple((a.role, a.basis) for a in s.alternates) == alternates


@pytest.mark.parametrize(
    ("doc", "signers", "reviewers", "countersigners", "note"),
    [
        pytest.param(
            _doc(K.NOTICE, Issuer.JOINT_PARTY_GOVERNMENT, addressee=Addressee.SUBORDINATES),
            (Role.PARTY_COMMITTEE,),
            (D,),
            (H,),
            "区委一方由谁签发，本规则未规定",
            id="52 区委区政府联合发文: 分管副区长审核后报区长会签 (区委一方签发人 not stated)",
        ),
        pytest.param(
            _doc(K.NOTICE, Issuer.JOINT_OFFICES),
            (Role.PARTY_COMMITTEE_OFFICE,),
            (),
            (OD,),
            "区委办公室一方由谁签发，本规则未规定",
            id="52二款 两办联合发文: 办公室主任会签 (区委办公室一方签发人 not stated)",
        ),
        pytest.param(
            _doc(K.OPINION, Issuer.JOINT_EXTERNAL),
            (H, X, D),
            (),
            (),
            "对应的区政府领导同志签发",
            id="52 与其他县区政府联合行文: 对应职务的区政府领导同志 (any of them)",
        ),
    ],
)
def test_joint_documents(
    rs: Ruleset, doc: Document, signers: tuple[Role, ...], reviewers: tuple[Role, ...],
    countersigners: tuple[Role, ...], note: str,
) -> None:  # fmt: skip
    s = signing.who_signs(rs, doc)
    assert (s.signers, s.reviewers, s.countersigners) == (signers, reviewers, countersigners)
    assert note in s.explain()


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(
            _doc(K.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT),
            id="49 部门请示 not touching other departments: signer not stated",
        ),
    ],
)
def test_signer_not_stated(rs: Ruleset, doc: Document) -> None:
    with pytest.raises(NoApplicableRule):
        signing.who_signs(rs, doc)


@pytest.mark.parametrize(
    ("rule_id", "issuer", "countersigners"),
    [
        pytest.param(
            "joint_party_government_countersign",
            Issuer.JOINT_PARTY_GOVERNMENT,
            (H,),
            id="52 区委区政府联合 -> 区长会签",
        ),
        pytest.param("joint_offices_countersign", Issuer.JOINT_OFFICES, (OD,), id="52二款 两办联合 -> 办公室主任会签"),
    ],
)
def test_countersign_rules(rs: Ruleset, rule_id: str, issuer: Issuer, countersigners: tuple[Role, ...]) -> None:
    rule = rs.rule(rule_id)
    assert isinstance(rule, CountersignRule)
    assert rule.countersigners == countersigners
    assert rule.when.holds(_doc(K.NOTICE, issuer))
    assert not rule.when.holds(_doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES))


@pytest.mark.parametrize(
    "addressee",
    [
        pytest.param(Addressee.GOVERNMENT, id="49 涉及其他部门职权的请示 报区政府"),
        pytest.param(None, id="49 涉及其他部门职权的请示, 主送 not given"),
    ],
)
def test_cross_department_request(rs: Ruleset, addressee: Addressee | None) -> None:
    doc = _doc(K.REQUEST, Issuer.DEPARTMENT, addressee=addressee, matters={Matter.CROSS_DEPARTMENT})
    s = signing.who_signs(rs, doc)
    assert s.signer is DH
    assert s.countersigners == (Role.CO_DEPARTMENT_HEAD,)
    assert s.reviewers == ()
    assert {c.article for c in s.citations} == {49}


def test_minutes_explain_names_the_head(rs: Ruleset) -> None:
    s = signing.who_signs(rs, _doc(K.MINUTES, GOV, meeting=MeetingKind.TOPICAL, presided_by=D))
    assert "区长" in s.explain()
    assert s.rule == "minutes_deputy_chair_to_head"


# -- (d) deadlines --------------------------------------------------------------------------------------------

DEADLINES = [
    pytest.param(
        "minutes_draft", date(2025, 9, 26), None, date(2025, 9, 29), 47, id="47 纪要2个工作日起草, 9-28 调休上班"
    ),
    pytest.param("minutes_draft", date(2025, 9, 30), None, date(2025, 10, 10), 47, id="47 纪要起草 across 国庆"),
    pytest.param("post_meeting_issue", date(2025, 9, 26), None, date(2025, 10, 10), 53, id="53 会后5个工作日印发"),
    pytest.param(
        "post_meeting_issue",
        date(2025, 9, 26),
        "major_revision",
        date(2025, 10, 13),
        53,
        id="53 重大修改需协调 7个工作日 (10-11 调休上班)",
    ),
    pytest.param("post_meeting_issue", date(2025, 9, 30), None, date(2025, 10, 14), 53, id="53 会后5日 from 9-30"),
    pytest.param(
        "post_meeting_issue", date(2025, 9, 30), "major_revision", date(2025, 10, 16), 53, id="53 重大修改 from 9-30"
    ),
    pytest.param("printing", date(2025, 9, 30), None, date(2025, 10, 10), 53, id="53二款 签发后2个工作日印制, 国庆"),
    pytest.param("printing", date(2025, 3, 6), None, date(2025, 3, 10), 53, id="53二款 印制 over a weekend"),
    pytest.param("publication", date(2025, 9, 30), None, date(2025, 10, 9), 53, id="53二款 印制后1个工作日网站公开"),
    pytest.param(
        "publication", date(2025, 10, 10), None, date(2025, 10, 11), 53, id="53二款 公开 due on 调休 Saturday"
    ),
    pytest.param("leader_reading", date(2025, 10, 15), None, date(2025, 10, 15), 54, id="54 当日事当日清"),
    pytest.param(
        "leader_reading",
        date(2025, 10, 1),
        None,
        date(2025, 10, 9),
        54,
        id="54 当日事 received in 国庆 -> next workday",
    ),
    pytest.param("leader_reading", date(2025, 9, 28), None, date(2025, 9, 28), 54, id="54 当日事 on 调休 Sunday"),
]


@pytest.mark.parametrize(("rule_id", "anchor", "variant", "expected", "article"), DEADLINES)
def test_due(rs: Ruleset, rule_id: str, anchor: date, variant: str | None, expected: date, article: int) -> None:
    d = deadlines.due(rs, rule_id, anchor, variant=variant)
    assert d.date == expected
    assert d.citation.article == article


def test_deadline_ids(rs: Ruleset) -> None:
    assert set(deadlines.rule_ids(rs)) == {
        "minutes_draft",
        "post_meeting_issue",
        "printing",
        "publication",
        "leader_reading",
    }


@pytest.mark.parametrize(
    "rule_id",
    [
        pytest.param("countersign_reply", id="49 会签: no reply period"),
        pytest.param("request_reply", id="50 呈批: no 办复 period"),
        pytest.param("minutes_issue", id="47 纪要: only drafting has a period"),
        pytest.param("meeting_request", id="48 严格审批: no lead time"),
        pytest.param("leave_request", id="59 提前: no amount"),
        pytest.param("agenda_materials", id="45 会前送达: no amount"),
        pytest.param("supervision_simple", id="29/47 督查: no period"),
        pytest.param("supervision_complex", id="29/47 督查: no period"),
        pytest.param("normative_filing", id="19 法定期限: a Duty, the period is outside the text"),
    ],
)
def test_deadline_not_defined(rs: Ruleset, rule_id: str) -> None:
    with pytest.raises(RuleNotDefined):
        deadlines.due(rs, rule_id, date(2025, 9, 26))


# -- (d) leave ----------------------------------------------------------------------------------------------------


def _leave(role: Role, kind: LeaveKind, **kw: object) -> LeaveRequest:
    kw.setdefault("start", date(2025, 9, 29))
    kw.setdefault("end", date(2025, 10, 10))
    kw.setdefault("requested_on", date(2025, 9, 26))
    return LeaveRequest(role=role, kind=kind, **kw)  # type: ignore[arg-type]


LEAVE = [
    pytest.param(
        _leave(H, LeaveKind.TRIP),
        (),
        {Role.HIGHER_PARTY_COMMITTEE, Role.HIGHER_GOVERNMENT},
        id="59 区长外出 -> 按市委、市政府要求报告",
    ),
    pytest.param(_leave(D, LeaveKind.TRIP), (), {H, Role.PARTY_COMMITTEE}, id="59 副区长外出 -> 提前向区长、区委报告"),
    pytest.param(_leave(X, LeaveKind.TRIP), (), {H, Role.PARTY_COMMITTEE}, id="59 负责常务工作的副区长外出 -> 报告"),
    pytest.param(_leave(PGM, LeaveKind.TRIP), (), {H, Role.PARTY_COMMITTEE}, id="59 党组成员外出 -> 报告"),
    pytest.param(
        _leave(DH, LeaveKind.TRIP),
        (Role.GOVERNMENT_LEADER,),
        {Role.PARTY_COMMITTEE},
        id="59 部门主要负责同志外出 -> 区政府领导同意, 报区委",
    ),
    pytest.param(
        _leave(OD, LeaveKind.TRIP),
        (Role.GOVERNMENT_LEADER,),
        {Role.PARTY_COMMITTEE},
        id="59+4 办公室主任外出 as 组成部门负责人",
    ),
    *(
        pytest.param(
            _leave(role, LeaveKind.TRIP),
            (Role.GOVERNMENT_LEADER,),
            {Role.PARTY_COMMITTEE},
            id=f"59+10 {role.label}外出 as 部门主要负责同志 -> 区政府领导同意, 报区委",
        )
        for role in sorted(NAMED, key=lambda r: r.name)
    ),
    pytest.param(
        _leave(
            AUDIT,
            LeaveKind.MEETING_ABSENCE,
            meeting=MeetingKind.WORK_CONFERENCE,
            start=date(2025, 10, 9),
            end=date(2025, 10, 9),
        ),
        (),
        set(),
        id="59二款 审计局 principal absent from a 重要会议 -> 履行请假手续 (approver not stated)",
    ),
    pytest.param(
        _leave(
            DH,
            LeaveKind.MEETING_ABSENCE,
            meeting=MeetingKind.EXECUTIVE,
            start=date(2025, 10, 9),
            end=date(2025, 10, 9),
            reason=AbsenceReason.HEALTH,
        ),
        (Role.MEETING_CHAIR,),
        set(),
        id="46 常务会议请假 -> 会议主持人",
    ),
    pytest.param(
        _leave(
            D,
            LeaveKind.MEETING_ABSENCE,
            meeting=MeetingKind.TOPICAL,
            start=date(2025, 10, 9),
            end=date(2025, 10, 9),
            reason=AbsenceReason.PERSONAL,
        ),
        (Role.MEETING_CHAIR,),
        set(),
        id="46 专题会议请假, 因故 (any reason) -> 会议主持人",
    ),
    pytest.param(
        _leave(
            ODD,
            LeaveKind.MEETING_ABSENCE,
            meeting=MeetingKind.PARTY_GROUP,
            start=date(2025, 10, 9),
            end=date(2025, 10, 9),
        ),
        (Role.MEETING_CHAIR,),
        set(),
        id="46 列席人员 党组会议请假 -> 会议主持人",
    ),
    pytest.param(
        _leave(
            TH,
            LeaveKind.MEETING_ABSENCE,
            meeting=MeetingKind.WORK_CONFERENCE,
            start=date(2025, 10, 9),
            end=date(2025, 10, 9),
        ),
        (),
        set(),
        id="59二款 区政府通知的重要会议 -> 履行请假手续 (approver not stated)",
    ),
]


@pytest.mark.parametrize(("request_", "approvers", "notify"), LEAVE)
def test_check_leave(rs: Ruleset, request_: LeaveRequest, approvers: tuple[Role, ...], notify: set[Role]) -> None:
    v = attendance.check_leave(rs, request_)
    assert v.ok
    assert v.violations == ()
    assert tuple(v.approvers) == approvers
    assert set(v.notify) == notify
    assert v.latest_request_date is None  # 提前 / 因故: the text states no lead time


# -- 五十、五十四: approving what the 乡镇政府 and departments submit ---------------------------------------

CIRCLED, OPINION = ReviewAct.CIRCLED, ReviewAct.OPINION


@pytest.mark.parametrize(
    ("doc", "review", "ok"),
    [
        pytest.param(Document(DocumentKind.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT),
                     Review(D, OPINION), True, id="50 request approved by the deputy in charge with an opinion"),
        pytest.param(Document(DocumentKind.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT),
                     Review(D, CIRCLED), False, id="54 request circled: 不能简单的只签字阅知"),
        pytest.param(Document(DocumentKind.REPORT, Issuer.TOWNSHIP), Review(D, CIRCLED), False,
                     id="54 乡镇 report circled: 阅批公文要有明确而又具体的意见"),
        pytest.param(Document(DocumentKind.REQUEST, Issuer.TOWNSHIP), Review(H, OPINION), True,
                     id="50 request approved by the 区长: his own 分工 (十 区审计局), the record may not show"),
        pytest.param(Document(DocumentKind.REQUEST, Issuer.TOWNSHIP), Review(OD, OPINION), False,
                     id="50 request approved by the office director: not a 区政府领导同志"),
        pytest.param(Document(DocumentKind.REQUEST, Issuer.DEPARTMENT, matters={Matter.MAJOR}), Review(D, OPINION),
                     True, id="50 重大事项 too: the text names no other approver"),
    ],
)  # fmt: skip
def test_approval_of_submitted_documents(rs: Ruleset, doc: Document, review: Review, ok: bool) -> None:
    decision = signing.who_approves(rs, doc)
    assert decision.approver is D
    assert decision.opinion_required is True
    assert decision.circle_means_consent is None
    assert [c.article for c in decision.citations] == [50, 54]
    assert signing.check_approval(rs, doc, review).ok is ok


@pytest.mark.parametrize(
    ("review", "rule", "article"),
    [
        pytest.param(Review(D, CIRCLED), "approval_opinion", 54, id="54 bare 圈阅: the opinion requirement is 54's"),
        pytest.param(Review(OD, OPINION), "approver", 50, id="50 not a leader: the routing is 50's"),
    ],
)  # fmt: skip
def test_approval_violation_cites_its_article(rs: Ruleset, review: Review, rule: str, article: int) -> None:
    doc = Document(DocumentKind.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT)
    (violation,) = signing.check_approval(rs, doc, review).violations
    assert (violation.rule, violation.citation.article) == (rule, article)


# -- 五十二: the two reviews of an upward document; the 两办 countersign and its alternates ----------------------


@pytest.mark.parametrize(
    ("reviewed_by", "ok"),
    [
        pytest.param((OD, D), True, id="52 办公室主任 then 分管副区长"),
        pytest.param((D, OD), True, id="52 分管副区长 then 办公室主任: 、 fixes no order (no 依次/逐级)"),
        pytest.param((OD,), False, id="52 分管副区长's review missing"),
        pytest.param((D,), False, id="52 办公室主任's review missing"),
    ],
)
def test_upward_reviews_in_any_order(rs: Ruleset, reviewed_by: tuple[Role, ...], ok: bool) -> None:
    doc = _doc(K.REQUEST, GOV, addressee=Addressee.HIGHER_GOVERNMENT)
    assert signing.check_signature(rs, doc, H, reviewed_by).ok is ok
    assert "依次" not in signing.who_signs(rs, doc).explain()


@pytest.mark.parametrize(
    ("countersigned_by", "finding"),
    [
        pytest.param([OD], False, id="52二款 办公室主任会签"),
        pytest.param([H], False, id="52二款 如有必要, 可由区长会签"),
        pytest.param([D], False, id="52二款 如有必要, 可由分管副区长会签"),
        pytest.param([], True, id="52二款 nobody countersigned"),
        pytest.param([DH], True, id="52二款 a department head is none of them"),
    ],
)
def test_joint_offices_countersign_alternates(rs: Ruleset, countersigned_by: list[Role], finding: bool) -> None:
    record = {
        "type": "document",
        "id": "j",
        "kind": "NOTICE",
        "issuer": "JOINT_OFFICES",
        "addressee": "SUBORDINATES",
        "signed_by": "PARTY_COMMITTEE_OFFICE",
        "countersigned_by": [r.name for r in countersigned_by],
    }
    rules = [f.rule for f in audit(rs, [record])]
    assert ("countersigners" in rules) is finding


def test_cross_department_request_signed_by_a_named_principal(rs: Ruleset) -> None:
    doc = _doc(K.REQUEST, Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT, matters={Matter.CROSS_DEPARTMENT})
    assert set(signing.who_signs(rs, doc).signers) == {DH, *NAMED}
    assert signing.check_signature(rs, doc, FINANCE).ok


# -- 四十、四十二 with 九: who presides; who attends the 全体会议 --------------------------------------------------


def _absent_head(kind: MeetingKind) -> LeaveRequest:
    return LeaveRequest(role=H, kind=LeaveKind.MEETING_ABSENCE, meeting=kind, start=date(2025, 3, 12),
                        end=date(2025, 3, 12), requested_on=date(2025, 3, 11))  # fmt: skip


_EXEC_OBSERVERS = (ODD, SUPERVISION, Role.INSPECTION_HEAD, LEGAL)


@pytest.mark.parametrize(
    ("meeting", "ok"),
    [
        pytest.param(Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 3, 12), presided_by=X, attendees=(D, PGM),
                             non_voting=_EXEC_OBSERVERS, absent=(_absent_head(MeetingKind.EXECUTIVE),)),
                     True, id="42+9 常务会议, 区长不在, 负责常务工作的副区长主持"),
        pytest.param(Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 3, 12), presided_by=X, attendees=(H, D, PGM),
                             non_voting=_EXEC_OBSERVERS),
                     False, id="42+9 常务会议, 区长出席 yet 负责常务工作的副区长主持"),
        pytest.param(Meeting(kind=MeetingKind.EXECUTIVE, date=date(2025, 3, 12), presided_by=D, attendees=(X, PGM),
                             non_voting=_EXEC_OBSERVERS, absent=(_absent_head(MeetingKind.EXECUTIVE),)),
                     False, id="42+9 常务会议, 区长不在, another 副区长主持: 9 names only 负责常务工作的副区长"),
        pytest.param(Meeting(kind=MeetingKind.PLENARY, date=date(2025, 3, 12), presided_by=X,
                             attendees=(D, PGM, DH, OD), absent=(_absent_head(MeetingKind.PLENARY),)),
                     True, id="40+9 全体会议, 区长不在, 负责常务工作的副区长主持"),
        pytest.param(Meeting(kind=MeetingKind.PARTY_GROUP, date=date(2025, 3, 12), presided_by=X, attendees=(PGM,),
                             absent=(_absent_head(MeetingKind.PARTY_GROUP),)),
                     True, id="41+39+9 党组会议, 区长不在, 负责常务工作的副区长主持 (a breach under one reading only)"),
        pytest.param(Meeting(kind=MeetingKind.PARTY_GROUP, date=date(2025, 3, 12), presided_by=X, attendees=(H, PGM)),
                     False, id="41+9 党组会议, 区长出席 yet 负责常务工作的副区长主持"),
        pytest.param(Meeting(kind=MeetingKind.PARTY_GROUP, date=date(2025, 3, 12), presided_by=D, attendees=(X, PGM),
                             absent=(_absent_head(MeetingKind.PARTY_GROUP),)),
                     False, id="41+9 党组会议, 区长不在, another 副区长主持: 9 names only 负责常务工作的副区长"),
        pytest.param(Meeting(kind=MeetingKind.PLENARY, date=date(2025, 3, 12), presided_by=H,
                             attendees=(X, D, PGM, DH, OD, AUDIT, FINANCE)),
                     True, id="40+10 全体会议 attended by the 审计局 and 财政局 principals"),
        pytest.param(Meeting(kind=MeetingKind.PLENARY, date=date(2025, 3, 12), presided_by=H,
                             attendees=(X, D, PGM, DH, OD), non_voting=(Role.INSPECTION_HEAD,)),
                     True, id="40 全体会议 督查考核局 sits in (有关单位主要负责同志)"),
        pytest.param(Meeting(kind=MeetingKind.PLENARY, date=date(2025, 3, 12), presided_by=H,
                             attendees=(X, D, PGM, DH, OD, Role.POLICY_RESEARCH_HEAD)),
                     False, id="40 全体会议 区委政研室 is a party body, not a 组成部门"),
    ],
)  # fmt: skip
def test_presiding_and_plenary_attendance(rs: Ruleset, meeting: Meeting, ok: bool) -> None:
    assert attendance.check_meeting(rs, meeting).ok is ok


# -- 五十一: 签署, the text's word; 六十六: a trip abroad needs approval by a procedure not in this text -------------


@pytest.mark.parametrize(
    ("doc", "verb"),
    [
        pytest.param(_doc(K.MOTION, GOV, addressee=Addressee.PEOPLES_CONGRESS), "由区长签署", id="51 议案 由区长签署"),
        pytest.param(_doc(K.ORDER, GOV, addressee=Addressee.PUBLIC), "由区长签署", id="51 命令 由区长签署"),
        pytest.param(_doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES, matters={Matter.PERSONNEL}), "由区长签署",
                     id="51 人事任免 由区长签署"),
        pytest.param(_doc(K.NOTICE, GOV, addressee=Addressee.SUBORDINATES), "由副区长签发",
                     id="52 下行文 由分管副区长签发"),
    ],
)  # fmt: skip
def test_signing_verb_as_the_text_says(rs: Ruleset, doc: Document, verb: str) -> None:
    assert verb in signing.who_signs(rs, doc).explain()
    wrong = Role.PARTY_GROUP_MEMBER
    (violation,) = signing.check_signature(rs, doc, wrong).violations
    assert violation.message.startswith("应" + verb)


@pytest.mark.parametrize(
    ("role", "cited"),
    [
        pytest.param(D, {59, 66}, id="59+66 副区长出访: 报告, and 按程序审批 (approver not named)"),
        pytest.param(H, {59, 9, 66}, id="59+66 区长出访"),
        pytest.param(FINANCE, {59, 66}, id="59+66 财政局 principal 出访"),
    ],
)
def test_visit_abroad_cites_66(rs: Ruleset, role: Role, cited: set[int]) -> None:
    v = attendance.check_leave(rs, _leave(role, LeaveKind.VISIT_ABROAD))
    assert {c.article for c in v.citations} == cited
    assert "本规则未规定审批人" in v.explain() or v.approvers == (Role.GOVERNMENT_LEADER,)


def test_trip_does_not_cite_66(rs: Ruleset) -> None:
    assert 66 not in {c.article for c in attendance.check_leave(rs, _leave(D, LeaveKind.TRIP)).citations}


def test_department_trip_does_not_cite_75(rs: Ruleset) -> None:
    assert {c.article for c in attendance.check_leave(rs, _leave(DH, LeaveKind.TRIP)).citations} == {59}


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        pytest.param(MeetingKind.HEAD_OFFICE, "区长办公会议", id="39+43 区长办公会议, as the text names it"),
        pytest.param(MeetingKind.EXECUTIVE, "区政府常务会议", id="39+42 区政府常务会议"),
        pytest.param(MeetingKind.PARTY_GROUP, "区政府党组会议", id="39+41 区政府党组会议"),
    ],
)
def test_meetings_named_as_the_text_does(rs: Ruleset, kind: MeetingKind, name: str) -> None:
    assert rs.meeting_name(kind) == name
    meeting = Meeting(kind=kind, date=date(2025, 3, 12), presided_by=H, attendees=(OD, DH, X, D, PGM))
    text = attendance.check_meeting(rs, meeting).explain()
    assert text.startswith(f"按照《平凉市崆峒区人民政府工作规则》，2025-03-12{name}")
    assert "市（县、区）长" not in text


def test_54_same_day_reading_is_said_as_the_text_says_it() -> None:
    """五十四 「当日事当日清」: due the day the document reaches the leader, said 「当日」, not 「0天内」."""
    d = deadlines.due(load("kongtong-2016"), "leader_reading", date(2025, 10, 15))
    assert d.date == date(2025, 10, 15)
    assert "时限为公文送达领导当日" in d.explain() and "0天" not in d.explain()


# -- fourth reading -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "attendees"),
    [
        pytest.param(MeetingKind.PLENARY, (D, PGM, DH, OD), id="9+40 全体会议: 区长外出期间 said"),
        pytest.param(MeetingKind.EXECUTIVE, (D, PGM), id="9+42 常务会议: 区长外出期间 said"),
        pytest.param(MeetingKind.PARTY_GROUP, (PGM,), id="9+41 党组会议: 区长外出期间 said"),
    ],
)
def test_9_acting_presider_explained_with_its_condition(
    rs: Ruleset, kind: MeetingKind, attendees: tuple[Role, ...]
) -> None:
    """九 「区长外出期间,由负责常务工作的副区长主持区政府工作」: the explanation says when he may chair."""
    observers = _EXEC_OBSERVERS if kind is MeetingKind.EXECUTIVE else ()
    meeting = Meeting(kind=kind, date=date(2025, 3, 12), presided_by=X, attendees=attendees, non_voting=observers,
                      absent=(_absent_head(kind),))  # fmt: skip
    decision = attendance.check_meeting(rs, meeting)
    assert decision.ok, decision.explain()
    assert "负责常务工作的副区长主持，限于区长外出期间。" in decision.explain()
    chaired = Meeting(kind=kind, date=date(2025, 3, 12), presided_by=H, attendees=(X, *attendees), non_voting=observers)
    assert "限于区长外出期间" not in attendance.check_meeting(rs, chaired).explain()


_DATED = {"signed_on": "2025-03-03", "printed_on": "2025-03-12", "published_on": "2025-03-20",
          "meeting": "EXECUTIVE", "meeting_date": "2025-03-03"}  # fmt: skip


@pytest.mark.parametrize(
    ("issuer", "signer", "found"),
    [
        pytest.param("GOVERNMENT", "DEPUTY", {"printing", "publication", "post_meeting_issue"},
                     id="53 以区政府名义印发: printing, publication and issue timed"),
        pytest.param("GOVERNMENT_OFFICE", "OFFICE_DIRECTOR", {"printing", "publication", "post_meeting_issue"},
                     id="53 以区政府办公室名义印发: timed"),
        pytest.param("DEPARTMENT", "DEPARTMENT_HEAD", set(), id="53 a department's own document: not timed"),
        pytest.param("TOWNSHIP", "TOWNSHIP_HEAD", set(), id="53 a township's own document: not timed"),
    ],
)  # fmt: skip
def test_53_periods_bind_documents_in_the_governments_or_offices_name(
    rs: Ruleset, issuer: str, signer: str, found: set[str]
) -> None:
    """五十三 「以区政府或区政府办公室名义印发的文件」: only these are timed (printing, publication, issue)."""
    record = {"type": "document", "id": "d", "kind": "NOTICE", "issuer": issuer, "addressee": "SUBORDINATES",
              "signed_by": signer, **_DATED}  # fmt: skip
    rules = {f.rule for f in audit(rs, [record, {**record, "id": "d2"}])}
    assert rules & {"printing", "publication", "post_meeting_issue"} == found


def test_53_periods_declare_the_documents_they_bind(rs: Ruleset) -> None:
    doc = Document(kind=DocumentKind.NOTICE, issuer=Issuer.DEPARTMENT, addressee=Addressee.SUBORDINATES)
    for rule_id in ("printing", "publication", "post_meeting_issue"):
        rule = rs.rule(rule_id)
        assert rule.documents is not None and not rule.documents.holds(doc), rule_id  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("rule_id", "legal"),
    [
        pytest.param(
            "government_composition", False, id="4 组成部门主要负责同志: not the 法制办's (not said 组成部门)"
        ),
        pytest.param("decisions_binding", False, id="57 组成人员: not the 法制办's"),
        pytest.param("speech_approval", False, id="57 组成人员 speaking for the government: not the 法制办's"),
        pytest.param("department_head_trip", True, id="59 各部门主要负责同志: the 法制办 is a 区政府 body"),
    ],
)
def test_legal_affairs_head_among_composing_department_heads(rs: Ruleset, rule_id: str, legal: bool) -> None:
    rule = rs.rule(rule_id)
    roles = getattr(rule, "who", None) or rule.when.role  # type: ignore[attr-defined]
    assert (LEGAL in roles) is legal
    assert AUDIT in roles and OD in roles


@pytest.mark.parametrize(
    "role", [X, D, DH], ids=["66 负责常务工作的副区长出访", "66 副区长出访", "66 部门主要负责同志出访"]
)
def test_66_visit_abroad_explained_as_needing_approval(rs: Ruleset, role: Role) -> None:
    """六十六 「出国（境）考察交流视工作按程序审批」: approval is required; who approves the text does not say."""
    text = attendance.check_leave(rs, _leave(role, LeaveKind.VISIT_ABROAD)).explain()
    assert "须按程序审批" in text and "审批人本规则未规定" in text


@pytest.mark.parametrize(
    ("approver", "finding"),
    [
        pytest.param(H, False, id="59 区政府领导同意: the 区长 is one"),
        pytest.param(X, False, id="59 区政府领导同意: the 负责常务工作的副区长 is one"),
        pytest.param(D, False, id="59 区政府领导同意: a 副区长 is one"),
        pytest.param(PGM, False, id="59 区政府领导同意: a 区政府党组成员 is one"),
        pytest.param(OD, True, id="59 区政府领导同意: the 办公室主任 is none"),
        pytest.param(FINANCE, True, id="59 区政府领导同意: another department head is none"),
    ],
)
def test_59_department_trip_approved_by_any_government_leader(rs: Ruleset, approver: Role, finding: bool) -> None:
    """五十九 「经区政府领导同意后报区委」: any of the 区政府领导 approves; the text names none in particular."""
    record = {"type": "leave", "id": "t", "role": "DEPARTMENT_HEAD", "kind": "TRIP", "start": "2025-03-10",
              "end": "2025-03-12", "requested_on": "2025-03-06", "approved_by": [approver.name],
              "notified": ["PARTY_COMMITTEE"]}  # fmt: skip
    assert ("leave_approvers" in {f.rule for f in audit(rs, [record])}) is finding


@pytest.mark.parametrize(
    ("approver", "meeting", "finding"),
    [
        pytest.param(H, "EXECUTIVE", False, id="46 向会议主持人请假: the 区长 may have chaired (七, 四十二)"),
        pytest.param(X, "EXECUTIVE", False, id="46 向会议主持人请假: the executive deputy may have chaired (九)"),
        pytest.param(D, "EXECUTIVE", True, id="46 向会议主持人请假: a 副区长 does not chair the 常务会议 (四十二)"),
        pytest.param(D, "TOPICAL", False, id="46 向会议主持人请假: a 副区长 may have chaired a 专题会议 (四十四)"),
        pytest.param(OD, "EXECUTIVE", True, id="46 向会议主持人请假: the 办公室主任 chairs none of the five"),
        pytest.param(DH, "TOPICAL", True, id="46 向会议主持人请假: a department head chairs none of the five"),
    ],
)
def test_46_leave_granted_by_one_who_may_have_chaired(rs: Ruleset, approver: Role, meeting: str, finding: bool) -> None:
    """四十六 「需向会议主持人请假」: the record does not say who chaired; one who could not have chaired that
    meeting (its composition rule: 四十至四十四, and 九) is a breach."""
    record = {"type": "leave", "id": "m", "role": "DEPARTMENT_HEAD", "kind": "MEETING_ABSENCE",
              "meeting": meeting, "start": "2025-03-12", "end": "2025-03-12", "requested_on": "2025-03-11",
              "approved_by": [approver.name]}  # fmt: skip
    assert ("leave_approvers" in {f.rule for f in audit(rs, [record])}) is finding
