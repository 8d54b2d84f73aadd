"""Conditions on a situation (DocumentIs, LeaveIs) and the tests they make (Check)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from types import MappingProxyType
from typing import Any, ClassVar

import attrs

from govrules.errors import InvalidInput
from govrules.labels import LabeledEnum
from govrules.model import (
    AbsenceReason,
    Addressee,
    DocumentKind,
    Issuer,
    LeaveKind,
    Matter,
    MeetingKind,
    Role,
)


@attrs.frozen
class Check:
    """One test of a rule's condition, and whether it held for the situation."""

    field: str
    expected: str
    actual: str
    held: bool


def _to_set(enum: type[LabeledEnum], value: object) -> Any:
    if value is None:
        return None
    if isinstance(value, (str, Enum)):
        value = (value,)
    if not isinstance(value, Iterable):
        raise InvalidInput(f"expected {enum.__name__} values; got {value!r}")
    return frozenset(None if v is None else enum.from_label(v) for v in value)


def _kinds(value: object) -> Any:
    return _to_set(DocumentKind, value)


def _issuers(value: object) -> Any:
    return _to_set(Issuer, value)


def _addressees(value: object) -> Any:
    return _to_set(Addressee, value)


def _matter_set(value: object) -> Any:
    return _to_set(Matter, value)


def _meeting_set(value: object) -> Any:
    return _to_set(MeetingKind, value)


def _role_set(value: object) -> Any:
    return _to_set(Role, value)


def _leave_kinds(value: object) -> Any:
    return _to_set(LeaveKind, value)


def _reason_set(value: object) -> Any:
    return _to_set(AbsenceReason, value)


def _bool_set(value: object) -> frozenset[bool] | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return frozenset({value})
    if isinstance(value, Iterable):
        return frozenset(bool(v) for v in value)
    raise InvalidInput(f"expected True, False or both; got {value!r}")


def _proxy(value: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(dict(value))


def _meeting_kind(value: MeetingKind | str) -> MeetingKind:
    return MeetingKind.from_label(value)


def _show(value: object) -> str:
    if value is None:
        return "无"
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, (frozenset, set, tuple)):
        return "、".join(sorted(_show(v) for v in value)) or "无"
    return str(value)


class Condition:
    """Each non-None field is a set of allowed values for the subject's field of the same name.

    A set-valued subject field (a document's matters) passes when it shares a member with the set.
    """

    _fields: ClassVar[tuple[str, ...]]

    def checks(self, subject: object) -> tuple[Check, ...]:
        """Every test of this condition on `subject`, held or not."""
        out = []
        for name in self._fields:
            allowed = getattr(self, name)
            if allowed is None:
                continue
            actual = getattr(subject, name)
            held = bool(actual & allowed) if isinstance(actual, frozenset) else actual in allowed
            out.append(Check(name, _show(allowed), _show(actual), held))
        return tuple(out)

    def holds(self, subject: object) -> bool:
        """Whether every test holds for `subject`."""
        for name, allowed, is_set in self._tests():
            actual = getattr(subject, name)
            if is_set:
                if not actual & allowed:
                    return False
            elif actual not in allowed:
                return False
        return True

    def _tests(self) -> tuple[tuple[str, frozenset[Any], bool], ...]:
        """The tests this condition makes (its non-None fields), worked out once."""
        tests: tuple[tuple[str, frozenset[Any], bool], ...] | None = getattr(self, "_compiled", None)
        if tests is None:
            sets = self._set_fields()
            tests = tuple(
                (name, getattr(self, name), name in sets) for name in self._fields if getattr(self, name) is not None
            )
            object.__setattr__(self, "_compiled", tests)
        return tests

    def overlaps(self, other: Condition) -> bool:
        """Whether some situation satisfies both conditions."""
        for name in self._fields:
            a, b = getattr(self, name), getattr(other, name)
            if a is not None and b is not None and not (a & b) and name not in self._set_fields():
                return False
        return True

    def _set_fields(self) -> frozenset[str]:
        return frozenset()

    def describe(self) -> str:
        """The condition in Chinese: '文种为纪要；会议为常务会议'."""
        parts = [
            f"{self._labels()[n]}为{_show(getattr(self, n))}" for n in self._fields if getattr(self, n) is not None
        ]
        return "；".join(parts) or "任何情形"

    def _labels(self) -> Mapping[str, str]:
        return {}


@attrs.frozen
class DocumentIs(Condition):
    """A condition on a document: each given field lists the values it may have."""

    kind: frozenset[DocumentKind] | None = attrs.field(default=None, converter=_kinds)
    issuer: frozenset[Issuer] | None = attrs.field(default=None, converter=_issuers)
    addressee: frozenset[Addressee | None] | None = attrs.field(default=None, converter=_addressees)
    matters: frozenset[Matter] | None = attrs.field(default=None, converter=_matter_set)
    meeting: frozenset[MeetingKind | None] | None = attrs.field(default=None, converter=_meeting_set)
    presided_by: frozenset[Role | None] | None = attrs.field(default=None, converter=_role_set)
    _compiled: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)

    _fields: ClassVar[tuple[str, ...]] = ("kind", "issuer", "addressee", "matters", "meeting", "presided_by")

    def _set_fields(self) -> frozenset[str]:
        return frozenset({"matters"})

    def _labels(self) -> Mapping[str, str]:
        return {"kind": "文种", "issuer": "发文名义", "addressee": "主送", "matters": "事项",
                "meeting": "会议", "presided_by": "主持人"}  # fmt: skip


def _opt_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(f"expected a whole number of days >= 0; got {value!r}")
    return value


@attrs.frozen
class LeaveIs(Condition):
    """A condition on a leave request: roles, kinds, meeting, reasons, and how long."""

    role: frozenset[Role] | None = attrs.field(default=None, converter=_role_set)
    kind: frozenset[LeaveKind] | None = attrs.field(default=None, converter=_leave_kinds)
    meeting: frozenset[MeetingKind | None] | None = attrs.field(default=None, converter=_meeting_set)
    reason: frozenset[AbsenceReason | None] | None = attrs.field(default=None, converter=_reason_set)
    party_standing_committee_member: frozenset[bool] | None = attrs.field(default=None, converter=_bool_set)
    min_days: int | None = attrs.field(default=None, converter=_opt_int)
    max_days: int | None = attrs.field(default=None, converter=_opt_int)
    _compiled: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)

    _fields: ClassVar[tuple[str, ...]] = ("role", "kind", "meeting", "reason", "party_standing_committee_member")

    def checks(self, subject: object) -> tuple[Check, ...]:
        out = list(super().checks(subject))
        days: int = subject.days  # type: ignore[attr-defined]
        if self.min_days is not None:
            out.append(Check("days", f">= {self.min_days}", str(days), days >= self.min_days))
        if self.max_days is not None:
            out.append(Check("days", f"<= {self.max_days}", str(days), days <= self.max_days))
        return tuple(out)

    def holds(self, subject: object) -> bool:
        if not super().holds(subject):
            return False
        days: int = subject.days  # type: ignore[attr-defined]
        if self.min_days is not None and days < self.min_days:
            return False
        return not (self.max_days is not None and days > self.max_days)

    def overlaps(self, other: Condition) -> bool:
        if not super().overlaps(other) or not isinstance(other, LeaveIs):
            return False
        lo = max(self.min_days or 0, other.min_days or 0)
        his = [h for h in (self.max_days, other.max_days) if h is not None]
        return not his or lo <= min(his)

    def describe(self) -> str:
        text = super().describe()
        extra = []
        if self.min_days is not None:
            extra.append(f"{self.min_days}天以上")
        if self.max_days is not None:
            extra.append(f"不超过{self.max_days}天")
        return "；".join(([text] if text != "任何情形" else []) + extra) or "任何情形"

    def _labels(self) -> Mapping[str, str]:
        return {"role": "请假人", "kind": "类型", "meeting": "会议", "reason": "事由",
                "party_standing_committee_member": "党委常委"}  # fmt: skip
