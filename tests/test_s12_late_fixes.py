"""Session 12, the trial's findings fixed late: each row names its ruleset and article."""

from __future__ import annotations

import json

import pytest

from govrules import rulesets, signing
from govrules.audit import audit_lines
from govrules.audit.report import unchecked_text
from govrules.errors import NoApplicableRule
from govrules.model import Addressee, Document, DocumentKind, Issuer, Matter
from govrules.rules import SigningRule


def test_52_kongtong_a_document_without_its_addressee_is_refused_asking_for_it() -> None:
    """崆峒 五十二 decides who signs a 区政府 document by its direction (上行文 / 平行文和下行文): one without 主送 is
    not one the text is silent on."""
    rs = rulesets.load("kongtong-2016")
    doc = Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT, matters=frozenset({Matter.NORMATIVE}))
    assert signing.decided_by_addressee(rs, doc)
    with pytest.raises(NoApplicableRule) as e:
        signing.who_signs(rs, doc)
    assert "按主送（行文方向）规定" in e.value.zh and "请写明" in e.value.zh and "未规定" not in e.value.zh
    assert "depends on its addressee" in str(e.value)
    # with one, answered; a document no addressee would help is refused as before
    assert signing.who_signs(rs, Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT,
                                          addressee=Addressee.SUBORDINATES)).signer  # fmt: skip
    silent = Document(kind=DocumentKind.COMMUNIQUE, issuer=Issuer.DEPARTMENT)
    assert not signing.decided_by_addressee(rs, silent)


def test_52_kongtong_the_audit_says_the_addressee_is_not_on_record() -> None:
    rs = rulesets.load("kongtong-2016")
    record = {"type": "document", "id": "K3", "kind": "通知", "issuer": "区政府", "signed_by": "副区长",
              "signed_on": "2025-03-05"}  # fmt: skip
    run = audit_lines(rs, [json.dumps(record, ensure_ascii=False)])
    assert list(run) == []
    said = [unchecked_text(rs, k) for k in run.summary.unchecked]
    assert any(s and s.startswith("签发人") and "记录未载明主送" in s for s in said), said


def test_the_audit_names_the_ways_to_a_year_without_data() -> None:
    rs = rulesets.load("xifeng-2022")
    record = {"type": "countersign", "id": "C1", "requested_on": "2031-03-05"}
    (found,) = list(audit_lines(rs, [json.dumps(record)]))
    assert found.rule == "invalid_record"
    assert "--provisional" in found.message and "calendar add" in found.message


@pytest.mark.parametrize("rid", rulesets.available())
def test_decided_by_addressee_is_the_plain_definition(rid: str) -> None:
    """Compiled (one mask without the addressee's test) against the definition: no signing rule covers the
    document as it is, and some would with some addressee given; over a sample of each ruleset's space."""
    import attrs

    from _spaces import sampled_documents

    rs = rulesets.load(rid)
    seen = {True: 0, False: 0}
    for doc in sampled_documents(rs, 3000):
        doc = attrs.evolve(doc, addressee=None)
        covered = bool(rs.select_each(SigningRule, doc)[0])
        plain = not covered and any(rs.select_each(SigningRule, attrs.evolve(doc, addressee=a))[0] for a in Addressee)
        assert signing.decided_by_addressee(rs, doc) == plain, doc
        seen[plain] += 1
    assert seen[False]
    if rid == "kongtong-2016":
        assert seen[True]
