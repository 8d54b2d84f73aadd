"""Round 5: signing and routing read across the five texts (who signs, who reviews first, seals).

Each row names its ruleset and the article it checks. The rows guard the rules this round changed:
district-xx 六十四's 区长印章 (`head_seal`), 东川 三十三 ¶2's 一般事项 (`government_by_deputy`) and 三十三 ¶1 with
三十一 (`normative_by_head`, `motion_by_head`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from govrules import rulesets, signing
from govrules.audit import audit
from govrules.model import Authorization, Document, Review, Role

_HEAD_SEAL_AUTH = {"grantor": "HEAD", "grantee": "OFFICE_DIRECTOR", "start": "2025-01-01", "end": "2025-12-31"}
_DEPUTY_SEAL_AUTH = {"grantor": "DEPUTY", "grantee": "OFFICE_DIRECTOR", "start": "2025-01-01", "end": "2025-12-31"}
_GOV_NOTICE = {"kind": "NOTICE", "issuer": "GOVERNMENT", "addressee": "SUBORDINATES"}
_OFFICE_NOTICE = {"kind": "NOTICE", "issuer": "GOVERNMENT_OFFICE", "addressee": "SUBORDINATES"}


@pytest.mark.parametrize(
    ("ruleset", "article", "record", "findings"),
    [
        pytest.param("district-xx", 64, {**_GOV_NOTICE, "seal": "区长印章", "seal_approved_by": "DEPUTY"},
                     ["seal_approval"], id="xx 64 区长印章: a 副区长 may not consent"),
        pytest.param("district-xx", 64, {**_GOV_NOTICE, "seal": "区长印章", "seal_approved_by": "HEAD"},
                     [], id="xx 64 区长印章: the 区长 consents"),
        pytest.param("district-xx", 64, {**_OFFICE_NOTICE, "seal": "区长印章", "seal_approved_by": "OFFICE_DIRECTOR",
                                         "authorizations": [_HEAD_SEAL_AUTH]},
                     [], id="xx 64 区长印章: the office director on the 区长's authorization, whatever the document"),
        pytest.param("district-xx", 64, {**_GOV_NOTICE, "seal": "区长印章", "seal_approved_by": "OFFICE_DIRECTOR"},
                     ["seal_approval"], id="xx 64 区长印章: the office director without an authorization"),
        pytest.param("district-xx", 64, {**_GOV_NOTICE, "seal": "区长印章", "seal_approved_by": "OFFICE_DIRECTOR",
                                         "authorizations": [_DEPUTY_SEAL_AUTH]},
                     ["seal_approval"], id="xx 64 区长印章: a 副区长's authorization is not the 区长's"),
        pytest.param("district-xx", 64, {**_GOV_NOTICE, "seal": "区长印章",
                                         "seal_approved_by": "OFFICE_DEPUTY_DIRECTOR"},
                     ["seal_approval"], id="xx 64 区长印章: the office's deputy director may not consent"),
        pytest.param("dongchuan-2024", 33, {**_GOV_NOTICE, "signed_by": "HEAD"},
                     [], id="dc 33¶2 一般事项 signed by the 区长: 重大事项 is an open class (等), no breach"),
        pytest.param("dongchuan-2024", 33, {**_GOV_NOTICE, "signed_by": "OFFICE_DIRECTOR"},
                     ["signer"], id="dc 33¶2 一般事项 signed by the office director: still a breach"),
        pytest.param("dongchuan-2024", 33, {**_GOV_NOTICE, "matters": ["FUNDS"], "signed_by": "DEPUTY"},
                     ["signer"], id="dc 33¶2 财政支出 signed by the 分管副区长: the 区长 signs (unchanged)"),
        pytest.param("dongchuan-2024", 33, {**_GOV_NOTICE, "matters": ["NORMATIVE"], "signed_by": "HEAD",
                                            "reviewed_by": ["DEPUTY", "JUSTICE_BUREAU_HEAD"]},
                     [], id="dc 33¶1+31 规范性文件: 分管领导把关 then 司法局审核, either order"),
        # the missing review is 31's (r6-audit: cited to the article that requires it)
        pytest.param("dongchuan-2024", 31, {**_GOV_NOTICE, "matters": ["NORMATIVE"], "signed_by": "HEAD",
                                            "reviewed_by": ["DEPUTY"]},
                     ["reviewers"], id="dc 33¶1+31 规范性文件 without the 司法局's review: a breach"),
    ],
)  # fmt: skip
def test_audit_reads_the_text(ruleset: str, article: int, record: dict[str, Any], findings: list[str]) -> None:
    rs = rulesets.load(ruleset)
    row = {"type": "document", "id": "d1", "signed_on": "2025-03-03", **record}
    found = list(audit(rs, [row]))
    assert [f.rule for f in found] == findings
    assert all(f.citation is not None and f.citation.article == article for f in found)


@pytest.mark.parametrize(
    ("ruleset", "article", "document", "signed_by", "reviewed_by", "violations"),
    [
        pytest.param("dongchuan-2024", 33, _GOV_NOTICE, "HEAD", [], [], id="dc 33¶2 the 区长 signs a general notice"),
        pytest.param("dongchuan-2024", 33, {**_GOV_NOTICE, "kind": "DECISION", "matters": ["PERSONNEL"]}, "HEAD", [],
                     [], id="dc 33¶2 人事任免 (not listed as 重大 nor as 一般): the 区长's signature is no breach"),
        pytest.param("dongchuan-2024", 33, _GOV_NOTICE, "DEPUTY", [], [], id="dc 33¶2 the 分管副区长 signs"),
        pytest.param("dongchuan-2024", 33, {**_GOV_NOTICE, "matters": ["NORMATIVE"]}, "HEAD",
                     ["JUSTICE_BUREAU_HEAD", "DEPUTY"], [], id="dc 33¶1+31 司法局 then 分管领导"),
        pytest.param("dongchuan-2024", 33, {**_GOV_NOTICE, "matters": ["NORMATIVE"]}, "HEAD",
                     ["DEPUTY", "JUSTICE_BUREAU_HEAD"], [], id="dc 33¶1+31 分管领导 then 司法局: no order is fixed"),
    ],
)  # fmt: skip
def test_who_may_sign(
    ruleset: str,
    article: int,
    document: dict[str, Any],
    signed_by: str,
    reviewed_by: list[str],
    violations: list[str],
) -> None:
    rs = rulesets.load(ruleset)
    verdict = signing.check_signature(
        rs, Document(**document), Role[signed_by], reviewed_by=[Review(Role[r]) for r in reviewed_by]
    )
    assert [v.rule for v in verdict.violations] == violations
    assert any(c.article == article for c in verdict.decision.citations)


@pytest.mark.parametrize(
    ("ruleset", "article", "document", "said", "not_said"),
    [
        pytest.param("dongchuan-2024", 33, {**_GOV_NOTICE, "kind": "DECISION", "matters": ["NORMATIVE"]},
                     "此决定由区长签署", "依次经区司法局负责人",
                     id="dc 33¶1 「由区长签署」; 31's review in no fixed order"),
        pytest.param("dongchuan-2024", 33, {"kind": "MOTION", "issuer": "GOVERNMENT", "addressee": "PEOPLES_CONGRESS"},
                     "此议案由区长签署", "此议案由区长签发", id="dc 33¶1 议案 「由区长签署」"),
        pytest.param("dongchuan-2024", 33, _GOV_NOTICE, "区长签发亦不视为违规", "此通知由副区长签发。",
                     id="dc 33¶2 the explanation says why the 区长 may sign"),
    ],
)  # fmt: skip
def test_explanation_words(ruleset: str, article: int, document: dict[str, Any], said: str, not_said: str) -> None:
    decision = signing.who_signs(rulesets.load(ruleset), Document(**document))
    text = decision.explain()
    assert said in text and not_said not in text
    assert any(c.article == article for c in decision.citations)


def test_head_seal_is_checked_by_the_seal_named_not_given_to_documents() -> None:
    # district-xx 六十四 区长印章,须经区长或区长授权区政府办公室主任同意方可用印: which documents bear it is not said
    rs = rulesets.load("district-xx")
    notice = Document(**_GOV_NOTICE)
    assert signing.who_signs(rs, notice).seal == "区政府印章"
    verdict = signing.check_seal(rs, notice, Role.DEPUTY, seal="区长印章")
    assert [(v.rule, v.citation.article) for v in verdict.violations] == [("seal_approval", 64)]
    year = (date(2025, 1, 1), date(2025, 12, 31))
    grant = Authorization(grantor=Role.HEAD, grantee=Role.OFFICE_DIRECTOR, start=year[0], end=year[1])
    assert signing.check_seal(rs, notice, Role.OFFICE_DIRECTOR, [grant], on=date(2025, 3, 3), seal="区长印章").ok
    assert signing.check_seal(rs, notice, Role.DEPUTY, seal="区政府印章").ok  # the 区政府印章: any 副区长
