"""Changed situations that differ only in fields their answers do not depend on, as one group each.

A diff lists, per pair of answers (baseline, variant), the situations of the space that get them. Many
of those differ only in fields that do not matter: a 纪要 of a 专题会议 changes signer whatever it is
addressed to. `collapse` merges them exactly: a field becomes "any" in a group only when, with the
group's other fields fixed, every value the field takes in the space is among the situations (so
both answers are the same for each of them). Each situation is in exactly one group, and expanding
the groups over the space gives back exactly the situations (tests/test_whatif_collapse.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from govrules.model import Document, DocumentKind, LeaveKind, LeaveRequest
from govrules.whatif.space import _POSITION, _DocumentSpace, _LeaveSpace, _pos

__all__ = [
    "ANY",
    "DOCUMENT_FIELDS",
    "REQUEST_FIELDS",
    "SituationGroup",
    "collapse",
    "document_domain",
    "document_values",
    "group_documents",
    "group_requests",
    "request_domain",
    "request_values",
]


class _Any:
    """The value of a field a group leaves open."""

    def __repr__(self) -> str:
        return "ANY"


#: In a group's fields, a field the group leaves open (every value the space has for it there).
ANY: Final = _Any()

#: The fields of a document (signing, approvals) and of a leave request, in the order they are shown.
DOCUMENT_FIELDS = ("kind", "issuer", "addressee", "matters", "meeting", "presided_by")
REQUEST_FIELDS = ("role", "kind", "meeting", "reason", "party_standing_committee_member", "days")


@attrs.frozen
class SituationGroup:
    """Situations with the same pair of answers that differ only in the fields `any` names.

    `fields`: every field in order, its value, or `ANY`; `count`: how many situations of the space
    the group stands for; `ranges`: for each open field, the values it takes among them.
    """

    names: tuple[str, ...]
    values: tuple[Any, ...]
    count: int
    ranges: Mapping[str, frozenset[Any]] = attrs.field(factory=dict, eq=False)

    @property
    def fields(self) -> dict[str, Any]:
        """Each field's value, or `ANY`."""
        return dict(zip(self.names, self.values, strict=True))

    @property
    def fixed(self) -> dict[str, Any]:
        """The fields the group fixes, with their values."""
        return {n: v for n, v in zip(self.names, self.values, strict=True) if v is not ANY}

    @property
    def any(self) -> tuple[str, ...]:
        """The fields the group leaves open."""
        return tuple(n for n, v in zip(self.names, self.values, strict=True) if v is ANY)

    def covers(self, situation: Sequence[Any]) -> bool:
        """Whether a situation (its fields' values, in order) is one of the group's."""
        return all(v is ANY or v == x for v, x in zip(self.values, situation, strict=True))


#: For field i and a group's values (field i ignored): the values field i takes in the space there.
Domain = Callable[[int, tuple[Any, ...]], frozenset[Any]]


def collapse(situations: Iterable[Sequence[Any]], names: tuple[str, ...], domain: Domain) -> tuple[SituationGroup, ...]:
    """The situations (distinct, each its fields' values in the order of `names`) as groups.

    A field is left open where, the other fields fixed, the situations hold every value `domain`
    says the space has for it (two or more); merging repeats, field by field, until nothing merges.
    """
    # a group: its values -> (how many situations, the values each open field takes)
    groups: dict[tuple[Any, ...], tuple[int, dict[str, frozenset[Any]]]] = {tuple(s): (1, {}) for s in situations}
    merged = True
    while merged:
        merged = False
        for i, name in enumerate(names):
            by_rest: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
            for values in groups:
                if values[i] is not ANY:
                    by_rest.setdefault((*values[:i], None, *values[i + 1 :]), []).append(values)
            for rest, members in by_rest.items():
                present = frozenset(m[i] for m in members)
                if len(present) < 2 or present != domain(i, rest):
                    continue
                count = 0
                ranges: dict[str, frozenset[Any]] = {name: present}
                for m in members:
                    n, r = groups.pop(m)
                    count += n
                    for k, vs in r.items():
                        ranges[k] = ranges.get(k, frozenset()) | vs
                groups[(*rest[:i], ANY, *rest[i + 1 :])] = (count, ranges)
                merged = True
    out = [SituationGroup(names, values, n, r) for values, (n, r) in groups.items()]
    out.sort(key=lambda g: tuple(_order(v) for v in g.values))
    return tuple(out)


def _order(value: object) -> tuple[int, int, tuple[object, ...]]:
    """Groups in the order of the space: enum members as declared, None first, open fields last."""
    if value is ANY:
        return (2, 0, ())
    if value is None:
        return (0, 0, ())
    if isinstance(value, frozenset):
        return (1, len(value), tuple(sorted(_pos(m) for m in value)))
    if isinstance(value, int):
        return (1, int(value), ())
    at = _POSITION.get(value)
    return (1, at, ()) if at is not None else (1, 0, (str(value),))


def document_values(d: Document) -> tuple[Any, ...]:
    """A document's fields, in the order of `DOCUMENT_FIELDS`."""
    return (d.kind, d.issuer, d.addressee, d.matters, d.meeting, d.presided_by)


def request_values(q: LeaveRequest) -> tuple[Any, ...]:
    """A leave request's fields, in the order of `REQUEST_FIELDS` (it starts on LEAVE_START, asked for that day)."""
    return (q.role, q.kind, q.meeting, q.reason, q.party_standing_committee_member, q.days)


def _constrained(combos: frozenset[tuple[Any, ...]], at: tuple[int, ...], full: Mapping[int, frozenset[Any]]) -> Domain:
    """A domain over a space that is a product of independent fields (`full`) and of the fields `at`,
    whose values go together only as `combos` lists them."""

    @functools.cache
    def domain(i: int, values: tuple[Any, ...]) -> frozenset[Any]:
        if i not in at:
            return full[i]
        j = at.index(i)
        fixed = [(k, values[f]) for k, f in enumerate(at) if f != i and values[f] is not ANY]
        return frozenset(c[j] for c in combos if all(c[k] == v for k, v in fixed))

    return domain


def document_domain(space: _DocumentSpace) -> Domain:
    """The values each field of a document takes in `space` (minutes name a meeting; a presider only with one)."""
    combos = frozenset(
        (kind, meeting, presider)
        for kind in space.kinds
        for meeting in space.meetings
        if not (meeting is None and kind is DocumentKind.MINUTES)
        for presider in ((None,) if meeting is None else space.presiders)
    )
    full = {1: frozenset(space.issuers), 2: frozenset(space.addressees), 3: frozenset(space.matters)}
    return _constrained(combos, (0, 4, 5), full)


def request_domain(space: _LeaveSpace) -> Domain:
    """The values each field of a leave request takes in `space` (a meeting only for absence from one)."""
    combos = frozenset(
        (kind, meeting)
        for kind in space.kinds
        for meeting in (space.meetings if kind is LeaveKind.MEETING_ABSENCE else (None,))
    )
    full = {
        0: frozenset(space.roles),
        3: frozenset(space.reasons),
        4: frozenset((False, True)),
        5: frozenset(space.days),
    }
    return _constrained(combos, (1, 2), full)


def group_documents(documents: Iterable[Document], space: _DocumentSpace) -> tuple[SituationGroup, ...]:
    """Documents of `space` (with the same pair of answers) as groups."""
    return collapse(dict.fromkeys(document_values(d) for d in documents), DOCUMENT_FIELDS, document_domain(space))


def group_requests(requests: Iterable[LeaveRequest], space: _LeaveSpace) -> tuple[SituationGroup, ...]:
    """Leave requests of `space` (with the same pair of answers) as groups."""
    return collapse(dict.fromkeys(request_values(q) for q in requests), REQUEST_FIELDS, request_domain(space))
