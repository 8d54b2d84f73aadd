"""The executive deputy is one of the deputies (`RoleIncludes`, common reading `role-includes`).

Every ruleset declares `executive_deputy_is_a_deputy` (咸阳 八, 西丰 八, 东川 第五条, 崆峒 九, district-xx 四十四):
where a rule names the (分管)副X长 as signer, reviewer, approver, seal approver, presider, alternate or allowed
attendee, the 常务副X长 may act as him. Each test also removes the rule (a what-if) and sees the breach come
back, so that it checks the rule and not something else.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

import pytest

from govrules import attendance, rulesets, signing
from govrules.audit import audit
from govrules.errors import InvalidInput, NoApplicableRule
from govrules.model import Document, LeaveRequest, Meeting, Review, ReviewAct, Role
from govrules.rules import RoleIncludes, Ruleset
from govrules.whatif import remove_rule
from govrules.whatif.space import _DocumentSpace

RULE = "executive_deputy_is_a_deputy"
#: The article each ruleset's declaration cites.
ARTICLE = {"xianyang-2013": 8, "xifeng-2022": 8, "dongchuan-2024": 5, "kongtong-2016": 9, "district-xx": 44}


def _documents(rs: Ruleset, most: int = 4000) -> Iterator[Document]:
    space = _DocumentSpace.of(rs)
    return itertools.islice(space.documents(), 0, None, max(1, space.size() // most))


def _decided(rs: Ruleset) -> Iterator[tuple[Document, signing.SigningDecision]]:
    """The documents of the space (sampled) that a signing rule covers, with their decisions."""
    for document in _documents(rs):
        try:
            yield document, signing.who_signs(rs, document)
        except NoApplicableRule:
            continue


@pytest.mark.parametrize("rid", sorted(ARTICLE))
def test_every_ruleset_declares_the_executive_deputy_a_deputy(rid: str) -> None:
    rs = rulesets.load(rid)
    rule = rs.rule(RULE)
    assert isinstance(rule, RoleIncludes)
    assert (rule.role, rule.includes, rule.citation.article) == (Role.DEPUTY, (Role.EXECUTIVE_DEPUTY,), ARTICLE[rid])
    assert rs.acts_as(Role.EXECUTIVE_DEPUTY, (Role.DEPUTY,))
    assert not rs.acts_as(Role.DEPUTY, (Role.EXECUTIVE_DEPUTY,)), "one way: a deputy is not the executive deputy"
    assert not rs.acts_as(Role.OFFICE_DIRECTOR, (Role.DEPUTY,))
    assert not remove_rule(rs, RULE).acts_as(Role.EXECUTIVE_DEPUTY, (Role.DEPUTY,))


@pytest.mark.parametrize("rid", sorted(ARTICLE))
def test_the_executive_deputy_signs_where_the_deputy_in_charge_does(rid: str) -> None:
    """Over the document space: wherever the 副X长 signs (or is an alternate signer, on a basis other than
    an authorization), the executive deputy's signature is no signer breach; without the rule it is."""
    rs = rulesets.load(rid)
    without = remove_rule(rs, RULE)
    seen = 0
    for document, decision in _decided(rs):
        if Role.DEPUTY not in decision.signers or Role.EXECUTIVE_DEPUTY in decision.signers:
            continue
        if any(a.role is Role.EXECUTIVE_DEPUTY for a in decision.alternates):
            continue  # he may sign otherwise too (for the head, on authorization): not this rule's doing
        if signing._chair_only(decision):
            continue  # the 副X长 here is the one who chaired: no other role stands for him (tested below)
        seen += 1
        verdict = signing.check_signature(rs, document, Role.EXECUTIVE_DEPUTY)
        assert "signer" not in [v.rule for v in verdict.violations], (document, verdict.violations)
        before = signing.check_signature(without, document, Role.EXECUTIVE_DEPUTY)
        assert "signer" in [v.rule for v in before.violations], document
    assert seen > 0, "no document of the space is signed by the deputy in charge"


@pytest.mark.parametrize("rid", sorted(ARTICLE))
def test_the_executive_deputy_takes_the_deputys_review_step(rid: str) -> None:
    """Wherever the 副X长 reviews before another signs, the executive deputy's review takes the step (in
    its place in the order); an office clerk's does not."""
    rs = rulesets.load(rid)
    without = remove_rule(rs, RULE)
    seen = 0
    for document, decision in _decided(rs):
        if Role.DEPUTY not in decision.reviewers or Role.EXECUTIVE_DEPUTY in decision.reviewers:
            continue
        signer = decision.signers[0]
        if signer in (Role.DEPUTY, Role.EXECUTIVE_DEPUTY, Role.MEETING_CHAIR):
            continue
        seen += 1
        done = [Role.EXECUTIVE_DEPUTY if r is Role.DEPUTY else r for r in decision.reviewers]
        verdict = signing.check_signature(rs, document, signer, done)
        assert "reviewers" not in [v.rule for v in verdict.violations], (document, verdict.violations)
        before = signing.check_signature(without, document, signer, done)
        assert "reviewers" in [v.rule for v in before.violations], document
        clerk = [Role.OFFICE_CLERK if r is Role.DEPUTY else r for r in decision.reviewers]
        assert "reviewers" in [v.rule for v in signing.check_signature(rs, document, signer, clerk).violations]
    if rid != "district-xx":  # its surviving page names no review by a deputy before another signs
        assert seen > 0


def test_the_executive_deputy_approves_what_the_deputy_in_charge_approves() -> None:
    """咸阳 四十九: requests to the city government go to the 分管领导同志 (`DEPUTY`); 八: the 常务副市长 has a
    portfolio. His written opinion is no approver breach; the office director's is."""
    rs = rulesets.load("xianyang-2013")
    document = Document(kind="REQUEST", issuer="DEPARTMENT", addressee="GOVERNMENT")
    assert Role.DEPUTY in signing.who_approves(rs, document).approvers
    assert signing.check_approval(rs, document, Review(Role.EXECUTIVE_DEPUTY, ReviewAct.OPINION)).ok
    assert not signing.check_approval(remove_rule(rs, RULE), document, Role.EXECUTIVE_DEPUTY).ok
    assert not signing.check_approval(rs, document, Role.OFFICE_DIRECTOR).ok


def test_the_executive_deputy_is_no_outsider_where_deputies_may_attend() -> None:
    """崆峒 四十一: the 党组会议 is its members', and 非党员副区长 may sit in; the 负责常务工作的副区长 (九) is a
    副区长, so he is no outsider as member or observer. A department head is. (Since the fourth reading he may
    also chair it while the 区长 is away — 九 — so he is no outsider there even without the RoleIncludes rule.)"""
    rs = rulesets.load("kongtong-2016")
    day = date(2025, 3, 12)
    for where in ("attendees", "non_voting"):
        roles = {"attendees": ["PARTY_GROUP_MEMBER"], where: ["PARTY_GROUP_MEMBER", "EXECUTIVE_DEPUTY"]}
        meeting = Meeting(kind="PARTY_GROUP", date=day, presided_by="HEAD", **roles)  # type: ignore[arg-type]
        assert attendance.check_meeting(rs, meeting).ok, where
    outsider = ["PARTY_GROUP_MEMBER", "DEPARTMENT_HEAD"]
    head = Meeting(kind="PARTY_GROUP", date=day, presided_by="HEAD", attendees=outsider)
    assert not attendance.check_meeting(rs, head).ok


def test_a_deputy_is_still_required_where_the_text_requires_one() -> None:
    """RoleIncludes makes no one required: a meeting whose members include the 副区长 still misses them when
    only the executive deputy came (he is one of them, not all)."""
    rs = rulesets.load("kongtong-2016")
    members = attendance.check_meeting(
        rs, Meeting(kind="EXECUTIVE", date=date(2025, 3, 12), presided_by="HEAD", attendees=["PARTY_GROUP_MEMBER"])
    )
    with_executive = attendance.check_meeting(
        rs,
        Meeting(kind="EXECUTIVE", date=date(2025, 3, 12), presided_by="HEAD",
                attendees=["PARTY_GROUP_MEMBER", "EXECUTIVE_DEPUTY"]),
    )  # fmt: skip
    missing = [
        v.message.removeprefix("组成人员").removesuffix("未出席且未请假").split("、")
        for v in with_executive.violations
        if v.message.startswith("组成人员")
    ]
    assert any(rs.name(Role.DEPUTY) in names for names in missing), (members.violations, with_executive.violations)


def test_the_audit_accepts_the_executive_deputy_as_leave_approver() -> None:
    """The audit compares a leave record's approvers by `acts_as` too: 咸阳 六十五 ¶2 has a department head's trip
    approved by the 分管副市长 (`DEPUTY`); the executive deputy's approval is no breach, the office clerk's is."""
    rs = rulesets.load("xianyang-2013")
    request = LeaveRequest(role="DEPARTMENT_HEAD", kind="TRIP", start=date(2025, 3, 10), end=date(2025, 3, 12),
                           requested_on=date(2025, 3, 5))  # fmt: skip
    plan = attendance.leave_plan(rs, request)
    assert Role.DEPUTY in plan.approvers, plan.approvers
    approved = [Role.EXECUTIVE_DEPUTY if r is Role.DEPUTY else r for r in plan.approvers]
    record = {"type": "leave", "id": "l1", "role": "DEPARTMENT_HEAD", "kind": "TRIP", "start": "2025-03-10",
              "end": "2025-03-12", "requested_on": "2025-03-05", "approved_by": [r.name for r in approved]}  # fmt: skip
    rules = [f.rule for f in audit(rs, [record])]
    assert "leave_approvers" not in rules
    clerk = {**record, "approved_by": [Role.OFFICE_CLERK.name if r is Role.DEPUTY else r.name for r in plan.approvers]}
    assert "leave_approvers" in [f.rule for f in audit(rs, [clerk])]
    assert "leave_approvers" in [f.rule for f in audit(remove_rule(rs, RULE), [record])]


@pytest.mark.parametrize(
    ("role", "includes"),
    [(Role.DEPUTY, ()), (Role.DEPUTY, (Role.DEPUTY,)), (Role.DEPUTY, (Role.EXECUTIVE_DEPUTY, Role.DEPUTY))],
)
def test_a_role_rule_must_include_another_role(role: Role, includes: tuple[Role, ...]) -> None:
    with pytest.raises(InvalidInput, match="includes"):
        RoleIncludes(id="x", cite=rulesets.load("kongtong-2016").rule(RULE).cite, quote="q", role=role,
                     includes=includes)  # fmt: skip


def test_a_review_by_the_deputy_is_his_own_step_where_both_deputies_review() -> None:
    """Where a rule names both the 副X长 and the 常务副X长 as review steps (a variant of 咸阳 五十二 with both), the
    executive deputy's review takes the deputy's step only when the deputy did not review: a review by the 副X长
    after the 常务副X长's is out of the order the rule gives."""
    rs = rulesets.load("xianyang-2013").replace_rule("government_document", reviewers=("DEPUTY", "EXECUTIVE_DEPUTY"))
    document = Document(kind="RESOLUTION", issuer="GOVERNMENT")
    one = signing.check_signature(rs, document, Role.HEAD, [Role.EXECUTIVE_DEPUTY])
    assert one.ok, one.violations  # he may be the 分管副市长 himself: one review, both steps
    assert signing.check_signature(rs, document, Role.HEAD, [Role.DEPUTY, Role.EXECUTIVE_DEPUTY]).ok
    reversed_ = signing.check_signature(rs, document, Role.HEAD, [Role.EXECUTIVE_DEPUTY, Role.DEPUTY])
    assert [v.rule for v in reversed_.violations] == ["reviewers"] and "审核顺序" in reversed_.violations[0].message


@pytest.mark.parametrize(
    ("rid", "article"),
    [("xianyang-2013", 45), ("xifeng-2022", 45), ("dongchuan-2024", 24)],
)
def test_the_chair_of_a_topical_meeting_is_who_presided_not_a_role_including_his(rid: str, article: int) -> None:
    """Minutes 「由主持会议的领导签发」 (咸阳 四十五, 西丰 四十五, 东川 第二十四条): the chair is the one who presided.
    The 常务副X长 does not sign the minutes of a meeting another 副X长 chaired, though he may act as a 副X长
    elsewhere (RoleIncludes); he signs those of a meeting he chaired."""
    rs = rulesets.load(rid)

    def signer_breach(chair: str, signer: Role) -> bool:
        document = Document(kind="MINUTES", issuer="GOVERNMENT", meeting="TOPICAL", presided_by=chair)
        decision = signing.who_signs(rs, document)
        assert article in [c.article for c in decision.citations]
        verdict = signing.check_signature(rs, document, signer, decision.reviewers)
        return "signer" in [v.rule for v in verdict.violations]

    assert signer_breach("DEPUTY", Role.EXECUTIVE_DEPUTY)
    assert not signer_breach("DEPUTY", Role.DEPUTY)
    assert not signer_breach("EXECUTIVE_DEPUTY", Role.EXECUTIVE_DEPUTY)
