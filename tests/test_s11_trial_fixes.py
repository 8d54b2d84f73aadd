"""Trial 11's findings, fixed (session 11): each row names its ruleset and article."""

from __future__ import annotations

import json
from datetime import date

import pytest

from _surfaces import surfaces
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


@pytest.mark.parametrize(
    ("rid", "word", "issuer"),
    [
        # 西丰 五十一 「各乡(镇)政府、各部门报送的公文」; 附件1 三 「县政府各职能部门」
        ("xifeng-2022", "各乡(镇)政府", "TOWNSHIP"),
        ("xifeng-2022", "县政府各职能部门", "DEPARTMENT"),
        ("xifeng-2022", "以县政府各部门名义", "DEPARTMENT"),
        # 咸阳 四十九 「市政府各部门和各县市区政府报送市政府审批的公文」
        ("xianyang-2013", "市政府各部门", "DEPARTMENT"),
        ("xianyang-2013", "各县市区政府", "SUBORDINATE_GOVERNMENT"),
        # 东川 第三十一条 「对各乡镇(街道)、各部门报送区人民政府审批的公文」
        ("dongchuan-2024", "各乡镇(街道)", "TOWNSHIP"),
        ("dongchuan-2024", "区人民政府各工作部门", "DEPARTMENT"),
        # district-xx 五十六 ¶4 「区政府议事协调机构…不得直接向区政府报送公文」
        ("district-xx", "区政府议事协调机构", "COORDINATION_BODY"),
        ("district-xx", "区人民政府议事协调机构", "COORDINATION_BODY"),
    ],
)
def test_a_sender_as_the_text_names_it_is_read_as_issuer_on_every_surface(rid: str, word: str, issuer: str) -> None:
    """The texts' words for those who send documents up were read as addressees but refused as issuers."""
    assert rulesets.load(rid).read_issuer(word).name == issuer
    assert surfaces(rid, "issuer", word) == {"cli": issuer, "http": issuer, "audit": "read"}


@pytest.mark.parametrize(
    ("rid", "word"),
    [("xifeng-2022", "县市区政府"), ("xifeng-2022", "市政府各部门"), ("kongtong-2016", "各县（市、区）政府")],
)
def test_a_body_that_is_not_below_this_government_is_still_refused_as_issuer(rid: str, word: str) -> None:
    with pytest.raises(InvalidInput):
        rulesets.load(rid).read_issuer(word)
