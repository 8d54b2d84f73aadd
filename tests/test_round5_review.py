"""A review of round 5 (session 8): explanations say what was checked and what was not, no hedge the text
does not put on a period, and what-ifs refuse fields no record could satisfy."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, deadlines, rulesets
from govrules.audit import audit
from govrules.cli import main
from govrules.errors import InvalidInput
from govrules.model import LeaveKind, LeaveRequest, Meeting, MeetingKind, Role
from govrules.rules import DeadlineRule
from govrules.rules.kinds import LeaveRule
from govrules.whatif.changes import apply_changes

D = date(2025, 3, 10)


# -- a hedge is said once, and only where the text puts it --


@pytest.mark.parametrize(
    ("variant", "hedged"),
    [(None, True), ("complex", False)],
    ids=["district-xx 59 ¶3 一般应在3个工作日内", "district-xx 59 ¶3 特别复杂的事项不得超过一周"],
)
def test_the_hedge_governs_the_default_not_the_ceiling(variant: str | None, hedged: bool) -> None:
    text = deadlines.due(rulesets.load("district-xx"), "countersign_reply", D, variant=variant).explain()
    assert ("一般情况下" in text.splitlines()[0]) is hedged


@pytest.mark.parametrize("ruleset_id", rulesets.available())
def test_no_hedged_period_says_its_hedge_twice(ruleset_id: str) -> None:
    """东川 21 ¶1, 22 ¶2, 30 ¶2: the hedge is said before the period, not again inside the act's words."""
    rs = rulesets.load(ruleset_id)
    for r in rs.rules_of(DeadlineRule):
        if r.hedged:
            assert not any(w in r.action for w in ("原则上", "一般")), (r.id, r.action)
            first = deadlines.due(rs, r.id, D).explain().splitlines()[0]
            assert sum(first.count(w) for w in ("原则上", "一般情况下", "除特殊情况外")) == 1, (r.id, first)


def test_unhedged_variants_must_be_variants() -> None:
    rs = rulesets.load("district-xx")
    with pytest.raises(InvalidInput, match="unhedged_variants names no variant of the rule: urgent"):
        apply_changes(rs, [{"rule": "countersign_reply", "unhedged_variants": ["urgent"]}])


# -- a meeting says what was checked --


def test_a_meeting_only_a_leave_rule_names_says_only_absences_were_checked() -> None:
    """崆峒 五十九 ¶2 names the 工作会议 for leave only: its agenda is not said to be 符合规定."""
    rs = rulesets.load("kongtong-2016")
    meeting = Meeting(kind=MeetingKind.WORK_CONFERENCE, date=D, presided_by=Role.OFFICE_CLERK)
    text = attendance.check_meeting(rs, meeting).explain()
    assert "议题符合规定" not in text
    assert "仅规定该会议的请假，组成、主持与议题未作检查" in text


def test_an_absence_no_leave_rule_covers_is_said_unchecked() -> None:
    """东川 第二十五条 binds 区人民政府领导和有关部门负责同志: the 区委政研室's absence is not checked, and said so."""
    rs = rulesets.load("dongchuan-2024")
    leave = LeaveRequest(role=Role.POLICY_RESEARCH_HEAD, kind=LeaveKind.MEETING_ABSENCE, meeting=MeetingKind.EXECUTIVE,
                         start=D, end=D, requested_on=date(2025, 3, 11))  # fmt: skip
    meeting = Meeting(kind=MeetingKind.EXECUTIVE, date=D, presided_by=Role.HEAD,
                      attendees={Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.OFFICE_DIRECTOR}, absent=[leave])  # fmt: skip
    decision = attendance.check_meeting(rs, meeting)
    assert decision.unchecked_absences == (Role.POLICY_RESEARCH_HEAD,)
    assert "的请假，本规则未规定其审批，未作检查" in decision.explain()
    record = {"type": "meeting", "id": "m", "kind": "EXECUTIVE", "date": D.isoformat(), "presided_by": "HEAD",
              "attendees": ["EXECUTIVE_DEPUTY", "DEPUTY", "OFFICE_DIRECTOR"],
              "absent": [{"role": "POLICY_RESEARCH_HEAD", "kind": "MEETING_ABSENCE", "meeting": "EXECUTIVE",
                          "start": D.isoformat(), "end": D.isoformat(), "requested_on": "2025-03-11"}]}  # fmt: skip
    run = audit(rs, [record])
    list(run)
    assert any(k.startswith("meeting absence (no leave rule covers") for k in run.summary.unchecked)


# -- what-ifs refuse what no record could satisfy --


@pytest.mark.parametrize(
    ("orders", "says"),
    [
        ([[["HEAD"], ["HEAD"]]], "two of its stages"),
        ([[["HEAD"], ["PARTY_SECRETARY"]], [["PARTY_SECRETARY"], ["HEAD"]]], "contradict"),
        (
            [
                [["FOREIGN_AFFAIRS_DEPUTY"], ["HEAD"], ["PARTY_SECRETARY"]],
                [["PARTY_SECRETARY"], ["FOREIGN_AFFAIRS_DEPUTY"]],
            ],
            "contradict",
        ),
    ],
    ids=["a role in two stages", "A before B and B before A", "a longer cycle"],
)
def test_approval_orders_no_record_can_satisfy_are_refused(orders: object, says: str) -> None:
    """东川 第四十五条's stages, changed by a what-if into orders no sequence of approvals meets."""
    rs = rulesets.load("dongchuan-2024")
    with pytest.raises(InvalidInput, match=says):
        apply_changes(rs, [{"rule": "deputy_visit_abroad", "approval_orders": orders}])


def test_consistent_approval_orders_are_kept() -> None:
    rs = rulesets.load("dongchuan-2024")
    orders = [[["FOREIGN_AFFAIRS_DEPUTY"], ["HEAD", "PARTY_SECRETARY"]]]
    v = apply_changes(rs, [{"rule": "deputy_visit_abroad", "approval_orders": orders}])
    rule = v.rule("deputy_visit_abroad")
    assert isinstance(rule, LeaveRule) and len(rule.approval_orders) == 1


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ({"ruleset": "xianyang-2013", "article": 3}, "cites ruleset 'xianyang-2013'"),
        ({"ruleset": "kongtong-2016", "article": 999}, "article 999"),
        ("第十九条", "a table is needed"),
    ],
    ids=["another text", "no such article", "not a table"],
)
def test_a_step_citation_is_checked_as_cite_is(value: object, says: str) -> None:
    """崆峒 四十六 ¶2 limits the assistants (`assistants_cite`): a what-if citing elsewhere is refused."""
    with pytest.raises(InvalidInput, match=says):
        apply_changes(rulesets.load("kongtong-2016"), [{"rule": "executive_composition", "assistants_cite": value}])


def test_signer_says_an_unknown_kind_before_a_missing_meeting(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["signer", "西丰", "--kind", "函件", "--issuer", "政府", "--presided-by", "县长"])
    err = capsys.readouterr().err
    assert code == 2 and "--kind" in err and "还应用 --meeting" not in err


@pytest.mark.parametrize(
    ("quote", "word"),
    [
        ("会议纪要原则上在会议结束后3个工作日内印发", "原则上"),  # 西丰 四十五
        ("除特殊情况外,应于会前5个工作日报送区政府办公室运转", "除特殊情况外"),  # district-xx 四十八
        ("一般应在3个工作日内回复", "一般"),  # district-xx 五十九
    ],
)
def test_one_hedge_word_for_deadlines_leave_and_rhythm(quote: str, word: str) -> None:
    """The hedge is read from the text by one function (deadlines, leave reasons and meeting rhythms)."""
    from govrules.rules import hedge_word

    assert hedge_word(quote) == word
