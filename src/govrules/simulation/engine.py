"""A government's year under its rules: a seeded discrete-event simulation on working days.

Every decision comes from the library's engines: who signs (`signing.who_signs`), whether a deadline
was met (`deadlines.check`), whether a leave is in order (`attendance.check_leave`), whether a meeting
was proper (`attendance.check_meeting`), when meetings fall (`attendance.meeting_schedule`), who may
preside (the meeting rules). The simulator only draws arrivals, durations and slips at random, and
marks in each record the rules the engines say it breaches (`"truth"`), so that auditing the log
has a known right answer. Same scenario and seed, same bytes.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
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
    Meeting,
    MeetingKind,
    Role,
    converter,
)
from govrules.rules import AgendaRequirement, AgendaRule, Citation, DeadlineRule, LeaveRule, MeetingRule, Ruleset
from govrules.simulation.scenario import Scenario, Spread
from govrules.whatif import describe_changes
from govrules.workdays import WorkdayCalendar, china

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


class _Person:
    __slots__ = ("away", "name", "role")

    def __init__(self, name: str, role: Role) -> None:
        self.name, self.role = name, role
        self.away: list[tuple[date, date]] = []

    def is_away(self, d: date) -> bool:
        return any(a <= d <= b for a, b in self.away)


class _Run:
    def __init__(self, scenario: Scenario, seed: int, ruleset: Ruleset, calendar: WorkdayCalendar) -> None:
        self.s, self.seed, self.rs, self.cal = scenario, seed, ruleset, calendar
        # Seeded by the seed alone: a baseline and its what-if draw the same arrivals and durations
        # (common random numbers), so their difference is the rules' doing.
        self.rng = random.Random(seed)
        self.records: list[dict[str, Any]] = []
        self.samples: dict[str, list[int]] = defaultdict(list)
        self.late: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()
        self.articles: Counter[str] = Counter()
        self.serial = 0
        days = []
        d = calendar.next_workday(scenario.start)
        while d <= scenario.end:
            days.append(d)
            d = calendar.add_workdays(d, 1)
        self.days = days
        self.people: dict[Role, list[_Person]] = {
            Role.HEAD: [_Person("县长", Role.HEAD)],
            Role.EXECUTIVE_DEPUTY: [_Person("常务", Role.EXECUTIVE_DEPUTY)],
            Role.DEPUTY: [_Person(f"副职{i + 1}", Role.DEPUTY) for i in range(scenario.people.deputies)],
        }

    # -- randomness ------------------------------------------------------------------------------

    def draw(self, spread: Spread) -> int:
        """A whole number of days from a gamma distribution with this mean and sd."""
        if spread.mean <= 0:
            return 0
        if spread.sd <= 0:
            return round(spread.mean)
        k = (spread.mean / spread.sd) ** 2
        return max(0, round(self.rng.gammavariate(k, spread.sd**2 / spread.mean)))

    def poisson(self, lam: float) -> int:
        if lam <= 0:
            return 0
        limit, k, p = math.exp(-lam), 0, self.rng.random()
        while p > limit:
            k += 1
            p *= self.rng.random()
        return k

    def next_id(self, prefix: str) -> str:
        self.serial += 1
        return f"{prefix}-{self.serial:05d}"

    # -- people ----------------------------------------------------------------------------------

    def person(self, role: Role) -> _Person | None:
        group = self.people.get(role)
        return self.rng.choice(group) if group else None

    def available(self, role: Role, d: date, who: _Person | None = None) -> bool:
        if who is not None:
            return not who.is_away(d)
        group = self.people.get(role)
        return not group or any(not p.is_away(d) for p in group)

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
        vol = self.s.volumes
        weights = [m.weight for m in vol.documents]
        for d in self.days:
            for _ in range(self.poisson(vol.documents_per_day)):
                if vol.documents:
                    mix = self.rng.choices(vol.documents, weights)[0]
                    doc = Document(kind=mix.kind, issuer=mix.issuer, addressee=mix.addressee, matters=mix.matters)
                    self.document(doc, d)
            for _ in range(self.poisson(vol.countersigns_per_day)):
                self.reply("countersign", "countersign_reply", d, self.s.behaviour.reply_days)
            for _ in range(self.poisson(vol.requests_per_day)):
                self.reply("request", "request_reply", d, self.s.behaviour.request_reply_days)
            for _ in range(self.poisson(vol.supervision_per_month * 12 / max(1, len(self.days)))):
                self.supervision(d)
        self.meetings()

    def trips(self) -> None:
        months = max(1.0, len(self.days) / 21)
        for role, rate in self.s.people.trips_per_month.items():
            group = self.people.get(role) or [_Person(role.label, role)]
            for who in group:
                for _ in range(self.poisson(rate * months)):
                    start = self.rng.choice(self.days)
                    end = start + timedelta(days=max(0, self.draw(self.s.people.trip_days) - 1))
                    who.away.append((start, end))
                    self.leave(LeaveKind.TRIP, role, start, end)

    def leave(
        self,
        kind: LeaveKind,
        role: Role,
        start: date,
        end: date,
        meeting: MeetingKind | None = None,
        reason: AbsenceReason | None = None,
    ) -> dict[str, Any] | None:
        asked = start - timedelta(days=self.draw(self.s.behaviour.leave_lead_days))
        request = LeaveRequest(
            role=role, kind=kind, start=start, end=end, requested_on=asked, meeting=meeting, reason=reason
        )
        try:
            v = attendance.check_leave(self.rs, request, calendar=self.cal)
        except NoApplicableRule:
            return None
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
        if kind is not LeaveKind.MEETING_ABSENCE:
            self.records.append(record)
        return record

    def tag(self, record: dict[str, Any], breaches: list[tuple[str, Citation]]) -> None:
        record["truth"] = sorted({rule for rule, _ in breaches})
        for _, c in breaches:
            self.articles[c.short()] += 1

    # -- replies -----------------------------------------------------------------------------------

    def reply(self, kind: str, rule_id: str, d: date, spread: Spread) -> None:
        replied = self.cal.add_workdays(d, self.draw(spread))
        key = "requested_on" if kind == "countersign" else "received_on"
        record: dict[str, Any] = {
            "type": kind,
            "id": self.next_id(kind[:2]),
            key: d.isoformat(),
            "replied_on": replied.isoformat(),
        }
        self.tag(record, self.deadline(rule_id, d, replied))
        self.records.append(record)

    def deadline(
        self, rule_id: str, anchor: date, done: date, variant: str | None = None
    ) -> list[tuple[str, Citation]]:
        if not self.rs.has_rule(rule_id) or not isinstance(self.rs.rule(rule_id), DeadlineRule):
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
        self, doc: Document, d: date, meeting_date: date | None = None, who: _Person | None = None
    ) -> tuple[dict[str, Any], date] | None:
        try:
            decision = signing.who_signs(self.rs, doc)
        except NoApplicableRule:
            self.counts["documents.unanswered"] += 1
            return None
        b = self.s.behaviour
        ready = d
        for _ in decision.reviewers:
            ready = self.cal.add_workdays(ready, self.draw(b.review_days))
        signer = decision.signer
        person = who if who is not None and who.role is signer else self.person(signer)
        signed_by, signed, authorizations = self.sign(decision, signer, person, ready)
        self.samples["signing"].append(self.cal.workdays_between(d, signed))
        if doc.kind is DocumentKind.MINUTES:
            self.samples["signing.latency.minutes"].append(self.cal.workdays_between(d, signed))
        self.counts[f"signing.by.{signed_by.name}"] += 1
        reviewers = list(decision.reviewers)
        if reviewers and self.rng.random() < b.skipped_review_share:
            reviewers.pop(self.rng.randrange(len(reviewers)))
        if self.rng.random() < b.wrong_signer_share:
            signed_by = self.rng.choice([r for r in _PERSONAL if r is not signer and r is not signed_by])
            authorizations = []
        record: dict[str, Any] = {
            "type": "document",
            "id": self.next_id("doc"),
            **converter.unstructure(doc),
            "signed_by": signed_by.name,
            "reviewed_by": [r.name for r in reviewers],
            "countersigned_by": [r.name for r in decision.countersigners],
            "authorizations": authorizations,
            "drafted_on": d.isoformat(),
            "signed_on": signed.isoformat(),
        }
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
        printed = self.cal.add_workdays(signed, self.draw(b.print_days))
        record["printed_on"] = printed.isoformat()
        breaches += self.deadline("printing", signed, printed)
        if self.rs.has_rule("publication") and doc.kind is not DocumentKind.MINUTES:
            published = self.cal.add_workdays(printed, self.draw(b.publish_days))
            record["published_on"] = published.isoformat()
            breaches += self.deadline("publication", printed, published)
        if meeting_date is not None and doc.kind is not DocumentKind.MINUTES:
            record["meeting_date"] = meeting_date.isoformat()
            breaches += self.deadline("post_meeting_issue", meeting_date, printed)
        self.tag(record, breaches)
        self.records.append(record)
        return record, printed

    def sign(
        self, decision: signing.SigningDecision, signer: Role, person: _Person | None, ready: date
    ) -> tuple[Role, date, list[dict[str, Any]]]:
        """Who signs and when: the signer's own pace, waiting while they are away unless an alternate
        authorised for the purpose (授权) signs instead."""
        need = self.draw(self.s.behaviour.signing(signer))
        day, worked = ready, 0
        for _ in range(400):
            if person is not None and person.is_away(day):
                for alt in decision.alternates:
                    if alt.basis.name == "AUTHORIZATION" and self.rng.random() < self.s.behaviour.authorize_when_away:
                        stand_in = self.person(alt.role)
                        if stand_in is None or not stand_in.is_away(day):
                            auth = {
                                "grantor": signer.name,
                                "grantee": alt.role.name,
                                "start": day.isoformat(),
                                "end": day.isoformat(),
                                "kinds": [],
                            }
                            return alt.role, day, [auth]
            elif worked >= need:
                return signer, day, []
            else:
                worked += 1
            day = self.cal.add_workdays(day, 1)
        return signer, day, []

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
        if any(r.meeting is MeetingKind.TOPICAL for r in self.rs.rules_of(MeetingRule)):
            for _ in range(self.poisson(self.s.volumes.topical_meetings_per_month * months)):
                planned.append((self.rng.choice(self.days), MeetingKind.TOPICAL))
        planned.sort(key=lambda x: (x[0], x[1].name))
        # agenda items waiting for the meetings that decide them (those with an agenda rule, or the 常务会议)
        deciding = {m for r in self.rs.rules_of(AgendaRule) for m in r.meetings} or {MeetingKind.EXECUTIVE}
        items: list[tuple[date, str, _Person | None]] = []
        for _ in range(self.poisson(self.s.volumes.agenda_items_per_month * months)):
            items.append((self.rng.choice(self.days), self.next_id("议题"), self.person(Role.DEPUTY)))
        items.sort(key=lambda x: (x[0], x[1]))
        for d, kind in planned:
            self.counts["meetings.planned"] += 1
            taken: list[tuple[date, str, _Person | None]] = []
            if kind in deciding:
                queue = [i for i in items if i[0] <= d]
                for item in queue[: self.s.volumes.agenda_capacity]:
                    arrived, _title, deputy = item
                    if (
                        deputy is not None
                        and deputy.is_away(d)
                        and self.needs_presence(kind)
                        and (self.rng.random() >= self.s.behaviour.written_opinion_share)
                    ):
                        self.counts["agenda.deferred"] += 1
                        continue
                    items.remove(item)
                    taken.append(item)
                    self.samples["agenda.wait"].append(self.cal.workdays_between(arrived, d))
            self.meeting(kind, d, taken)
        self.counts["agenda.left_over"] = len(items)

    def needs_presence(self, kind: MeetingKind) -> bool:
        return any(
            r.requirement is AgendaRequirement.DEPUTY_PRESENT_OR_OPINION and kind in r.meetings
            for r in self.rs.rules_of(AgendaRule)
        )

    def meeting(self, kind: MeetingKind, d: date, taken: list[tuple[date, str, _Person | None]]) -> None:
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
            who = self.person(role) if role in self.people else None
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
            if self.rng.random() < self.s.people.meeting_absence_share:
                reasons = self.absence_reasons(kind, role)
                reason = (
                    AbsenceReason.PERSONAL
                    if self.rng.random() < self.s.behaviour.bad_reason_share
                    else self.rng.choice(reasons)
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
            decision = attendance.check_meeting(self.rs, meeting)
            breaches += [(v.rule, v.citation) for v in decision.violations]
        minutes = Document(kind=DocumentKind.MINUTES, issuer=Issuer.GOVERNMENT, meeting=kind, presided_by=chair_role)
        drafted = self.cal.add_workdays(d, self.draw(self.s.behaviour.minutes_days))
        if self.rs.has_rule("minutes_draft"):
            record["minutes_drafted_on"] = drafted.isoformat()
            breaches += self.deadline("minutes_draft", d, drafted)
        signed = self.document(minutes, drafted, who=chair)
        if signed is not None and self.rs.has_rule("minutes_issue"):
            record["minutes_issued_on"] = signed[1].isoformat()
            breaches += self.deadline("minutes_issue", d, signed[1])
        self.tag(record, breaches)
        self.records.append(record)
        for _ in taken:
            if self.rng.random() < 0.5:
                notice = Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT, meeting=kind)
                self.document(notice, self.cal.add_workdays(d, self.draw(self.s.behaviour.issue_days) // 2), d)

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
    cal = calendar if calendar is not None else china()
    r = _Run(scenario, s, scenario.load_ruleset(), cal)
    r.go()
    years = range(scenario.start.year, scenario.end.year + 2)
    estimated = tuple(y for y in years if cal.is_provisional(y))
    return SimulationResult(scenario, s, tuple(r.records), r.metrics(), dict(sorted(r.articles.items())), estimated)
