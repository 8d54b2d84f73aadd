"""The senior review of session 9 (/work/notes/s9/review.md): each row names its ruleset and article."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import deadlines, receipts, rulesets
from govrules.audit import audit
from govrules.errors import InvalidInput
from govrules.model import MeetingKind
from govrules.rules import Citation, DocumentIs, RoutingRule
from govrules.whatif import apply_changes
from govrules.workdays import china

CAL = china()


def _cited(rid: str, record: dict[str, object]) -> list[tuple[str, str]]:
    found = audit(rulesets.load(rid), [record], calendar=CAL)
    return [(f.rule, f.citation.short()) for f in found if f.citation is not None and f.rule == "reviewers"]


# ruleset, record, the article a missing review is cited to (the one that requires the review)
REVIEWS = [
    # district-xx 五十九 ¶1 「区政府领导同志不直接签批未经区政府办公室审理的公文文稿」, not 六十一（八）
    ("district-xx", {"type": "document", "id": "o1", "kind": "通知", "issuer": "区政府办公室", "addressee": "下级",
                     "signed_by": "区政府办公室主任", "reviewed_by": [], "signed_on": "2025-03-03"},
     "第五十九条第一款"),
    # 咸阳 五十二 「经分管副市长审核后,由市长签发」, not 五十一 (who signs what goes to the 省政府)
    ("xianyang-2013", {"type": "document", "id": "y1", "kind": "请示", "issuer": "市政府", "addressee": "上级政府",
                       "signed_by": "市长", "reviewed_by": [], "signed_on": "2025-03-03"}, "第五十二条"),
    # 西丰 附件1 五(三)1 县长签发文件流程, not 五十三（一） (who signs)
    ("xifeng-2022", {"type": "document", "id": "x1", "kind": "请示", "issuer": "县政府", "addressee": "上级政府",
                     "signed_by": "县长", "reviewed_by": ["副县长"], "signed_on": "2025-03-03"}, "附件1 五(三)1"),
]  # fmt: skip


@pytest.mark.parametrize(("rid", "record", "article"), REVIEWS)
def test_a_missing_review_cites_the_article_requiring_it(rid: str, record: dict[str, object], article: str) -> None:
    assert {a for _, a in _cited(rid, record)} == {article}


def test_every_office_review_in_district_xx_is_cited_to_59() -> None:
    rs = rulesets.load("district-xx")
    from govrules.model import Role
    from govrules.rules import SigningRule

    for r in rs.rules_of(SigningRule):
        if Role.GOVERNMENT_OFFICE in r.reviewers:
            assert (Role.GOVERNMENT_OFFICE, Citation("district-xx", 59, paragraph=1)) in r.reviewer_cites, r.id


def test_a_matter_merely_complex_is_not_the_special_week() -> None:
    # district-xx 五十九 ¶3 「一般应在3个工作日内回复,特别复杂的事项不得超过一周」: 复杂 is not 特别复杂
    rs = rulesets.load("district-xx")
    with pytest.raises(InvalidInput) as caught:
        deadlines.due(rs, "countersign_reply", date(2025, 9, 26), variant="复杂", calendar=CAL)
    assert caught.value.zh is not None and "没有“复杂”这一情形" in caught.value.zh
    assert deadlines.due(rs, "countersign_reply", date(2025, 9, 26), variant="特别复杂", calendar=CAL).date == date(
        2025, 10, 9
    )


def test_a_receipt_takes_the_texts_name_of_a_variant() -> None:
    rs = rulesets.load("district-xx")
    given = {"rule": "countersign_reply", "anchor": "2025-09-26", "variant": "特别复杂"}
    r = receipts.decide("deadline", rs, given, calendar=CAL)
    assert r["answer"]["date"] == "2025-10-09" and r["input"]["variant"] == "特别复杂"


def test_a_routing_rule_refuses_what_is_not_text() -> None:
    cite = Citation("district-xx", 56, paragraph=4)
    for bad in (5, None):
        with pytest.raises(InvalidInput) as caught:
            RoutingRule(id="r", when=DocumentIs(), forbidden=bad, cite=cite)  # type: ignore[arg-type]
        assert caught.value.zh is not None
    rs = rulesets.load("district-xx")
    with pytest.raises(InvalidInput) as blank:
        apply_changes(rs, [{"rule": "coordination_body_not_to_government", "forbidden": " "}])
    assert blank.value.zh is not None and "forbidden 须以条文原话写明" in blank.value.zh


@pytest.mark.parametrize("rid", rulesets.available())
def test_meetings_are_named_as_each_text_names_them(rid: str) -> None:
    # 咸阳 市长办公会议, 西丰 县长办公会议, 东川/崆峒/district-xx 区长办公会议: never the generic 市（县、区）
    rs = rulesets.load(rid)
    assert "市（县、区）" not in rs.meeting_name(MeetingKind.HEAD_OFFICE)


@pytest.mark.parametrize(
    ("rid", "written", "record_id"),
    [
        ("district-xx", "区政府", "d1"),  # 五十六 ¶4 「不得直接向区政府报送公文」 in the text's own words
        ("district-xx", "本级政府", "d1"),
    ],
)
def test_an_addressee_named_as_the_text_names_it_reaches_56_4(rid: str, written: str, record_id: str) -> None:
    record = {"type": "document", "id": record_id, "kind": "请示", "issuer": "议事协调机构", "addressee": written,
              "signed_on": "2025-03-03"}  # fmt: skip
    found = list(audit(rulesets.load(rid), [record], calendar=CAL))
    assert [(f.rule, f.citation.short() if f.citation else None) for f in found if f.rule != "meeting_rhythm"] == [
        ("routing", "第五十六条第四款")
    ]


def test_a_receipt_reads_an_addressee_as_the_text_names_it() -> None:
    # 西丰 五十三（一） 「以县政府名义报市政府的请示」: 市政府 is the government above
    r = receipts.decide(
        "signing", rulesets.load("xifeng-2022"), {"kind": "请示", "issuer": "县政府", "addressee": "市政府"}
    )
    assert r["answer"]["signer"]["id"] == "HEAD" and r["input"]["addressee"] == "市政府"
