"""What-if: a changed ruleset, described as data, and (see `diff`) every decision the change alters.

A change names a rule and the fields to give it, in plain values (TOML or JSON):

    {"rule": "countersign_reply", "period": {"amount": 5, "unit": "WORKDAY"}}
    {"rule": "executive_rhythm", "rhythm": {"times": 1, "per": "MONTH"}}
    {"rule": "topical_minutes", "signer": "DEPUTY", "reviewers": []}

Values are read through the model's one cattrs converter against the rule's own field types, so
enum values may be member names or Chinese labels. Nothing else about a ruleset can change: a
what-if is a changed ruleset, never a code edit.
"""

from __future__ import annotations

import itertools
import tomllib
import typing
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import cattrs

from govrules.attendance import check_leave
from govrules.decision import Violation
from govrules.errors import InvalidInput, NoApplicableRule, RuleNotDefined
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
    converter,
)
from govrules.model.json import describe_error
from govrules.periods import Direction, Period, Unit
from govrules.rules import (
    Alternate,
    Citation,
    Condition,
    Conflict,
    CountersignRule,
    DeadlineRule,
    DocumentIs,
    LeaveIs,
    LeaveRule,
    MeetingRule,
    Rhythm,
    RhythmRule,
    Rule,
    Ruleset,
    SealRule,
    SigningRule,
    _canonical,
    _proxy,
)
from govrules.signing import who_signs
from govrules.workdays import WorkdayCalendar, china

__all__ = [
    "LEAVE_START",
    "DeadlineChange",
    "LeaveAnswer",
    "LeaveChange",
    "MeetingChange",
    "SigningAnswer",
    "SigningChange",
    "WhatIfDiff",
    "apply_changes",
    "describe_changes",
    "diff",
    "load_changes",
    "load_variant",
    "variant_of",
]

_FIXED = frozenset({"id", "cite", "quote", "interpretation"})


def _period(value: Any, _: type) -> Period:
    if isinstance(value, Period):
        return value
    if not isinstance(value, Mapping):
        raise InvalidInput(f"a period is a table like {{amount = 5, unit = 'WORKDAY'}}; got {value!r}")
    unknown = set(value) - {"amount", "unit", "direction", "count_start_day"}
    if unknown:
        raise InvalidInput(f"a period has amount, unit, direction and count_start_day; not {sorted(unknown)}")
    if "amount" not in value or "unit" not in value:
        raise InvalidInput(f"a period needs an amount and a unit; got {dict(value)!r}")
    return Period(
        value["amount"],
        Unit.from_label(value["unit"]),
        Direction.from_label(value.get("direction", "AFTER")),
        bool(value.get("count_start_day", False)),
    )


def _rhythm(value: Any, _: type) -> Rhythm:
    if isinstance(value, Rhythm):
        return value
    if not isinstance(value, Mapping) or set(value) != {"times", "per"}:
        raise InvalidInput(f"a rhythm is a table like {{times = 1, per = 'MONTH'}}; got {value!r}")
    times = value["times"]
    if isinstance(times, bool) or not isinstance(times, int) or times < 1:
        raise InvalidInput(f"a rhythm's times must be a whole number >= 1; got {times!r}")
    return Rhythm(times, value["per"])


converter.register_structure_hook(Period, _period)
converter.register_structure_hook(Rhythm, _rhythm)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(rule: Rule, name: str, raw: Any) -> Any:
    fields = {f.name: f for f in attrs.fields(type(rule))}
    if name not in fields or name in _FIXED:
        allowed = ", ".join(sorted(n for n in fields if n not in _FIXED))
        raise InvalidInput(
            f"rule {rule.id!r} ({type(rule).__name__}) has no changeable field {name!r}; it has {allowed}"
        )
    try:
        kind: type = type(rule)
        return converter.structure(raw, _hints(kind)[name])
    except cattrs.BaseValidationError as e:
        raise InvalidInput(f"rule {rule.id!r}, field {name!r}: {describe_error(e)}") from None
    except (ValueError, TypeError) as e:
        raise InvalidInput(f"rule {rule.id!r}, field {name!r}: {e}") from None


def apply_changes(ruleset: Ruleset, changes: Iterable[Mapping[str, Any]]) -> Ruleset:
    """The ruleset with each change applied in turn; errors name the rule and the field."""
    out = ruleset
    for n, change in enumerate(changes, 1):
        if not isinstance(change, Mapping) or not isinstance(change.get("rule"), str):
            raise InvalidInput(f"change #{n} must name a rule: {{rule = 'countersign_reply', ...}}; got {change!r}")
        rule = out.rule(change["rule"])
        fields = {k: _value(rule, k, v) for k, v in change.items() if k != "rule"}
        if not fields:
            raise InvalidInput(f"change #{n} names rule {rule.id!r} but changes nothing")
        try:
            out = out.replace_rule(rule.id, **fields)
        except (TypeError, ValueError) as e:
            raise InvalidInput(f"change #{n} to rule {rule.id!r}: {e}") from None
    return out


def describe_changes(changes: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The changes as a JSON-ready mapping, for the first record of a simulated log."""
    return {str(c["rule"]): {k: v for k, v in c.items() if k != "rule"} for c in changes}


# -- variant files ---------------------------------------------------------------------------------

#: The keys of a variant file. A simulation scenario (`govrules simulate`) may be read as one too:
#: its own keys play no part in `diff`; `extends` (another scenario) and `whatif` (a variant file) are
#: followed for their ruleset and changes, in that order, before the file's own `[[change]]` tables.
_VARIANT_KEYS = frozenset({"ruleset", "description", "change"})
_SCENARIO_KEYS = frozenset({"name", "extends", "whatif", "start", "end", "seed", "volumes", "people", "behaviour"})


def _read_toml(p: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise InvalidInput(f"{p}: cannot read: {e.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{p}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:  # the message ends "(at line 3, column 7)"
        raise InvalidInput(f"{p}: not valid TOML: {e}") from None


def _text_key(raw: Mapping[str, Any], key: str, p: Path) -> str:
    value = raw[key]
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{p}: key {key!r} must be non-empty text; got {value!r}")
    return value


def load_variant(path: str | Path) -> tuple[str | None, str | None, list[dict[str, Any]]]:
    """(ruleset id, description, changes) from a TOML variant file.

    The file holds `[[change]]` tables, each `rule = "id"` and the fields to give that rule, and
    optionally `ruleset = "xifeng-2022"` and `description = "..."`. Errors are `InvalidInput` naming
    the file and the key at fault ("variant.toml: change #2: missing key 'rule'").
    """
    return _load_variant(Path(path), ())


def _load_variant(p: Path, seen: tuple[Path, ...]) -> tuple[str | None, str | None, list[dict[str, Any]]]:
    raw = _read_toml(p)
    unknown = sorted(set(raw) - _VARIANT_KEYS - _SCENARIO_KEYS)
    if unknown:
        raise InvalidInput(
            f"{p}: unknown key {unknown[0]!r}; a variant has ruleset = '...', description = '...' and [[change]] tables"
        )
    ruleset: str | None = None
    description: str | None = None
    changes: list[dict[str, Any]] = []
    for key in ("extends", "whatif"):
        if key in raw:
            other = p.parent / _text_key(raw, key, p)
            if other.resolve() in (*seen, p.resolve()):
                raise InvalidInput(f"{p}: key {key!r}: {other} leads back to itself")
            r, d, c = _load_variant(other, (*seen, p.resolve()))
            ruleset, description, changes = r or ruleset, d or description, [*changes, *c]
    if "ruleset" in raw:
        ruleset = _text_key(raw, "ruleset", p)
    if "description" in raw:
        description = _text_key(raw, "description", p)
    own = raw.get("change", [])
    if not isinstance(own, list) or not all(isinstance(c, dict) for c in own):
        raise InvalidInput(f"{p}: key 'change' must be an array of tables ([[change]]); got {own!r}")
    for n, change in enumerate(own, 1):
        if "rule" not in change:
            raise InvalidInput(f"{p}: change #{n}: missing key 'rule'")
        if not isinstance(change["rule"], str) or not change["rule"].strip():
            raise InvalidInput(f"{p}: change #{n}: key 'rule' must be a rule id (text); got {change['rule']!r}")
        if len(change) == 1:
            raise InvalidInput(f"{p}: change #{n} (rule {change['rule']!r}): no field to change")
    changes = [*changes, *own]
    if not changes and not seen:
        raise InvalidInput(f"{p}: no [[change]] tables; a variant changes at least one rule")
    return ruleset, description, changes


def load_changes(path: str | Path) -> list[dict[str, Any]]:
    """The `[[change]]` tables of a TOML variant file, ready for `apply_changes`."""
    return load_variant(path)[2]


def variant_of(baseline: Ruleset, path: str | Path) -> Ruleset:
    """`baseline` with the changes of a variant file applied; errors name the file, the rule and the field.

    A file naming another ruleset (`ruleset = "..."`) is refused.
    """
    p = Path(path)
    ruleset, _, changes = load_variant(p)
    if ruleset is not None and ruleset != baseline.id:
        raise InvalidInput(f"{p}: key 'ruleset': the variant is written for {ruleset!r}, not {baseline.id!r}")
    try:
        return apply_changes(baseline, changes)
    except (InvalidInput, RuleNotDefined) as e:
        raise InvalidInput(f"{p}: {e}") from None


# -- exact what-if: every decision a change alters -------------------------------------------------

#: Leave requests are enumerated as starting on this day (a Monday) and asked for on the same day,
#: so that a changed lead time shows as a changed latest request date.
LEAVE_START = date(2025, 3, 10)

_DOCUMENT_RULES: tuple[type[Rule], ...] = (SigningRule, CountersignRule, SealRule)
_LEAVE_RULES: tuple[type[Rule], ...] = (LeaveRule,)
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


def _differing(b: Ruleset, v: Ruleset, kinds: tuple[type[Rule], ...]) -> tuple[str, ...]:
    """Ids of the rules of `kinds` that can decide differently: changed, added, removed, reordered,
    or overriding a different set of rules (precedence is transitive)."""
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
            out.extend(shared_b)
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
    def of(cls, *rulesets: Ruleset) -> _DocumentSpace:
        rules = [r for rs in rulesets for r in rs.rules if isinstance(r, _DOCUMENT_RULES)]
        conds = [c for r in rules if (c := r.condition()) is not None]
        acting: set[Role] = set()  # who MEETING_CHAIR may resolve to and be compared with
        for r in rules:
            if isinstance(r, SigningRule):
                acting |= {r.signer, *r.reviewers}
            elif isinstance(r, CountersignRule):
                acting |= set(r.countersigners)
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
        kinds = _values(DocumentKind, _mentioned(conds, "kind"), exclude={DocumentKind.MINUTES})
        if all(k in kinds for k in DocumentKind if k is not DocumentKind.MINUTES) and DocumentKind.MINUTES not in kinds:
            kinds = (*kinds, DocumentKind.MINUTES)
        issuers = _values(Issuer, _mentioned(conds, "issuer"))
        addressees = (None, *_values(Addressee, _mentioned(conds, "addressee") - {None}))
        meetings = (None, *_values(MeetingKind, _mentioned(conds, "meeting") - {None}))
        presiders = (None, *_values(Role, presided, acting - {Role.MEETING_CHAIR}, exclude={Role.MEETING_CHAIR}))
        others = {
            "kind": _other(kinds, _mentioned(conds, "kind")),
            "issuer": _other(issuers, _mentioned(conds, "issuer")),
            "addressee": _other(addressees, _mentioned(conds, "addressee")),
            "matters": other[0] if other else None,
            "meeting": _other(meetings, _mentioned(conds, "meeting")),
            "presided_by": _other(presiders, presided | acting),
        }
        return cls(kinds, issuers, addressees, tuple(subsets), meetings, presiders, frozenset(named), others)

    def documents(self, when: DocumentIs | None = None) -> Iterator[Document]:
        """Every document of the space (that `when` holds for, when given)."""
        w = when if when is not None else DocumentIs()
        kinds = [k for k in self.kinds if _allows(w.kind, k)]
        issuers = [i for i in self.issuers if _allows(w.issuer, i)]
        addressees = [a for a in self.addressees if _allows(w.addressee, a)]
        matters = [m for m in self.matters if w.matters is None or m & w.matters]
        for kind in kinds:
            for meeting in self.meetings:
                if (meeting is None and kind is DocumentKind.MINUTES) or not _allows(w.meeting, meeting):
                    continue
                presiders = [p for p in ((None,) if meeting is None else self.presiders) if _allows(w.presided_by, p)]
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
        per_meeting = {m: 1 if m is None else len(self.presiders) for m in self.meetings}
        n = 0
        for kind in self.kinds:
            n += sum(c for m, c in per_meeting.items() if not (m is None and kind is DocumentKind.MINUTES))
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

    def requests(self, when: LeaveIs | None = None) -> Iterator[LeaveRequest]:
        """Every request of the space (that `when` holds for, when given)."""
        w = when if when is not None else LeaveIs()
        roles = [r for r in self.roles if _allows(w.role, r)]
        reasons = [r for r in self.reasons if _allows(w.reason, r)]
        members = [b for b in (False, True) if _allows(w.party_standing_committee_member, b)]
        days = [
            d for d in self.days if (w.min_days is None or d >= w.min_days) and (w.max_days is None or d <= w.max_days)
        ]
        for kind in self.kinds:
            if not _allows(w.kind, kind):
                continue
            meetings = self.meetings if kind is LeaveKind.MEETING_ABSENCE else (None,)
            for meeting in meetings:
                if not _allows(w.meeting, meeting):
                    continue
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
        per_kind = sum(len(self.meetings) if k is LeaveKind.MEETING_ABSENCE else 1 for k in self.kinds)
        return per_kind * len(self.roles) * len(self.reasons) * 2 * len(self.days)


@attrs.frozen
class SigningAnswer:
    """What a ruleset answers for a document: who signs and the rest, or that no rule covers it."""

    signer: Role | None
    reviewers: tuple[Role, ...] = ()
    countersigners: tuple[Role, ...] = ()
    alternates: tuple[Alternate, ...] = ()
    seal: str | None = None
    circle_means_consent: bool | None = None
    conflict: Conflict | None = None
    rule: str | None = None
    citations: tuple[Citation, ...] = ()
    no_rule: str | None = None  # the NoApplicableRule message

    @property
    def outcome(self) -> tuple[object, ...]:
        """What is compared: the resolved roles, the seal, 圈阅 semantics and any conflict (not citations)."""
        conflict = None if self.conflict is None else (self.conflict.first, self.conflict.second)
        return (
            self.signer,
            self.reviewers,
            self.countersigners,
            self.alternates,
            self.seal,
            self.circle_means_consent,
            conflict,
        )


@attrs.frozen
class SigningChange:
    """A document whose signing decision differs between the baseline and the variant."""

    document: Document
    baseline: SigningAnswer
    variant: SigningAnswer


@attrs.frozen
class LeaveAnswer:
    """What a ruleset answers for a leave request: approvers, who is told, lead time, breaches."""

    ok: bool | None
    approvers: tuple[Role, ...] = ()
    notify: tuple[Role, ...] = ()
    latest_request_date: date | None = None
    lead_times: tuple[Period, ...] = ()  # the lead times of the rules that applied
    violations: tuple[Violation, ...] = ()
    rules: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    no_rule: str | None = None

    @property
    def outcome(self) -> tuple[object, ...]:
        """What is compared: approvers, notify, lead times and latest date, the kinds of breach."""
        return (
            self.ok,
            self.approvers,
            self.notify,
            self.latest_request_date,
            frozenset(self.lead_times),
            tuple(sorted({v.rule for v in self.violations})),
            self.no_rule is None,
        )


@attrs.frozen
class LeaveChange:
    """A leave request whose decision differs between the baseline and the variant."""

    request: LeaveRequest
    baseline: LeaveAnswer
    variant: LeaveAnswer


@attrs.frozen
class DeadlineChange:
    """A deadline whose period (or a named variant of it) differs; None where a side does not define it."""

    rule: str
    baseline_period: Period | None
    variant_period: Period | None
    baseline_variants: Mapping[str, Period]
    variant_variants: Mapping[str, Period]
    baseline_citations: tuple[Citation, ...]
    variant_citations: tuple[Citation, ...]
    action: str = ""
    anchor: str = ""


@attrs.frozen
class MeetingChange:
    """A kind of meeting whose composition (MeetingRule) or rhythm (RhythmRule) differs."""

    meeting: MeetingKind
    aspect: str  # "composition" or "rhythm"
    baseline: tuple[MeetingRule | RhythmRule, ...]
    variant: tuple[MeetingRule | RhythmRule, ...]

    @property
    def baseline_citations(self) -> tuple[Citation, ...]:
        """The citations of the baseline's prevailing rules."""
        return tuple(dict.fromkeys(c for r in self.baseline for c in r.cite))

    @property
    def variant_citations(self) -> tuple[Citation, ...]:
        """The citations of the variant's prevailing rules."""
        return tuple(dict.fromkeys(c for r in self.variant for c in r.cite))


_FAMILIES = ("signing", "leave", "deadlines", "meetings")
_FAMILY_ZH = {"signing": "公文签发", "leave": "请假", "deadlines": "时限", "meetings": "会议"}
_FAMILY_EN = {"signing": "signing", "leave": "leave", "deadlines": "deadlines", "meetings": "meetings"}


@attrs.frozen
class WhatIfDiff:
    """Every situation of the model's finite space whose decision differs between two rulesets.

    `situations_checked` counts, per family, the situations of the space (each evaluated, or
    unchanged because no rule that could decide it differs); `situations_evaluated` those actually
    decided under both rulesets.
    """

    signing: tuple[SigningChange, ...]
    leave: tuple[LeaveChange, ...]
    deadlines: tuple[DeadlineChange, ...]
    meetings: tuple[MeetingChange, ...]
    situations_checked: Mapping[str, int] = attrs.field(converter=_proxy)
    situations_evaluated: Mapping[str, int] = attrs.field(converter=_proxy, eq=False)
    rules_changed: tuple[str, ...]
    baseline: Ruleset = attrs.field(repr=False, eq=False)
    variant: Ruleset = attrs.field(repr=False, eq=False)
    #: per family ("signing", "leave") and field, the value standing for the values no condition mentions
    stand_ins: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def changed(self) -> Mapping[str, int]:
        """How many situations changed, per family."""
        return {f: len(getattr(self, f)) for f in _FAMILIES}

    @property
    def empty(self) -> bool:
        """Whether no decision changes."""
        return not any(self.changed.values())

    def explain(self, limit: int | None = 20) -> str:
        """In Chinese: the changed situations grouped by family and by answer, with both answers' citations."""
        return self.report("zh", limit)

    def report(self, lang: str = "zh", limit: int | None = 20) -> str:
        """The changes as text ("zh" or "en"), at most `limit` situations listed per pair of answers."""
        return _report(self, lang, limit)

    def summary(self, lang: str = "zh") -> str:
        """One line: situations checked and changed, per family."""
        c, ch = self.situations_checked, self.changed
        if lang == "zh":
            return (
                f"共检查{sum(c.values())}种情形（签发{c['signing']}、请假{c['leave']}、时限{c['deadlines']}、"
                f"会议{c['meetings']}），结论改变{sum(ch.values())}种（签发{ch['signing']}、请假{ch['leave']}、"
                f"时限{ch['deadlines']}、会议{ch['meetings']}）。"
            )
        return (
            f"{sum(c.values())} situations checked (signing {c['signing']}, leave {c['leave']}, deadlines "
            f"{c['deadlines']}, meetings {c['meetings']}); {sum(ch.values())} changed (signing {ch['signing']}, "
            f"leave {ch['leave']}, deadlines {ch['deadlines']}, meetings {ch['meetings']})."
        )

    def as_dict(self, limit: int | None = None) -> dict[str, Any]:
        """JSON-ready: the summary and, per family, the changed situations (at most `limit` each)."""
        return _as_dict(self, limit)


def diff(baseline: Ruleset, variant: Ruleset, *, prune: bool = True) -> WhatIfDiff:
    """Every situation whose decision differs between `baseline` and `variant`: exact, not sampled.

    The model's situations are finite once each field is cut into equivalence classes, and the
    decisions depend on a field only through the rules' conditions (and, for the roles, through
    who is compared with whom). So the space enumerated takes, per field:

    - documents: the kind, issuer, addressee and meeting each condition of either ruleset mentions
      (`DocumentIs`), plus one member mentioned by none (standing for all such members), plus
      None for the addressee and the meeting; minutes always name a meeting. Matters, a set tested
      by "shares a member", are the empty set, every one or two of the matters mentioned, and one
      matter mentioned by none: documents with three or more matters are outside the space.
      `presided_by` varies only when there is a meeting: None, the roles mentioned, every role
      signing, reviewing or countersigning in either ruleset (MEETING_CHAIR resolves to the
      presider, who is then compared with them) and one other role.
    - leave requests: the roles mentioned (and every approver) plus one other, the kinds mentioned
      plus one other, the meeting (for absences from a meeting only), the reason (None, mentioned
      or accepted, one other), party standing committee member or not, and durations 1 and t-1, t,
      t+1 for every `min_days`/`max_days` t. Requests start on `LEAVE_START`, are asked for that
      day and arrange no substitute (a change seen with a substitute is seen without one too).
    - deadlines: every deadline id of either ruleset (period and named variants); meetings: every
      meeting kind with a composition or rhythm rule (the prevailing rules' outcome).

    Answers are compared by their resolved outcome (signer, reviewers, countersigners, alternates,
    seal, 圈阅 semantics, conflict; approvers, notify, lead times and latest request date, kinds of
    breach), never by citations alone. With `prune` (the default) only the situations some
    differing rule (changed, added, removed, reordered, or overriding differently) applies to in
    either ruleset are decided: the others cannot change, and are counted as checked.
    """
    b, v = baseline.evolve(), variant.evolve()  # private memos, dropped afterwards
    checked: dict[str, int] = {}
    evaluated: dict[str, int] = {}

    doc_space = _DocumentSpace.of(b, v)
    differing = set(_differing(b, v, _DOCUMENT_RULES)) if prune else None
    signing_changes, evaluated["signing"] = _signing_changes(b, v, doc_space, differing)
    checked["signing"] = doc_space.size()

    leave_space = _LeaveSpace.of(b, v)
    requests: Iterable[LeaveRequest]
    if prune:
        conds = _conditions(b, v, _differing(b, v, _LEAVE_RULES), _LEAVE_RULES)
        requests = dict.fromkeys(q for c in conds if isinstance(c, LeaveIs) for q in leave_space.requests(c))
    else:
        requests = leave_space.requests()
    leave_changes: list[LeaveChange] = []
    n = 0
    cal = china()
    for request in requests:
        n += 1
        la, lz = _leave_answer(b, request, cal), _leave_answer(v, request, cal)
        if la.outcome != lz.outcome:
            leave_changes.append(LeaveChange(request, la, lz))
    checked["leave"], evaluated["leave"] = leave_space.size(), n
    leave_changes.sort(key=lambda c: _request_key(c.request))

    deadline_changes, checked["deadlines"] = _deadline_changes(b, v)
    meeting_changes, checked["meetings"] = _meeting_changes(b, v)
    evaluated["deadlines"], evaluated["meetings"] = checked["deadlines"], checked["meetings"]

    all_ids = dict.fromkeys([*(r.id for r in b.rules), *(r.id for r in v.rules)])
    rules_changed = tuple(
        i for i in all_ids if not (b.has_rule(i) and v.has_rule(i)) or _canonical(b.rule(i)) != _canonical(v.rule(i))
    )
    return WhatIfDiff(
        signing=tuple(signing_changes),
        leave=tuple(leave_changes),
        deadlines=tuple(deadline_changes),
        meetings=tuple(meeting_changes),
        situations_checked=checked,
        situations_evaluated=evaluated,
        rules_changed=rules_changed,
        baseline=baseline,
        variant=variant,
        stand_ins={"signing": doc_space.others, "leave": leave_space.others},
    )


def _signing_changes(
    b: Ruleset, v: Ruleset, space: _DocumentSpace, differing: set[str] | None
) -> tuple[list[SigningChange], int]:
    """The documents of `space` whose answer differs, and how many were decided.

    Each rule of either ruleset is a bit; per field value, the rules whose condition allows it.
    Walking the space field by field, the bits of the rules still applicable narrow down; a
    subtree where no rule of `differing` (None: every rule) can apply is skipped. An answer depends
    only on the applicable rules and the presider, so each is decided once per such pair.
    """
    rules = [r for rs in (b, v) for r in rs.rules if isinstance(r, _DOCUMENT_RULES)]
    conds = [r.condition() for r in rules]
    n_b = sum(1 for r in b.rules if isinstance(r, _DOCUMENT_RULES))
    b_bits, v_bits = (1 << n_b) - 1, ((1 << len(rules)) - 1) & ~((1 << n_b) - 1)
    every = b_bits | v_bits
    d_bits = every if differing is None else sum(1 << i for i, r in enumerate(rules) if r.id in differing)
    changes: list[SigningChange] = []
    if not d_bits:
        return changes, 0

    def bits(field: str, values: Iterable[Any], matters: bool = False) -> list[int]:
        out = []
        for x in values:
            m = 0
            for i, c in enumerate(conds):
                allowed = getattr(c, field) if c is not None else None
                if allowed is None or (bool(x & allowed) if matters else x in allowed):
                    m |= 1 << i
            out.append(m)
        return out

    kinds = list(zip(space.kinds, bits("kind", space.kinds), strict=True))
    issuers = list(zip(space.issuers, bits("issuer", space.issuers), strict=True))
    meetings = list(zip(space.meetings, bits("meeting", space.meetings), strict=True))
    addressees = list(zip(space.addressees, bits("addressee", space.addressees), strict=True))
    matters = list(zip(space.matters, bits("matters", space.matters, matters=True), strict=True))
    presiders = list(zip(space.presiders, bits("presided_by", space.presiders), strict=True))
    no_presider = [p for p in presiders if p[0] is None]
    answers: tuple[dict[tuple[int, Role | None], SigningAnswer], ...] = ({}, {})
    differs: dict[tuple[object, ...], bool] = {}
    n = 0
    for kind, k_bits in kinds:
        for meeting, m_bits in meetings:
            if meeting is None and kind is DocumentKind.MINUTES:
                continue
            km = k_bits & m_bits
            if not km & d_bits:
                continue
            chairs = no_presider if meeting is None else presiders
            for issuer, i_bits in issuers:
                kmi = km & i_bits
                if not kmi & d_bits:
                    continue
                for addressee, a_bits in addressees:
                    kmia = kmi & a_bits
                    if not kmia & d_bits:
                        continue
                    for subset, s_bits in matters:
                        kmias = kmia & s_bits
                        if not kmias & d_bits:
                            continue
                        for presider, p_bits in chairs:
                            live = kmias & p_bits
                            if not live & d_bits:
                                continue
                            n += 1
                            masks = (live & b_bits, live & v_bits)
                            key = (*masks, presider)
                            changed = differs.get(key)
                            if changed is False:
                                continue
                            doc = Document(kind, issuer, addressee, subset, meeting, presider)
                            sides = []
                            for side, rs in enumerate((b, v)):
                                answer = answers[side].get((masks[side], presider))
                                if answer is None or answer.signer is None:  # the message names the document
                                    answer = answers[side][masks[side], presider] = _signing_answer(rs, doc)
                                sides.append(answer)
                            if changed is None:
                                changed = differs[key] = sides[0].outcome != sides[1].outcome
                            if changed:
                                changes.append(SigningChange(doc, sides[0], sides[1]))
    return changes, n


def _signing_answer(rs: Ruleset, doc: Document) -> SigningAnswer:
    try:
        d = who_signs(rs, doc)
    except NoApplicableRule as e:
        return SigningAnswer(None, no_rule=str(e))
    return SigningAnswer(
        d.signer,
        d.reviewers,
        d.countersigners,
        d.alternates,
        d.seal,
        d.circle_means_consent,
        d.conflict,
        d.rule,
        d.citations,
    )


def _leave_answer(rs: Ruleset, request: LeaveRequest, cal: WorkdayCalendar) -> LeaveAnswer:
    try:
        d = check_leave(rs, request, calendar=cal)
    except NoApplicableRule as e:
        return LeaveAnswer(None, no_rule=str(e))
    leads = []
    for i in d.trace.applied:
        r = rs.rule(i)
        if isinstance(r, LeaveRule) and r.lead_time is not None:
            leads.append(r.lead_time)
    return LeaveAnswer(
        d.ok, d.approvers, d.notify, d.latest_request_date, tuple(leads), d.violations, d.trace.applied, d.citations
    )


def _deadline_changes(b: Ruleset, v: Ruleset) -> tuple[list[DeadlineChange], int]:
    ids = list(dict.fromkeys([*_ids_of(b, (DeadlineRule,)), *_ids_of(v, (DeadlineRule,))]))
    out = []
    for i in ids:
        rb = b.rule(i) if b.has_rule(i) else None
        rv = v.rule(i) if v.has_rule(i) else None
        db = rb if isinstance(rb, DeadlineRule) else None
        dv = rv if isinstance(rv, DeadlineRule) else None
        if db is not None and dv is not None and db.outcome() == dv.outcome():
            continue
        some = dv if dv is not None else db
        assert some is not None
        out.append(
            DeadlineChange(
                rule=i,
                baseline_period=db.period if db else None,
                variant_period=dv.period if dv else None,
                baseline_variants=db.variants if db else {},
                variant_variants=dv.variants if dv else {},
                baseline_citations=db.cite if db else (),
                variant_citations=dv.cite if dv else (),
                action=some.action,
                anchor=some.anchor,
            )
        )
    return out, len(ids)


def _meeting_changes(b: Ruleset, v: Ruleset) -> tuple[list[MeetingChange], int]:
    out = []
    n = 0
    aspects: tuple[tuple[str, type[MeetingRule] | type[RhythmRule]], ...] = (
        ("composition", MeetingRule),
        ("rhythm", RhythmRule),
    )
    for aspect, kind in aspects:
        for meeting in MeetingKind:
            sides: list[tuple[MeetingRule | RhythmRule, ...]] = []
            for rs in (b, v):
                rules: tuple[MeetingRule | RhythmRule, ...] = rs.rules_of(kind)
                sides.append(rs.prevailing(r for r in rules if r.meeting is meeting))
            if not sides[0] and not sides[1]:
                continue
            n += 1
            if [_essence(r, _NOT_OUTCOME) for r in sides[0]] != [_essence(r, _NOT_OUTCOME) for r in sides[1]]:
                out.append(MeetingChange(meeting, aspect, sides[0], sides[1]))
    return out, n


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


# -- rendering -------------------------------------------------------------------------------------

_BREACH_ZH = {"leave_request": "提前量", "leave_reason": "事由", "leave_substitute": "代理人"}
_ORDINALS = "一二三四"


def _names(rs: Ruleset, roles: Iterable[Role], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(rs.name(r) if lang == "zh" else r.name for r in roles)


def _cites(citations: Iterable[Citation], lang: str) -> str:
    text = ("、" if lang == "zh" else "; ").join(c.short() for c in citations)
    if not text:
        return ""
    return f"（依据{text}）" if lang == "zh" else f" (cites {text})"


def _label(value: LabeledEnum | None, lang: str, none: str) -> str:
    if value is None:
        return none
    return value.label if lang == "zh" else value.name


#: Marks a value standing for every value no condition mentions.
STAND_IN = "*"


def _mark(value: object, field: str, others: Mapping[str, Any]) -> str:
    return STAND_IN if value is not None and others.get(field) == value else ""


def _document_text(rs: Ruleset, d: Document, lang: str, others: Mapping[str, Any]) -> str:
    matters = sorted(d.matters, key=_pos)
    zh = lang == "zh"
    sep = "、" if zh else ", "
    kind = _label(d.kind, lang, "") + _mark(d.kind, "kind", others)
    issuer = _label(d.issuer, lang, "") + _mark(d.issuer, "issuer", others)
    addressee = _label(d.addressee, lang, "无" if zh else "none") + _mark(d.addressee, "addressee", others)
    topics = sep.join(_label(m, lang, "") for m in matters) or ("无" if zh else "none")
    topics += _mark(d.matters, "matters", others)
    if zh:
        text = f"{kind}｜{issuer}｜主送：{addressee}｜事项：{topics}"
    else:
        text = f"{kind} | {issuer} | to {addressee} | matters {topics}"
    if d.meeting is not None:
        meeting = _label(d.meeting, lang, "") + _mark(d.meeting, "meeting", others)
        mark = _mark(d.presided_by, "presided_by", others)
        if zh:
            who = (rs.name(d.presided_by) if d.presided_by is not None else "未注明") + mark
            text += f"｜会议：{meeting}｜主持人：{who}"
        else:
            text += f" | {meeting} presided by {_label(d.presided_by, lang, 'unnamed')}{mark}"
    return text


def _signing_text(rs: Ruleset, a: SigningAnswer, lang: str) -> str:
    zh = lang == "zh"
    if a.signer is None:  # the message (kept in the answer) names one document of the group
        return "无适用规则" if zh else "no rule applies"
    parts = [f"{rs.name(a.signer)}签发" if zh else f"signed by {a.signer.name}"]
    if a.reviewers:
        parts.append(
            f"先经{_names(rs, a.reviewers, lang)}审核" if zh else f"reviewed by {_names(rs, a.reviewers, lang)}"
        )
    if a.countersigners:
        who = _names(rs, a.countersigners, lang)
        parts.append(f"{who}会签" if zh else f"countersigned by {who}")
    for alt in a.alternates:
        parts.append(
            f"{alt.basis.label}可由{rs.name(alt.role)}签发" if zh else f"{alt.role.name} may sign ({alt.basis.name})"
        )
    if a.seal:
        parts.append(f"加盖{a.seal}" if zh else f"seal: {a.seal}")
    if a.circle_means_consent is not None:
        if zh:
            parts.append("圈阅视为同意" if a.circle_means_consent else "审核须签署意见（圈阅不足）")
        else:
            parts.append("circling is consent" if a.circle_means_consent else "reviewers must write an opinion")
    if a.conflict is not None:
        c = a.conflict
        parts.append(f"规则{c.first}与{c.second}冲突" if zh else f"CONFLICT {c.first} vs {c.second}")
    return ("，" if zh else ", ").join(parts) + _cites(a.citations, lang)


def _request_text(rs: Ruleset, q: LeaveRequest, lang: str, others: Mapping[str, Any]) -> str:
    zh = lang == "zh"
    role = (rs.name(q.role) if zh else q.role.name) + _mark(q.role, "role", others)
    kind = _label(q.kind, lang, "") + _mark(q.kind, "kind", others)
    if q.meeting is not None:
        meeting = _label(q.meeting, lang, "") + _mark(q.meeting, "meeting", others)
        kind += f"（{meeting}）" if zh else f" ({meeting})"
    reason = _label(q.reason, lang, "未说明" if zh else "none") + _mark(q.reason, "reason", others)
    if zh:
        text = f"{role}｜{kind}｜{q.days}天｜事由：{reason}"
        return text + ("｜党委常委" if q.party_standing_committee_member else "")
    text = f"{role} | {kind} | {q.days} day{'s' if q.days > 1 else ''} | reason {reason}"
    return text + (" | party standing committee member" if q.party_standing_committee_member else "")


def _leave_text(rs: Ruleset, a: LeaveAnswer, lang: str) -> str:
    zh = lang == "zh"
    if a.no_rule is not None:
        return "无适用规则" if zh else "no rule applies"
    if zh:
        parts = [f"须经{_names(rs, a.approvers, lang)}批准" if a.approvers else "无须审批"]
        if a.notify:
            parts.append(f"报{_names(rs, a.notify, lang)}")
        if a.latest_request_date is not None:
            leads = "、".join(p.describe() for p in a.lead_times)
            parts.append(f"最迟{a.latest_request_date.isoformat()}提出（{leads}）")
        breaches = sorted({_BREACH_ZH.get(v.rule, v.rule) for v in a.violations})
        if breaches:
            parts.append("当日提出时不符合：" + "、".join(breaches))
    else:
        parts = [f"approved by {_names(rs, a.approvers, lang)}" if a.approvers else "no approval needed"]
        if a.notify:
            parts.append(f"notify {_names(rs, a.notify, lang)}")
        if a.latest_request_date is not None:
            parts.append(f"ask by {a.latest_request_date.isoformat()}")
        breaches = sorted({v.rule for v in a.violations})
        if breaches:
            parts.append("asked on the day: breaches " + ", ".join(breaches))
    return ("，" if zh else ", ").join(parts) + _cites(a.citations, lang)


def _period_text(p: Period | None, variants: Mapping[str, Period], lang: str) -> str:
    if p is None:
        return "未规定" if lang == "zh" else "not defined"
    text = p.describe() if lang == "zh" else _period_en(p)
    for name, vp in sorted(variants.items()):
        text += f"（{name}：{vp.describe()}）" if lang == "zh" else f" ({name}: {_period_en(vp)})"
    return text


def _period_en(p: Period) -> str:
    if p.unit is Unit.YEAR_END:
        return "by the end of the year"
    amount = f"{p.amount} {p.unit.name.lower()}{'s' if p.amount != 1 else ''}"
    return f"{amount} before" if p.direction is Direction.BEFORE else f"within {amount}"


def _meeting_rules_text(rs: Ruleset, rules: tuple[MeetingRule | RhythmRule, ...], lang: str) -> str:
    zh = lang == "zh"
    if not rules:
        return "未规定" if zh else "not defined"
    texts = []
    for r in rules:
        if isinstance(r, RhythmRule):
            texts.append(r.rhythm.describe() if zh else f"{r.rhythm.times} per {r.rhythm.per.name.lower()}")
            continue
        bits = []
        for label_zh, label_en, roles in (
            ("组成", "members", r.members),
            ("列席", "non-voting", r.non_voting),
            ("可列席", "may sit in", r.optional_non_voting),
            ("主持", "presided by", r.presiders),
        ):
            if roles:
                ordered = roles if isinstance(roles, tuple) else sorted(roles, key=_pos)
                bits.append(
                    f"{label_zh}：{_names(rs, ordered, lang)}" if zh else f"{label_en}: {_names(rs, ordered, lang)}"
                )
        if r.convener is not None:
            bits.append(f"召集：{rs.name(r.convener)}" if zh else f"convened by {r.convener.name}")
        if r.max_assistants is not None:
            bits.append(f"助手不超过{r.max_assistants}人" if zh else f"at most {r.max_assistants} assistants")
        texts.append(("；" if zh else "; ").join(bits))
    cites = tuple(dict.fromkeys(c for r in rules for c in r.cite))
    return (" / ".join(texts)) + _cites(cites, lang)


def _grouped(changes: Iterable[Any]) -> list[tuple[Any, Any, list[Any]]]:
    groups: dict[tuple[object, object], tuple[Any, Any, list[Any]]] = {}
    for c in changes:
        key = (c.baseline.outcome, c.variant.outcome)
        if key not in groups:
            groups[key] = (c.baseline, c.variant, [])
        groups[key][2].append(c)
    return list(groups.values())


def _report(d: WhatIfDiff, lang: str, limit: int | None) -> str:
    zh = lang == "zh"
    b, v = d.baseline, d.variant
    out = [
        f"《{b.title}》（{b.id}）：变更方案与现行规则的决定差异"
        if zh
        else f"{b.id} ({b.title}): what the variant changes"
    ]
    changed = ("、" if zh else ", ").join(d.rules_changed) or ("无" if zh else "none")
    out.append(f"变更的规则：{changed}" if zh else f"rules changed: {changed}")
    sections = 0
    starred = False

    def head(family: str, count: int, unit_zh: str) -> None:
        nonlocal sections
        out.append("")
        if zh:
            out.append(f"{_ORDINALS[sections]}、{_FAMILY_ZH[family]}：{count}{unit_zh}结论改变")
        else:
            out.append(f"{sections + 1}. {_FAMILY_EN[family]}: {count} changed")
        sections += 1

    def listing(items: list[str]) -> None:
        nonlocal starred
        shown = items if limit is None else items[:limit]
        out.extend(f"     - {s}" for s in shown)
        starred = starred or any(STAND_IN in s for s in shown)
        if len(shown) < len(items):
            rest = len(items) - len(shown)
            out.append(
                f"     - ……另有{rest}种（--limit 0 全部列出）"
                if zh
                else f"     - ... and {rest} more (--limit 0 lists all)"
            )

    for family, render_subject, render_answer in (
        ("signing", _document_text, _signing_text),
        ("leave", _request_text, _leave_text),
    ):
        changes = getattr(d, family)
        if not changes:
            continue
        head(family, len(changes), "种情形")
        for n, (ab, av, group) in enumerate(_grouped(changes), 1):
            out.append(
                f"  （{n}）现行：{render_answer(b, ab, lang)}"
                if zh
                else f"  ({n}) baseline: {render_answer(b, ab, lang)}"
            )
            out.append(
                f"       变更后：{render_answer(v, av, lang)}" if zh else f"      variant: {render_answer(v, av, lang)}"
            )
            out.append(f"       共{len(group)}种情形：" if zh else f"      in {len(group)} situations:")
            subject = "document" if family == "signing" else "request"
            others = d.stand_ins.get(family, {})
            listing([render_subject(b, getattr(c, subject), lang, others) for c in group])
        if starred:
            starred = False
            out.append(
                f"  注：标{STAND_IN}者代表各规则条件均未提及的一切其他取值（其结论相同）。"
                if zh
                else f"  {STAND_IN} stands for every value no rule's condition mentions (they are decided alike)."
            )
    if d.deadlines:
        head("deadlines", len(d.deadlines), "项")
        for n, c in enumerate(d.deadlines, 1):
            before = _period_text(c.baseline_period, c.baseline_variants, lang) + _cites(c.baseline_citations, lang)
            after = _period_text(c.variant_period, c.variant_variants, lang) + _cites(c.variant_citations, lang)
            line = (
                f"  （{n}）{c.rule}（{c.action}）：现行{before} → 变更后{after}"
                if zh
                else f"  ({n}) {c.rule} ({c.action}): {before} -> {after}"
            )
            if c.baseline_period is not None and c.variant_period is not None:
                x, y = c.baseline_period.resolve(LEAVE_START), c.variant_period.resolve(LEAVE_START)
                line += (
                    f"；例：{c.anchor}为{LEAVE_START.isoformat()}，{x.isoformat()} → {y.isoformat()}"
                    if zh
                    else f"; e.g. from {LEAVE_START.isoformat()}: {x.isoformat()} -> {y.isoformat()}"
                )
            out.append(line)
    if d.meetings:
        head("meetings", len(d.meetings), "项")
        for n, m in enumerate(d.meetings, 1):
            aspect = {"composition": "组成", "rhythm": "频次"}[m.aspect] if zh else m.aspect
            before, after = _meeting_rules_text(b, m.baseline, lang), _meeting_rules_text(v, m.variant, lang)
            out.append(
                f"  （{n}）{m.meeting.label}{aspect}：现行{before} → 变更后{after}"
                if zh
                else f"  ({n}) {m.meeting.name} {aspect}: {before} -> {after}"
            )
    if d.empty:
        out.append("")
        out.append("任何情形的结论均未改变。" if zh else "No decision changes.")
    out.append("")
    out.append(d.summary(lang))
    return "\n".join(out)


def _answer_dict(a: SigningAnswer | LeaveAnswer) -> dict[str, Any]:
    raw: dict[str, Any] = converter.unstructure(attrs.evolve(a, citations=()))
    raw["citations"] = [c.short() for c in a.citations]
    raw.pop("conflict", None)
    if isinstance(a, SigningAnswer):
        raw["conflict"] = None if a.conflict is None else [a.conflict.first, a.conflict.second]
    else:
        raw["lead_times"] = [p.describe() for p in a.lead_times]
        raw["violations"] = [
            {"rule": x.rule, "source": x.source, "citation": x.citation.short(), "message": x.message}
            for x in a.violations
        ]
    return raw


def _as_dict(d: WhatIfDiff, limit: int | None) -> dict[str, Any]:
    def cut(items: tuple[Any, ...]) -> tuple[Any, ...]:
        return items if limit is None else items[:limit]

    return {
        "ruleset": d.baseline.id,
        "baseline_version": d.baseline.version,
        "variant_version": d.variant.version,
        "rules_changed": list(d.rules_changed),
        "situations_checked": dict(d.situations_checked),
        "situations_evaluated": dict(d.situations_evaluated),
        "changed": dict(d.changed),
        "signing": [
            {
                "document": converter.unstructure(c.document),
                "baseline": _answer_dict(c.baseline),
                "variant": _answer_dict(c.variant),
            }
            for c in cut(d.signing)
        ],
        "leave": [
            {
                "request": converter.unstructure(c.request),
                "baseline": _answer_dict(c.baseline),
                "variant": _answer_dict(c.variant),
            }
            for c in cut(d.leave)
        ],
        "deadlines": [
            {
                "rule": c.rule,
                "baseline": None if c.baseline_period is None else converter.unstructure(c.baseline_period),
                "variant": None if c.variant_period is None else converter.unstructure(c.variant_period),
                "baseline_variants": {k: converter.unstructure(p) for k, p in c.baseline_variants.items()},
                "variant_variants": {k: converter.unstructure(p) for k, p in c.variant_variants.items()},
                "baseline_citations": [x.short() for x in c.baseline_citations],
                "variant_citations": [x.short() for x in c.variant_citations],
            }
            for c in cut(d.deadlines)
        ],
        "meetings": [
            {
                "meeting": m.meeting.name,
                "aspect": m.aspect,
                "baseline": [r.id for r in m.baseline],
                "variant": [r.id for r in m.variant],
                "baseline_text": _meeting_rules_text(d.baseline, m.baseline, "zh"),
                "variant_text": _meeting_rules_text(d.variant, m.variant, "zh"),
                "baseline_citations": [x.short() for x in m.baseline_citations],
                "variant_citations": [x.short() for x in m.variant_citations],
            }
            for m in cut(d.meetings)
        ],
    }
