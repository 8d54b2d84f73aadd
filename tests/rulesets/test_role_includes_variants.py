"""RoleIncludes, refusals and 当日 where the shipped rulesets cannot tell `acts_as` from `in`.

Written by a reviewer who broke the code one call site at a time: each section names the kind of breakage
it catches (no other test did). Every shipped ruleset lists the executive deputy
beside the deputy wherever a meeting rule names the deputy as presider or presider alternate, and no
any-of group names the deputy, so those call sites are only reachable through a variant ruleset
(`Ruleset.replace_rule`): the variants below keep the text's article and change only the roles named.
"""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, rulesets, signing
from govrules.errors import CalendarNotCovered, NoApplicableRule
from govrules.model import Document, LeaveRequest, Meeting, Role
from govrules.rules import Alternate
from govrules.whatif import remove_rule
from govrules.whatif.meetings import MeetingPart, judge
from govrules.workdays import china

RULE = "executive_deputy_is_a_deputy"
MEETING_DAY = date(2025, 3, 12)
KT = "kongtong-2016"


def _presider_breaches(rs, meeting: Meeting) -> list[str]:
    return [v.message for v in attendance.check_meeting(rs, meeting).violations if v.rule == "meeting_presider"]


# --- check_meeting / whatif judge: presider and presider alternates read with acts_as


@pytest.mark.parametrize(
    ("rule_id", "kind", "changes"),
    [
        # 崆峒 四十四 (专题会议由区长、副区长…主持): as if it named only the 副区长 beside the 区长
        ("topical_composition", "TOPICAL", {"presiders": ("HEAD", "DEPUTY")}),
        # 崆峒 四十三 (区长办公会议…受区长委托，由副区长主持): as if the alternate were the 副区长 alone
        ("head_office_composition", "HEAD_OFFICE", {"presider_alternates": (Alternate("DEPUTY", "AUTHORIZATION"),)}),
    ],
)
def test_the_executive_deputy_presides_where_a_deputy_may(rule_id: str, kind: str, changes: dict) -> None:
    rs = rulesets.load(KT).replace_rule(rule_id, **changes)
    meeting = Meeting(kind=kind, date=MEETING_DAY, presided_by="EXECUTIVE_DEPUTY", attendees=["OFFICE_DIRECTOR"])
    assert _presider_breaches(rs, meeting) == []
    assert _presider_breaches(remove_rule(rs, RULE), meeting) != []
    # the what-if judge says the same of the presider part
    part = MeetingPart(meeting=meeting.kind, part="presider", role=Role.EXECUTIVE_DEPUTY)
    assert judge(rs, part, china()).breaches == ()
    assert judge(remove_rule(rs, RULE), part, china()).breaches != ()


# --- check_meeting: any-of groups are the roles they name


def test_an_any_of_group_naming_the_deputy_is_not_filled_by_the_executive_deputy() -> None:
    """崆峒 四十四's group 「区政府办公室主任或相关副主任」, as if it named the 副区长: the executive deputy's
    attendance does not satisfy it (RoleIncludes: no group is read with acts_as)."""
    rs = rulesets.load(KT).replace_rule("topical_composition", any_of=(frozenset({Role.DEPUTY, Role.OFFICE_CLERK}),))
    meeting = Meeting(kind="TOPICAL", date=MEETING_DAY, presided_by="HEAD", attendees=["EXECUTIVE_DEPUTY"])
    messages = [v.message for v in attendance.check_meeting(rs, meeting).violations]
    assert any("均未出席且未请假" in m for m in messages), messages


# --- Refusal: the message and arguments are those of the refusal itself

DOC = Document(kind="RESOLUTION", issuer="JOINT_OFFICES")
REQ = LeaveRequest(role="秘书长", kind="外出", start=date(2025, 3, 3), end=date(2025, 3, 4))


@pytest.mark.parametrize(
    ("ask", "said"),
    [
        (lambda rs: signing.who_signs(rs, DOC), "xianyang-2013: no signing rule covers a "),
        (lambda rs: signing.who_approves(rs, DOC), "xianyang-2013: no approval rule covers a "),
        (lambda rs: attendance.check_leave(rs, REQ, calendar=china()), "xianyang-2013: no leave rule covers "),
    ],
)
def test_a_refusal_from_memory_says_what_the_first_said(ask, said: str) -> None:
    rs = rulesets.load("xianyang-2013").evolve()
    for _ in range(2):  # computed, then from memory
        with pytest.raises(NoApplicableRule) as caught:
            ask(rs)
        assert str(caught.value).startswith(said), str(caught.value)
        assert caught.value.args == (str(caught.value),)


# --- Refusal: only NoApplicableRule is remembered; a calendar refusal is worked out again


def test_a_leave_past_the_calendar_is_refused_with_its_year_each_time() -> None:
    """西丰 六十七 ¶2 (提前3天): a trip in a year the calendar does not cover is refused by CalendarNotCovered,
    with its year, each time; the memo keeps no such refusal (only NoApplicableRule is a `Refusal`)."""
    rs = rulesets.load("xifeng-2022").evolve()
    request = LeaveRequest(role="DEPARTMENT_HEAD", kind="TRIP", start=date(2031, 3, 10), end=date(2031, 3, 12),
                           requested_on=date(2031, 3, 5))  # fmt: skip
    errors = []
    for _ in range(2):
        with pytest.raises(CalendarNotCovered) as caught:
            attendance.check_leave(rs, request, calendar=china())
        errors.append(caught.value)
    assert [e.year for e in errors] == [2031, 2031]
    assert errors[0] is not errors[1] and str(errors[0]) == str(errors[1])
    assert rs.memos[attendance._check_leave_fast].cache_info().currsize == 0  # type: ignore[attr-defined]


# --- the audit: countersigners and their alternates, and those told of a leave, read with acts_as

from govrules.audit import audit  # noqa: E402


def _doc_record(**fields: object) -> dict[str, object]:
    return {"type": "document", "id": "d", "kind": "NOTICE", "issuer": "JOINT_OFFICES", "signed_by": "HEAD",
            "signed_on": "2025-03-12", **fields}  # fmt: skip


def _countersign_rules(rs, record) -> list[str]:
    return [f.rule for f in audit(rs, [record]) if f.rule == "countersigners"]


@pytest.mark.parametrize(
    ("changes", "countersigned_by", "breach"),
    [
        # 崆峒 五十二 ¶2: 「根据内容由区政府办公室主任会签;如有必要,可由区长或分管副区长会签」
        ({}, ["EXECUTIVE_DEPUTY"], False),  # he is one of the 副区长: the alternate stands for the director
        ({}, ["OFFICE_CLERK"], True),
        ({}, ["OFFICE_DIRECTOR"], False),
        # as if 五十二 ¶2 named the 分管副区长 as the countersigner himself
        ({"countersigners": ("DEPUTY",), "alternates": ()}, ["EXECUTIVE_DEPUTY"], False),
        ({"countersigners": ("DEPUTY",), "alternates": ()}, ["OFFICE_DIRECTOR"], True),
    ],
)
def test_the_audit_reads_countersigners_with_acts_as(changes: dict, countersigned_by: list[str], breach: bool) -> None:
    rs = rulesets.load(KT)
    rs = rs.replace_rule("joint_offices_countersign", **changes) if changes else rs
    record = _doc_record(countersigned_by=countersigned_by)
    assert bool(_countersign_rules(rs, record)) is breach
    if not breach and countersigned_by == ["EXECUTIVE_DEPUTY"]:
        assert _countersign_rules(remove_rule(rs, RULE), record), "without the role rule he stands for no one"


def test_the_audit_accepts_the_executive_deputy_as_one_told_of_a_leave() -> None:
    """咸阳 六十五 ¶2 (a department head's trip), as if it had the 市长 asked and the 分管副市长 told (报备): the
    executive deputy told is no leave_notify breach; the office clerk told is. (A role asked is not also told,
    so the deputy must not be among the approvers.)"""
    rs = rulesets.load("xianyang-2013").replace_rule("department_head_trip", approvers=("HEAD",), notify=("DEPUTY",))
    record = {"type": "leave", "id": "l1", "role": "DEPARTMENT_HEAD", "kind": "TRIP", "start": "2025-03-10",
              "end": "2025-03-12", "requested_on": "2025-03-05", "notified": ["EXECUTIVE_DEPUTY"]}  # fmt: skip
    told = [f.rule for f in audit(rs, [record])]
    assert "leave_notify" not in told
    assert "leave_notify" in [f.rule for f in audit(rs, [{**record, "notified": ["OFFICE_CLERK"]}])]
    assert "leave_notify" in [f.rule for f in audit(remove_rule(rs, RULE), [record])]


# --- periods: only a 0-day period AFTER is 「当日」

from govrules.periods import AFTER, BEFORE, DAY, WORKDAY, Period  # noqa: E402


@pytest.mark.parametrize(
    ("period", "zh", "en_says_on_the_day"),
    [
        (Period(0, DAY, AFTER), "当日", True),  # 崆峒 五十四 「当日事当日清」
        (Period(0, DAY, BEFORE), "提前0天", False),  # no text says it; not 当日
        (Period(0, WORKDAY, AFTER), "0个工作日内", False),
        (Period(1, DAY, AFTER), "1天内", False),
    ],
)
def test_only_a_zero_day_period_after_is_the_same_day(period: Period, zh: str, en_says_on_the_day: bool) -> None:
    assert period.describe() == zh
    assert (period.describe_en() == "on the day of") is en_says_on_the_day


# --- the audit's portfolio check: one named in a role of his own is not taken for the deputy in charge


def test_the_portfolio_check_leaves_alone_one_the_rule_names_in_his_own_role(tmp_path) -> None:
    """西丰 五十三(五), 附件1 五(三)1: a government notice is signed by the 分管副县长 (or the 县长); the rule also
    lets the 负责日常工作的副县长 sign on the 县长's authorization (an alternate of his own role).
    王五, 常务副县长 from 2025-08 with no 县教育局 in his portfolio, may sign it as that
    alternate: the roster's portfolio is no ground for a finding (his office document is: the office export
    test's record b)."""
    from govrules.audit.people import load_roster

    rs = rulesets.load("xifeng-2022")
    path = tmp_path / "roster.toml"  # tests/audit/test_office_export.py's ROSTER, 王五's two terms
    path.write_text(
        '[[member]]\nname = "张三"\nrole = "县长"\nfrom = 2023-01-01\n\n'
        '[[member]]\nname = "王五"\nrole = "副县长"\nportfolio = ["县教育局"]\nfrom = 2022-01-01\nto = 2025-06-30\n\n'
        '[[member]]\nname = "王五"\nrole = "常务副县长"\nfrom = 2025-07-01\n',
        encoding="utf-8",
    )
    roster = load_roster(path)
    record = {"type": "document", "id": "g", "kind": "NOTICE", "issuer": "GOVERNMENT", "department": "县教育局",
              "signed_by": "王五", "signed_on": "2025-08-01"}  # fmt: skip
    assert "portfolio" not in [f.rule for f in audit(rs, [record], roster=roster)]
    # the same notice in the office's name (五十三(六): the leader in charge signs) is his portfolio's concern
    office = {**record, "issuer": "以政府办公室名义"}
    assert "portfolio" in [f.rule for f in audit(rs, [office], roster=roster)]


# --- check_signature / check_seal: the signer standing for a review step, a circled review, the seal

from govrules.model import Review, ReviewAct  # noqa: E402

XY_DOC = Document(kind="RESOLUTION", issuer="GOVERNMENT")  # 咸阳 五十二: 分管副市长审核后，市长签发


def _rules(verdict) -> list[str]:
    return [v.rule for v in verdict.violations]


def test_the_executive_deputys_own_signature_takes_the_deputys_review_step() -> None:
    """咸阳 五十二: reviewed by the 分管副市长, signed by the 市长. Whoever signs needs no review by himself, and
    the executive deputy, one of the 副市长, signing is no missing 分管副市长 review (the signer breach stays)."""
    rs = rulesets.load("xianyang-2013")
    assert signing.who_signs(rs, XY_DOC).reviewers == (Role.DEPUTY,)
    assert "reviewers" not in _rules(signing.check_signature(rs, XY_DOC, Role.EXECUTIVE_DEPUTY))
    assert "reviewers" in _rules(signing.check_signature(remove_rule(rs, RULE), XY_DOC, Role.EXECUTIVE_DEPUTY))
    assert "reviewers" in _rules(signing.check_signature(rs, XY_DOC, Role.OFFICE_DIRECTOR))


def test_a_circled_review_by_the_executive_deputy_is_no_opinion_where_circling_is_not_consent() -> None:
    """咸阳 五十二, as if it said 圈阅 is no consent (no shipped signing rule with a deputy's review says so): the
    executive deputy's circling, taking the 分管副市长's step, is a review_opinion breach."""
    rs = rulesets.load("xianyang-2013").replace_rule("government_document", circle_means_consent=False)
    circled = [Review(Role.EXECUTIVE_DEPUTY, ReviewAct.CIRCLED)]
    assert "review_opinion" in _rules(signing.check_signature(rs, XY_DOC, Role.HEAD, circled))
    assert "review_opinion" not in _rules(signing.check_signature(remove_rule(rs, RULE), XY_DOC, Role.HEAD, circled))


def test_the_executive_deputy_consents_to_the_seal_where_a_deputy_may() -> None:
    """district-xx's government seal, as if it named only the 区长 and 副区长 (the text names the 常务副区长 too,
    so the shipped rule cannot tell acts_as from `in`)."""
    rs = rulesets.load("district-xx").replace_rule("government_seal", approvers=("HEAD", "DEPUTY"))
    doc = Document(kind="NOTICE", issuer="GOVERNMENT")
    assert signing.who_signs(rs, doc).seal is not None
    assert "seal_approval" not in _rules(signing.check_seal(rs, doc, Role.EXECUTIVE_DEPUTY))
    assert "seal_approval" in _rules(signing.check_seal(remove_rule(rs, RULE), doc, Role.EXECUTIVE_DEPUTY))


# --- whatif meetings: the judge's allowed attendees, and the space telling included roles apart

from govrules.model import MeetingKind  # noqa: E402
from govrules.whatif.meetings import LISTED, MeetingSpace  # noqa: E402


def test_the_whatif_judge_admits_the_executive_deputy_where_deputies_may_attend() -> None:
    """崆峒 四十一 (非党员副区长 may sit in on the 党组会议): the judge of the role part says no outsider, as
    check_meeting does. (Since the fourth reading he may also chair it while the 区长 is away — 九 —, so he is no
    outsider there even without the role rule.)"""
    rs = rulesets.load(KT)
    part = MeetingPart(meeting=MeetingKind.PARTY_GROUP, part="role", role=Role.EXECUTIVE_DEPUTY, state=LISTED)
    assert not any("非规定参会人员" in b for b in judge(rs, part, china()).breaches)
    assert not any("非规定参会人员" in b for b in judge(remove_rule(rs, RULE), part, china()).breaches)


@pytest.mark.parametrize(
    ("rule_id", "changes", "kind", "what"),
    [
        ("topical_composition", {}, MeetingKind.PARTY_GROUP, "roles"),  # 四十一: the 副区长 may sit in
        ("topical_composition", {"presiders": ("HEAD", "DEPUTY")}, MeetingKind.TOPICAL, "presiders"),  # 四十四, varied
    ],
)
def test_the_meeting_space_tells_an_included_role_apart(
    rule_id: str, changes: dict, kind: MeetingKind, what: str
) -> None:
    """A role a named role includes is a role of its own in the what-if space, not the stand-in for every role
    no rule names (the last value: the first unnamed role in `Role` order, which is the executive deputy
    unless he is told apart): he is judged differently with and without the role rule, a department head not."""
    rs = rulesets.load(KT)
    rs = rs.replace_rule(rule_id, **changes) if changes else rs
    space = MeetingSpace.of(rs, remove_rule(rs, RULE), calendar=china())
    assert Role.EXECUTIVE_DEPUTY in getattr(space, what)(kind)[:-1]


def test_the_space_knows_whose_attendance_decides_an_included_alternate_presider() -> None:
    """崆峒 四十三, as if 「区长不在时，由副区长主持」 (an absence alternate): the executive deputy presiding is
    judged against whether the 区长 attends."""
    alternate = Alternate("DEPUTY", "ABSENCE")
    rs = rulesets.load(KT).replace_rule("head_office_composition", presider_alternates=(alternate,))
    space = MeetingSpace.of(rs, calendar=china())
    assert space._principals(MeetingKind.HEAD_OFFICE, Role.EXECUTIVE_DEPUTY) == frozenset({Role.HEAD})
