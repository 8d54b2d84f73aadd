"""The domain objects: governments, people, meetings, documents and leave requests (frozen attrs)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

import attrs

from govrules.errors import InvalidInput
from govrules.model.enums import (
    AbsenceReason,
    Addressee,
    DocumentKind,
    Issuer,
    LeaveKind,
    Level,
    Matter,
    MeetingKind,
    ReviewAct,
    Role,
)

__all__ = [
    "AgendaItem",
    "Authorization",
    "Department",
    "Document",
    "Government",
    "LeaveRequest",
    "Meeting",
    "Member",
    "Review",
    "Roster",
    "parse_date",
]


def _roles(value: object) -> frozenset[Role]:
    if _members_of(value, Role):
        return value  # type: ignore[return-value]
    return frozenset(Role.from_label(v) for v in _iter(value, "roles"))  # type: ignore[arg-type]


def _matters(value: object) -> frozenset[Matter]:
    if _members_of(value, Matter):
        return value  # type: ignore[return-value]
    return frozenset(Matter.from_label(v) for v in _iter(value, "matters"))  # type: ignore[arg-type]


def _members_of(value: object, enum: type) -> bool:
    """Whether `value` is already a frozenset of `enum` members (as the converter gives): nothing to do."""
    return type(value) is frozenset and all(type(v) is enum for v in value)


def _iter(value: object, what: str) -> tuple[object, ...]:
    if isinstance(value, str):
        raise InvalidInput(
            f"{what} must be a collection, not the single text {value!r}",
            zh=f"{what}应为一组值（列表），而不是单个文字{value!r}",
        )
    if not isinstance(value, Iterable):
        raise InvalidInput(
            f"{what} must be a collection; got {value!r}", zh=f"{what}应为一组值（列表），而给出的是{value!r}"
        )
    try:
        return tuple(value)
    except TypeError:
        raise InvalidInput(
            f"{what} must be a collection; got {value!r}", zh=f"{what}应为一组值（列表），而给出的是{value!r}"
        ) from None


def _role(value: Role | str) -> Role:
    return Role.from_label(value)


def _opt_role(value: Role | str | None) -> Role | None:
    return None if value is None else Role.from_label(value)


def _opt_meeting(value: MeetingKind | str | None) -> MeetingKind | None:
    return None if value is None else MeetingKind.from_label(value)


def _opt_addressee(value: Addressee | str | None) -> Addressee | None:
    return None if value is None else Addressee.from_label(value)


def _opt_reason(value: AbsenceReason | str | None) -> AbsenceReason | None:
    return None if value is None else AbsenceReason.from_label(value)


def _kind(value: DocumentKind | str) -> DocumentKind:
    return DocumentKind.from_label(value)


def _kind_set(value: Iterable[DocumentKind | str]) -> frozenset[DocumentKind]:
    if _members_of(value, DocumentKind):
        return value  # type: ignore[return-value]
    return frozenset(DocumentKind.from_label(x) for x in _iter(value, "kinds"))  # type: ignore[arg-type]


def _issuer(value: Issuer | str) -> Issuer:
    return Issuer.from_label(value)


def _leave_kind(value: LeaveKind | str) -> LeaveKind:
    return LeaveKind.from_label(value)


def _level(value: Level | str) -> Level:
    return Level.from_label(value)


def _meeting_kind(value: MeetingKind | str) -> MeetingKind:
    return MeetingKind.from_label(value)


def _review_act(value: ReviewAct | str) -> ReviewAct:
    return ReviewAct.from_label(value)


def parse_date(value: object) -> date:
    """A date from a date or ISO text (YYYY-MM-DD); `InvalidInput` naming the value otherwise."""
    if type(value) is date:
        return value
    if isinstance(value, datetime):
        raise InvalidInput(
            f"not a date but a date and time (give the date alone): {value!r}",
            zh=f"应为日期，而给出的是日期和时间（只写日期，如2025-09-26）：{value!r}",
        )
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidInput(f"not a date (YYYY-MM-DD): {value!r}", zh=f"不是日期（应为YYYY-MM-DD，如2025-09-26）：{value!r}")


def _day(value: object) -> date:
    """A field's date: a `datetime` given in Python is taken as its date (records stay strict: `parse_date`)."""
    return value.date() if isinstance(value, datetime) else parse_date(value)


def _opt_date(value: object) -> date | None:
    return None if value is None else _day(value)


def _flag(_: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if type(value) is not bool:  # "no" is not False, nor 1 True
        raise InvalidInput(
            f"{attribute.name} must be True or False; got {value!r}",
            zh=f"{attribute.name}应为true或false，而给出的是{value!r}",
        )


def _whole(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int:  # True is not the number 1
        raise InvalidInput(
            f"{attribute.name} must be a whole number; got {value!r}",
            zh=f"{attribute.name}应为整数，而给出的是{value!r}",
        )


def _text(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(
            f"{attribute.name} must be non-empty text; got {value!r}",
            zh=f"{attribute.name}应为非空文字，而给出的是{value!r}",
        )


def _str_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(str(v) for v in _iter(value, "portfolio"))


def _overlap(a: Member, b: Member) -> bool:
    """Whether two terms share a day (an open end reaches any day)."""
    a_before_b = a.end is not None and b.start is not None and a.end < b.start
    b_before_a = b.end is not None and a.start is not None and b.end < a.start
    return not (a_before_b or b_before_a)


def _member_tuple(value: Iterable[Member]) -> tuple[Member, ...]:
    return tuple(value)


def _pairs(value: Iterable[Iterable[str]]) -> tuple[tuple[str, str], ...]:
    out = []
    for pair in value:
        p = tuple(pair)
        if len(p) != 2:
            raise InvalidInput(f"an AB pair names two people; got {p!r}", zh=f"AB岗应由两人组成，而给出的是{p!r}")
        out.append((str(p[0]), str(p[1])))
    return tuple(out)


def _leave_tuple(value: Iterable[LeaveRequest]) -> tuple[LeaveRequest, ...]:
    return tuple(value)


def _agenda_tuple(value: Iterable[AgendaItem]) -> tuple[AgendaItem, ...]:
    return tuple(value)


@attrs.frozen
class Government:
    """A local people's government (人民政府)."""

    name: str = attrs.field(validator=_text)
    level: Level = attrs.field(converter=_level)
    parent: str | None = None


@attrs.frozen
class Department:
    """A department (部门) of a government, or a township (乡镇、街道)."""

    name: str = attrs.field(validator=_text)
    township: bool = False


@attrs.frozen
class Member:
    """A person holding a role; a deputy's portfolio (分管) lists the departments and matters in their charge.

    `start` and `end` (a roster file's `from` and `to`): the days the role was held, both included;
    None where the roster does not say (held from before / until after any record).
    """

    name: str = attrs.field(validator=_text)
    role: Role = attrs.field(converter=_role)
    portfolio: frozenset[str] = attrs.field(default=frozenset(), converter=_str_set)
    party_standing_committee_member: bool = False
    start: date | None = attrs.field(default=None, converter=_opt_date)
    end: date | None = attrs.field(default=None, converter=_opt_date)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidInput(
                f"{self.name}: term ends on {self.end} before it starts on {self.start}",
                zh=f"{self.name}：任期结束日{self.end}早于开始日{self.start}",
            )

    def holds(self, day: date) -> bool:
        """Whether the role was held on `day`."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def term(self) -> str:
        """The term in Chinese: 2024-01-01至今, 2021-06-01至2023-12-31, 任期未载."""
        if self.start is None and self.end is None:
            return "任期未载"
        first = self.start.isoformat() if self.start else "…"
        return f"{first}至{self.end.isoformat() if self.end else '今'}"


@attrs.frozen
class Roster:
    """The people holding a government's roles, who is in charge of what, and AB pairs (AB角)."""

    members: tuple[Member, ...] = attrs.field(default=(), converter=_member_tuple)
    ab_pairs: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)

    def __attrs_post_init__(self) -> None:
        names = [m.name for m in self.members]
        # one person may hold several roles in turn (副县长, then 县长), never two at once
        for i, m in enumerate(self.members):
            for other in self.members[i + 1 :]:
                if other.name == m.name and _overlap(m, other):
                    raise InvalidInput(
                        f"roster lists {m.name!r} more than once, with terms that overlap",
                        zh=f"名册中“{m.name}”出现多次，且任期重叠",
                    )
        for a, b in self.ab_pairs:
            for n in (a, b):
                if n not in names:
                    raise InvalidInput(f"AB pair names {n!r}, who is not on the roster", zh=f"AB岗中的“{n}”不在名册上")

    def holders(self, role: Role) -> tuple[Member, ...]:
        """The members holding `role`."""
        return tuple(m for m in self.members if m.role is role)

    def member(self, name: str) -> Member:
        """The member called `name` (the first of their terms on the roster)."""
        for m in self.members:
            if m.name == name:
                return m
        raise InvalidInput(f"no member called {name!r} on the roster", zh=f"名册上没有“{name}”")

    def terms(self, name: str) -> tuple[Member, ...]:
        """Every entry of the person called `name` (one a role they held), in roster order."""
        return tuple(m for m in self.members if m.name == name)

    def held_by(self, name: str, on: date) -> Member | None:
        """The role `name` held on that day, if any."""
        for m in self.members:
            if m.name == name and m.holds(on):
                return m
        return None

    def in_charge_of(self, item: str) -> tuple[Member, ...]:
        """The members whose portfolio covers a department or matter."""
        return tuple(m for m in self.members if item in m.portfolio)

    def ab_partner(self, name: str) -> str | None:
        """The other half of `name`'s AB pair (东川 AB角), if any."""
        for a, b in self.ab_pairs:
            if name == a:
                return b
            if name == b:
                return a
        return None


@attrs.frozen
class AgendaItem:
    """An item on a meeting's agenda (议题)."""

    title: str = attrs.field(validator=_text)
    reporting_unit: str | None = None
    deputy_in_charge_present: bool = attrs.field(default=True, validator=_flag)
    deputy_written_opinion: bool = attrs.field(default=False, validator=_flag)
    reporting_head_present: bool = attrs.field(default=True, validator=_flag)
    matters: frozenset[Matter] = attrs.field(default=frozenset(), converter=_matters)
    materials_submitted_on: date | None = attrs.field(default=None, converter=_opt_date)


@attrs.frozen(cache_hash=True)  # hashed once: the decision memos key on it
class LeaveRequest:
    """A request to be away: a trip, a vacation, a visit abroad, or absence from a meeting.

    `end` left out: a one-day leave, ending the day it starts (a meeting's absence, `absent`, as a leave
    record and `govrules leave` without --end read it)."""

    role: Role = attrs.field(converter=_role)
    kind: LeaveKind = attrs.field(converter=_leave_kind)
    start: date = attrs.field(converter=_day)
    end: date = attrs.field(default=attrs.Factory(lambda self: self.start, takes_self=True), converter=_day)
    requested_on: date | None = attrs.field(default=None, converter=_opt_date)
    meeting: MeetingKind | None = attrs.field(default=None, converter=_opt_meeting)
    reason: AbsenceReason | None = attrs.field(default=None, converter=_opt_reason)
    substitute: bool = attrs.field(default=False, validator=_flag)
    party_standing_committee_member: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(
                f"leave ends on {self.end} before it starts on {self.start}",
                zh=f"请假结束日{self.end}早于开始日{self.start}",
            )
        if self.kind is LeaveKind.MEETING_ABSENCE and self.meeting is None:
            raise InvalidInput(
                "an absence from a meeting (不能出席会议) must name the meeting kind",
                zh="不能出席会议的请假应写明是哪种会议",
            )

    @property
    def days(self) -> int:
        """Calendar days away, both ends counted."""
        return (self.end - self.start).days + 1


@attrs.frozen
class Meeting:
    """A meeting held: who presided, who attended as members and who sat in (列席), and its agenda."""

    kind: MeetingKind = attrs.field(converter=_meeting_kind)
    date: date = attrs.field(converter=_day)
    presided_by: Role = attrs.field(converter=_role)
    attendees: frozenset[Role] = attrs.field(default=frozenset(), converter=_roles)
    non_voting: frozenset[Role] = attrs.field(default=frozenset(), converter=_roles)
    absent: tuple[LeaveRequest, ...] = attrs.field(default=(), converter=_leave_tuple)
    agenda: tuple[AgendaItem, ...] = attrs.field(default=(), converter=_agenda_tuple)
    assistants: int = attrs.field(default=0, validator=_whole)
    convened_by: Role | None = attrs.field(default=None, converter=_opt_role)

    def __attrs_post_init__(self) -> None:
        for leave in self.absent:
            if leave.kind is not LeaveKind.MEETING_ABSENCE:
                raise InvalidInput(
                    f"the absence of {leave.role.name} from a meeting is a {leave.kind.name} request;"
                    " it must be a 不能出席会议 (MEETING_ABSENCE) request",
                    zh=f"{leave.role.label}缺席会议的记录是“{leave.kind.label}”，应为“不能出席会议”的请假",
                )
        if self.assistants < 0:
            raise InvalidInput(
                f"assistants must be >= 0; got {self.assistants}", zh=f"随员人数应不小于0，而给出的是{self.assistants}"
            )


@attrs.frozen(cache_hash=True)  # hashed once: the decision memos key on it
class Document:
    """An official document (公文) as the signing rules see it."""

    kind: DocumentKind = attrs.field(converter=_kind)
    issuer: Issuer = attrs.field(converter=_issuer)
    addressee: Addressee | None = attrs.field(default=None, converter=_opt_addressee)
    matters: frozenset[Matter] = attrs.field(default=frozenset(), converter=_matters)
    meeting: MeetingKind | None = attrs.field(default=None, converter=_opt_meeting)
    presided_by: Role | None = attrs.field(default=None, converter=_opt_role)

    def __attrs_post_init__(self) -> None:
        if self.kind is DocumentKind.MINUTES and self.meeting is None:
            raise InvalidInput(
                "minutes (纪要) must name the kind of meeting they record", zh="纪要应写明记录的是哪种会议"
            )
        if self.presided_by is not None and self.meeting is None:
            raise InvalidInput(
                f"presided_by={self.presided_by.name} needs the meeting it presided over",
                zh=f"写了主持人（{self.presided_by.label}），还应写明所主持的会议",
            )


@attrs.frozen
class Review:
    """What one reviewer did before signing: circled it (圈阅), wrote an opinion, reviewed, countersigned."""

    role: Role = attrs.field(converter=_role)
    act: ReviewAct = attrs.field(default=ReviewAct.REVIEWED, converter=_review_act)


@attrs.frozen
class Authorization:
    """Who authorised whom (授权) to act for them, for what, and when."""

    grantor: Role = attrs.field(converter=_role)
    grantee: Role = attrs.field(converter=_role)
    start: date = attrs.field(converter=_day)
    end: date = attrs.field(converter=_day)
    kinds: frozenset[DocumentKind] = attrs.field(default=frozenset(), converter=_kind_set)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(
                f"authorization ends on {self.end} before it starts on {self.start}",
                zh=f"授权结束日{self.end}早于开始日{self.start}",
            )

    def covers(self, on: date, kind: DocumentKind) -> bool:
        """Whether this authorization is in force on `on` for a document of `kind` (empty kinds: all)."""
        return self.start <= on <= self.end and (not self.kinds or kind in self.kinds)
