"""Meetings as `check_meeting` judges them, cut into a finite space of parts for the exact what-if.

A meeting's decision is a list of breaches, each of which depends on one part of the meeting: its
kind (is any rule about it, is composition checked), its presider (and, for a presider who may stand
in only while the principal is away, which principals attend), each role's attendance, each any-of
group, the number of assistants against the reporting units, and each agenda item. So two rulesets
judge a meeting alike exactly when they judge each of its parts alike, and the space enumerated is
the parts, one per equivalence class: `MeetingSpace.parts_of` gives the parts of any concrete
meeting, and a meeting's decision changes exactly when one of its parts is listed.

Every meeting of the space is held on `MEETING_DATE` (as leave requests start on `LEAVE_START`); the
absences' own leave decisions (lead time, reason, substitute) are the leave family's, so an absence
counts here only as excusing the role.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

import attrs

from govrules.attendance import _agenda_message, _eligible, _materials_due, _meeting_rules
from govrules.model import AgendaItem, LeaveKind, LeaveRequest, Matter, Meeting, MeetingKind, Role
from govrules.rules import AgendaRequirement, AgendaRule, AlternateBasis, MeetingRule, RoleIncludes, Ruleset
from govrules.whatif.space import LEAVE_START, _pos
from govrules.workdays import WorkdayCalendar

#: The day every meeting of the space is held (a Monday), so that materials' lead times resolve to dates.
MEETING_DATE = LEAVE_START

#: Attendance states of a role: neither there nor excused; excused (or presiding without being listed);
#: listed as attending or sitting in (出席或列席).
ABSENT, EXCUSED, LISTED = "absent", "excused", "listed"
#: The title every agenda item of the space carries.
ITEM_TITLE = "议题"

_PART_ORDER = ("kind", "presider", "role", "group", "assistants", "item")


@attrs.frozen
class MeetingPart:
    """One class of one part of a meeting, as `check_meeting` judges it.

    `part` says which: "kind" (`composition`: whether attendance is on record), "presider" (`role`
    presides; `principals`: who of those the presider stands in for attends), "role" (`role` in
    attendance `state`), "group" (an any-of `group`, `satisfied` or not), "assistants" (`assistants`
    against `units` reporting units; `more_units`: that many or more) or "item" (an agenda `item`,
    titled `ITEM_TITLE`).
    """

    meeting: MeetingKind
    part: str
    composition: bool = True
    role: Role | None = None
    principals: frozenset[Role] = frozenset()
    state: str | None = None
    group: frozenset[Role] = frozenset()
    satisfied: bool | None = None
    units: int | None = None
    more_units: bool = False
    assistants: int | None = None
    item: AgendaItem | None = None
    stands_in: bool = attrs.field(default=False, eq=False)  # `role` stands for every role no rule names

    def key(self) -> tuple[object, ...]:
        """An order for listing: by meeting kind, then part, then the part's values."""
        return (
            _pos(self.meeting),
            _PART_ORDER.index(self.part),
            not self.composition,
            _pos(self.role),
            sorted(_pos(r) for r in self.principals),
            self.state or "",
            sorted(_pos(r) for r in self.group),
            bool(self.satisfied),
            self.units or 0,
            self.assistants or 0,
            repr(self.item),
        )


@attrs.frozen
class MeetingAnswer:
    """How a ruleset judges one part of a meeting: the breaches it finds there (empty: none)."""

    breaches: tuple[str, ...]  # Chinese messages, as `check_meeting` words them
    no_rule: bool = False  # no rule speaks of this kind of meeting (NoApplicableRule)
    composition_checked: bool | None = None  # for the "kind" part
    rules: tuple[str, ...] = ()  # the rules that judged the part

    @property
    def outcome(self) -> tuple[object, ...]:
        """What is compared: the breaches (as worded), whether a rule applies, whether composition is checked."""
        return (self.no_rule, self.composition_checked, self.breaches)


def _context(rs: Ruleset, kind: MeetingKind) -> tuple[MeetingRule | None, tuple[AgendaRule, ...]] | None:
    return rs.cached(("meeting_rules", kind), lambda: _meeting_rules(rs, kind))


def judge(rs: Ruleset, part: MeetingPart, calendar: WorkdayCalendar) -> MeetingAnswer:
    """How `rs` judges `part` of a meeting held on `MEETING_DATE`."""
    ctx = _context(rs, part.meeting)
    if ctx is None:
        return MeetingAnswer((), no_rule=True, composition_checked=False if part.part == "kind" else None)
    rule, agenda = ctx
    name = rs.name
    if part.part == "kind":
        return MeetingAnswer((), composition_checked=rule is not None and part.composition)
    if part.part == "item":
        assert part.item is not None
        meeting = Meeting(part.meeting, MEETING_DATE, Role.HEAD, agenda=(part.item,))
        failed = [ar for ar in agenda if not _eligible(ar, part.item, meeting, calendar)]
        messages = tuple(sorted(_agenda_message(ar, part.item, meeting, calendar) for ar in failed))
        return MeetingAnswer(messages, rules=tuple(ar.id for ar in failed))
    if rule is None:
        return MeetingAnswer(())
    out: list[str] = []
    if part.part == "presider":
        p = part.role
        assert p is not None
        if not rs.acts_as(p, rule.presiders):
            basis = next((a for a in rule.presider_alternates if rs.acts_as(p, (a.role,))), None)
            if basis is None and rule.presiders:
                allowed = "、".join(name(r) for r in (*rule.presiders, *(a.role for a in rule.presider_alternates)))
                out.append(f"会议由{name(p)}主持，规定由{allowed}主持")
            elif basis is not None and basis.basis is AlternateBasis.ABSENCE:
                principals = [r for r in rule.presiders if r in part.principals]
                if principals:
                    out.append(f"{name(principals[0])}出席会议，{name(p)}仅在其不在时方可主持")
    elif part.part == "role":
        r = part.role
        assert r is not None
        there = part.state != ABSENT
        if r in rule.members and not there:
            out.append(f"组成人员{name(r)}未出席且未请假")
        if r in rule.non_voting and not there:
            out.append(f"固定列席人员{name(r)}未列席且未请假")
        if part.state == LISTED and not rs.acts_as(r, rule.allowed) and r is not Role.ASSISTANT and rule.composed:
            out.append(f"非规定参会人员{name(r)}出席或列席会议")
    elif part.part == "group":
        if not part.satisfied:
            names = "或".join(name(r) for r in sorted(part.group, key=lambda r: r.name))
            out.extend(f"{names}均未出席且未请假" for g in rule.any_of if g == part.group)
    elif part.part == "assistants":
        assert part.assistants is not None and part.units is not None
        limit = _limit(rule, part.units)
        if limit is not None and part.assistants > limit:
            out.append(f"随会助手{part.assistants}人，超过规定的{limit}人")
    return MeetingAnswer(tuple(out), rules=(rule.id,) if out else ())


def _limit(rule: MeetingRule, units: int) -> int | None:
    """The most assistants allowed with `units` reporting units (0: no agenda on record)."""
    limits = [] if rule.max_assistants is None else [rule.max_assistants]
    if rule.assistants_per_reporting_unit is not None and units:
        limits.append(rule.assistants_per_reporting_unit * units)
    return min(limits) if limits else None


@attrs.frozen
class MeetingSpace:
    """Per kind of meeting some rule of either ruleset speaks of, the parts enumerated (see `diff`)."""

    kinds: tuple[MeetingKind, ...]
    meeting_rules: tuple[MeetingRule, ...] = attrs.field(eq=False, repr=False)
    agenda_rules: tuple[AgendaRule, ...] = attrs.field(eq=False, repr=False)
    calendar: WorkdayCalendar = attrs.field(eq=False, repr=False)
    #: The role rules of either ruleset: a role one of them includes is told apart from every other role.
    role_rules: tuple[RoleIncludes, ...] = attrs.field(default=(), eq=False, repr=False)

    @classmethod
    def of(cls, *rulesets: Ruleset, calendar: WorkdayCalendar) -> MeetingSpace:
        """The space distinguishing every meeting and agenda rule of these rulesets."""
        meeting_rules = tuple(r for rs in rulesets for r in rs.rules_of(MeetingRule))
        agenda_rules = tuple(r for rs in rulesets for r in rs.rules_of(AgendaRule))
        role_rules = tuple(r for rs in rulesets for r in rs.rules_of(RoleIncludes))
        kinds = {r.meeting for r in meeting_rules} | {k for ar in agenda_rules for k in ar.meetings}
        return cls(tuple(k for k in MeetingKind if k in kinds), meeting_rules, agenda_rules, calendar, role_rules)

    def _with_included(self, named: set[Role]) -> set[Role]:
        """`named` and every role a role rule makes one of them include (it may act as them: `acts_as`)."""
        return named | {x for ri in self.role_rules if ri.role in named for x in ri.includes}

    def _meeting_rules(self, kind: MeetingKind) -> list[MeetingRule]:
        return [r for r in self.meeting_rules if r.meeting is kind]

    def _agenda_rules(self, kind: MeetingKind) -> list[AgendaRule]:
        return [ar for ar in self.agenda_rules if kind in ar.meetings]

    def _needs(self, kind: MeetingKind) -> set[AgendaRequirement]:
        return {ar.requirement for ar in self._agenda_rules(kind)}

    def _named_roles(self, kind: MeetingKind) -> set[Role]:
        named: set[Role] = {Role.ASSISTANT}
        for r in self._meeting_rules(kind):
            named |= r.allowed
        return self._with_included(named)

    def _named_presiders(self, kind: MeetingKind) -> set[Role]:
        named: set[Role] = set()
        for r in self._meeting_rules(kind):
            named |= {*r.presiders, *(a.role for a in r.presider_alternates)}
        return self._with_included(named)

    def roles(self, kind: MeetingKind) -> tuple[Role, ...]:
        """The roles some rule of `kind` names, ASSISTANT, and one role standing for every other."""
        return _with_other(self._named_roles(kind))

    def presiders(self, kind: MeetingKind) -> tuple[Role, ...]:
        """The roles some rule of `kind` lets preside, and one role standing for every other."""
        return _with_other(self._named_presiders(kind))

    def _principals(self, kind: MeetingKind, presider: Role) -> frozenset[Role] | None:
        """Those whose attendance decides whether `presider` may preside (None: nobody's does)."""
        rules = self._meeting_rules(kind)
        if not any(
            presider in self._with_included({a.role}) and a.basis is AlternateBasis.ABSENCE
            for r in rules
            for a in r.presider_alternates
        ):
            return None
        return frozenset(p for r in rules for p in r.presiders)

    def groups(self, kind: MeetingKind) -> tuple[frozenset[Role], ...]:
        """Every any-of group of a rule of `kind`."""
        return tuple(dict.fromkeys(g for r in self._meeting_rules(kind) for g in r.any_of))

    def units(self, kind: MeetingKind) -> tuple[int, ...]:
        """Numbers of reporting units: 0 (no agenda), 1..B, and B+1 standing for B+1 or more, where past B
        every limit of either ruleset is constant or linear and no two cross (none: assistants unlimited)."""
        rules = self._meeting_rules(kind)
        caps = [r.max_assistants for r in rules if r.max_assistants is not None]
        per = [r.assistants_per_reporting_unit for r in rules if r.assistants_per_reporting_unit]
        if not caps and not per:
            return ()
        bound = max([1, *(math.ceil(m / k) for m in caps for k in per)])
        return tuple(range(bound + 2))

    def assistants(self, kind: MeetingKind, units: int) -> tuple[int, ...]:
        """Numbers of assistants: none, and one more than each limit either ruleset sets for `units` units."""
        return tuple(sorted({0, *(x + 1 for x in _limits(self._meeting_rules(kind), units))}))

    def _assistants_part(self, kind: MeetingKind, meeting: Meeting, units: tuple[int, ...]) -> MeetingPart:
        """The class of a meeting's assistants: its reporting units (those past the last standing for it)
        and how many of the limits either ruleset sets for them the assistants exceed."""
        n = len({i.reporting_unit or f"#{j}" for j, i in enumerate(meeting.agenda)})
        exceeded = sum(1 for x in _limits(self._meeting_rules(kind), n) if meeting.assistants > x)
        u = min(n, units[-1])
        a = self.assistants(kind, u)[exceeded]
        return MeetingPart(kind, "assistants", units=u, more_units=u == units[-1], assistants=a)

    def materials_dates(self, kind: MeetingKind) -> tuple[date | None, ...]:
        """Not on record, each day some rule makes the last for materials, and the day after each."""
        meeting = Meeting(kind, MEETING_DATE, Role.HEAD)
        dues = {
            _materials_due(ar, meeting, self.calendar)
            for ar in self._agenda_rules(kind)
            if ar.requirement is AgendaRequirement.MATERIALS_IN_TIME
        }
        return (None, *sorted(dues | {d + timedelta(days=1) for d in dues}))

    def items(self, kind: MeetingKind) -> tuple[AgendaItem, ...]:
        """One item per class: each requirement an agenda rule of `kind` makes, met or not; the materials' dates."""
        needs = self._needs(kind)
        deputy = (True, False) if AgendaRequirement.DEPUTY_PRESENT_OR_OPINION in needs else (True,)
        head = (True, False) if AgendaRequirement.REPORTING_HEAD_PRESENT in needs else (True,)
        majors = (False, True) if AgendaRequirement.NOT_THREE_MAJORS in needs else (False,)
        return tuple(
            _item(d, h, m, s) for d, h, m, s in itertools.product(deputy, head, majors, self.materials_dates(kind))
        )

    def parts(self, kind: MeetingKind | None = None) -> Iterator[MeetingPart]:
        """Every part of the space (of one kind of meeting, when given)."""
        for k in self.kinds if kind is None else (kind,):
            for composition in (True, False):
                yield MeetingPart(k, "kind", composition=composition)
            presiders = self.presiders(k)
            for p in presiders:
                other = p is presiders[-1] and p not in self._named_presiders(k)
                principals = self._principals(k, p)
                subsets: Iterable[frozenset[Role]] = (
                    (frozenset(),)
                    if principals is None
                    else (frozenset(c) for n in range(len(principals) + 1)
                          for c in itertools.combinations(sorted(principals, key=lambda r: r.name), n))
                )  # fmt: skip
                for s in subsets:
                    yield MeetingPart(k, "presider", role=p, principals=s, stands_in=other)
            roles = self.roles(k)
            for r in roles:
                other = r is roles[-1] and r not in self._named_roles(k)
                for state in (ABSENT, EXCUSED, LISTED):
                    yield MeetingPart(k, "role", role=r, state=state, stands_in=other)
            for g in self.groups(k):
                for sat in (False, True):
                    yield MeetingPart(k, "group", group=g, satisfied=sat)
            units = self.units(k)
            for u in units:
                for a in self.assistants(k, u):
                    yield MeetingPart(k, "assistants", units=u, more_units=u == units[-1], assistants=a)
            for item in self.items(k):
                yield MeetingPart(k, "item", item=item)

    def size(self) -> int:
        """How many parts `parts()` yields."""
        return sum(1 for _ in self.parts())

    def example(self, part: MeetingPart) -> tuple[Meeting, bool]:
        """A concrete meeting (and whether attendance is on record) having `part` among its parts."""
        k = part.meeting
        avoid = {part.role, *part.group}
        presider = part.role if part.part == "presider" else None
        if presider is None:
            presider = next(p for p in (*self.presiders(k), *Role) if p not in avoid)
        assert presider is not None
        attendees: set[Role] = set(part.principals)
        excused: set[Role] = set()
        agenda: tuple[AgendaItem, ...] = ()
        assistants = 0
        if part.part == "role" and part.role is not None:
            if part.state == LISTED:
                attendees.add(part.role)
            elif part.state == EXCUSED:
                excused.add(part.role)
        elif part.part == "group" and part.satisfied:
            excused.add(min(part.group, key=lambda r: r.name))
        elif part.part == "assistants":
            assert part.units is not None and part.assistants is not None
            agenda = tuple(AgendaItem(f"{ITEM_TITLE}{n}", reporting_unit=f"单位{n}") for n in range(part.units))
            assistants = part.assistants
        elif part.part == "item" and part.item is not None:
            agenda = (part.item,)
        absent = tuple(
            LeaveRequest(r, LeaveKind.MEETING_ABSENCE, MEETING_DATE, MEETING_DATE, MEETING_DATE, meeting=k)
            for r in sorted(excused, key=lambda r: r.name)
        )
        meeting = Meeting(k, MEETING_DATE, presider, frozenset(attendees), absent=absent, agenda=agenda,
                          assistants=assistants)  # fmt: skip
        return meeting, part.composition

    def parts_of(self, meeting: Meeting, composition: bool = True) -> tuple[MeetingPart, ...] | None:
        """The parts of the space standing for those of a concrete meeting: its decision under either ruleset
        changes exactly when one of them does. None when it is outside the space (held on another day than
        `MEETING_DATE`, or a kind no rule speaks of, whose decision is NoApplicableRule under both)."""
        k = meeting.kind
        if meeting.date != MEETING_DATE or k not in self.kinds:
            return None
        out = [MeetingPart(k, "kind", composition=composition)]
        presiders = self.presiders(k)
        p = _stand_in(presiders, meeting.presided_by)
        principals = self._principals(k, p)
        chosen = frozenset() if principals is None else frozenset(meeting.attendees & principals)
        out.append(MeetingPart(k, "presider", role=p, principals=chosen))
        if composition:
            listed = meeting.attendees | meeting.non_voting
            there = listed | {meeting.presided_by} | {leave.role for leave in meeting.absent}
            roles = self.roles(k)
            for r in Role:
                state = LISTED if r in listed else EXCUSED if r in there else ABSENT
                out.append(MeetingPart(k, "role", role=_stand_in(roles, r), state=state))
            for g in self.groups(k):
                out.append(MeetingPart(k, "group", group=g, satisfied=bool(g & there)))
            units = self.units(k)
            if units:
                out.append(self._assistants_part(k, meeting, units))
        days = [d for d in self.materials_dates(k) if d is not None]
        needs = self._needs(k)
        for item in meeting.agenda:
            s = item.materials_submitted_on
            if s is not None:  # the last day of the space not after it (the first, when it is earlier)
                s = max((d for d in days if d <= s), default=days[0] if days else None)
            deputy = item.deputy_in_charge_present or item.deputy_written_opinion
            item_part = _item(
                deputy or AgendaRequirement.DEPUTY_PRESENT_OR_OPINION not in needs,
                item.reporting_head_present or AgendaRequirement.REPORTING_HEAD_PRESENT not in needs,
                Matter.THREE_MAJORS_ONE_LARGE in item.matters and AgendaRequirement.NOT_THREE_MAJORS in needs,
                s,
            )
            out.append(MeetingPart(k, "item", item=item_part))
        return tuple(dict.fromkeys(out))


def _limits(rules: Iterable[MeetingRule], units: int) -> list[int]:
    return sorted({x for r in rules if (x := _limit(r, units)) is not None})


def _item(deputy: bool, head: bool, three_majors: bool, submitted: date | None) -> AgendaItem:
    return AgendaItem(
        ITEM_TITLE,
        deputy_in_charge_present=deputy,
        reporting_head_present=head,
        matters=frozenset({Matter.THREE_MAJORS_ONE_LARGE}) if three_majors else frozenset(),
        materials_submitted_on=submitted,
    )


def _with_other(named: set[Role]) -> tuple[Role, ...]:
    out = [r for r in Role if r in named]
    other = next((r for r in Role if r not in named), None)
    return (*out, other) if other is not None else tuple(out)


def _stand_in(values: tuple[Role, ...], value: Role) -> Role:
    return value if value in values else values[-1]
