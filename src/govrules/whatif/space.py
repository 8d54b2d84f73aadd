"""The finite situation space of the exact what-if: documents and leave requests, one per equivalence class.

Each field of a situation is cut into the values some rule's condition mentions and one value standing
for all the others, so that enumerating the space decides every situation of the model; the helpers
here also tell which rules of two rulesets can decide differently, so that `diff` may skip the rest.
"""

from __future__ import annotations

import itertools
import typing
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from typing import Any

import attrs

from govrules.labels import LabeledEnum
from govrules.model import (
    AbsenceReason,
    Addressee,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    MeetingKind,
    Role,
)
from govrules.rules import (
    ApprovalRule,
    Condition,
    CountersignRule,
    DocumentIs,
    LeaveIs,
    LeaveRule,
    ReviewRule,
    RoutingRule,
    Rule,
    Ruleset,
    SealRule,
    SigningRule,
    _canonical,
)

#: Leave requests are enumerated as starting on this day (a Monday) and asked for on the same day,
#: so that a changed lead time shows as a changed latest request date.
LEAVE_START = date(2025, 3, 10)

#: The rules a signing answer reads (the routing rules too: whether the document may be sent so).
_DOCUMENT_RULES: tuple[type[Rule], ...] = (SigningRule, CountersignRule, SealRule, ReviewRule, RoutingRule)
_LEAVE_RULES: tuple[type[Rule], ...] = (LeaveRule,)
_APPROVAL_RULES: tuple[type[Rule], ...] = (ApprovalRule,)
#: What a rule says that no decision depends on (citations are compared through the outcome only).
_META = frozenset({"cite", "quote", "interpretation"})
_NOT_OUTCOME = _META | {"id", "overrides", "meeting"}


def _essence(rule: Rule, skip: frozenset[str] = _META) -> object:
    return (
        type(rule).__name__,
        tuple((f.name, _canonical(getattr(rule, f.name))) for f in attrs.fields(type(rule)) if f.name not in skip),
    )


def _ids_of(rs: Ruleset, kinds: tuple[type[Rule], ...]) -> list[str]:
    return [r.id for r in rs.rules if isinstance(r, kinds)]


def _differing(
    b: Ruleset, v: Ruleset, kinds: tuple[type[Rule], ...], flipped: list[tuple[str, str]] | None = None
) -> tuple[str, ...]:
    """Ids of the rules of `kinds` that can decide differently: changed, added, removed, reordered,
    or overriding a different set of rules (precedence is transitive).

    Two rules whose declaration order flipped can decide differently only where both apply: with
    `flipped` given, such pairs are added to it instead of their rules being returned.
    """
    ids = list(dict.fromkeys([*_ids_of(b, kinds), *_ids_of(v, kinds)]))
    out: list[str] = []
    for i in ids:
        if (
            not (b.has_rule(i) and v.has_rule(i))
            or _essence(b.rule(i)) != _essence(v.rule(i))
            or b.overridden_by(i) != v.overridden_by(i)
        ):
            out.append(i)
    for kind in kinds:  # the first prevailing rule decides: declaration order matters
        shared_b = [r.id for r in b.rules_of(kind) if v.has_rule(r.id) and isinstance(v.rule(r.id), kind)]
        shared_v = [r.id for r in v.rules_of(kind) if b.has_rule(r.id) and isinstance(b.rule(r.id), kind)]
        if shared_b != shared_v:
            where = {i: n for n, i in enumerate(shared_v)}
            pairs = [(x, y) for n, x in enumerate(shared_b) for y in shared_b[n + 1 :] if where[x] > where[y]]
            if flipped is None:
                out.extend(i for pair in pairs for i in pair)
            else:
                flipped.extend(pairs)
    return tuple(dict.fromkeys(out))


def _conditions(b: Ruleset, v: Ruleset, ids: Iterable[str], kinds: tuple[type[Rule], ...]) -> list[Condition]:
    out: dict[Condition, None] = {}
    for i in ids:
        for rs in (b, v):
            if rs.has_rule(i):
                rule = rs.rule(i)
                cond = rule.condition()
                if isinstance(rule, kinds) and cond is not None:
                    out[cond] = None
    return list(out)


E = typing.TypeVar("E", bound=LabeledEnum)


def _values(
    enum: type[E], mentioned: Iterable[object], extra: Iterable[object] = (), exclude: Iterable[object] = ()
) -> tuple[E, ...]:
    """The members mentioned (or in `extra`), in declaration order, and one member standing for all
    the others when there are others."""
    keep = set(mentioned) | set(extra)
    banned = set(exclude) - keep
    out = [m for m in enum if m in keep]
    other = next((m for m in enum if m not in keep and m not in banned), None)
    if other is not None:
        out.append(other)
    return tuple(out)


def _mentioned(conditions: Iterable[Condition], field: str) -> set[Any]:
    out: set[Any] = set()
    for c in conditions:
        allowed = getattr(c, field)
        if allowed is not None:
            out |= allowed
    return out


def _allows(allowed: frozenset[Any] | None, value: object) -> bool:
    return allowed is None or value in allowed


T = typing.TypeVar("T")


def _other(values: tuple[Any, ...], mentioned: set[Any]) -> Any:
    """The last of `values` when it stands for the values no condition mentions (else None)."""
    return values[-1] if values and values[-1] is not None and values[-1] not in mentioned else None


def _stand_in(values: tuple[T, ...], value: T) -> T:
    """`value` if the space has it, else the last value: the member standing for those no condition mentions."""
    return value if value in values else values[-1]


@attrs.frozen
class _DocumentSpace:
    """The documents enumerated: one per equivalence class of every field (see `diff`)."""

    kinds: tuple[DocumentKind, ...]
    issuers: tuple[Issuer, ...]
    addressees: tuple[Addressee | None, ...]
    matters: tuple[frozenset[Matter], ...]
    meetings: tuple[MeetingKind | None, ...]
    presiders: tuple[Role | None, ...]
    named_matters: frozenset[Matter]  # the matters some condition mentions
    #: per field, the value standing for every value no condition mentions (None: there is none)
    others: Mapping[str, Any] = attrs.field(factory=dict, eq=False)

    @classmethod
    def of(cls, *rulesets: Ruleset, kinds: tuple[type[Rule], ...] = _DOCUMENT_RULES) -> _DocumentSpace:
        """The documents distinguishing the rules of `kinds` (signing: signing, countersign and seal rules;
        approvals: approval rules) of these rulesets."""
        rule_kinds = kinds
        rules = [r for rs in rulesets for r in rs.rules if isinstance(r, rule_kinds)]
        conds = [c for r in rules if (c := r.condition()) is not None]
        acting: set[Role] = set()  # who MEETING_CHAIR may resolve to and be compared with
        for r in rules:
            if isinstance(r, SigningRule):
                acting |= {*r.signers, *r.reviewers, *(a.role for a in r.alternates)}
            elif isinstance(r, CountersignRule):
                acting |= set(r.countersigners)
            elif isinstance(r, ReviewRule):
                acting |= set(r.reviewers)
        matters = _values(Matter, _mentioned(conds, "matters"))
        named = [m for m in matters if m in _mentioned(conds, "matters")]
        other = [frozenset({m}) for m in matters if m not in named]
        subsets = [
            frozenset(),
            *(frozenset({m}) for m in named),
            *(frozenset(p) for p in itertools.combinations(named, 2)),
            *other,
        ]
        presided = _mentioned(conds, "presided_by") - {None}
        # Minutes must name a meeting: another kind stands for the kinds no condition mentions.
        doc_kinds = _values(DocumentKind, _mentioned(conds, "kind"), exclude={DocumentKind.MINUTES})
        if (
            all(k in doc_kinds for k in DocumentKind if k is not DocumentKind.MINUTES)
            and DocumentKind.MINUTES not in doc_kinds
        ):
            doc_kinds = (*doc_kinds, DocumentKind.MINUTES)
        issuers = _values(Issuer, _mentioned(conds, "issuer"))
        addressees = (None, *_values(Addressee, _mentioned(conds, "addressee") - {None}))
        meetings = (None, *_values(MeetingKind, _mentioned(conds, "meeting") - {None}))
        presiders = (None, *_values(Role, presided, acting - {Role.MEETING_CHAIR}, exclude={Role.MEETING_CHAIR}))
        others = {
            "kind": _other(doc_kinds, _mentioned(conds, "kind")),
            "issuer": _other(issuers, _mentioned(conds, "issuer")),
            "addressee": _other(addressees, _mentioned(conds, "addressee")),
            "matters": other[0] if other else None,
            "meeting": _other(meetings, _mentioned(conds, "meeting")),
            "presided_by": _other(presiders, presided | acting),
        }
        return cls(doc_kinds, issuers, addressees, tuple(subsets), meetings, presiders, frozenset(named), others)

    def kinds_meetings_presiders(self) -> Iterator[tuple[DocumentKind, MeetingKind | None, Role | None]]:
        """The (kind, meeting, presider) a document of the space may have together: minutes always
        name a meeting, and a presider goes only with a meeting. The other fields vary freely."""
        for kind in self.kinds:
            for meeting in self.meetings:
                if meeting is None and kind is DocumentKind.MINUTES:
                    continue
                yield from ((kind, meeting, p) for p in ((None,) if meeting is None else self.presiders))

    def documents(self, when: DocumentIs | None = None) -> Iterator[Document]:
        """Every document of the space (that `when` holds for, when given)."""
        w = when if when is not None else DocumentIs()
        issuers = [i for i in self.issuers if _allows(w.issuer, i)]
        addressees = [a for a in self.addressees if _allows(w.addressee, a)]
        matters = [m for m in self.matters if w.matters is None or m & w.matters]
        combos = itertools.groupby(self.kinds_meetings_presiders(), key=lambda c: c[:2])
        for (kind, meeting), same in combos:  # (the presider varies fastest, as it always has)
            if _allows(w.kind, kind) and _allows(w.meeting, meeting):
                presiders = [p for _, _, p in same if _allows(w.presided_by, p)]
                for issuer, addressee, m, presider in itertools.product(issuers, addressees, matters, presiders):
                    yield Document(kind, issuer, addressee, m, meeting, presider)

    def representative(self, doc: Document) -> Document | None:
        """The document of the space that stands for `doc`: every decision of either ruleset on it is
        the same, up to the presider's role. None when `doc` is outside the space (three or more
        mentioned matters, or MEETING_CHAIR as the presider)."""
        matters = doc.matters & self.named_matters
        if len(matters) > 2 or doc.presided_by is Role.MEETING_CHAIR:
            return None
        if not matters and doc.matters:  # only matters no condition mentions: the one standing for them
            matters = self.matters[-1]
        meeting = _stand_in(self.meetings, doc.meeting)
        presider = None if meeting is None else _stand_in(self.presiders, doc.presided_by)
        return Document(_stand_in(self.kinds, doc.kind), _stand_in(self.issuers, doc.issuer),
                        _stand_in(self.addressees, doc.addressee), matters, meeting, presider)  # fmt: skip

    def size(self) -> int:
        """How many documents `documents()` yields, counted without building them."""
        n = sum(1 for _ in self.kinds_meetings_presiders())
        return n * len(self.issuers) * len(self.addressees) * len(self.matters)


@attrs.frozen
class _LeaveSpace:
    """The leave requests enumerated: one per equivalence class of every field (see `diff`)."""

    roles: tuple[Role, ...]
    kinds: tuple[LeaveKind, ...]
    meetings: tuple[MeetingKind, ...]
    reasons: tuple[AbsenceReason | None, ...]
    days: tuple[int, ...]
    #: per field, the value standing for every value no condition mentions (None: there is none)
    others: Mapping[str, Any] = attrs.field(factory=dict, eq=False)

    @classmethod
    def of(cls, *rulesets: Ruleset) -> _LeaveSpace:
        rules = [r for rs in rulesets for r in rs.rules_of(LeaveRule)]
        conds = [r.when for r in rules]
        approvers = {a for r in rules for a in r.approvers}
        accepted = {x for r in rules for x in (r.reasons or ())}
        days = {1}
        for c in conds:
            for t in (c.min_days, c.max_days):
                if t is not None:
                    days |= {t - 1, t, t + 1}
        roles = _values(Role, _mentioned(conds, "role"), approvers - {Role.MEETING_CHAIR}, exclude={Role.MEETING_CHAIR})
        kinds = _values(LeaveKind, _mentioned(conds, "kind"), {LeaveKind.MEETING_ABSENCE})
        meetings = _values(MeetingKind, _mentioned(conds, "meeting") - {None})
        reasons = (None, *_values(AbsenceReason, (_mentioned(conds, "reason") | accepted) - {None}))
        others = {
            "role": _other(roles, _mentioned(conds, "role") | approvers),
            "kind": _other(kinds, _mentioned(conds, "kind") | {LeaveKind.MEETING_ABSENCE}),
            "meeting": _other(meetings, _mentioned(conds, "meeting")),
            "reason": _other(reasons, _mentioned(conds, "reason") | accepted),
        }
        return cls(roles, kinds, meetings, reasons, tuple(sorted(d for d in days if d >= 1)), others)

    def kinds_meetings(self) -> Iterator[tuple[LeaveKind, MeetingKind | None]]:
        """The (kind, meeting) a request of the space may have together: a meeting only for an absence
        from one. The other fields vary freely."""
        for kind in self.kinds:
            yield from ((kind, m) for m in (self.meetings if kind is LeaveKind.MEETING_ABSENCE else (None,)))

    def requests(self, when: LeaveIs | None = None) -> Iterator[LeaveRequest]:
        """Every request of the space (that `when` holds for, when given)."""
        w = when if when is not None else LeaveIs()
        roles = [r for r in self.roles if _allows(w.role, r)]
        reasons = [r for r in self.reasons if _allows(w.reason, r)]
        members = [b for b in (False, True) if _allows(w.party_standing_committee_member, b)]
        days = [
            d for d in self.days if (w.min_days is None or d >= w.min_days) and (w.max_days is None or d <= w.max_days)
        ]
        for kind, meeting in self.kinds_meetings():
            if _allows(w.kind, kind) and _allows(w.meeting, meeting):
                for role, reason, member, d in itertools.product(roles, reasons, members, days):
                    yield LeaveRequest(
                        role,
                        kind,
                        LEAVE_START,
                        LEAVE_START + timedelta(days=d - 1),
                        LEAVE_START,
                        meeting,
                        reason,
                        False,
                        member,
                    )

    def representative(self, request: LeaveRequest) -> LeaveRequest | None:
        """The request of the space that stands for `request`, taken as starting on `LEAVE_START`, asked
        for that day, without a substitute. None when it is outside the space (a meeting named for a
        kind of leave other than an absence from a meeting, or MEETING_CHAIR asking)."""
        if request.role is Role.MEETING_CHAIR or (
            request.kind is not LeaveKind.MEETING_ABSENCE and request.meeting is not None
        ):
            return None
        kind = _stand_in(self.kinds, request.kind)
        meeting = None if request.meeting is None else _stand_in(self.meetings, request.meeting)
        days = max(d for d in self.days if d <= request.days)
        return LeaveRequest(_stand_in(self.roles, request.role), kind, LEAVE_START,
                            LEAVE_START + timedelta(days=days - 1), LEAVE_START, meeting,
                            _stand_in(self.reasons, request.reason), False,
                            request.party_standing_committee_member)  # fmt: skip

    def size(self) -> int:
        """How many requests `requests()` yields."""
        per_kind = sum(1 for _ in self.kinds_meetings())
        return per_kind * len(self.roles) * len(self.reasons) * 2 * len(self.days)


_POSITION: dict[object, int] = {
    m: i
    for enum in (DocumentKind, Issuer, Addressee, Matter, MeetingKind, Role, LeaveKind, AbsenceReason)
    for i, m in enumerate(enum)
}


def _pos(value: object) -> int:
    return -1 if value is None else _POSITION[value]


def _document_key(d: Document) -> tuple[object, ...]:
    matters = sorted(_pos(m) for m in d.matters)
    return (
        _pos(d.kind),
        _pos(d.issuer),
        _pos(d.meeting),
        _pos(d.presided_by),
        _pos(d.addressee),
        len(matters),
        matters,
    )


def _request_key(q: LeaveRequest) -> tuple[object, ...]:
    return (_pos(q.kind), _pos(q.role), _pos(q.meeting), _pos(q.reason), q.party_standing_committee_member, q.days)
