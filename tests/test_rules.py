"""The rule vocabulary and the engines on a small made-up ruleset (precedence, conflicts, what-if)."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, deadlines, rulesets, signing
from govrules.errors import InvalidInput, NoApplicableRule, RuleNotDefined
from govrules.model import (
    Authorization,
    Document,
    DocumentKind,
    Government,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    MeetingKind,
    Review,
    ReviewAct,
    Role,
)
from govrules.periods import BEFORE, DAY, WORKDAY, Period
from govrules.rules import (
    Alternate,
    Annex,
    Article,
    Citation,
    Citations,
    CountersignRule,
    DeadlineRule,
    DocumentIs,
    LeaveIs,
    LeaveRule,
    Ruleset,
    Section,
    SigningRule,
)

T = Citations("test-1", "测试县人民政府工作规则")
ARTICLES = tuple(Article(n, 1, f"第{n}条的文字。") for n in range(1, 11))
ANNEX = Annex(1, "公文处理办法", (Section("一", None, "一、签发"), Section("一(一)", "一", "（一）县长签发"),
                                Section("二", None, "二、其他")))  # fmt: skip

GENERAL = SigningRule(id="general", when=DocumentIs(issuer=Issuer.GOVERNMENT), signer=Role.HEAD,
                      reviewers=(Role.OFFICE_DIRECTOR, Role.DEPUTY), cite=T.article(1),
                      alternates=(Alternate(Role.EXECUTIVE_DEPUTY, "授权"),))  # fmt: skip
MINUTES = SigningRule(id="minutes", when=DocumentIs(kind=DocumentKind.MINUTES), signer=Role.MEETING_CHAIR,
                      cite=T.article(2), overrides=("general",))  # fmt: skip
FUNDS = SigningRule(id="funds_minutes", when=DocumentIs(kind=DocumentKind.MINUTES, matters=Matter.FUNDS),
                    signer=Role.HEAD, reviewers=(Role.MEETING_CHAIR,), cite=T.annex(1, "一(一)"),
                    overrides=("minutes",))  # fmt: skip
MULTI = CountersignRule(id="multi", when=DocumentIs(matters=Matter.MULTI_PORTFOLIO),
                        countersigners=(Role.DEPUTY,), cite=T.article(3))  # fmt: skip
REPLY = DeadlineRule(id="countersign_reply", period=Period(7, WORKDAY), anchor="收到征求意见", action="回复",
                     variants={"complex": Period(7, DAY)}, cite=T.article(4))  # fmt: skip
TRIP = LeaveRule(id="trip", when=LeaveIs(role=Role.DEPARTMENT_HEAD, kind=LeaveKind.TRIP),
                 approvers=(Role.DEPUTY, Role.HEAD), notify=(Role.GOVERNMENT_OFFICE,),
                 lead_time=Period(3, DAY, BEFORE), cite=T.article(5))  # fmt: skip
LONG_TRIP = LeaveRule(id="long_trip", when=LeaveIs(kind=LeaveKind.TRIP, min_days=8),
                      notify=(Role.PARTY_COMMITTEE,), cite=T.article(6))  # fmt: skip


def make(*rules: object) -> Ruleset:
    return Ruleset(
        id="test-1",
        government=Government("测试县人民政府", "县"),
        title="测试县人民政府工作规则",
        effective_from=date(2020, 1, 1),
        articles=ARTICLES,
        annexes=(ANNEX,),
        rules=rules or (GENERAL, MINUTES, FUNDS, MULTI, REPLY, TRIP, LONG_TRIP),
        role_names={Role.HEAD: "县长", Role.DEPUTY: "副县长"},
    )  # type: ignore[arg-type]


RS = make()


def test_citation_rendering() -> None:
    assert str(Citation("x", 53, item=3, title="西丰县人民政府工作规则（试行）")) == (
        "西丰县人民政府工作规则（试行）第五十三条第（三）项"
    )
    assert T.article(52, paragraph=2).short() == "第五十二条第二款"
    assert str(T.annex(1, "五(三)1(3)")) == "测试县人民政府工作规则附件1 五(三)1(3)"
    with pytest.raises(InvalidInput):
        Citation("x")


def test_texts() -> None:
    assert RS.article(3).text == "第3条的文字。"
    with pytest.raises(KeyError):
        RS.article(99)
    assert RS.annex(1).text("一") == "一、签发\n（一）县长签发"
    with pytest.raises(KeyError):
        RS.annex(1).section("九")
    assert {r.id for r in RS.citing(article=1)} == {"general"}
    assert {r.id for r in RS.citing(annex=1)} == {"funds_minutes"}


def test_validation() -> None:
    with pytest.raises(InvalidInput, match="article 42"):
        make(SigningRule(id="x", when=DocumentIs(), signer=Role.HEAD, cite=T.article(42)))
    with pytest.raises(InvalidInput, match="twice"):
        make(GENERAL, GENERAL)
    with pytest.raises(InvalidInput, match="nowhere"):
        make(SigningRule(id="x", when=DocumentIs(), signer=Role.HEAD, cite=T.article(1), overrides=("nowhere",)))
    with pytest.raises(InvalidInput, match="section"):
        make(SigningRule(id="x", when=DocumentIs(), signer=Role.HEAD, cite=T.annex(1, "九")))
    a = SigningRule(id="a", when=DocumentIs(), signer=Role.HEAD, cite=T.article(1), overrides=("b",))
    b = SigningRule(id="b", when=DocumentIs(), signer=Role.DEPUTY, cite=T.article(1), overrides=("a",))
    with pytest.raises(InvalidInput, match="cycle"):
        make(a, b)


def test_precedence_specific_over_general() -> None:
    notice = signing.who_signs(RS, Document(kind="通知", issuer="政府"))
    assert notice.signer is Role.HEAD
    assert notice.reviewers == (Role.OFFICE_DIRECTOR, Role.DEPUTY)
    assert notice.trace.applied == ("general",)
    topical = Document(kind="纪要", issuer="政府", meeting="专题会议", presided_by="副县长")
    d = signing.who_signs(RS, topical)
    assert d.signer is Role.DEPUTY  # the presiding chair
    assert d.trace.applied == ("minutes",)
    assert d.trace.overridden == ("general",)
    funds = signing.who_signs(RS, Document(kind="纪要", issuer="政府", meeting="专题会议", presided_by="副县长",
                                          matters={"资金"}))  # fmt: skip
    assert funds.signer is Role.HEAD
    assert funds.reviewers == (Role.DEPUTY,)  # the chair reviews first
    assert funds.citations[0].annex == 1
    assert "县长" in funds.explain()
    assert "（一）县长签发" in funds.explain()
    assert {c.field: c.held for c in funds.trace.checks} == {"kind": True, "matters": True}


def test_countersign_adds() -> None:
    d = signing.who_signs(RS, Document(kind="通知", issuer="政府", matters={"涉及数名副职分管"}))
    assert d.countersigners == (Role.DEPUTY,)
    assert T.article(3) in d.citations


def test_conflict_is_surfaced_never_picked() -> None:
    other = SigningRule(id="office", when=DocumentIs(kind=DocumentKind.NOTICE), signer=Role.OFFICE_DIRECTOR,
                        cite=T.article(7))  # fmt: skip
    rs = make(GENERAL, other)
    assert [(c.first, c.second) for c in rs.conflicts()] == [("general", "office")]
    d = signing.who_signs(rs, Document(kind="通知", issuer="政府"))
    assert d.conflict is not None
    assert "无优先规定" in d.explain()
    fixed = rs.replace_rule("office", overrides=("general",))
    assert fixed.conflicts() == ()
    assert signing.who_signs(fixed, Document(kind="通知", issuer="政府")).signer is Role.OFFICE_DIRECTOR


def test_no_applicable_rule() -> None:
    with pytest.raises(NoApplicableRule, match="部门"):
        signing.who_signs(RS, Document(kind="通知", issuer="部门"))


def test_check_signature() -> None:
    doc = Document(kind="通知", issuer="政府")
    ok = signing.check_signature(RS, doc, Role.HEAD, (Role.OFFICE_DIRECTOR, Role.DEPUTY))
    assert ok.ok
    wrong = signing.check_signature(RS, doc, Role.DEPUTY, (Role.OFFICE_DIRECTOR, Role.DEPUTY))
    assert [v.rule for v in wrong.violations] == ["signer"]
    assert wrong.violations[0].citation == T.article(1)
    order = signing.check_signature(RS, doc, Role.HEAD, (Role.DEPUTY, Role.OFFICE_DIRECTOR))
    assert [v.rule for v in order.violations] == ["reviewers"]
    missing = signing.check_signature(RS, doc, Role.HEAD, (Role.OFFICE_DIRECTOR,))
    assert "副县长" in missing.violations[0].message
    auth = Authorization(Role.HEAD, Role.EXECUTIVE_DEPUTY, date(2025, 3, 1), date(2025, 3, 31))
    authorised = signing.check_signature(RS, doc, Role.EXECUTIVE_DEPUTY, (Role.OFFICE_DIRECTOR, Role.DEPUTY),
                                         authorizations=[auth], on=date(2025, 3, 10))  # fmt: skip
    assert authorised.ok
    assert authorised.acted_under is not None
    expired = signing.check_signature(RS, doc, Role.EXECUTIVE_DEPUTY, (Role.OFFICE_DIRECTOR, Role.DEPUTY),
                                      authorizations=[auth], on=date(2025, 4, 10))  # fmt: skip
    assert not expired.ok


def test_circle_reading_needs_an_opinion_where_the_text_says_so() -> None:
    strict = RS.replace_rule("general", circle_means_consent=False)
    doc = Document(kind="通知", issuer="政府")
    circled = (Review(Role.OFFICE_DIRECTOR, ReviewAct.OPINION), Review(Role.DEPUTY, ReviewAct.CIRCLED))
    assert not signing.check_signature(strict, doc, Role.HEAD, circled).ok
    assert signing.check_signature(RS, doc, Role.HEAD, circled).ok


def test_deadlines() -> None:
    d = deadlines.due(RS, "countersign_reply", date(2025, 9, 26))
    assert d.date == date(2025, 10, 13)
    assert d.citation == T.article(4)
    assert not d.provisional
    assert "2025-10-13" in d.explain()
    assert deadlines.due(RS, "countersign_reply", date(2025, 9, 24), variant="complex").date == date(2025, 10, 9)
    with pytest.raises(InvalidInput, match="complex"):
        deadlines.due(RS, "countersign_reply", date(2025, 9, 24), variant="nope")
    with pytest.raises(RuleNotDefined):
        deadlines.due(RS, "request_reply", date(2025, 9, 26))
    with pytest.raises(RuleNotDefined):
        deadlines.due(RS, "general", date(2025, 9, 26))
    on_time = deadlines.check(RS, "countersign_reply", date(2025, 9, 26), date(2025, 10, 13))
    assert on_time.on_time
    assert on_time.late_by == 0
    late = deadlines.check(RS, "countersign_reply", date(2025, 9, 26), date(2025, 10, 15))
    assert not late.on_time
    assert late.late_by == 2
    assert "逾期2个工作日" in late.explain()


def test_leave_rules_are_cumulative() -> None:
    short = LeaveRequest(role="部门主要负责人", kind="TRIP", start=date(2025, 3, 6), end=date(2025, 3, 7),
                         requested_on=date(2025, 3, 5))  # fmt: skip
    v = attendance.check_leave(RS, short)
    assert not v.ok
    assert v.approvers == (Role.DEPUTY, Role.HEAD)
    assert v.notify == (Role.GOVERNMENT_OFFICE,)
    assert v.latest_request_date == date(2025, 3, 3)
    assert v.violations[0].citation == T.article(5)
    long = LeaveRequest(role="部门主要负责人", kind="TRIP", start=date(2025, 3, 10), end=date(2025, 3, 20),
                        requested_on=date(2025, 3, 3))  # fmt: skip
    w = attendance.check_leave(RS, long)
    assert w.ok
    assert w.notify == (Role.GOVERNMENT_OFFICE, Role.PARTY_COMMITTEE)
    assert w.trace.applied == ("trip", "long_trip")
    with pytest.raises(NoApplicableRule):
        attendance.check_leave(RS, LeaveRequest(role="HEAD", kind="VACATION", start=date(2025, 3, 6),
                                                end=date(2025, 3, 6)))  # fmt: skip


def test_what_if_is_a_changed_ruleset() -> None:
    shorter = RS.replace_rule("countersign_reply", period=Period(5, WORKDAY))
    # 9-28 (Sunday, worked), 9-29, 9-30, 10-09, 10-10
    assert deadlines.due(shorter, "countersign_reply", date(2025, 9, 26)).date == date(2025, 10, 10)
    assert deadlines.due(RS, "countersign_reply", date(2025, 9, 26)).date == date(2025, 10, 13)
    assert shorter.version != RS.version
    assert "countersign_reply" in shorter.changes
    later = RS.evolve(effective_from=date(2021, 1, 1))
    assert later.effective_from == date(2021, 1, 1)
    assert later.version == RS.version  # same rules, same version


def test_leave_condition_days() -> None:
    cond = LeaveIs(kind=LeaveKind.TRIP, min_days=8)
    short = LeaveRequest(role="DEPUTY", kind="TRIP", start=date(2025, 3, 3), end=date(2025, 3, 9))
    assert not cond.holds(short)
    assert cond.holds(LeaveRequest(role="DEPUTY", kind="TRIP", start=date(2025, 3, 3), end=date(2025, 3, 10)))
    assert not LeaveIs(max_days=3).overlaps(LeaveIs(min_days=4))
    assert LeaveIs(max_days=5).overlaps(LeaveIs(min_days=4))
    assert MeetingKind.EXECUTIVE in {MeetingKind.from_label("常务会议")}


def _meeting_ruleset() -> Ruleset:
    from govrules.rules import AgendaRule, MeetingRule, Rhythm, RhythmRule

    comp = MeetingRule(id="executive_composition", meeting="常务会议", members=(Role.HEAD, Role.DEPUTY),
                       non_voting=(Role.OFFICE_DIRECTOR,), convener=Role.HEAD, presiders=(Role.HEAD,
                       Role.EXECUTIVE_DEPUTY), max_assistants=1, cite=T.article(8))  # fmt: skip
    rhythm = RhythmRule(id="executive_rhythm", meeting="常务会议", rhythm=Rhythm(2, "MONTH"), cite=T.article(8))
    agenda = AgendaRule(id="executive_agenda", meetings="常务会议", requirement="分管领导出席或书面意见",
                        cite=T.article(9))  # fmt: skip
    absence = LeaveRule(id="meeting_absence", when=LeaveIs(kind=LeaveKind.MEETING_ABSENCE), approvers=(Role.HEAD,),
                        reasons={"HEALTH", "OFFICIAL_MEETING"}, cite=T.article(10))  # fmt: skip
    return make(comp, rhythm, agenda, absence)


def test_check_meeting() -> None:
    from govrules.model import AgendaItem, Meeting

    rs = _meeting_ruleset()
    day = date(2025, 3, 3)
    good = Meeting(kind="常务会议", date=day, presided_by=Role.HEAD, attendees={Role.DEPUTY},
                   non_voting={Role.OFFICE_DIRECTOR})  # fmt: skip
    assert attendance.check_meeting(rs, good).ok
    bad = Meeting(
        kind="常务会议", date=day, presided_by=Role.OFFICE_DIRECTOR, attendees={Role.SECRETARY_GENERAL},
        absent=[LeaveRequest(role=Role.DEPUTY, kind="MEETING_ABSENCE", start=day, end=day, meeting="常务会议",
                             reason="个人事务")],
        agenda=[AgendaItem("预算调整", deputy_in_charge_present=False), AgendaItem("年度计划")],
        assistants=2,
    )  # fmt: skip
    v = attendance.check_meeting(rs, bad)
    messages = " ".join(x.message for x in v.violations)
    assert not v.ok
    assert "主持" in messages
    assert "县长" in messages  # the head neither presided nor asked leave
    assert "秘书长" in messages  # not among those the rule lets attend
    assert "个人事务" in messages  # a reason the absence rule does not accept
    assert "助手2人" in messages
    assert [i.title for i in v.items_not_taken] == ["预算调整"]
    assert {x.source for x in v.violations} >= {"executive_composition", "meeting_absence", "executive_agenda"}
    assert {x.rule for x in v.violations} == {"meeting_presider", "meeting_composition", "meeting_assistants",
                                              "leave_reason", "agenda"}  # fmt: skip
    with pytest.raises(NoApplicableRule):
        attendance.check_meeting(rs, Meeting(kind="专题会议", date=day, presided_by=Role.DEPUTY))


def test_meeting_schedule() -> None:
    rs = _meeting_ruleset()
    days = attendance.meeting_schedule(rs, MeetingKind.EXECUTIVE, date(2025, 9, 1), date(2025, 10, 31))
    assert days == (date(2025, 9, 1), date(2025, 9, 15), date(2025, 10, 9), date(2025, 10, 15))
    cal = attendance.china()
    assert all(cal.is_workday(d) for d in days)
    once = rs.replace_rule("executive_rhythm", rhythm=attendance_rhythm(1))
    assert len(attendance.meeting_schedule(once, MeetingKind.EXECUTIVE, date(2025, 1, 1), date(2025, 12, 31))) == 12
    with pytest.raises(NoApplicableRule):
        attendance.meeting_schedule(rs, MeetingKind.TOPICAL, date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("per", "start", "end", "expected"),
    [
        pytest.param("MONTH", date(2025, 1, 15), date(2025, 4, 10), [(date(2025, 2, 1), date(2025, 2, 28)),
                     (date(2025, 3, 1), date(2025, 3, 31))], id="whole months only"),
        pytest.param("每月", date(2025, 2, 1), date(2025, 2, 28), [(date(2025, 2, 1), date(2025, 2, 28))],
                     id="by label, exactly one month"),
        pytest.param("WEEK", date(2025, 3, 5), date(2025, 3, 23), [(date(2025, 3, 10), date(2025, 3, 16)),
                     (date(2025, 3, 17), date(2025, 3, 23))], id="weeks Monday to Sunday"),
        pytest.param("QUARTER", date(2024, 11, 1), date(2025, 12, 31), [(date(2025, 1, 1), date(2025, 3, 31)),
                     (date(2025, 4, 1), date(2025, 6, 30)), (date(2025, 7, 1), date(2025, 9, 30)),
                     (date(2025, 10, 1), date(2025, 12, 31))], id="quarters"),
        pytest.param("HALF_YEAR", date(2025, 1, 1), date(2026, 3, 1), [(date(2025, 1, 1), date(2025, 6, 30)),
                     (date(2025, 7, 1), date(2025, 12, 31))], id="half years"),
        pytest.param("YEAR", date(2025, 1, 2), date(2026, 12, 31), [(date(2026, 1, 1), date(2026, 12, 31))],
                     id="years"),
        pytest.param("MONTH", date(2025, 1, 2), date(2025, 1, 30), [], id="no whole period"),
        pytest.param("YEAR", date(9999, 1, 1), date.max, [(date(9999, 1, 1), date.max)], id="the last year there is"),
        pytest.param("WEEK", date(9999, 12, 20), date.max, [(date(9999, 12, 20), date(9999, 12, 26))],
                     id="the last week is cut by the end of dates"),
        pytest.param("MONTH", date(9999, 12, 2), date.max, [], id="no whole month before the end of dates"),
    ],
)  # fmt: skip
def test_rhythm_periods(per: str, start: date, end: date, expected: list[tuple[date, date]]) -> None:
    assert list(attendance.rhythm_periods(per, start, end)) == expected


def test_check_rhythm() -> None:
    rs = _meeting_ruleset()  # 常务会议 twice a month
    held = [date(2025, 9, 1), date(2025, 9, 15), date(2025, 10, 9), date(2025, 11, 3), date(2025, 11, 3)]
    c = attendance.check_rhythm(rs, MeetingKind.EXECUTIVE, held, date(2025, 9, 1), date(2025, 11, 30))
    assert [p[2] for p in c.periods] == [2, 1, 2]  # two meetings on one day count twice
    assert [v.message for v in c.violations] == ["2025年10月召开常务会议1次，规定每月2次"]
    assert not c.ok
    assert c.violations[0].source == "executive_rhythm"
    assert "2025年10月召开常务会议1次" in c.explain()
    extra = attendance.check_rhythm(rs, MeetingKind.EXECUTIVE, held * 3, date(2025, 9, 1), date(2025, 11, 30))
    assert extra.ok  # more meetings than the rhythm are allowed (如有需要可随时召开)
    outside = attendance.check_rhythm(rs, MeetingKind.EXECUTIVE, held, date(2025, 9, 2), date(2025, 9, 30))
    assert outside.periods == () and outside.ok and "没有完整的周期" in outside.explain()
    with pytest.raises(NoApplicableRule):
        attendance.check_rhythm(rs, MeetingKind.TOPICAL, held, date(2025, 9, 1), date(2025, 11, 30))
    with pytest.raises(InvalidInput, match="before it starts"):
        attendance.rhythm_periods("MONTH", date(2025, 2, 1), date(2025, 1, 1))
    with pytest.raises(InvalidInput):
        attendance.rhythm_periods("FORTNIGHT", date(2025, 1, 1), date(2025, 3, 1))
    # two rhythms for one kind and no precedence between them: the first applies, the conflict is flagged
    from govrules.rules import Rhythm, RhythmRule

    first = rs.rule("executive_rhythm")
    assert isinstance(first, RhythmRule)
    other = RhythmRule(id="executive_weekly", cite=first.cite, quote=first.quote, meeting=MeetingKind.EXECUTIVE,
                       rhythm=Rhythm(1, "WEEK"))  # fmt: skip
    both = rs.evolve(rules=(*rs.rules, other))
    c = attendance.check_rhythm(both, MeetingKind.EXECUTIVE, held, date(2025, 9, 1), date(2025, 11, 30))
    assert c.rule == "executive_rhythm"
    assert c.conflict is not None and {c.conflict.first, c.conflict.second} == {"executive_rhythm", "executive_weekly"}
    assert "结论不同且无优先规定" in c.explain()
    assert c.conflict is not None and extra.conflict is None


def attendance_rhythm(times: int) -> object:
    from govrules.rules import Rhythm

    return Rhythm(times, "MONTH")


def test_approval_of_requests_and_what_circling_means() -> None:
    from govrules.rules import ApprovalRule

    requests = DocumentIs(kind=DocumentKind.REQUEST, issuer=Issuer.DEPARTMENT)
    major_requests = DocumentIs(kind=DocumentKind.REQUEST, issuer=Issuer.DEPARTMENT, matters=Matter.MAJOR)
    by_portfolio = ApprovalRule(
        id="request_approval", when=requests, approver=Role.DEPUTY, opinion_required=True, cite=T.article(9)
    )
    major = ApprovalRule(
        id="major_request_approval",
        when=major_requests,
        approver=Role.HEAD,
        opinion_required=True,
        cite=T.article(9),
        overrides=("request_approval",),
    )
    rs = make(by_portfolio, major)
    request = Document(kind="请示", issuer="部门", addressee=None)
    assert signing.who_approves(rs, request).approver is Role.DEPUTY
    assert signing.who_approves(rs, Document(kind="请示", issuer="部门", matters={"重大事项"})).approver is Role.HEAD
    assert signing.check_approval(rs, request, Review(Role.DEPUTY, ReviewAct.OPINION)).ok
    circled = signing.check_approval(rs, request, Review(Role.DEPUTY, ReviewAct.CIRCLED))
    assert [v.rule for v in circled.violations] == ["approval_opinion"]
    wrong = signing.check_approval(rs, request, Review(Role.OFFICE_DIRECTOR, ReviewAct.OPINION))
    assert [v.rule for v in wrong.violations] == ["approver"]
    consent = rs.replace_rule("request_approval", opinion_required=None, circle_means_consent=True)
    assert signing.check_approval(consent, request, Review(Role.DEPUTY, ReviewAct.CIRCLED)).ok
    assert "须签署明确意见" in signing.who_approves(rs, request).explain()
    with pytest.raises(NoApplicableRule):
        signing.who_approves(rs, Document(kind="通知", issuer="政府"))


def test_memo_stays_bounded_and_answers_stay_right(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full memo lets its least recently used answers go: memory is bounded on any run, and every answer
    is still computed."""
    import govrules.rules.ruleset

    monkeypatch.setattr(govrules.rules.ruleset, "_MEMO_LIMIT", 5)
    rs = rulesets.load("xifeng-2022").evolve()
    days = [date(2025, 3, d) for d in range(1, 29)]
    got = [deadlines.due(rs, "countersign_reply", d).date for d in days]
    remembered = rs.remembered(deadlines._due).cache_info()  # type: ignore[attr-defined]
    assert remembered.currsize == 5 and remembered.misses == len(days)
    fresh = rulesets.load("xifeng-2022").evolve()
    assert got == [deadlines.due(fresh.evolve(), "countersign_reply", d).date for d in days]
    # the newest answers are remembered even after the memo has filled up
    computed: list[int] = []
    for k in range(20):
        rs.cached(("test", k), lambda k=k: computed.append(k) or k)
    assert rs.cached(("test", 19), lambda: -1) == 19
    assert len(computed) == 20


def test_memo_keeps_what_is_used_and_lets_the_oldest_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """Least recently used first out: an answer asked again stays while others come and go."""
    import govrules.rules.ruleset

    monkeypatch.setattr(govrules.rules.ruleset, "_MEMO_LIMIT", 4)
    rs = rulesets.load("xifeng-2022").evolve()
    computed: list[str] = []

    def ask(k: str) -> str:
        return rs.cached(("test", k), lambda: computed.append(k) or k)

    ask("kept")
    for k in "abcdefgh":
        ask(k)
        ask("kept")  # used again after each: never the least recently used
    assert computed.count("kept") == 1
    ask("a")  # long gone: worked out again
    assert computed.count("a") == 2
    assert len(rs._memo) == 4


def test_a_variant_is_built_once_per_baseline_and_changes() -> None:
    """apply_changes on the same ruleset object and changes gives the same variant object (and its memo);
    other changes, or values that only compare equal (1 and true), another."""
    from govrules.whatif import apply_changes

    base = rulesets.load("xifeng-2022").evolve()
    change = {"rule": "countersign_reply", "period": {"amount": 5, "unit": "WORKDAY"}}
    first = apply_changes(base, [change])
    assert apply_changes(base, [dict(change)]) is first
    assert first.rule("countersign_reply").period.amount == 5  # type: ignore[attr-defined]
    other = apply_changes(base, [{"rule": "countersign_reply", "period": {"amount": 6, "unit": "WORKDAY"}}])
    assert other is not first and other.rule("countersign_reply").period.amount == 6  # type: ignore[attr-defined]
    assert apply_changes(rulesets.load("xifeng-2022").evolve(), [change]) is not first  # another baseline
    flag = {"amount": 5, "unit": "WORKDAY", "count_start_day": True}
    apply_changes(base, [{"rule": "countersign_reply", "period": flag}])
    with pytest.raises(InvalidInput):
        apply_changes(base, [{"rule": "countersign_reply", "period": {**flag, "count_start_day": 1}}])


@pytest.mark.parametrize(
    ("deadline", "done", "late"),
    [
        pytest.param(date(2025, 9, 26), date(2025, 9, 25), 0, id="early"),
        pytest.param(date(2025, 9, 26), date(2025, 9, 26), 0, id="on the day"),
        pytest.param(date(2025, 9, 26), date(2025, 9, 27), 1, id="a rest day after: late all the same"),
        pytest.param(date(2025, 9, 26), date(2025, 9, 28), 1, id="Sunday 09-28 worked (调休)"),
        pytest.param(date(2025, 9, 30), date(2025, 10, 9), 1, id="over the National Day holiday"),
        pytest.param(date(2025, 9, 26), date(2025, 10, 13), 7, id="seven working days, 09-28 and 10-11 worked"),
    ],
)
def test_late_by(deadline: date, done: date, late: int) -> None:
    assert deadlines.late_by(deadline, done) == late


@pytest.mark.parametrize(
    ("quote", "hedged"),
    [
        pytest.param("一般事项应在7天之内办结", False, id="西丰 附件2 五(四) 一般事项: an adjective"),
        pytest.param("对一般报告性公文,圈阅表示已阅知", False, id="district 五十七 一般报告性公文: an adjective"),
        pytest.param("部门之间征求意见或会签文件时 一般应7个工作日内回复", True, id="东川 三十条 一般应: a hedge"),
        pytest.param(
            "以县政府名义下发的公文,一般由县长或县长授权负责日常工作的副县长签发", True, id="西丰 五十三(五) 一般由"
        ),
        pytest.param("会议纪要原则上在会议结束后3个工作日内印发", True, id="西丰 四十五 原则上"),
        pytest.param("区政府常务会议一般每月召开2次", True, id="一般每: a hedge"),
        pytest.param("由区长签发", False, id="no hedge"),
    ],
)
def test_hedge_or_adjective(quote: str, hedged: bool) -> None:
    from govrules.rules import is_hedged

    assert is_hedged(quote) is hedged
