"""Trial 11's findings, fixed (session 11): each row names its ruleset and article."""

from __future__ import annotations

import json
from datetime import date

import pytest

from govrules import deadlines, rulesets, signing
from govrules.audit import audit_lines
from govrules.errors import ForbiddenByRule, InvalidInput
from govrules.model import Addressee, Document, DocumentKind, Issuer, MeetingKind


def test_district_xx_56_4_a_submission_for_approval_naming_no_addressee_is_forbidden() -> None:
    """五十七 「报送区政府审批的公文」: a document received for approval is sent to the 区政府, named or not; 五十六 ¶4
    forbids a 议事协调机构 to send one. `who_approves` said 「未规定…由谁审批」 when no addressee was given."""
    rs = rulesets.load("district-xx")
    for addressee in (None, Addressee.GOVERNMENT):
        doc = Document(kind=DocumentKind.REQUEST, issuer=Issuer.COORDINATION_BODY, addressee=addressee)
        with pytest.raises(ForbiddenByRule, match="第五十六条第四款"):
            signing.who_approves(rs, doc)
    assert signing.received(Document(kind=DocumentKind.REQUEST, issuer=Issuer.DEPARTMENT)).addressee is (
        Addressee.GOVERNMENT
    )
    named = Document(kind=DocumentKind.REQUEST, issuer=Issuer.DEPARTMENT, addressee=Addressee.HIGHER_GOVERNMENT)
    assert signing.received(named) is named


def test_district_xx_56_4_the_audit_finds_an_approved_record_without_addressee() -> None:
    rs = rulesets.load("district-xx")
    record = {"type": "document", "id": "d1", "kind": "请示", "issuer": "议事协调机构", "approved_by": "副区长"}
    found = [f.rule for f in audit_lines(rs, [json.dumps(record, ensure_ascii=False)])]
    assert "routing" in found
    unapproved = {k: v for k, v in record.items() if k != "approved_by"}
    assert "routing" not in [f.rule for f in audit_lines(rs, [json.dumps(unapproved, ensure_ascii=False)])]


@pytest.mark.parametrize(
    ("rid", "rule_id", "word", "variant"),
    [
        # 崆峒 第五十三条 「有重大修改意见需要协调的,须在7个工作日内印发」: the case as the text writes it
        ("kongtong-2016", "post_meeting_issue", "有重大修改意见需要协调的", "major_revision"),
        ("kongtong-2016", "post_meeting_issue", "有重大修改意见需要协调", "major_revision"),
        # district-xx 第五十九条 「特别复杂的事项不得超过一周」
        ("district-xx", "countersign_reply", "特别复杂的事项", "complex"),
    ],
)
def test_a_variant_as_the_text_writes_its_case_is_read(rid: str, rule_id: str, word: str, variant: str) -> None:
    rs = rulesets.load(rid)
    d = deadlines.due(rs, rule_id, date(2025, 3, 6), variant=word)
    assert d.variant == variant
    assert d.date == deadlines.due(rs, rule_id, date(2025, 3, 6), variant=variant).date


def test_district_xx_52_the_texts_own_name_of_its_work_conference_is_read() -> None:
    """五十二 「区政府工作会议按会议内容、出席人员分为两类」: 区政府工作会议 was refused, 区政府常务会议 read."""
    assert rulesets.load("district-xx").read_meeting("区政府工作会议") is MeetingKind.WORK_CONFERENCE
    with pytest.raises(InvalidInput) as refused:  # another level's name in a county's text
        rulesets.load("xifeng-2022").read_meeting("区政府工作会议")
    assert "区级" in (refused.value.zh or "")
