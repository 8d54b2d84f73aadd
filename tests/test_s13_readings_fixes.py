"""Session 13: the faults rounds 10a and 10b found (tests/fidelity/readings/round10a.json, round10b.json), each a kind.

Table rows name the ruleset and the article they check.
"""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, rulesets, signing
from govrules.audit import audit
from govrules.model import Document, Meeting, Review, Role
from govrules.rules import ApprovalRule
from govrules.rules.kinds import MeetingRule

XY, XF = rulesets.load("xianyang-2013"), rulesets.load("xifeng-2022")


# -- a breach cited to the article that asks for what was missed (咸阳 第五十条, not 第四十九条) --------------


@pytest.mark.parametrize(
    ("ruleset", "matters", "approver", "article"),
    [
        ("xianyang-2013", [], "DEPUTY", "第五十条"),  # 五十 审批公文…应有明确的办理意见 (四十九 routes it)
        ("xianyang-2013", ["MAJOR"], "HEAD", "第五十条"),  # 四十九 重大事项报市长审批, 五十 the opinion
        ("kongtong-2016", [], "DEPUTY", "第五十四条"),  # 五十四 阅批公文要有明确而又具体的意见
        ("xifeng-2022", [], "DEPUTY", "第五十一条"),  # 五十一 应签署明确意见
    ],
)
def test_an_approval_without_an_opinion_cites_the_article_asking_for_one(
    ruleset: str, matters: list[str], approver: str, article: str
) -> None:
    rs = rulesets.load(ruleset)
    doc = Document(kind="REQUEST", issuer="DEPARTMENT", addressee="GOVERNMENT", matters=matters)
    v = signing.check_approval(rs, doc, Review(approver, "圈阅"))
    (breach,) = [x for x in v.violations if x.rule == "approval_opinion"]
    assert breach.citation.short().startswith(article)


def test_every_approval_rule_asking_an_opinion_under_two_articles_says_which_asks_it() -> None:
    # the kind: a rule citing two articles whose breach of the opinion would cite the first, whichever asks it
    for rid in rulesets.available():
        for r in rulesets.load(rid).rules_of(ApprovalRule):
            if r.opinion_required and len(r.cite) > 1:
                assert r.opinion_cite is not None, (rid, r.id)


# -- 西丰 五十三（五）其中: 由县长或县长授权副县长签发 (any 副县长, not only the executive deputy) -------------------


@pytest.mark.parametrize("matter", ["DECIDED_AT_MEETING", "ROUTINE"])
def test_xifeng_53_5_decided_or_routine_matters_any_deputy_on_the_heads_authorization(matter: str) -> None:
    doc = Document(kind="NOTICE", issuer="GOVERNMENT", addressee="SUBORDINATES", matters=[matter])
    d = signing.who_signs(XF, doc)
    assert [s.name for s in d.signers] == ["DEPUTY", "HEAD"]
    assert [(a.role.name, a.basis.name, [g.name for g in a.granted_by]) for a in d.alternates] == [
        ("DEPUTY", "AUTHORIZATION", ["HEAD"])
    ]
    assert d.citations[0].short() == "第五十三条第（五）项"
    assert "经县长授权，可由副县长签发" in d.explain()
    assert "负责日常工作" not in d.explain().split("\n")[0]


def test_xifeng_53_5_the_general_sentence_keeps_its_executive_deputy() -> None:
    d = signing.who_signs(XF, Document(kind="NOTICE", issuer="GOVERNMENT", addressee="SUBORDINATES"))
    assert [a.role.name for a in d.alternates] == ["EXECUTIVE_DEPUTY"]


def test_xifeng_53_5_the_heads_list_still_prevails() -> None:
    # 附件1 五(三)1(5) 涉及资金 → 县长, decided at a meeting or not
    doc = Document(
        kind="NOTICE", issuer="GOVERNMENT", addressee="SUBORDINATES", matters=["DECIDED_AT_MEETING", "FUNDS"]
    )
    assert signing.who_signs(XF, doc).signer.name == "HEAD"


# -- 西丰 附件1 五(三)4: 县政府领导审签 names no one leader; the 县长 is one ----------------------------------


@pytest.mark.parametrize(
    ("signer", "ok"), [("DEPUTY", True), ("HEAD", True), ("EXECUTIVE_DEPUTY", True), ("OFFICE_DIRECTOR", False)]
)
def test_xifeng_annex_5_3_4_two_office_documents_signed_by_a_county_leader(signer: str, ok: bool) -> None:
    doc = Document(kind="NOTICE", issuer="JOINT_OFFICES", addressee="SUBORDINATES")
    flow = [Review(r) for r in ("OFFICE_SECRETARIAL_DEPUTY_DIRECTOR", "OFFICE_DEPUTY_DIRECTOR", "OFFICE_DIRECTOR")]
    v = signing.check_signature(XF, doc, signed_by=Role[signer], reviewed_by=flow, on=date(2025, 3, 3))
    assert ("signer" not in [x.rule for x in v.violations]) is ok


# -- 西丰 第四十七条第一款: a request to hold a 全县性会议 ---------------------------------------------------


def test_xifeng_47_1_a_county_wide_meeting_request_is_approved_by_the_leader_in_charge() -> None:
    doc = Document(kind="REQUEST", issuer="DEPARTMENT", addressee="GOVERNMENT", meeting="WORK_CONFERENCE")
    d = signing.who_approves(XF, doc)
    assert d.approver.name == "DEPUTY" and [r.name for r in d.approvers] == ["DEPUTY", "HEAD"]
    assert d.citations[0].short() == "第四十七条第一款"
    # the opinion is 五十一's
    v = signing.check_approval(XF, doc, Review("DEPUTY", "圈阅"))
    (breach,) = [x for x in v.violations if x.rule == "approval_opinion"]
    assert breach.citation.short() == "第五十一条"


# -- 咸阳 第四十七条: 原则上只安排一名领导出席会议,其他领导不陪会 ----------------------------------------------

CITYWIDE = {"kind": "WORK_CONFERENCE", "date": "2025-03-12"}


@pytest.mark.parametrize(
    ("presider", "attendees", "leaders"),
    [
        ("HEAD", ["DEPUTY", "DEPARTMENT_HEAD"], ["DEPUTY", "HEAD"]),
        ("DEPUTY", ["EXECUTIVE_DEPUTY"], ["DEPUTY", "EXECUTIVE_DEPUTY"]),
        ("DEPUTY", ["DEPARTMENT_HEAD", "SUBORDINATE_GOVERNMENT_HEAD"], []),
        ("HEAD", ["DEPARTMENT_HEAD"], []),
        # the 秘书长, 副市级咨询员 and 市长助理: whether 四十七's 领导 means them is not certain: not counted
        ("DEPUTY", ["SECRETARY_GENERAL", "COUNSELLOR", "MAYOR_ASSISTANT"], []),
    ],
)
def test_xianyang_47_one_leader_at_a_citywide_meeting(presider: str, attendees: list[str], leaders: list[str]) -> None:
    m = attendance.check_meeting(XY, Meeting(presided_by=presider, attendees=attendees, **CITYWIDE))  # type: ignore[arg-type]
    found = [v for v in m.violations if v.rule == "meeting_leaders"]
    if not leaders:
        assert found == [] and m.ok
        return
    (v,) = found
    assert v.citation.short() == "第四十七条"
    assert v.message.endswith("均出席会议；规定原则上只安排一名领导出席")
    assert all(XY.name(Role[r]) in v.message for r in leaders)


def test_xianyang_47_is_a_warning_in_the_audit_and_attendance_not_on_record_is_not_checked() -> None:
    record = {"type": "meeting", "id": "w1", "presided_by": "HEAD", **CITYWIDE}
    found = list(audit(XY, [{**record, "attendees": ["DEPUTY"]}]))
    assert [(f.rule, f.severity) for f in found] == [("meeting_leaders", "warning")]
    assert list(audit(XY, [record])) == []


def test_only_xianyang_limits_the_leaders_at_a_meeting() -> None:
    # the other texts say 减少陪会 (东川 二十七) or nothing: no limit declared
    for rid in rulesets.available():
        limited = [r.id for r in rulesets.load(rid).rules_of(MeetingRule) if r.max_leaders is not None]
        assert limited == (["citywide_meeting_one_leader"] if rid == "xianyang-2013" else []), rid


def test_a_what_if_can_lift_the_limit() -> None:
    # a what-if is a changed ruleset: two leaders allowed, the meeting passes
    from govrules.whatif.changes import apply_changes

    two = apply_changes(XY, [{"rule": "citywide_meeting_one_leader", "max_leaders": 2}])
    meeting = Meeting(presided_by="HEAD", attendees=["DEPUTY"], **CITYWIDE)  # type: ignore[arg-type]
    assert not attendance.check_meeting(XY, meeting).ok
    assert attendance.check_meeting(two, meeting).ok
