"""Hypothesis strategies for every model class, for our property tests and for downstream users'.

Importable only when hypothesis is installed (the `test` extra).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from govrules.model import (
    AbsenceReason,
    Addressee,
    AgendaItem,
    Authorization,
    Department,
    Document,
    DocumentKind,
    Government,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Level,
    Matter,
    Meeting,
    MeetingKind,
    Member,
    Review,
    ReviewAct,
    Role,
    Roster,
)

__all__ = [
    "agenda_items",
    "authorizations",
    "dates",
    "departments",
    "documents",
    "governments",
    "leave_requests",
    "meetings",
    "members",
    "reviews",
    "rosters",
]

#: Dates inside the State Council data (2004-2026), away from its edges.
dates = st.dates(min_value=date(2005, 1, 1), max_value=date(2026, 6, 30))
names = st.text(alphabet="张王李赵刘陈杨黄周吴徐孙朱马胡郭林何高梁郑罗宋谢唐韩", min_size=2, max_size=3)


def governments() -> st.SearchStrategy[Government]:
    """Any government."""
    return st.builds(
        Government,
        name=st.sampled_from(["西丰县人民政府", "咸阳市人民政府", "东川区人民政府", "某区人民政府"]),
        level=st.sampled_from(list(Level)),
        parent=st.none() | st.just("铁岭市人民政府"),
    )


def departments() -> st.SearchStrategy[Department]:
    """Any department or township."""
    return st.builds(Department, name=st.sampled_from(["财政局", "审计局", "司法局", "某镇"]), township=st.booleans())


def members() -> st.SearchStrategy[Member]:
    """Any member."""
    return st.builds(
        Member,
        name=names,
        role=st.sampled_from(list(Role)),
        portfolio=st.frozensets(st.sampled_from(["财政局", "教育局", "交通运输局", "资金", "人事"]), max_size=3),
        party_standing_committee_member=st.booleans(),
    )


@st.composite
def rosters(draw: st.DrawFn) -> Roster:
    """A roster of distinct people, with AB pairs among them."""
    people = draw(st.lists(members(), max_size=6, unique_by=lambda m: m.name))
    pairs: list[tuple[str, str]] = []
    if len(people) >= 2 and draw(st.booleans()):
        pairs.append((people[0].name, people[1].name))
    return Roster(members=tuple(people), ab_pairs=tuple(pairs))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Any document the model can express (minutes always name their meeting)."""
    kind = draw(st.sampled_from(list(DocumentKind)))
    meeting = (
        draw(st.sampled_from(list(MeetingKind)))
        if kind is DocumentKind.MINUTES
        else draw(st.none() | st.sampled_from(list(MeetingKind)))
    )
    presided = None if meeting is None else draw(st.none() | st.sampled_from(list(Role)))
    return Document(
        kind=kind,
        issuer=draw(st.sampled_from(list(Issuer))),
        addressee=draw(st.none() | st.sampled_from(list(Addressee))),
        matters=draw(st.frozensets(st.sampled_from(list(Matter)), max_size=3)),
        meeting=meeting,
        presided_by=presided,
    )


@st.composite
def leave_requests(draw: st.DrawFn, kind: LeaveKind | None = None) -> LeaveRequest:
    """Any leave request: starts on a date in the data, lasts 1-30 days, asked 0-20 days before."""
    k = kind if kind is not None else draw(st.sampled_from(list(LeaveKind)))
    start = draw(dates)
    end = start + timedelta(days=draw(st.integers(0, 29)))
    asked = draw(st.none() | st.integers(0, 20).map(lambda n: start - timedelta(days=n)))
    return LeaveRequest(
        role=draw(st.sampled_from(list(Role))),
        kind=k,
        start=start,
        end=end,
        requested_on=asked,
        meeting=draw(st.sampled_from(list(MeetingKind))) if k is LeaveKind.MEETING_ABSENCE else None,
        reason=draw(st.none() | st.sampled_from(list(AbsenceReason))),
        substitute=draw(st.booleans()),
        party_standing_committee_member=draw(st.booleans()),
    )


def agenda_items() -> st.SearchStrategy[AgendaItem]:
    """Any agenda item."""
    return st.builds(
        AgendaItem,
        title=st.sampled_from(["预算调整", "项目审批", "人事任免", "年度计划"]),
        reporting_unit=st.none() | st.just("财政局"),
        deputy_in_charge_present=st.booleans(),
        deputy_written_opinion=st.booleans(),
        reporting_head_present=st.booleans(),
        matters=st.frozensets(st.sampled_from(list(Matter)), max_size=2),
        materials_submitted_on=st.none() | dates,
    )


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """Any meeting, its absences being requests to miss that very meeting."""
    kind = draw(st.sampled_from(list(MeetingKind)))
    day = draw(dates)
    absent = tuple(
        LeaveRequest(role=r, kind=LeaveKind.MEETING_ABSENCE, start=day, end=day, meeting=kind,
                     reason=draw(st.none() | st.sampled_from(list(AbsenceReason))))
        for r in draw(st.frozensets(st.sampled_from(list(Role)), max_size=2))
    )  # fmt: skip
    return Meeting(
        kind=kind,
        date=day,
        presided_by=draw(st.sampled_from(list(Role))),
        attendees=draw(st.frozensets(st.sampled_from(list(Role)), max_size=6)),
        non_voting=draw(st.frozensets(st.sampled_from(list(Role)), max_size=3)),
        absent=absent,
        agenda=tuple(draw(st.lists(agenda_items(), max_size=3))),
        assistants=draw(st.integers(0, 3)),
        convened_by=draw(st.none() | st.sampled_from(list(Role))),
    )


def reviews() -> st.SearchStrategy[Review]:
    """Any review act."""
    return st.builds(Review, role=st.sampled_from(list(Role)), act=st.sampled_from(list(ReviewAct)))


@st.composite
def authorizations(draw: st.DrawFn) -> Authorization:
    """Any authorization of one role by another over a period."""
    start = draw(dates)
    return Authorization(
        grantor=draw(st.sampled_from(list(Role))),
        grantee=draw(st.sampled_from(list(Role))),
        start=start,
        end=start + timedelta(days=draw(st.integers(0, 60))),
        kinds=draw(st.frozensets(st.sampled_from(list(DocumentKind)), max_size=3)),
    )
