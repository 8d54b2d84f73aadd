"""Session 14: the faults rounds 11a and 11b found (tests/fidelity/readings/round11a.json, round11b.json), each a
kind fixed in every ruleset where it occurs.

- The same words read two ways: 「组成部门主要负责人」 at the 全体会议 (崆峒 四十 required the office director,
  西丰 四十 did not); 「按照…领导分工呈批」 (咸阳 四十九 and 西丰 五十一 accepted the head's approval,
  东川 31, 崆峒 50 and the district 57 did not).
- Where 西丰's articles and its annex 1 name different signers: specific over general (DESIGN) wherever the two
  stand, either signer where both name the same documents (round 11b's three cases held at this answer:
  docs/interpretations/xifeng_2022.md body-and-annex).

Table rows name the ruleset and the article(s) they check.
"""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, rulesets, signing
from govrules.model import Authorization, Document, Meeting, Review, Role

ON = date(2025, 3, 3)
HEAD_ONLY = [
    Authorization(grantor=Role.HEAD, grantee=Role.EXECUTIVE_DEPUTY, start=date(2025, 1, 1), end=date(2025, 12, 31))
]


# -- 「组成部门主要负责人」: the office director a member under one reading only --------------------------------


@pytest.mark.parametrize(
    ("ruleset", "attendees"),
    [
        # 崆峒 四十 区政府全体会议由区长、副区长、区政府党组成员,区政府组成部门主要负责同志组成
        ("kongtong-2016", ["HEAD", "EXECUTIVE_DEPUTY", "DEPUTY", "PARTY_GROUP_MEMBER", "DEPARTMENT_HEAD"]),
        # 西丰 四十 县政府全体会议由县长、副县长和县政府组成部门的主要负责人组成
        ("xifeng-2022", ["HEAD", "EXECUTIVE_DEPUTY", "DEPUTY", "DEPARTMENT_HEAD"]),
    ],
)
@pytest.mark.parametrize("director", [False, True], ids=["director absent", "director present"])
def test_the_plenary_neither_requires_nor_refuses_the_office_director(
    ruleset: str, attendees: list[str], director: bool
) -> None:
    rs = rulesets.load(ruleset)
    meeting = Meeting(
        kind="PLENARY",
        date=ON,
        presided_by="HEAD",
        attendees=[*attendees, *(["OFFICE_DIRECTOR"] if director else [])],  # type: ignore[list-item]
    )
    d = attendance.check_meeting(rs, meeting)
    assert not [v for v in d.violations if v.rule == "meeting_composition"], d.violations


def test_kongtong_40_a_missing_department_head_is_still_a_breach() -> None:
    # 崆峒 四十: the 组成部门主要负责同志 are members under every reading
    rs = rulesets.load("kongtong-2016")
    meeting = Meeting(
        kind="PLENARY",
        date=ON,
        presided_by="HEAD",
        attendees=["HEAD", "EXECUTIVE_DEPUTY", "DEPUTY", "PARTY_GROUP_MEMBER", "OFFICE_DIRECTOR"],  # type: ignore[list-item]
    )
    (breach,) = [v for v in attendance.check_meeting(rs, meeting).violations if v.rule == "meeting_composition"]
    assert "部门主要负责同志" in breach.message and breach.citation.short().startswith("第四十条")


# -- 「按照…领导分工呈批」: the head approving is a breach under one reading only ---------------------------------


@pytest.mark.parametrize(
    ("ruleset", "kind", "article"),
    [
        ("dongchuan-2024", "REQUEST", "第三十一条第二款"),  # 按照区人民政府领导分工呈批…呈送…其他有关领导核批
        ("dongchuan-2024", "REPORT", "第三十一条第二款"),
        ("kongtong-2016", "REQUEST", "第五十条"),  # 按照区政府领导同志分工呈批 (十 区审计局在区长…领导下)
        ("district-xx", "REQUEST", "第五十七条"),  # 根据区政府领导同志分工呈送审批
        ("district-xx", "REPORT", "第五十七条"),
        ("xianyang-2013", "REQUEST", "第四十九条"),  # 按照市政府领导分工呈批 … 根据需要转请市政府其他领导核批
        ("xifeng-2022", "REQUEST", "第五十一条"),  # the same words, read so before
    ],
)
def test_the_head_may_approve_what_goes_by_portfolio(ruleset: str, kind: str, article: str) -> None:
    rs = rulesets.load(ruleset)
    doc = Document(kind=kind, issuer="DEPARTMENT", addressee="GOVERNMENT")  # type: ignore[arg-type]
    decision = signing.who_approves(rs, doc)
    assert decision.approver is Role.DEPUTY and Role.HEAD in decision.approvers
    assert any(c.short().startswith(article) for c in decision.citations)
    opinion = "圈阅" if kind == "REPORT" else "签署意见"
    assert not [
        v for v in signing.check_approval(rs, doc, Review(Role.HEAD, opinion)).violations if v.rule == "approver"
    ]
    wrong = signing.check_approval(rs, doc, Review(Role.OFFICE_DIRECTOR, opinion)).violations
    assert [v.rule for v in wrong if v.rule == "approver"] == ["approver"]  # not a leader: still a breach


# -- 西丰: the article and its annex meet: specific over general; either signer where both are of the same documents


XF = rulesets.load("xifeng-2022")


def _signed(doc: Document, signer: Role, authorizations: list[Authorization] | None = None) -> list[tuple[str, str]]:
    reviewers = [r for r in signing.who_signs(XF, doc).reviewers if r is not signer]
    v = signing.check_signature(
        XF, doc, signed_by=signer, reviewed_by=reviewers, authorizations=authorizations or [], on=ON
    )
    return [(x.rule, x.citation.short()) for x in v.violations if x.rule == "signer"]


def _doc(issuer: str, kind: str = "NOTICE", **fields: object) -> Document:
    return Document(kind=kind, issuer=issuer, addressee="SUBORDINATES", **fields)  # type: ignore[arg-type]


OFFICE_BUSINESS = _doc("GOVERNMENT_OFFICE", matters=["OFFICE_BUSINESS"])
OFFICE_FUNDS = _doc("GOVERNMENT_OFFICE", matters=["FUNDS"])
GOV_FUNDS = _doc("GOVERNMENT", matters=["FUNDS"])
GOV_ORDINARY = _doc("GOVERNMENT")
EXECUTIVE_MINUTES = _doc("GOVERNMENT", kind="MINUTES", meeting="EXECUTIVE", presided_by="EXECUTIVE_DEPUTY")


@pytest.mark.parametrize(
    ("doc", "signer", "authorized", "breach"),
    [
        # 附件1 五(三)2(2) 属于县政府办公室职责范围内的文件…由主任签发, of a part of 五十三（六）'s office documents
        (OFFICE_BUSINESS, Role.OFFICE_DIRECTOR, False, None),
        (OFFICE_BUSINESS, Role.DEPUTY, False, "附件1 五(三)2(2)"),
        (OFFICE_BUSINESS, Role.OFFICE_DEPUTY_DIRECTOR, False, "附件1 五(三)2(2)"),
        # 附件1 五(三)1(5) 以县政府或县政府办名义制发…凡涉及资金…的公文 → 县长, of a part of 五十三（五）（六）'s
        (OFFICE_FUNDS, Role.HEAD, False, None),
        (OFFICE_FUNDS, Role.DEPUTY, False, "附件1 五(三)1(5)"),
        (GOV_FUNDS, Role.HEAD, False, None),
        (GOV_FUNDS, Role.EXECUTIVE_DEPUTY, True, "附件1 五(三)1(5)"),  # 53（五）'s authorization gives way to (5)
        (GOV_FUNDS, Role.DEPUTY, False, "附件1 五(三)1(5)"),
        # the same documents in both: 附件1 五(三)1 除县长签发的文件以外的发文 / 五十三（五） (deputy-default)
        (GOV_ORDINARY, Role.DEPUTY, False, None),
        (GOV_ORDINARY, Role.HEAD, False, None),
        (GOV_ORDINARY, Role.EXECUTIVE_DEPUTY, True, None),
        # 四十五 / 附件1 五(三)1(3) 政府常务会议纪要, word for word the same minutes (minutes-signer)
        (EXECUTIVE_MINUTES, Role.HEAD, False, None),
        (EXECUTIVE_MINUTES, Role.EXECUTIVE_DEPUTY, False, None),
    ],
    ids=lambda v: v.name if isinstance(v, Role) else None,
)
def test_xifeng_article_and_annex(doc: Document, signer: Role, authorized: bool, breach: str | None) -> None:
    got = _signed(doc, signer, HEAD_ONLY if authorized else None)
    assert got == ([] if breach is None else [("signer", breach)])


@pytest.mark.parametrize(
    ("matters", "addressee", "kind", "article"),
    [
        (["PERSONNEL"], "SUBORDINATES", "NOTICE", "第五十三条第（三）项"),  # 人事任免公文,由县长签发: the article too
        (["FUNDS", "PERSONNEL"], "SUBORDINATES", "NOTICE", "第五十三条第（三）项"),
        (["MAJOR"], "SUBORDINATES", "NOTICE", "第五十三条第（一）项"),  # 涉及重大方针、政策的事项,由县长签发
        (["FUNDS"], "HIGHER_GOVERNMENT", "REPORT", "第五十三条第（一）项"),  # 报市政府的报告
    ],
)
def test_xifeng_what_the_article_itself_gives_the_head_is_cited_to_the_article(
    matters: list[str], addressee: str, kind: str, article: str
) -> None:
    doc = Document(kind=kind, issuer="GOVERNMENT", addressee=addressee, matters=matters)  # type: ignore[arg-type]
    assert _signed(doc, Role.EXECUTIVE_DEPUTY, HEAD_ONLY) == [("signer", article)]
