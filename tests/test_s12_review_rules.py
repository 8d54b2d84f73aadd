"""Session 12: a review another article adds to whichever rule says who signs (`ReviewRule`).

西丰 第二十一条第二款 「以县政府和县政府办公室名义制定的行政规范性文件,由县司法局负责合法性审查」 and 崆峒 十九 ¶3
「区政府法制机构要严格合法性审查」 name a review that none of the signing articles' flows names (round 8, R8-XF-12,
R8-XF-29, R8-KT-29). Each row names its ruleset and article.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _spaces import sampled_documents
from govrules import rulesets, signing
from govrules.audit import audit_lines
from govrules.model import Addressee, Document, DocumentKind, Issuer, Matter, Role
from govrules.receipts import decide
from govrules.rules import ReviewRule
from govrules.whatif import apply_changes, diff

XF, KT, DC = (rulesets.load(r) for r in ("xifeng-2022", "kongtong-2016", "dongchuan-2024"))


def _doc(
    issuer: Issuer, *matters: Matter, kind: DocumentKind = DocumentKind.NOTICE, to: Addressee | None = None
) -> Document:
    return Document(kind=kind, issuer=issuer, addressee=to, matters=frozenset(matters))


# (ruleset, document, the review added or None) — the article is the id
ADDED = [
    pytest.param(XF, _doc(Issuer.GOVERNMENT, Matter.NORMATIVE), Role.JUSTICE_BUREAU_HEAD, id="二十一 ¶2 县政府 通知"),
    pytest.param(XF, _doc(Issuer.GOVERNMENT, Matter.NORMATIVE, kind=DocumentKind.DECISION), Role.JUSTICE_BUREAU_HEAD,
                 id="二十一 ¶2 县政府 决定 (五十三(二) 县长签发)"),
    pytest.param(XF, _doc(Issuer.GOVERNMENT, Matter.NORMATIVE, Matter.FUNDS), Role.JUSTICE_BUREAU_HEAD,
                 id="二十一 ¶2 with 附件1 五(三)1(5) 资金: 县长's flow"),
    pytest.param(XF, _doc(Issuer.GOVERNMENT_OFFICE, Matter.NORMATIVE), Role.JUSTICE_BUREAU_HEAD,
                 id="二十一 ¶2 县政府办公室名义"),
    pytest.param(XF, _doc(Issuer.GOVERNMENT), None, id="二十一 ¶2 not a normative document"),
    pytest.param(XF, _doc(Issuer.GOVERNMENT, Matter.NORMATIVE, kind=DocumentKind.REQUEST,
                          to=Addressee.HIGHER_GOVERNMENT), None,
                 id="二十一 ¶2 a 请示 on a normative matter is not one (normative-document-kinds)"),
    pytest.param(XF, _doc(Issuer.GOVERNMENT, Matter.NORMATIVE, kind=DocumentKind.OPINION), Role.JUSTICE_BUREAU_HEAD,
                 id="二十一 ¶2 县政府 意见"),
    pytest.param(XF, _doc(Issuer.DEPARTMENT, Matter.NORMATIVE), None, id="二十一 ¶2 a department's: not named"),
    pytest.param(KT, _doc(Issuer.GOVERNMENT, Matter.NORMATIVE, to=Addressee.SUBORDINATES), Role.LEGAL_AFFAIRS_HEAD,
                 id="十九 ¶3 区政府 下行文"),
    pytest.param(KT, _doc(Issuer.GOVERNMENT, Matter.NORMATIVE, to=Addressee.HIGHER_GOVERNMENT), Role.LEGAL_AFFAIRS_HEAD,
                 id="十九 ¶3 区政府 上行文 (五十二 区长签发)"),
    pytest.param(KT, _doc(Issuer.GOVERNMENT, to=Addressee.SUBORDINATES), None, id="十九 ¶3 not a normative document"),
]  # fmt: skip


@pytest.mark.parametrize(("rs", "doc", "added"), ADDED)
def test_the_review_is_added_to_whoever_signs(rs: Any, doc: Document, added: Role | None) -> None:
    d = signing.who_signs(rs, doc)
    if added is None:
        assert d.review_acts == ()
        return
    assert d.reviewers[-1] is added and added in d.unordered_reviewers
    assert d.review_acts == ((added, "合法性审查"),)
    assert rs.rule("normative_legality_review").citation in d.citations
    assert f"{rs.name(added)}合法性审查" in d.explain()


def test_21_2_a_normative_document_signed_without_the_justice_bureau_is_a_breach_of_21_2() -> None:
    doc = _doc(Issuer.GOVERNMENT, Matter.NORMATIVE)
    chain = [Role.DEPARTMENT_HEAD, Role.OFFICE_CLERK, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR]
    v = signing.check_signature(XF, doc, Role.DEPUTY, reviewed_by=chain)
    assert [(x.rule, x.citation.short(), x.message) for x in v.violations] == [
        ("reviewers", "第二十一条第二款", "签发前缺少县司法局局长合法性审查")
    ]
    # the review anywhere before the signature: no breach, the annex's chain still in its order
    for at in range(len(chain) + 1):
        assert signing.check_signature(XF, doc, Role.DEPUTY, [*chain[:at], Role.JUSTICE_BUREAU_HEAD, *chain[at:]]).ok
    swapped = [Role.JUSTICE_BUREAU_HEAD, Role.OFFICE_CLERK, Role.DEPARTMENT_HEAD, *chain[2:]]
    v = signing.check_signature(XF, doc, Role.DEPUTY, reviewed_by=swapped)
    assert [x.message for x in v.violations] == [
        "审核顺序不符：签发前应依次经部门主要负责人、联系该项工作的文秘人员、县政府办公室联系副主任、县政府办公室主任审核，"
        "实际依次经县司法局局长、联系该项工作的文秘人员、部门主要负责人、县政府办公室联系副主任、县政府办公室主任审核"
    ]


def test_19_3_kongtong_missing_legality_review_cited_to_19_3() -> None:
    doc = _doc(Issuer.GOVERNMENT, Matter.NORMATIVE, to=Addressee.SUBORDINATES)
    v = signing.check_signature(KT, doc, Role.DEPUTY)
    assert [(x.citation.short(), x.message) for x in v.violations] == [
        ("第十九条第三款", "签发前缺少区政府法制办公室主要负责同志合法性审查")
    ]
    assert signing.check_signature(KT, doc, Role.DEPUTY, reviewed_by=[Role.LEGAL_AFFAIRS_HEAD]).ok


def test_31_dongchuan_keeps_its_own_chain_of_two_in_any_order() -> None:
    # 东川 第三十一条 with 第三十三条第一款: the 司法局's review is a step of normative_by_head's chain, not added
    d = signing.who_signs(DC, _doc(Issuer.GOVERNMENT, Matter.NORMATIVE))
    assert d.review_acts == ()
    assert set(d.unordered_reviewers) == set(d.reviewers) == {Role.JUSTICE_BUREAU_HEAD, Role.DEPUTY}


def test_21_2_the_audit_reports_the_missing_review_citing_21_2() -> None:
    record = {"type": "document", "id": "D1", "kind": "通知", "issuer": "以县政府名义", "matters": ["行政规范性文件"],
              "signed_by": "分管副县长", "signed_on": "2025-03-05",
              "reviewed_by": ["部门主要负责人", "联系该项工作的文秘人员", "县政府办公室联系副主任",
                              "县政府办公室主任"]}  # fmt: skip
    found = [f for f in audit_lines(XF, [json.dumps(record, ensure_ascii=False)]) if f.rule == "reviewers"]
    assert [(f.citation.short() if f.citation else None, f.message) for f in found] == [
        ("第二十一条第二款", "签发前缺少县司法局局长合法性审查")
    ]
    record["reviewed_by"] = ["县司法局局长", *record["reviewed_by"]]
    assert not [f for f in audit_lines(XF, [json.dumps(record, ensure_ascii=False)]) if f.rule == "reviewers"]


def test_21_2_the_receipt_says_which_reviews_are_in_no_fixed_place() -> None:
    receipt = decide("signing", XF, {"kind": "通知", "issuer": "县政府", "matters": ["行政规范性文件"]})
    answer = receipt["answer"]
    assert answer["unordered_reviewers"] == [{"id": "JUSTICE_BUREAU_HEAD", "label": "县司法局局长"}]
    assert answer["review_acts"] == [[{"id": "JUSTICE_BUREAU_HEAD", "label": "县司法局局长"}, "合法性审查"]]


def test_21_2_a_what_if_without_the_review_changes_exactly_the_normative_documents() -> None:
    variant = apply_changes(XF, [{"rule": "normative_legality_review", "reviewers": []}])
    changes = diff(XF, variant).signing
    assert changes
    for c in changes:
        assert Matter.NORMATIVE in c.document.matters and c.document.issuer in {
            Issuer.GOVERNMENT,
            Issuer.GOVERNMENT_OFFICE,
        }
        assert Role.JUSTICE_BUREAU_HEAD not in c.variant.reviewers


@pytest.mark.parametrize("rid", rulesets.available())
def test_every_review_rule_that_applies_is_in_the_decision(rid: str) -> None:
    """Invariant: for every document of the space, each applicable review rule's reviewers review it (or sign
    it), after the deciding rule's chain, in no fixed place; the compiled answer and the reference agree."""
    rs = rulesets.load(rid)
    for doc in sampled_documents(rs, 600):
        try:
            d = signing.who_signs(rs, doc)
        except Exception:
            continue
        assert signing._decide_each(rs, doc) == d
        for rule in rs.select(ReviewRule, doc)[1]:
            for r in rule.reviewers:
                assert r in d.reviewers or r in d.signers
        for r, _ in d.review_acts:
            assert r in d.unordered_reviewers and r in dict(d.reviewer_cites)


@settings(max_examples=60, deadline=None)
@given(st.permutations([Role.DEPARTMENT_HEAD, Role.OFFICE_CLERK, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR]),
       st.integers(0, 4))  # fmt: skip
def test_21_2_only_the_chain_order_is_checked(chain: list[Role], at: int) -> None:
    doc = _doc(Issuer.GOVERNMENT, Matter.NORMATIVE)
    v = signing.check_signature(XF, doc, Role.DEPUTY, [*chain[:at], Role.JUSTICE_BUREAU_HEAD, *chain[at:]])
    in_order = chain == [Role.DEPARTMENT_HEAD, Role.OFFICE_CLERK, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR]
    assert v.ok == in_order


def test_21_2_a_missing_review_names_the_rule_that_requires_it() -> None:
    """review s12 #11: the breach's `source` is the review rule (the audit's JSON says it), the chain's the rule's."""
    doc = _doc(Issuer.GOVERNMENT, Matter.NORMATIVE)
    v = signing.check_signature(XF, doc, Role.DEPUTY)
    assert {(x.citation.short(), x.source) for x in v.violations} == {
        ("附件1 五(三)1", signing.who_signs(XF, doc).rule),
        ("第二十一条第二款", "normative_legality_review"),
    }


def test_21_2_a_record_may_name_the_bureau_as_the_text_does() -> None:
    """review s12 #8: 「县司法局」 (二十一 ¶2), 「区政府法制机构」 (崆峒 十九 ¶3) are read as the role acting
    for them."""
    assert XF.read_role("县司法局") is Role.JUSTICE_BUREAU_HEAD
    assert KT.read_role("区政府法制机构") is Role.LEGAL_AFFAIRS_HEAD
    assert DC.read_role("区人民政府司法行政部门") is Role.JUSTICE_BUREAU_HEAD
    chain = ["县司法局", "部门主要负责人", "联系该项工作的文秘人员", "县政府办公室联系副主任", "县政府办公室主任"]
    record = {"type": "document", "id": "D1", "kind": "通知", "issuer": "以县政府名义", "matters": ["行政规范性文件"],
              "signed_by": "分管副县长", "signed_on": "2025-03-05", "reviewed_by": chain}  # fmt: skip
    assert list(audit_lines(XF, [json.dumps(record, ensure_ascii=False)])) == []
