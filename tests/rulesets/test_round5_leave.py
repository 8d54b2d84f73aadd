"""Round 5, leave and absence read by kind across the five texts (docs/interpretations: 东川 going-out-not-vacation,
abroad-stages, meeting-absence-who; 西丰 absence-reasons). Each row names its ruleset and article.

- `LeaveRule.approval_orders`: where a text orders only some approvals (东川 第四十五条 「报A并报B、C审核后…报D审批」),
  each stated order of stages holds and nothing more is required of the order.
- 外出 of 东川's department and township heads is leaving: a 休假 is not certainly one (as 咸阳, 西丰, 崆峒 read it).
- 东川 第二十五条 binds the leaders and department 负责同志, not everyone who may sit in.
- A meeting record's absences are checked when only a leave rule speaks of that kind of meeting (district-xx 五十三).
- A request that gives no reason is not held against 西丰 四十六's list.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from govrules import attendance, rulesets
from govrules.audit import audit
from govrules.errors import InvalidInput, NoApplicableRule
from govrules.model import AbsenceReason, LeaveKind, LeaveRequest, MeetingKind, Role

K, R, M = LeaveKind, Role, MeetingKind
START, END, ASKED = date(2025, 3, 10), date(2025, 3, 14), date(2025, 3, 3)


def _leave_record(role: Role, kind: LeaveKind, approved_by: tuple[Role, ...], **extra: Any) -> dict[str, Any]:
    return {
        "type": "leave", "id": "lv", "role": role.name, "kind": kind.name, "start": START.isoformat(),
        "end": END.isoformat(), "requested_on": ASKED.isoformat(), "approved_by": [r.name for r in approved_by],
        "notified": ["PARTY_COMMITTEE"], **extra,
    }  # fmt: skip


FA, PS, HG, FAO = R.FOREIGN_AFFAIRS_DEPUTY, R.PARTY_SECRETARY, R.HIGHER_GOVERNMENT, R.FOREIGN_AFFAIRS_OFFICE

# (ruleset, article, role, approvals in the order on record, whether `leave_approvers` is found)
APPROVAL_ORDERS = [
    ("dongchuan-2024", "45 ¶1 reviews in any order", R.DEPUTY, (R.HEAD, PS, FA, HG), False),
    ("dongchuan-2024", "45 ¶1 reviews in the order listed", R.DEPUTY, (FA, PS, R.HEAD, HG), False),
    ("dongchuan-2024", "45 ¶1 city government before a review", R.DEPUTY, (R.HEAD, HG, PS, FA), True),
    ("dongchuan-2024", "45 ¶1 a review missing", R.DEPUTY, (FA, PS, HG), True),
    ("dongchuan-2024", "45 ¶1 head's visit: 区委 at any point", R.HEAD, (R.PARTY_COMMITTEE, PS, FA, HG), False),
    ("dongchuan-2024", "45 ¶1 head's visit: city before review", R.HEAD, (FA, HG, PS, R.PARTY_COMMITTEE), True),
    ("dongchuan-2024", "45 ¶2 逐级 either way", R.DEPARTMENT_HEAD, (R.DEPUTY, FAO, FA, PS, R.HEAD), False),
    ("dongchuan-2024", "45 ¶2 + 44 interleaved", R.DEPARTMENT_HEAD, (FAO, R.DEPUTY, FA, R.HEAD, PS), False),
    ("dongchuan-2024", "45 ¶2 外办 after 外事副区长", R.DEPARTMENT_HEAD, (R.DEPUTY, FA, FAO, R.HEAD, PS), True),
    ("dongchuan-2024", "44 head before deputy in charge", R.DEPARTMENT_HEAD, (FAO, FA, R.HEAD, PS, R.DEPUTY), True),
    ("dongchuan-2024", "45 ¶2 office director, 44 区长 anywhere", R.OFFICE_DIRECTOR, (FAO, FA, PS, R.HEAD), False),
    ("dongchuan-2024", "45 ¶2 office director, chain broken", R.OFFICE_DIRECTOR, (FA, FAO, PS, R.HEAD), True),
]


@pytest.mark.parametrize(("ruleset_id", "article", "role", "approved_by", "found"), APPROVAL_ORDERS,
                         ids=[f"{r[0]} {r[1]}" for r in APPROVAL_ORDERS])  # fmt: skip
def test_stated_orders_of_approval(
    ruleset_id: str, article: str, role: Role, approved_by: tuple[Role, ...], found: bool
) -> None:
    rs = rulesets.load(ruleset_id)
    notified = ["HIGHER_PARTY_COMMITTEE"] if role is R.HEAD else ["PARTY_COMMITTEE"]
    record = _leave_record(role, K.VISIT_ABROAD, approved_by, notified=notified)
    rules = [f.rule for f in audit(rs, [record])]
    assert ("leave_approvers" in rules) is found, (article, rules)


def test_explanation_says_the_stated_order() -> None:
    rs = rulesets.load("dongchuan-2024")
    d = attendance.check_leave(rs, LeaveRequest(role=R.DEPUTY, kind=K.VISIT_ABROAD, start=START, end=END,
                                                requested_on=ASKED))  # fmt: skip
    assert "审批顺序：先经分管外事工作的副区长、区委书记、区长，再经市人民政府。" in d.explain()
    assert d.approvers == (FA, PS, R.HEAD, HG)


def test_audit_message_says_the_stated_order() -> None:
    rs = rulesets.load("dongchuan-2024")
    record = _leave_record(R.DEPUTY, K.VISIT_ABROAD, (R.HEAD, HG, PS, FA))
    (finding,) = [f for f in audit(rs, [record]) if f.rule == "leave_approvers"]
    assert "先经分管外事工作的副区长、区委书记、区长，再经市人民政府" in finding.message
    assert finding.citation is not None and finding.citation.article == 45


@pytest.mark.parametrize(
    ("orders", "match"),
    [
        ((((R.HEAD,),),), "at least two stages"),  # one stage orders nothing
        ((((R.HEAD,), (R.PARTY_SECRETARY,)),), "not in approvers"),
    ],
    ids=["西丰 六十七 one stage", "西丰 六十七 a stage names a role not asked"],
)
def test_approval_orders_are_checked_when_declared(orders: Any, match: str) -> None:
    rs = rulesets.load("xifeng-2022")
    with pytest.raises(InvalidInput, match=match):
        rs.replace_rule("department_head_trip", approval_orders=orders)


def test_approval_orders_from_data_in_a_whatif() -> None:
    """西丰 六十七 ¶2 「向县长和分管副县长请假」 names no order; a what-if that orders them is data, not engine code."""
    rs = rulesets.load("xifeng-2022").replace_rule("department_head_trip", approval_orders=(((R.DEPUTY,), (R.HEAD,)),))
    base = {"notified": ["GOVERNMENT_OFFICE"], "kind": "TRIP"}
    wrong = {**_leave_record(R.DEPARTMENT_HEAD, K.TRIP, (R.HEAD, R.DEPUTY)), **base}
    right = {**_leave_record(R.DEPARTMENT_HEAD, K.TRIP, (R.DEPUTY, R.HEAD)), **base}
    assert "leave_approvers" in [f.rule for f in audit(rs, [wrong])]
    assert "leave_approvers" not in [f.rule for f in audit(rs, [right])]
    assert "leave_approvers" not in [f.rule for f in audit(rulesets.load("xifeng-2022"), [wrong])]


# (ruleset, article, role, kind, meeting, covered)
COVERAGE = [
    ("dongchuan-2024", "44 department head 外出: 休假", R.DEPARTMENT_HEAD, K.VACATION, None, False),
    ("dongchuan-2024", "44 township head 外出: 休假", R.TOWNSHIP_HEAD, K.VACATION, None, False),
    ("dongchuan-2024", "44 department head 外出: trip", R.DEPARTMENT_HEAD, K.TRIP, None, True),
    ("dongchuan-2024", "44 township head 外出: study", R.TOWNSHIP_HEAD, K.STUDY, None, True),
    ("dongchuan-2024", "44 township head 外出: abroad", R.TOWNSHIP_HEAD, K.VISIT_ABROAD, None, True),
    ("dongchuan-2024", "44 deputy 离开东川…休假", R.DEPUTY, K.VACATION, None, True),
    ("dongchuan-2024", "25 township head sitting in", R.TOWNSHIP_HEAD, K.MEETING_ABSENCE, M.EXECUTIVE, False),
    ("dongchuan-2024", "25 unit head sitting in", R.UNIT_HEAD, K.MEETING_ABSENCE, M.EXECUTIVE, False),
    ("dongchuan-2024", "25 office deputy director", R.OFFICE_DEPUTY_DIRECTOR, K.MEETING_ABSENCE, M.EXECUTIVE, True),
    ("dongchuan-2024", "25 department head", R.DEPARTMENT_HEAD, K.MEETING_ABSENCE, M.TOPICAL, True),
    ("dongchuan-2024", "25 deputy", R.DEPUTY, K.MEETING_ABSENCE, M.PLENARY, True),
]


@pytest.mark.parametrize(("ruleset_id", "article", "role", "kind", "meeting", "covered"), COVERAGE,
                         ids=[f"{r[0]} {r[1]}" for r in COVERAGE])  # fmt: skip
def test_who_and_what_each_article_binds(
    ruleset_id: str, article: str, role: Role, kind: LeaveKind, meeting: MeetingKind | None, covered: bool
) -> None:
    rs = rulesets.load(ruleset_id)
    request = LeaveRequest(role=role, kind=kind, start=START, end=END, requested_on=ASKED, meeting=meeting)
    if covered:
        assert attendance.check_leave(rs, request).citations, article
    else:
        with pytest.raises(NoApplicableRule):
            attendance.check_leave(rs, request)


def _absence(role: Role, meeting: MeetingKind, **fields: Any) -> dict[str, Any]:
    return {"role": role.name, "kind": "MEETING_ABSENCE", "meeting": meeting.name, "start": "2025-03-12",
            "end": "2025-03-12", "requested_on": "2025-03-10", **fields}  # fmt: skip


# (ruleset, article, meeting, absence, rule found (None: none of the absence's))
MEETING_ABSENCES = [
    ("district-xx", "53 ¶2 no substitute", M.WORK_CONFERENCE, _absence(R.DEPARTMENT_HEAD, M.WORK_CONFERENCE,
                                                                       substitute=False), "leave_substitute"),
    ("district-xx", "53 ¶2 asked after", M.WORK_CONFERENCE, _absence(R.DEPARTMENT_HEAD, M.WORK_CONFERENCE,
                                                                     substitute=True, requested_on="2025-03-13"),
     "leave_request"),
    ("district-xx", "53 ¶2 in time, substitute", M.WORK_CONFERENCE, _absence(R.DEPARTMENT_HEAD, M.WORK_CONFERENCE,
                                                                             substitute=True), None),
]  # fmt: skip


@pytest.mark.parametrize(("ruleset_id", "article", "meeting", "absence", "rule"), MEETING_ABSENCES,
                         ids=[f"{r[0]} {r[1]}" for r in MEETING_ABSENCES])  # fmt: skip
def test_absences_of_a_meeting_only_a_leave_rule_names(
    ruleset_id: str, article: str, meeting: MeetingKind, absence: dict[str, Any], rule: str | None
) -> None:
    rs = rulesets.load(ruleset_id)
    record = {"type": "meeting", "id": "m", "kind": meeting.name, "date": "2025-03-12", "presided_by": "HEAD",
              "attendees": ["DEPUTY"], "absent": [absence]}  # fmt: skip
    findings = list(audit(rs, [record]))
    found = [f.rule for f in findings if f.rule.startswith("leave_")]
    assert found == ([rule] if rule else []), article
    # the 工作会议's composition is unchecked (its class is not on record: district_xx `work-conference-classes`);
    # its chair is, and the 区长 may chair it: no finding but the absence's
    assert [f.rule for f in findings] == found, article


@pytest.mark.parametrize(
    ("reason", "ok", "says"),
    [(None, True, "未说明请假事由，未对照所列事由检查"), (AbsenceReason.PERSONAL, False, "原则上不应请假"),
     (AbsenceReason.HEALTH, True, "符合规定")],
    ids=["西丰 四十六 no reason given", "西丰 四十六 a reason outside the list", "西丰 四十六 a listed reason"],
)  # fmt: skip
def test_a_reason_not_given_is_not_held_against_the_list(reason: AbsenceReason | None, ok: bool, says: str) -> None:
    rs = rulesets.load("xifeng-2022")
    request = LeaveRequest(role=R.DEPUTY, kind=K.MEETING_ABSENCE, start=date(2025, 3, 12), end=date(2025, 3, 12),
                           requested_on=date(2025, 3, 10), meeting=M.EXECUTIVE, reason=reason)  # fmt: skip
    d = attendance.check_leave(rs, request)
    assert d.ok is ok and says in d.explain()
