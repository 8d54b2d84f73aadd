"""The meeting's chair the texts name (`MEETING_CHAIR`) is one the text counts so (`meeting_chair_is_a_leader`,
a `RoleIncludes`): 咸阳 四十五 「主持会议或委托召开会议的市政府领导同志」, 西丰 四十五 「主持召开会议的县政府领导同志」,
东川 第二十四条/第二十五条, 崆峒 四十六/四十七 「会议主持人」. A recorded presider among them signs the minutes; one
outside them (a body, an office official) is not made the signer; and where who chaired is not on record, one
of them signing minutes, or approving an absence, is no breach."""

from __future__ import annotations

import json
from datetime import date

import attrs
import pytest

from govrules import rulesets, signing
from govrules.audit import audit_lines
from govrules.model import Document, Role
from govrules.rules import RoleIncludes, Ruleset

#: (ruleset, a meeting whose minutes its chair signs, a leader the text counts as chair)
CHAIRED = [
    ("xianyang-2013", "专项会议", "COUNSELLOR"),  # 四十五, 四十二
    ("xifeng-2022", "专题会议", "DEPUTY"),  # 四十五
    ("dongchuan-2024", "专题会议", "EXECUTIVE_DEPUTY"),  # 第二十四条
    ("kongtong-2016", "专题会议", "HEAD"),  # 四十七
]
#: Presiders no text counts as the chair of a government meeting.
OUTSIDERS = ["PARTY_COMMITTEE", "PEOPLES_CONGRESS", "OFFICE_CLERK", "HIGHER_GOVERNMENT"]
DAY = date(2025, 3, 4)


def _minutes(meeting: str, presider: str | None) -> Document:
    return Document(kind="纪要", issuer="政府", meeting=meeting, presided_by=presider)


def _breaches(rs: Ruleset, document: Document, signed_by: Role) -> set[str]:
    """The rules the signature breaches (the reviews before it are not on record here)."""
    return {v.rule for v in signing.check_signature(rs, document, signed_by).violations}


def _without_chair_rule(rid: str) -> Ruleset:
    rs = rulesets.load(rid)
    chair_rules = {r.id for r in rs.rules_of(RoleIncludes) if r.role is Role.MEETING_CHAIR}
    assert chair_rules, rid
    return attrs.evolve(rs, rules=tuple(r for r in rs.rules if r.id not in chair_rules))


@pytest.mark.parametrize(("rid", "meeting", "leader"), CHAIRED)
def test_a_leader_who_chaired_signs_the_minutes(rid: str, meeting: str, leader: str) -> None:
    rs = rulesets.load(rid)
    decision = signing.who_signs(rs, _minutes(meeting, leader))
    assert Role[leader] in decision.signers, decision.explain()
    assert "signer" not in _breaches(rs, _minutes(meeting, leader), Role[leader])


@pytest.mark.parametrize("outsider", OUTSIDERS)
@pytest.mark.parametrize(("rid", "meeting", "leader"), CHAIRED)
def test_a_presider_the_text_does_not_count_is_not_made_the_signer(
    rid: str, meeting: str, leader: str, outsider: str
) -> None:
    rs = rulesets.load(rid)
    document = _minutes(meeting, outsider)
    decision = signing.who_signs(rs, document)
    assert Role[outsider] not in decision.signers, decision.explain()
    assert any("不属条文所称" in n for n in decision.notes), decision.notes
    assert "signer" in _breaches(rs, document, Role[outsider])
    # with the rule removed (a what-if declaring no chair), the presider on record is the signer: the rule decides it
    assert Role[outsider] in signing.who_signs(_without_chair_rule(rid), document).signers


@pytest.mark.parametrize(("rid", "meeting", "leader"), CHAIRED)
def test_one_who_may_have_chaired_signing_is_no_breach_where_no_presider_is_on_record(
    rid: str, meeting: str, leader: str
) -> None:
    rs = rulesets.load(rid)
    assert "signer" not in _breaches(rs, _minutes(meeting, None), Role[leader])
    assert "signer" in _breaches(rs, _minutes(meeting, None), Role.PARTY_COMMITTEE)


def _audit(rid: str, record: dict[str, object]) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in audit_lines(rulesets.load(rid), [json.dumps(record, ensure_ascii=False)])]


@pytest.mark.parametrize(
    ("rid", "meeting", "article"),
    [
        ("dongchuan-2024", "专题会议", "第二十五条 报会议主持人审批"),
        ("kongtong-2016", "常务会议", "四十六 需向会议主持人请假"),
    ],
)
def test_an_absence_approved_by_one_who_may_have_chaired_is_no_breach(rid: str, meeting: str, article: str) -> None:
    record = {"type": "leave", "id": "L1", "role": "副区长", "kind": "不能出席会议", "meeting": meeting,
              "start": "2025-03-04", "end": "2025-03-04", "requested_on": "2025-03-03"}  # fmt: skip
    assert _audit(rid, {**record, "approved_by": ["区长"]}) == [], article
    assert [r for r, _ in _audit(rid, {**record, "approved_by": ["区委"]})] == ["leave_approvers"], article


def test_the_audit_reports_minutes_signed_by_a_body_that_presided() -> None:
    """西丰 四十五: minutes of a 专题会议 recorded as chaired and signed by the 县委 are a breach."""
    record = {"type": "document", "id": "D1", "kind": "纪要", "issuer": "政府", "meeting": "专题会议",
              "presided_by": "县委", "signed_by": "县委", "signed_on": DAY.isoformat()}  # fmt: skip
    assert [r for r, _ in _audit("xifeng-2022", record)] == ["signer"]
    del record["presided_by"]
    record["signed_by"] = "副县长"
    assert _audit("xifeng-2022", record) == []


# -- who chaired not on record: whoever may chair that meeting (its MeetingRule), as the rules then have it


@pytest.mark.parametrize(
    ("rid", "meeting", "signer", "breach", "article"),
    [
        (
            "kongtong-2016",
            "专题会议",
            "HEAD",
            False,
            "四十七 由会议主持人签发 (or, a 副区长 chairing, 报区长签发)",
        ),
        ("kongtong-2016", "专题会议", "DEPUTY", True, "四十七 会议主持人是副区长的,会议纪要报区长签发"),
        ("dongchuan-2024", "专题会议", "DEPUTY", False, "第二十四条 主持召开会议的区人民政府领导签发"),
        ("dongchuan-2024", "专题会议", "OFFICE_DIRECTOR", True, "第二十四条 形成协调意见报委托的区人民政府领导审定"),
        ("xifeng-2022", "全体会议", "DEPUTY", True, "四十一 全体会议由县长召集和主持; 附件1: 县长签发"),
        ("xifeng-2022", "专题会议", "DEPUTY", False, "四十三 专题会议由副县长主持; 四十五"),
    ],
)
def test_minutes_whose_chair_is_not_on_record_are_signed_as_if_one_who_may_chair_did(
    rid: str, meeting: str, signer: str, breach: bool, article: str
) -> None:
    rs = rulesets.load(rid)
    assert ("signer" in _breaches(rs, _minutes(meeting, None), Role[signer])) is breach, article


@pytest.mark.parametrize(
    ("rid", "meeting", "approver", "breach", "article"),
    [
        ("kongtong-2016", "全体会议", "区长", False, "四十 由区长召集和主持; 四十六 需向会议主持人请假"),
        ("kongtong-2016", "全体会议", "副区长", True, "四十 由区长召集和主持 (九: the 常务副区长 in his absence)"),
        ("kongtong-2016", "专题会议", "副区长", False, "四十四 区政府专题会议由区长或副区长召集和主持"),
        ("dongchuan-2024", "全体会议", "区政府办公室副主任", True, "第二十一条 全体会议由区长召集和主持; 第二十五条"),
        ("dongchuan-2024", "专题会议", "区政府办公室副主任", False, "第二十四条 委托区政府办公室副主任召开"),
    ],
)
def test_an_absence_is_approved_by_one_who_may_chair_that_meeting(
    rid: str, meeting: str, approver: str, breach: bool, article: str
) -> None:
    record = {"type": "leave", "id": "L1", "role": "部门主要负责人", "kind": "不能出席会议", "meeting": meeting,
              "start": "2025-03-04", "end": "2025-03-04", "requested_on": "2025-03-03",
              "approved_by": [approver]}  # fmt: skip
    assert ("leave_approvers" in [r for r, _ in _audit(rid, record)]) is breach, article


@pytest.mark.parametrize("rid", ["dongchuan-2024", "kongtong-2016"])
def test_a_name_the_vocabulary_reads_otherwise_is_read_as_the_text_means_it(rid: str) -> None:
    """市委: the 上级党委 of a district (东川 第四十三条 「向市委报备」; 崆峒 五十九 「按市委、市政府要求报告」),
    which the vocabulary alone reads as 同级党委."""
    from govrules.audit.engine import _text_names

    rs = rulesets.load(rid)
    assert rs.text_role_names()["市委"] == Role.HIGHER_PARTY_COMMITTEE.name
    assert _text_names({"notified": ["市委", "区委"]}, rs.text_role_names())["notified"][0] == "HIGHER_PARTY_COMMITTEE"


def test_the_message_names_who_may_chair_that_meeting() -> None:
    """崆峒 四十二/九: the 常务会议's chair is the 区长, or the 常务副区长 in his absence: the finding says so."""
    record = {"type": "leave", "id": "L1", "role": "部门主要负责人", "kind": "不能出席会议", "meeting": "常务会议",
              "start": "2025-03-04", "end": "2025-03-04", "requested_on": "2025-03-03",
              "approved_by": ["副区长"]}  # fmt: skip
    [(rule, message)] = _audit("kongtong-2016", record)
    assert rule == "leave_approvers"
    said = "应由会议主持人（区长或负责常务工作的副区长）审批，实际由副区长审批"
    assert message == "部门主要负责同志不能出席或列席会议：" + said  # names whose leave (r6-audit)
