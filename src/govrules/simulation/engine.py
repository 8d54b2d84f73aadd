"""A government's year under its rules: a seeded discrete-event simulation on working days.

Every decision comes from the library's engines: who signs (`signing.who_signs`), whether a deadline
was met (`deadlines.check`), whether a leave is in order (`attendance.check_leave`), whether a meeting
was proper (`attendance.check_meeting`), when meetings fall (`attendance.meeting_schedule`), who may
preside (the meeting rules). The simulator only draws arrivals, durations and slips at random, and
marks in each record the rules the engines say it breaches (`"truth"`), so that auditing the log
has a known right answer. Same scenario and seed, same bytes.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, timedelta
from typing import Any

import attrs

from govrules import attendance, deadlines, signing
from govrules.errors import NoApplicableRule
from govrules.model import (
    AbsenceReason,
    AgendaItem,
    Authorization,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    Meeting,
    MeetingKind,
    Role,
    converter,
)
from govrules.rules import AgendaRequirement, AgendaRule, Citation, DeadlineRule, LeaveRule, MeetingRule, Ruleset
from govrules.simulation.behaviour import draw, timed
from govrules.simulation.scenario import Scenario, Spread, Timing
from govrules.whatif import describe_changes
from govrules.workdays import WorkdayCalendar

__all__ = ["SimulationResult", "run"]

_PERSONAL = (Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY)


@attrs.frozen
class SimulationResult:
    """The event log (audit records, `truth` tagged) and the metrics of one run."""

    scenario: Scenario
    seed: int
    records: tuple[dict[str, Any], ...]
    metrics: Mapping[str, float]
    findings_by_article: Mapping[str, int]
    #: The years of the run (its period, and the year after, where deadlines spill) whose holiday
    #: schedule is an estimate: every metric rests on them then.
    provisional_years: tuple[int, ...] = ()

    @property
    def provisional(self) -> bool:
        """Whether the metrics rest on an estimated holiday schedule."""
        return bool(self.provisional_years)

    def note(self) -> str:
        """In Chinese: that the metrics rest on an estimated schedule (empty when they do not)."""
        if not self.provisional_years:
            return ""
        years = "、".join(map(str, self.provisional_years))
        return f"注意：{years}年节假日安排为估算，各项指标以国务院通知为准。"

    def jsonl(self) -> Iterator[str]:
        """The log as JSON Lines (the same bytes for the same scenario and seed)."""
        for r in self.records:
            yield json.dumps(r, ensure_ascii=False, separators=(", ", ": "))


class _Spans:
    """The days a set of closed date intervals covers, merged and looked up by bisection: a lookup
    costs O(log n) in the number of intervals, however many years they span."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[date, date]]) -> None:
        self.starts: list[date] = []
        self.ends: list[date] = []
        for a, b in sorted(s for s in spans if s[0] <= s[1]):
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def __contains__(self, d: date) -> bool:
        i = bisect.bisect_right(self.starts, d)
        return i > 0 and d <= self.ends[i - 1]


class _Person:
    __slots__ = ("_authorized", "_away", "away", "name", "role")

    def __init__(self, name: str, role: Role) -> None:
        self.name, self.role = name, role
        #: trips: first day, last day, and whether the person authorised a stand-in to sign meanwhile
        #: (added by `trip`, which keeps the indexes below in step)
        self.away: list[tuple[date, date, bool]] = []
        self._away: _Spans | None = None  # (indexes of `away`, built when first asked after a trip)
        self._authorized: _Spans | None = None

    def trip(self, start: date, end: date, authorized: bool) -> None:
        self.away.append((start, end, authorized))
        self._away = self._authorized = None

    def is_away(self, d: date) -> bool:
        """Whether a trip covers `d`."""
        if self._away is None:
            self._away = _Spans((a, b) for a, b, _ in self.away)
        return d in self._away

    def authorized(self, d: date) -> bool:
        """Whether a trip covers `d` for which the person authorised a stand-in."""
        if self._authorized is None:
            self._authorized = _Spans((a, b) for a, b, ok in self.away if ok)
        return d in self._authorized


class _Pending:
    """A document on its way to a signer's desk: what is known before it is signed."""

    __slots__ = ("arrives", "decision", "doc", "drafted", "draws", "meeting_date", "person", "record", "then")

    def __init__(
        self,
        record: dict[str, Any],
        doc: Document,
        decision: signing.SigningDecision,
        person: _Person | None,
        drafted: date,
        arrives: date,
        draws: tuple[float, ...],
        meeting_date: date | None,
        then: Callable[[date], None] | None,
    ) -> None:
        self.record, self.doc, self.decision, self.person = record, doc, decision, person
        self.drafted, self.arrives, self.draws = drafted, arrives, draws
        self.meeting_date, self.then = meeting_date, then


_Item = tuple[date, str, _Person | None]


class _Agenda:
    """Agenda items waiting for the meetings that decide them. `by(d)` is the items arrived by `d`
    and not yet taken, in the order of `items` (sorted by arrival): asked with days that never go
    back, each item joins the queue once, so a meeting costs its queue, not every item of the run."""

    __slots__ = ("_items", "_joined", "_waiting")

    def __init__(self, items: list[_Item]) -> None:
        self._items, self._joined = items, 0
        self._waiting: list[_Item] = []

    def by(self, d: date) -> list[_Item]:
        items = self._items
        while self._joined < len(items) and items[self._joined][0] <= d:
            self._waiting.append(items[self._joined])
            self._joined += 1
        return self._waiting

    def take(self, item: _Item) -> None:
        self._waiting.remove(item)

    def left(self) -> int:
        """The items never taken (arrived or not)."""
        return len(self._waiting) + len(self._items) - self._joined


#: What a text says when it lets silence count as consent (西丰 第五十二条, 区 第五十九条).
_SILENCE = "逾期不回复视为无不同意见"


class _Run:
    def __init__(self, scenario: Scenario, seed: int, ruleset: Ruleset, calendar: WorkdayCalendar) -> None:
        self.s, self.seed, self.rs, self.cal = scenario, seed, ruleset, calendar
        # Seeded by the seed alone: a baseline and its what-if draw the same arrivals and durations
        # (common random numbers), so their difference is the rules' doing. Each document and each
        # meeting draws from its own stream, so a rule that changes one item's path leaves the others'
        # draws alone.
        self.rng = random.Random(seed)
        self.records: list[dict[str, Any]] = []
        self.samples: dict[str, list[int]] = defaultdict(list)
        self.late: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()
        self.articles: Counter[str] = Counter()
        self.pending: list[_Pending] = []
        self.serial = 0
        # (each day asked: the day after the last of the calendar's years need not be covered)
        span = (scenario.end - scenario.start).days + 1
        self.days = [d for k in range(span) if calendar.is_workday(d := scenario.start + timedelta(days=k))]
        self.people: dict[Role, list[_Person]] = {
            Role.HEAD: [_Person("县长", Role.HEAD)],
            Role.EXECUTIVE_DEPUTY: [_Person("常务", Role.EXECUTIVE_DEPUTY)],
            Role.DEPUTY: [_Person(f"副职{i + 1}", Role.DEPUTY) for i in range(scenario.people.deputies)],
        }
        self.silence_consents = self._silence_consents()

    def _silence_consents(self) -> bool:
        """Whether the text lets a department's silence past the reply period count as consent."""
        if not self.rs.has_rule("countersign_reply"):
            return False
        cites = set(self.rs.rule("countersign_reply").cite)
        return any(_SILENCE in r.quote and cites & set(r.cite) for r in self.rs.rules)

    # -- randomness ------------------------------------------------------------------------------

    def draw(self, spread: Spread, rng: random.Random | None = None) -> int:
        """A whole number of days from a gamma distribution with this mean and sd."""
        return draw(self.rng if rng is None else rng, spread)

    def poisson(self, lam: float, rng: random.Random | None = None) -> int:
        r = self.rng if rng is None else rng
        if lam <= 0:
            return 0
        limit, k, p = math.exp(-lam), 0, r.random()
        while p > limit:
            k += 1
            p *= r.random()
        return k

    def next_id(self, prefix: str) -> str:
        self.serial += 1
        return f"{prefix}-{self.serial:05d}"

    def due(self, rule_id: str, anchor: date) -> date | None:
        """The deadline in force for `rule_id` from `anchor` (None where the text sets none)."""
        if not self.rs.has_rule(rule_id) or not isinstance(self.rs.rule(rule_id), DeadlineRule):
            return None
        return deadlines.due(self.rs, rule_id, anchor, calendar=self.cal).date

    def aim(self, rule_id: str, anchor: date, doc: Document) -> date | None:
        """The day a drafter timing against `rule_id` aims to finish drafting `doc`: the deadline, less
        what review, signing and printing usually take after it (when the deadline is on the issue)."""
        due = self.due(rule_id, anchor)
        if due is None or rule_id == "minutes_draft":
            return due
        b = self.s.behaviour
        try:
            decision = signing.who_signs(self.rs, doc)
        except NoApplicableRule:
            return due
        usual = len(decision.reviewers) * b.review_days.mean + b.signing(decision.signer).mean + b.print_days.mean
        return max(anchor, self.workdays(due, -round(usual)))

    def workdays(self, d: date, n: int) -> date:
        return self.cal.add_workdays(d, n)

    # -- people ----------------------------------------------------------------------------------

    def person(self, role: Role, rng: random.Random | None = None) -> _Person | None:
        group = self.people.get(role)
        u = (self.rng if rng is None else rng).random()
        return group[int(u * len(group))] if group else None

    # -- the run ---------------------------------------------------------------------------------

    def go(self) -> None:
        self.records.append(
            {
                "type": "scenario",
                "id": "scenario",
                "ruleset": self.rs.id,
                "changes": describe_changes(self.s.changes),
                "seed": self.seed,
            }
        )
        self.trips()
        vol, b = self.s.volumes, self.s.behaviour
        weights = [m.weight for m in vol.documents]
        for d in self.days:
            for _ in range(self.poisson(vol.documents_per_day)):
                if vol.documents:
                    mix = self.rng.choices(vol.documents, weights)[0]
                    matters = mix.matters
                    if self.rng.random() < vol.countersign_share:
                        matters = matters | {Matter.CROSS_DEPARTMENT}
                    doc = Document(kind=mix.kind, issuer=mix.issuer, addressee=mix.addressee, matters=matters)
                    self.document(doc, d, random.Random(self.rng.getrandbits(64)))
            for _ in range(self.poisson(vol.countersigns_per_day)):
                self.reply("countersign", "countersign_reply", d, b.reply_days, b.countersign)
            for _ in range(self.poisson(vol.requests_per_day)):
                self.reply("request", "request_reply", d, b.request_reply_days, b.request)
            for _ in range(self.poisson(vol.supervision_per_month * 12 / max(1, len(self.days)))):
                self.supervision(d)
        self.meetings()
        self.desks()

    def trips(self) -> None:
        months = max(1.0, len(self.days) / 21)
        for role, rate in self.s.people.trips_per_month.items():
            group = self.people.get(role) or [_Person(role.label, role)]
            for who in group:
                for _ in range(self.poisson(rate * months)):
                    start = self.rng.choice(self.days)
                    end = start + timedelta(days=max(0, self.draw(self.s.people.trip_days) - 1))
                    authorized = self.rng.random() < self.s.behaviour.authorize_when_away
                    who.trip(start, end, authorized)
                    self.leave(LeaveKind.TRIP, role, start, end)

    def leave(self, kind: LeaveKind, role: Role, start: date, end: date) -> None:
        request = LeaveRequest(role=role, kind=kind, start=start, end=end, requested_on=start)
        latest: date | None = None
        plan: attendance.LeavePlan | None = None
        with contextlib.suppress(NoApplicableRule):  # no rule for this leave: no record, the same draws
            plan = attendance.leave_plan(self.rs, request)
        if plan is not None:
            found = plan.latest(start, self.cal)
            latest = found[0] if found else (start if plan.advance_rules else None)
        # asked ahead of the absence: the prompt plan that far ahead, the rest against the latest day
        asked = timed(
            self.rng,
            self.s.behaviour.leave,
            self.s.behaviour.leave_lead_days,
            start,
            latest,
            lambda d, n: d + timedelta(days=n),
            backwards=True,
        )
        if plan is None:
            return
        request = attrs.evolve(request, requested_on=asked)
        v = attendance.check_leave(self.rs, request, calendar=self.cal)
        self.counts["leave.requests"] += 1
        if any(x.rule == "leave_request" for x in v.violations):
            self.counts["leave.late"] += 1
        record = {
            "type": "leave",
            "id": self.next_id("lv"),
            **converter.unstructure(request),
            "approved_by": [r.name for r in v.approvers],
            "notified": [r.name for r in v.notify],
        }
        self.tag(record, [(x.rule, x.citation) for x in v.violations])
        self.records.append(record)

    def tag(self, record: dict[str, Any], breaches: list[tuple[str, Citation]]) -> None:
        record["truth"] = sorted({rule for rule, _ in breaches})
        for _, c in breaches:
            self.articles[c.short()] += 1

    # -- replies -----------------------------------------------------------------------------------

    def reply(
        self, kind: str, rule_id: str, d: date, work: Spread, timing: Timing, rng: random.Random | None = None
    ) -> date:
        """A reply to a countersign request or a request for instructions, timed against its deadline."""
        due = self.due(rule_id, d)
        replied = timed(self.rng if rng is None else rng, timing, work, d, due, self.workdays)
        key = "requested_on" if kind == "countersign" else "received_on"
        record: dict[str, Any] = {
            "type": kind,
            "id": self.next_id(kind[:2]),
            key: d.isoformat(),
            "replied_on": replied.isoformat(),
        }
        self.tag(record, self.deadline(rule_id, d, replied))
        self.records.append(record)
        return replied

    def deadline(
        self,
        rule_id: str,
        anchor: date,
        done: date,
        variant: str | None = None,
        document: Document | None = None,
    ) -> list[tuple[str, Citation]]:
        """The breach of a deadline, if late; none where the rule does not time this document (its
        `documents`, or `meetings` with the document's meeting: as the audit reads them)."""
        rule = self.rs.rule(rule_id) if self.rs.has_rule(rule_id) else None
        if not isinstance(rule, DeadlineRule):
            return []
        if document is not None and (
            (rule.documents is not None and not rule.documents.holds(document))
            or (rule.meetings is not None and document.meeting not in rule.meetings)
        ):
            return []
        c = deadlines.check(self.rs, rule_id, anchor, done, variant=variant, calendar=self.cal)
        self.samples[rule_id].append(self.cal.workdays_between(anchor, done))
        self.counts[f"{rule_id}.n"] += 1
        if c.on_time:
            return []
        self.late[rule_id] += 1
        return [(rule_id, c.deadline.citation)]

    def supervision(self, d: date) -> None:
        ids = [i for i in ("supervision_simple", "supervision_complex") if self.rs.has_rule(i)]
        if not ids:
            return
        rule_id = self.rng.choice(ids)
        b = self.s.behaviour
        done = d + timedelta(
            days=self.draw(b.supervision_days if rule_id == "supervision_simple" else b.supervision_complex_days)
        )
        record: dict[str, Any] = {
            "type": "deadline",
            "id": self.next_id("sv"),
            "rule": rule_id,
            "anchor": d.isoformat(),
            "done_on": done.isoformat(),
        }
        self.tag(record, self.deadline(rule_id, d, done))
        self.records.append(record)

    # -- documents ---------------------------------------------------------------------------------

    def document(
        self,
        doc: Document,
        d: date,
        rng: random.Random,
        meeting_date: date | None = None,
        who: _Person | None = None,
        then: Callable[[date], None] | None = None,
    ) -> bool:
        """Draft `doc` on `d`: countersigns, reviews, then on to the signer's desk (signed in `desks`)."""
        try:
            decision = signing.who_signs(self.rs, doc)
        except NoApplicableRule:
            self.counts["documents.unanswered"] += 1
            return False
        b, vol = self.s.behaviour, self.s.volumes
        record: dict[str, Any] = {"type": "document", "id": self.next_id("doc")}
        self.records.append(record)
        # 会签: the departments reply, each timed against the reply period; the document goes on when
        # every reply is in, or at the period's end where the text lets silence count as consent.
        released = d
        if Matter.CROSS_DEPARTMENT in doc.matters:
            asked = 1 + self.poisson(vol.countersign_departments - 1, rng)
            due = self.due("countersign_reply", d)
            for _ in range(asked):
                replied = self.reply("countersign", "countersign_reply", d, b.reply_days, b.countersign, rng)
                if self.silence_consents and due is not None:
                    replied = min(replied, due)
                released = max(released, replied)
            if Role.CO_DEPARTMENT_HEAD in decision.countersigners:
                self.samples["countersign.wait"].append(self.cal.workdays_between(d, released))
            else:  # the text asks for none: the replies are advice, and the document does not wait
                released = d
        # the draws after signing come first, so that a change of reviewers or signer leaves them alone
        draws = (rng.random(), rng.random(), rng.random(), rng.random())
        printing, publishing = self.draw(b.print_days, rng), self.draw(b.publish_days, rng)
        signer = decision.signer
        person = who if who is not None and who.role is signer else self.person(signer, rng)
        handling = self.draw(b.signing(signer), rng)
        # the reviewers one after another: a sum of gamma durations is one gamma draw (the last one)
        n = len(decision.reviewers)
        reviews = self.draw(Spread(n * b.review_days.mean, math.sqrt(n) * b.review_days.sd), rng)
        arrives = self.workdays(self.workdays(released, reviews), handling)
        record.update(converter.unstructure(doc))
        self.pending.append(
            _Pending(
                record,
                doc,
                decision,
                person,
                d,
                arrives,
                (*draws, float(printing), float(publishing)),
                meeting_date,
                then,
            )
        )
        return True

    def desks(self) -> None:
        """Each signer's desk signs, in order of arrival, as many documents a working day as its
        capacity allows; while the signer is away it signs nothing, unless the signer authorised a
        stand-in and the text allows one by authorization (授权), who then signs what it allows."""
        desks: dict[str, list[_Pending]] = defaultdict(list)
        for p in self.pending:
            desks[p.person.name if p.person is not None else p.decision.signer.name].append(p)
        for queue in desks.values():
            queue.sort(key=lambda p: p.arrives)  # stable: in order of drafting on the same day
            signer = queue[0].decision.signer
            person = queue[0].person
            capacity = self.s.behaviour.capacity(signer)
            waiting: list[_Pending] = []
            day, i = self.cal.next_workday(queue[0].arrives), 0
            while i < len(queue) or waiting:
                if not waiting and queue[i].arrives > day:
                    day = self.cal.next_workday(queue[i].arrives)
                while i < len(queue) and queue[i].arrives <= day:
                    waiting.append(queue[i])
                    i += 1
                if person is None or not person.is_away(day):
                    done = waiting[:capacity]
                    for p in done:
                        self.sign(p, day, p.decision.signer, [])
                elif person.authorized(day):
                    done = [p for p in waiting if self.stand_in(p, day) is not None][:capacity]
                    for p in done:
                        alt = self.stand_in(p, day)
                        assert alt is not None
                        auth = {
                            "grantor": p.decision.signer.name,
                            "grantee": alt.name,
                            "start": day.isoformat(),
                            "end": day.isoformat(),
                            "kinds": [],
                        }
                        self.sign(p, day, alt, [auth])
                else:
                    done = []
                for p in done:
                    waiting.remove(p)
                day = self.workdays(day, 1)
        self.pending = []

    def stand_in(self, p: _Pending, day: date) -> Role | None:
        for alt in p.decision.alternates:
            if alt.basis.name == "AUTHORIZATION":
                group = self.people.get(alt.role)
                if not group or not group[0].is_away(day):
                    return alt.role
        return None

    def sign(self, p: _Pending, signed: date, signed_by: Role, authorizations: list[dict[str, Any]]) -> None:
        """The document is signed on `signed`: its record completed, its dates checked."""
        b, doc, decision, record = self.s.behaviour, p.doc, p.decision, p.record
        skip_u, skip_i, wrong_u, wrong_i, printing, publishing = p.draws
        d = p.drafted
        self.samples["signing"].append(self.cal.workdays_between(d, signed))
        self.samples["signing.queue"].append(self.cal.workdays_between(p.arrives, signed))
        if doc.kind is DocumentKind.MINUTES:
            self.samples["signing.latency.minutes"].append(self.cal.workdays_between(d, signed))
        self.counts[f"signing.by.{signed_by.name}"] += 1
        reviewers = list(decision.reviewers)
        if reviewers and skip_u < b.skipped_review_share:
            reviewers.pop(int(skip_i * len(reviewers)))
        if wrong_u < b.wrong_signer_share:
            others = [r for r in _PERSONAL if r is not decision.signer and r is not signed_by]
            signed_by = others[int(wrong_i * len(others))]
            authorizations = []
        record.update(
            {
                "signed_by": signed_by.name,
                "reviewed_by": [r.name for r in reviewers],
                "countersigned_by": [r.name for r in decision.countersigners],
                "authorizations": authorizations,
                "drafted_on": d.isoformat(),
                "signed_on": signed.isoformat(),
            }
        )
        if decision.seal is not None:
            record["seal"] = decision.seal
        verdict = signing.check_signature(
            self.rs,
            doc,
            signed_by,
            reviewers,
            [converter.structure(a, Authorization) for a in authorizations],
            on=signed,
        )
        breaches = [(v.rule, v.citation) for v in verdict.violations]
        printed = self.workdays(signed, int(printing))
        record["printed_on"] = printed.isoformat()
        breaches += self.deadline("printing", signed, printed, document=doc)
        if self.rs.has_rule("publication") and doc.kind is not DocumentKind.MINUTES:
            published = self.workdays(printed, int(publishing))
            record["published_on"] = published.isoformat()
            breaches += self.deadline("publication", printed, published, document=doc)
        if p.meeting_date is not None and doc.kind is not DocumentKind.MINUTES:
            record["meeting_date"] = p.meeting_date.isoformat()
            breaches += self.deadline("post_meeting_issue", p.meeting_date, printed, document=doc)
        self.tag(record, breaches)
        if p.then is not None:
            p.then(printed)

    # -- meetings ----------------------------------------------------------------------------------

    def meetings(self) -> None:
        planned: list[tuple[date, MeetingKind]] = []
        for kind in MeetingKind:
            try:
                planned += [
                    (d, kind)
                    for d in attendance.meeting_schedule(self.rs, kind, self.s.start, self.s.end, calendar=self.cal)
                ]
            except NoApplicableRule:
                continue
        months = max(1.0, len(self.days) / 21)
        # agenda items waiting for the meetings that decide them (those with an agenda rule, or the 常务会议)
        deciding = {m for r in self.rs.rules_of(AgendaRule) for m in r.meetings} or {MeetingKind.EXECUTIVE}
        items: list[tuple[date, str, _Person | None]] = []
        for _ in range(self.poisson(self.s.volumes.agenda_items_per_month * months)):
            items.append((self.rng.choice(self.days), self.next_id("议题"), self.person(Role.DEPUTY)))
        items.sort(key=lambda x: (x[0], x[1]))
        topical = [
            self.rng.choice(self.days) for _ in range(self.poisson(self.s.volumes.topical_meetings_per_month * months))
        ]
        if any(r.meeting is MeetingKind.TOPICAL for r in self.rs.rules_of(MeetingRule)):
            planned += [(d, MeetingKind.TOPICAL) for d in topical]
        planned.sort(key=lambda x: (x[0], x[1].name))
        seen: Counter[tuple[date, MeetingKind]] = Counter()
        agenda = _Agenda(items)
        for d, kind in planned:
            self.counts["meetings.planned"] += 1
            seen[d, kind] += 1
            # each meeting its own stream, named by its date and kind: a change of rhythm moves no other's draws
            rng = random.Random(f"{self.seed}/{kind.name}/{d.isoformat()}/{seen[d, kind]}")
            taken: list[tuple[date, str, _Person | None]] = []
            if kind in deciding:
                for item in agenda.by(d)[: self.s.volumes.agenda_capacity]:
                    arrived, _title, deputy = item
                    if (
                        deputy is not None
                        and deputy.is_away(d)
                        and self.needs_presence(kind)
                        and (rng.random() >= self.s.behaviour.written_opinion_share)
                    ):
                        self.counts["agenda.deferred"] += 1
                        continue
                    agenda.take(item)
                    taken.append(item)
                    self.samples["agenda.wait"].append(self.cal.workdays_between(arrived, d))
            self.meeting(kind, d, taken, rng)
        self.counts["agenda.left_over"] = agenda.left()

    def needs_presence(self, kind: MeetingKind) -> bool:
        return any(
            r.requirement is AgendaRequirement.DEPUTY_PRESENT_OR_OPINION and kind in r.meetings
            for r in self.rs.rules_of(AgendaRule)
        )

    def meeting(
        self, kind: MeetingKind, d: date, taken: list[tuple[date, str, _Person | None]], rng: random.Random
    ) -> None:
        rules = self.rs.prevailing(r for r in self.rs.rules_of(MeetingRule) if r.meeting is kind)
        rule = rules[0] if rules else None
        presiders = (
            rule.presiders if rule and rule.presiders else (Role.DEPUTY if kind is MeetingKind.TOPICAL else Role.HEAD,)
        )
        if kind is MeetingKind.TOPICAL and Role.DEPUTY in presiders:
            # a topical meeting is called by the deputy in charge of the topic, who presides if present
            presiders = (Role.DEPUTY, *(r for r in presiders if r is not Role.DEPUTY))
        chair_role, chair = None, None
        for role in presiders:
            who = self.person(role, rng) if role in self.people else None
            if who is None or not who.is_away(d):
                chair_role, chair = role, who
                break
        if chair_role is None:
            self.counts["meetings.not_held"] += 1
            return
        self.counts["meetings.held"] += 1
        absent: list[LeaveRequest] = []
        members = sorted((rule.members if rule else frozenset()) - {chair_role}, key=lambda r: r.name)
        for role in members:
            if rng.random() < self.s.people.meeting_absence_share:
                reasons = self.absence_reasons(kind, role)
                reason = (
                    AbsenceReason.PERSONAL if rng.random() < self.s.behaviour.bad_reason_share else rng.choice(reasons)
                )
                absent.append(
                    LeaveRequest(
                        role=role,
                        kind=LeaveKind.MEETING_ABSENCE,
                        start=d,
                        end=d,
                        meeting=kind,
                        reason=reason,
                        requested_on=d,
                    )
                )
        absent_roles = {a.role for a in absent}
        present = (rule.members | rule.non_voting) - absent_roles if rule else frozenset()
        agenda = tuple(
            AgendaItem(
                title=t,
                deputy_in_charge_present=dep is None or not dep.is_away(d),
                deputy_written_opinion=dep is not None and dep.is_away(d),
            )
            for _, t, dep in taken
        )
        meeting = Meeting(
            kind=kind,
            date=d,
            presided_by=chair_role,
            attendees=present - {chair_role},
            absent=tuple(absent),
            agenda=agenda,
        )
        record: dict[str, Any] = {
            "type": "meeting",
            "id": self.next_id("mt"),
            "kind": kind.name,
            "date": d.isoformat(),
            "presided_by": chair_role.name,
        }
        breaches: list[tuple[str, Citation]] = []
        if rule is not None:
            m = converter.unstructure(meeting)
            record.update(attendees=m["attendees"], non_voting=m["non_voting"], absent=m["absent"], agenda=m["agenda"])
            decision = attendance.check_meeting(self.rs, meeting, calendar=self.cal)
            breaches += [(v.rule, v.citation) for v in decision.violations]
        b = self.s.behaviour
        minutes = Document(kind=DocumentKind.MINUTES, issuer=Issuer.GOVERNMENT, meeting=kind, presided_by=chair_role)
        # minutes are drafted against the drafting deadline where the text sets one, else the issuing one
        rule_id = "minutes_draft" if self.rs.has_rule("minutes_draft") else "minutes_issue"
        drafted = timed(rng, b.minutes, b.minutes_days, d, self.aim(rule_id, d, minutes), self.workdays)
        if self.rs.has_rule("minutes_draft"):
            record["minutes_drafted_on"] = drafted.isoformat()
            breaches += self.deadline("minutes_draft", d, drafted, document=minutes)
        self.records.append(record)

        def issued(printed: date) -> None:
            if self.rs.has_rule("minutes_issue"):
                record["minutes_issued_on"] = printed.isoformat()
                breaches.extend(self.deadline("minutes_issue", d, printed, document=minutes))
            self.tag(record, breaches)

        if not self.document(minutes, drafted, random.Random(rng.getrandbits(64)), who=chair, then=issued):
            self.tag(record, breaches)
        notice = Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT, meeting=kind)
        due = self.aim("post_meeting_issue", d, notice)
        for _ in taken:
            adopted = rng.random() < 0.5
            drafted = timed(rng, b.issue, b.issue_days, d, due, self.workdays)
            child = random.Random(rng.getrandbits(64))
            if adopted:
                self.document(notice, drafted, child, d)

    def absence_reasons(self, kind: MeetingKind, role: Role) -> list[AbsenceReason]:
        probe = LeaveRequest(
            role=role, kind=LeaveKind.MEETING_ABSENCE, start=self.days[0], end=self.days[0], meeting=kind
        )
        accepted: set[AbsenceReason] = set(AbsenceReason)
        for r in self.rs.select(LeaveRule, probe)[1]:
            if r.reasons is not None:
                accepted &= r.reasons
        return sorted(accepted - {AbsenceReason.PERSONAL}, key=lambda a: a.name) or [AbsenceReason.OFFICIAL_MEETING]

    # -- metrics -----------------------------------------------------------------------------------

    def metrics(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name in sorted(self.samples):
            xs = sorted(self.samples[name])
            if not xs:
                continue
            key = "signing.latency" if name == "signing" else name
            n = len(xs)
            out[f"{key}.days_mean"] = sum(xs) / n
            out[f"{key}.days_p95"] = float(xs[min(n - 1, math.ceil(0.95 * n) - 1)])
            if f"{name}.n" in self.counts:
                out[f"{name}.on_time_share"] = 1 - self.late[name] / self.counts[f"{name}.n"]
        for name in ("meetings.planned", "meetings.held", "meetings.not_held", "agenda.deferred", "agenda.left_over"):
            out[name] = float(self.counts[name])
        requests = self.counts["leave.requests"]
        out["leave.late_share"] = self.counts["leave.late"] / requests if requests else 0.0
        out["records"] = float(len(self.records))
        out["breaches"] = float(sum(self.articles.values()))
        return out


def run(scenario: Scenario, seed: int | None = None, *, calendar: WorkdayCalendar | None = None) -> SimulationResult:
    """Play out `scenario` (under its changes, if any) with `seed` (default: the scenario's)."""
    s = scenario.seed if seed is None else seed
    cal = calendar if calendar is not None else scenario.calendar()
    r = _Run(scenario, s, scenario.load_ruleset(), cal)
    r.go()
    years = range(scenario.start.year, scenario.end.year + 2)
    estimated = tuple(y for y in years if cal.is_provisional(y))
    return SimulationResult(scenario, s, tuple(r.records), r.metrics(), dict(sorted(r.articles.items())), estimated)
