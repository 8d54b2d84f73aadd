"""Changed situations that differ only in fields their answers do not depend on, as one group each.

A diff lists, per pair of answers (baseline, variant), the situations of the space that get them. Many
of those differ only in fields that do not matter: a 纪要 of a 专题会议 changes signer whatever it is
addressed to. `collapse` merges them exactly: a field becomes "any" (`ANY`, 任意) in a group only when,
with the group's other fields fixed, every value the field takes in the space is among the
situations (so both answers are the same for each of them); groups that then differ in one field
only become one, the field taking any of their values (`OneOf`, a 或 b). Each situation is in exactly
one group, and expanding the groups over the space gives back exactly the situations
(tests/test_whatif_collapse.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from govrules.model import Document, LeaveRequest
from govrules.whatif.space import _POSITION, _DocumentSpace, _LeaveSpace, _pos

__all__ = [
    "ANY",
    "DOCUMENT_FIELDS",
    "REQUEST_FIELDS",
    "OneOf",
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


@attrs.frozen
class OneOf:
    """In a group's fields, a field that takes any of these values (two or more)."""

    values: tuple[Any, ...]

    def __contains__(self, value: object) -> bool:
        return value in self.values


#: The fields of a document (signing, approvals) and of a leave request, in the order they are shown.
DOCUMENT_FIELDS = ("kind", "issuer", "addressee", "matters", "meeting", "presided_by")
REQUEST_FIELDS = ("role", "kind", "meeting", "reason", "party_standing_committee_member", "days")


@attrs.frozen
class SituationGroup:
    """Situations with the same pair of answers that differ only in the fields `any` and `one_of` name.

    `names` and `values`: every field in order, its value, `ANY` or a `OneOf`; `count`: how many
    situations of the space the group stands for; `ranges`: for each open field, the values it takes
    among them.
    """

    names: tuple[str, ...]
    values: tuple[Any, ...]
    count: int
    ranges: Mapping[str, frozenset[Any]] = attrs.field(factory=dict, eq=False)

    @property
    def fields(self) -> dict[str, Any]:
        """Each field's value, `ANY` or a `OneOf`."""
        return dict(zip(self.names, self.values, strict=True))

    @property
    def fixed(self) -> dict[str, Any]:
        """The fields the group fixes, with their values."""
        return {n: v for n, v in zip(self.names, self.values, strict=True) if v is not ANY and not isinstance(v, OneOf)}

    @property
    def one_of(self) -> dict[str, tuple[Any, ...]]:
        """The fields the group lets take any of some values, with those values."""
        return {n: v.values for n, v in zip(self.names, self.values, strict=True) if isinstance(v, OneOf)}

    @property
    def any(self) -> tuple[str, ...]:
        """The fields the group leaves open."""
        return tuple(n for n, v in zip(self.names, self.values, strict=True) if v is ANY)

    def covers(self, situation: Sequence[Any]) -> bool:
        """Whether a situation (its fields' values, in order) is one of the group's."""
        return all(
            v is ANY or (x in v if isinstance(v, OneOf) else v == x)
            for v, x in zip(self.values, situation, strict=True)
        )


#: For field i and a group's values (field i ignored): the values field i takes in the space there.
Domain = Callable[[int, tuple[Any, ...]], frozenset[Any]]


def collapse(situations: Iterable[Sequence[Any]], names: tuple[str, ...], domain: Domain) -> tuple[SituationGroup, ...]:
    """The situations (distinct, each its fields' values in the order of `names`) as groups.

    First, a field is left open (`ANY`) where, the other fields fixed, the situations hold every
    value `domain` says the space has for it (two or more), field by field until nothing merges.
    Then groups that differ in one field only become one, that field taking any of their values
    (`OneOf`), again until nothing merges. Either way a group stands for exactly the situations it
    merges: each situation is in one group, and no group covers a situation not given.
    """
    # a group: its values -> (how many situations, the values each open field takes)
    groups: dict[tuple[Any, ...], tuple[int, dict[str, frozenset[Any]]]] = {tuple(s): (1, {}) for s in situations}
    for open_ in (True, False):
        merged = True
        while merged:
            merged = False
            for i, name in enumerate(names):
                by_rest: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
                for values in groups:
                    if values[i] is not ANY:
                        by_rest.setdefault((*values[:i], None, *values[i + 1 :]), []).append(values)
                for rest, members in by_rest.items():
                    if len(members) < 2:
                        continue
                    present = frozenset(x for m in members for x in _alternatives(m[i]))
                    if open_ and present != domain(i, rest):
                        continue
                    count = 0
                    ranges: dict[str, frozenset[Any]] = {name: present} if open_ else {}
                    for m in members:
                        n, r = groups.pop(m)
                        count += n
                        for k, vs in r.items():
                            ranges[k] = ranges.get(k, frozenset()) | vs
                    value = ANY if open_ else OneOf(tuple(sorted(present, key=_order)))
                    groups[(*rest[:i], value, *rest[i + 1 :])] = (count, ranges)
                    merged = True
    out = [SituationGroup(names, values, n, r) for values, (n, r) in groups.items()]
    out.sort(key=lambda g: tuple(_order(v) for v in g.values))
    return tuple(out)


def _alternatives(value: object) -> tuple[Any, ...]:
    return value.values if isinstance(value, OneOf) else (value,)


def _order(value: object) -> tuple[int, int, tuple[object, ...]]:
    """Groups in the order of the space: enum members as declared, None first, open fields last."""
    key = _ORDER.get(value)
    if key is None:
        key = _ORDER[value] = _order_of(value)
    return key


_ORDER: dict[object, tuple[int, int, tuple[object, ...]]] = {}


def _order_of(value: object) -> tuple[int, int, tuple[object, ...]]:
    if value is ANY:
        return (3, 0, ())
    if isinstance(value, OneOf):
        return (2, len(value.values), tuple(_order(v) for v in value.values))
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
    def among(i: int, others: tuple[Any, ...]) -> frozenset[Any]:
        j = at.index(i)
        fixed = [(k, v) for k, v in enumerate(others) if k != j and v is not ANY]
        return frozenset(c[j] for c in combos if all(c[k] == v for k, v in fixed))

    def domain(i: int, values: tuple[Any, ...]) -> frozenset[Any]:
        if i not in at:
            return full[i]
        return among(i, tuple(None if f == i else values[f] for f in at))

    return domain


def document_domain(space: _DocumentSpace) -> Domain:
    """The values each field of a document takes in `space` (minutes name a meeting; a presider only with one)."""
    combos = frozenset(space.kinds_meetings_presiders())
    full = {1: frozenset(space.issuers), 2: frozenset(space.addressees), 3: frozenset(space.matters)}
    return _constrained(combos, (0, 4, 5), full)


def request_domain(space: _LeaveSpace) -> Domain:
    """The values each field of a leave request takes in `space` (a meeting only for absence from one)."""
    combos = frozenset(space.kinds_meetings())
    full = {
        0: frozenset(space.roles),
        3: frozenset(space.reasons),
        4: frozenset((False, True)),
        5: frozenset(space.days),
    }
    return _constrained(combos, (1, 2), full)


def group_documents(
    documents: Iterable[Document], space: _DocumentSpace, domain: Domain | None = None
) -> tuple[SituationGroup, ...]:
    """Documents of `space` (with the same pair of answers) as groups (`domain`: `document_domain(space)`,
    given to share its memo between calls)."""
    values = dict.fromkeys(document_values(d) for d in documents)
    return collapse(values, DOCUMENT_FIELDS, domain or document_domain(space))


def group_requests(
    requests: Iterable[LeaveRequest], space: _LeaveSpace, domain: Domain | None = None
) -> tuple[SituationGroup, ...]:
    """Leave requests of `space` (with the same pair of answers) as groups (`domain`: `request_domain(space)`)."""
    values = dict.fromkeys(request_values(q) for q in requests)
    return collapse(values, REQUEST_FIELDS, domain or request_domain(space))
