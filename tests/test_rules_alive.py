"""Every declared rule is alive (issue 10, DESIGN "Every declared rule is reachable").

- Reachability: over the whole situation space (`whatif`'s documents, requests for approval, leave
  requests and meetings), every signing, countersign, approval, seal, leave, meeting and agenda rule
  of every ruleset decides at least one situation.
- Mutation: removing any one rule that decides something changes some answer in the space, or (for a
  rule restating another's answer under its own article) the citations of some decision, and then a
  test of its ruleset fails (tools/mutation.py).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from govrules import rulesets
from govrules.attendance import check_leave, check_meeting
from govrules.model import Document, DocumentKind, Issuer, LeaveRequest, Meeting, Role
from govrules.rules import (
    AgendaRule,
    CountersignRule,
    DocumentIs,
    MeetingRule,
    ReviewRule,
    RoutingRule,
    SealRule,
    SigningRule,
)
from govrules.signing import routing, who_approves, who_signs
from govrules.whatif import changes_anything, remove_rule
from govrules.whatif.reach import DECIDING_KINDS, reached


def _tool() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "tools" / "mutation.py"
    spec = importlib.util.spec_from_file_location("mutation", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mutation = _tool()

#: Rules no situation of the space returns, with why.
UNREACHABLE: dict[tuple[str, str], str] = {
    ("district-xx", "head_seal"): "64 names who consents to the 区长印章, not which documents bear it: the rule "
    "is found by the seal a record names (signing.seal_rule), never given to a document",
}

#: Rules whose removal leaves every answer as it was: each restates, under its own article, what a more
#: general rule answers anyway; removing it changes the articles the decisions cite, which a test checks.
CITATION_ONLY: dict[tuple[str, str], str] = {
    (
        "xianyang-2013",
        "upward_to_province",
    ): "51 报送省政府审批的公文由市长签署: 52 (市政府公文由市长签发) answers alike",
    ("xianyang-2013", "motion_to_congress"): "51 议案、人事任免由市长签署: 52 answers alike",
    ("xianyang-2013", "motion_without_addressee"): "51 议案 (no addressee on record) 由市长签署: 52 answers alike",
    ("xifeng-2022", "request_report_to_city_by_head"): "53(一) 向市政府的请示、报告: 附件1 五(二)8 answers alike",
    ("xifeng-2022", "major_policy_by_head"): "53(一) 重大方针政策: 附件1 五(三)1(5) answers alike",
    ("xifeng-2022", "personnel_by_head"): "53(三) 人事任免: 附件1 五(三)1(5) answers alike",
    ("xifeng-2022", "multi_portfolio_important_by_head"): "附件1 五(三)1(8): 53(一) answers alike",
    ("kongtong-2016", "visit_abroad_approval"): "66 出国（境）按程序审批, approver not named: 59 answers alike (报告)",
    ("xifeng-2022", "government_letter_by_deputy_in_charge"): "附件1 三 西政函 (not 53(五) 下发): the deputy default "
    "answers alike",
}


@pytest.mark.parametrize("rid", rulesets.available())
def test_every_rule_decides_some_situation(rid: str) -> None:
    rs = rulesets.load(rid)
    found = reached(rs)
    dead = {(rid, r.id) for r in rs.rules if isinstance(r, DECIDING_KINDS) and r.id not in found}
    assert dead == {k for k in UNREACHABLE if k[0] == rid}
    for rule_id, situation in found.items():  # and the situation does return it
        rule = rs.rule(rule_id)
        if isinstance(situation, Document) and isinstance(rule, RoutingRule):
            assert rule.citation in {v.citation for v in routing(rs, situation)}
        elif isinstance(situation, Document) and isinstance(rule, (SigningRule, CountersignRule, SealRule, ReviewRule)):
            assert rule.citation in who_signs(rs, situation).citations
        elif isinstance(situation, Document):
            assert rule_id in who_approves(rs, situation).trace.applied
        elif isinstance(situation, Meeting):
            d = check_meeting(rs, situation)
            assert rule_id in d.trace.applied
            if isinstance(rule, AgendaRule):
                assert any(v.source == rule_id for v in d.violations)
        else:
            assert isinstance(situation, LeaveRequest)
            assert rule_id in check_leave(rs, situation).trace.applied


def test_a_dead_rule_is_found() -> None:
    """A rule every situation it covers gives to another (overridden wherever it applies) is unreachable."""
    rs = rulesets.load("district-xx")
    office_bulletins = DocumentIs(kind=DocumentKind.BULLETIN, issuer=Issuer.GOVERNMENT_OFFICE)
    shadow = SigningRule(id="shadowed", when=office_bulletins, signer=Role.HEAD, cite=rs.rules[0].citation)
    shadowing = SigningRule(
        id="shadowing",
        when=office_bulletins,
        signer=Role.OFFICE_DIRECTOR,
        overrides=("shadowed",),
        cite=rs.rules[0].citation,
    )
    bulletins = DocumentIs(kind=DocumentKind.BULLETIN, issuer=Issuer.GOVERNMENT)
    seal = SealRule(id="second_seal", when=bulletins, seal="另一印章", cite=rs.rules[0].citation)
    meeting = next(r for r in rs.rules_of(MeetingRule))
    duplicate = MeetingRule(id="second_composition", meeting=meeting.meeting, cite=rs.rules[0].citation)
    found = reached(rs.evolve(rules=(*rs.rules, shadow, shadowing, seal, duplicate)))
    assert "shadowing" in found
    # the first prevailing seal and composition are the ones used
    assert not {"shadowed", "second_seal", "second_composition"} & set(found)


@pytest.fixture(scope="module")
def survivors() -> dict[tuple[str, str], bool]:
    return {(rid, i): cites for rid in rulesets.available() for i, cites in mutation.survivors(rulesets.load(rid))}


def test_removing_a_rule_changes_an_answer_or_its_citations(survivors: dict[tuple[str, str], bool]) -> None:
    # an unreachable rule decides no situation of the space, so its removal changes none: a test must catch it
    assert set(survivors) - set(UNREACHABLE) == set(CITATION_ONLY)
    assert all(cites for k, cites in survivors.items() if k not in UNREACHABLE)  # each changes some citations


@pytest.mark.parametrize(("rid", "rule_id"), sorted({**CITATION_ONLY, **UNREACHABLE}))
def test_a_citation_only_rule_is_caught_by_a_test(rid: str, rule_id: str) -> None:
    """Without the rule (one restating another's answer, or one no situation of the space returns), a table test
    of its ruleset (naming its article) fails."""
    assert mutation.tests_fail(rid, rule_id)


def test_a_rule_removed_changes_the_diff() -> None:
    """64 区政府印章 (district-xx) removed: the seal of every government document changes."""
    rs = rulesets.load("district-xx")
    assert changes_anything(rs, remove_rule(rs, "government_seal"))
    assert not changes_anything(rs, rs.evolve())
