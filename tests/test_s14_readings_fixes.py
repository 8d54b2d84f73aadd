"""Session 14: the faults rounds 11a and 11b found (tests/fidelity/readings/round11a.json, round11b.json), each a
kind fixed in every ruleset where it occurs.

- The same words read two ways: 「组成部门主要负责人」 at the 全体会议 (崆峒 四十 required the office director,
  西丰 四十 did not); 「按照…领导分工呈批」 (咸阳 四十九 and 西丰 五十一 accepted the head's approval,
  东川 31, 崆峒 50 and the district 57 did not).
- Two provisions naming different signers read two ways (西丰's articles and its annex 1): the minutes and the
  deputy default accepted either signer, the office's documents and the annex's (5) only the annex's.

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


# -- 西丰: the article and its annex name different signers; either satisfies the text ------------------------

XF = rulesets.load("xifeng-2022")


def _signed(doc: Document, signer: Role, authorizations: list[Authorization] | None = None) -> list[str]:
    reviewers = [r for r in signing.who_signs(XF, doc).reviewers if r is not signer]
    v = signing.check_signature(
        XF, doc, signed_by=signer, reviewed_by=reviewers, authorizations=authorizations or [], on=ON
    )
    return [x.rule for x in v.violations]


OFFICE_BUSINESS = Document(
    kind="NOTICE", issuer="GOVERNMENT_OFFICE", addressee="SUBORDINATES", matters=["OFFICE_BUSINESS"]
)  # type: ignore[arg-type]
OFFICE_FUNDS = Document(kind="NOTICE", issuer="GOVERNMENT_OFFICE", addressee="SUBORDINATES", matters=["FUNDS"])  # type: ignore[arg-type]
GOV_FUNDS = Document(kind="NOTICE", issuer="GOVERNMENT", addressee="SUBORDINATES", matters=["FUNDS"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("doc", "signer", "authorized", "breach"),
    [
        # 五十三（六） 由县政府分管领导同志签发 / 附件1 五(三)2(2) 由主任签发
        (OFFICE_BUSINESS, Role.OFFICE_DIRECTOR, False, False),
        (OFFICE_BUSINESS, Role.DEPUTY, False, False),
        (OFFICE_BUSINESS, Role.OFFICE_DEPUTY_DIRECTOR, False, True),
        # 五十三（六） / 附件1 五(三)1(5) 县政府办名义…涉及资金 → 县长
        (OFFICE_FUNDS, Role.HEAD, False, False),
        (OFFICE_FUNDS, Role.DEPUTY, False, False),
        (OFFICE_FUNDS, Role.OFFICE_DIRECTOR, False, True),
        # 五十三（五） 县长或县长授权负责日常工作的副县长 / 附件1 五(三)1(5) 县长
        (GOV_FUNDS, Role.HEAD, False, False),
        (GOV_FUNDS, Role.EXECUTIVE_DEPUTY, True, False),
        (GOV_FUNDS, Role.EXECUTIVE_DEPUTY, False, True),  # no authorization: a breach under both
        (GOV_FUNDS, Role.DEPUTY, False, True),  # neither names the 分管副县长 for (5)
    ],
    ids=lambda v: v.name if isinstance(v, Role) else None,
)
def test_xifeng_article_and_annex_either_signer(doc: Document, signer: Role, authorized: bool, breach: bool) -> None:
    assert ("signer" in _signed(doc, signer, HEAD_ONLY if authorized else None)) is breach


@pytest.mark.parametrize(
    ("matters", "addressee", "kind", "article"),
    [
        (["PERSONNEL"], "SUBORDINATES", "NOTICE", "第五十三条第（三）项"),  # 人事任免公文,由县长签发: the article too
        (["FUNDS", "PERSONNEL"], "SUBORDINATES", "NOTICE", "第五十三条第（三）项"),
        (["MAJOR"], "SUBORDINATES", "NOTICE", "第五十三条第（一）项"),  # 涉及重大方针、政策的事项,由县长签发
        (["FUNDS"], "HIGHER_GOVERNMENT", "REPORT", "第五十三条第（一）项"),  # 报市政府的报告: not 下发, not 53（五）
    ],
)
def test_xifeng_what_the_article_itself_gives_the_head_stays_his(
    matters: list[str], addressee: str, kind: str, article: str
) -> None:
    doc = Document(kind=kind, issuer="GOVERNMENT", addressee=addressee, matters=matters)  # type: ignore[arg-type]
    reviewers = [r for r in signing.who_signs(XF, doc).reviewers if r is not Role.EXECUTIVE_DEPUTY]
    v = signing.check_signature(
        XF, doc, signed_by=Role.EXECUTIVE_DEPUTY, reviewed_by=reviewers, authorizations=HEAD_ONLY, on=ON
    )
    (breach,) = [x for x in v.violations if x.rule == "signer"]
    assert breach.citation.short() == article


@pytest.mark.parametrize(
    ("doc", "said"),
    [
        (
            OFFICE_BUSINESS,
            [
                "县政府办公室主任或分管副县长签发",
                "第五十三条第（六）项",
                "附件1 五(三)2(2)",
                "按任一规定签发均符合本规则",
            ],
        ),
        (OFFICE_FUNDS, ["县长或分管副县长签发", "第五十三条第（六）项", "附件1 五(三)1(5)"]),
        (
            GOV_FUNDS,
            ["由县长签发", "经县长授权，可由负责日常工作的副县长签发", "第五十三条第（五）项", "附件1 五(三)1(5)"],
        ),
    ],
)
def test_xifeng_the_explanation_says_both_provisions_and_cites_both(doc: Document, said: list[str]) -> None:
    text = signing.who_signs(XF, doc).explain()
    for words in said:
        assert words in text, (words, text)
