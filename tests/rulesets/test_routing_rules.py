"""Routing rules (行文规则, `RoutingRule`): a document the text forbids sending so is a breach whoever signs it.

district-xx 第五十六条第四款: 「区政府议事协调机构、临时机构、行业协会和部门内设、管理机构等,
不得直接向区政府报送公文。确需向区政府请示报告的,应当由其主管部门向区政府报文。」
(interpretation `coordination-body-routing`).
"""

from __future__ import annotations

from datetime import date

import pytest

from govrules import rulesets, signing
from govrules.audit import audit
from govrules.errors import InvalidInput, NoApplicableRule
from govrules.model import Addressee, Document, DocumentKind, Issuer
from govrules.rules import Citation, DocumentIs, RoutingRule
from govrules.whatif import remove_rule
from govrules.workdays import china

XX = "district-xx"
RULE = "coordination_body_not_to_government"
MESSAGE = "区政府议事协调机构不得直接向区政府报送公文；确需向区政府请示报告的,应当由其主管部门向区政府报文"

# ruleset, kind, issuer, addressee, breaches 56 ¶4
CASES = [
    (XX, DocumentKind.REQUEST, Issuer.COORDINATION_BODY, Addressee.GOVERNMENT, True),  # 56¶4 请示 straight to 区政府
    (XX, DocumentKind.REPORT, Issuer.COORDINATION_BODY, Addressee.GOVERNMENT, True),  # 56¶4 报告 too: 「报送公文」
    (XX, DocumentKind.NOTICE, Issuer.COORDINATION_BODY, Addressee.GOVERNMENT, True),  # 56¶4 any 公文
    (XX, DocumentKind.NOTICE, Issuer.COORDINATION_BODY, Addressee.SUBORDINATES, False),  # 56¶4 names the 区政府 only
    (XX, DocumentKind.REQUEST, Issuer.COORDINATION_BODY, None, False),  # 56¶4 addressee not on record: not certain
    (XX, DocumentKind.REQUEST, Issuer.DEPARTMENT, Addressee.GOVERNMENT, False),  # 56¶4 「由其主管部门…报文」: allowed
    ("xifeng-2022", DocumentKind.REQUEST, Issuer.COORDINATION_BODY, Addressee.GOVERNMENT, False),  # 西丰 五十四: 乡镇
    ("dongchuan-2024", DocumentKind.REQUEST, Issuer.COORDINATION_BODY, Addressee.GOVERNMENT, False),  # 东川 33¶5
]


@pytest.mark.parametrize(("rid", "kind", "issuer", "addressee", "breach"), CASES)
def test_routing_article_56_paragraph_4(
    rid: str, kind: DocumentKind, issuer: Issuer, addressee: Addressee | None, breach: bool
) -> None:
    rs = rulesets.load(rid)
    found = signing.routing(rs, Document(kind=kind, issuer=issuer, addressee=addressee))
    if not breach:
        assert found == ()
        return
    (v,) = found
    assert v.rule == "routing" and v.source == RULE
    assert v.citation == Citation(XX, 56, paragraph=4)
    assert v.message == MESSAGE


def test_who_signs_refusal_says_it_may_not_be_sent_so() -> None:
    """56 ¶4: no rule says who signs such a document because it may not be sent; the refusal says so, not only
    that the text is silent."""
    rs = rulesets.load(XX)
    doc = Document(kind=DocumentKind.REQUEST, issuer=Issuer.COORDINATION_BODY, addressee=Addressee.GOVERNMENT)
    for _ in range(2):  # the first answer, and the one remembered
        with pytest.raises(NoApplicableRule) as caught:
            signing.who_signs(rs, doc)
        assert caught.value.zh.endswith(
            "此公文不得如此报送：区政府议事协调机构不得直接向区政府报送公文；确需向区政府请示报告的,应当由其主管部门向区政府报文"
            "（第五十六条第四款）"
        )
        assert "it may not be sent so (第五十六条第四款" in str(caught.value)
    other = Document(kind=DocumentKind.NOTICE, issuer=Issuer.COORDINATION_BODY, addressee=Addressee.SUBORDINATES)
    with pytest.raises(NoApplicableRule) as caught:
        signing.who_signs(rs, other)
    assert "不得如此报送" not in caught.value.zh


def _log(addressee: str | None, n: int) -> list[dict[str, object]]:
    extra = {"addressee": addressee} if addressee else {}
    return [
        {"type": "document", "id": f"d{i}", "kind": "请示", "issuer": "议事协调机构", "signed_by": "区长",
         "signed_on": date(2025, 3, 3 + i).isoformat(), **extra}
        for i in range(n)
    ]  # fmt: skip


def test_the_audit_reports_each_record_56_paragraph_4() -> None:
    rs = rulesets.load(XX)
    cal = china()
    records = _log("本级政府", 5) + _log("下级", 3) + _log(None, 2) + _log("本级政府", 4)
    found = [f for f in audit(rs, records, calendar=cal) if f.rule == "routing"]
    # each of the nine records addressed to the 区政府 (the first of its situation and those remembered), no other
    assert [f.record_id for f in found] == [f"d{i}" for i in range(5)] + [f"d{i}" for i in range(4)]
    assert {f.citation for f in found} == {Citation(XX, 56, paragraph=4)}
    assert {f.severity for f in found} == {"error"}


def test_without_the_rule_nothing_is_reported() -> None:
    """A what-if is a changed ruleset: 56 ¶4 removed, the same log has no routing finding."""
    rs = remove_rule(rulesets.load(XX), RULE)
    assert not [f for f in audit(rs, _log("本级政府", 3), calendar=china()) if f.rule == "routing"]


def test_a_routing_rule_says_what_is_forbidden() -> None:
    cite = Citation(XX, 56, paragraph=4)
    with pytest.raises(InvalidInput, match="forbidden"):
        RoutingRule(id="r", when=DocumentIs(issuer=Issuer.COORDINATION_BODY), forbidden=" ", cite=cite)
    rule = RoutingRule(id="r", when=DocumentIs(issuer=Issuer.COORDINATION_BODY), forbidden="不得", cite=cite)
    assert rule.message() == "不得"


def test_routing_refuses_arguments_of_the_wrong_type() -> None:
    with pytest.raises(InvalidInput):
        signing.routing(rulesets.load(XX), "请示")  # type: ignore[arg-type]


def test_the_what_if_diff_sees_56_paragraph_4_removed() -> None:
    """A what-if without 56 ¶4: every document in a 议事协调机构's name to the 区政府, and no other, changes."""
    from govrules.whatif import changes_anything, diff

    rs = rulesets.load(XX)
    variant = remove_rule(rs, RULE)
    assert changes_anything(rs, variant) and not changes_anything(rs, rs.evolve())
    d = diff(rs, variant)
    assert {(c.document.issuer, c.document.addressee) for c in d.signing} == {
        (Issuer.COORDINATION_BODY, Addressee.GOVERNMENT)
    }
    assert all(c.baseline.forbidden == (MESSAGE,) and c.variant.forbidden == () for c in d.signing)
    assert f"现行：不得如此报送（{MESSAGE}），无适用规则" in d.explain()
