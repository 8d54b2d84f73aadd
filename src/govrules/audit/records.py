"""The audit record format: one JSON object per line, `"type"` first, every record with an `id`.

Each record type is an attrs class read through the model's one cattrs converter, so enum values may
be member names or Chinese labels and dates are ISO text. A field a record leaves out is None and
is not checked; a field present and wrong is a breach; a field that cannot be read makes the whole
record an `invalid_record`.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn

from govrules.errors import InvalidInput
from govrules.labels import LabeledEnum, label_table
from govrules.model import (
    AbsenceReason,
    Addressee,
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
    Review,
    Role,
    converter,
)
from govrules.model.json import absent_nulls, describe_error, lean_converter

__all__ = [
    "DATE_FIELDS",
    "FIELD_LABELS",
    "MAX_ITEMS",
    "RECORD_KEYS",
    "RECORD_TYPES",
    "TYPE_LABELS",
    "TYPE_NAMES",
    "CountersignRecord",
    "DeadlineRecord",
    "DocumentRecord",
    "LeaveRecord",
    "MeetingRecord",
    "Record",
    "RequestRecord",
    "ScenarioRecord",
    "extra_fields",
    "parse_record",
    "plain_record",
    "read_record",
    "split_record",
    "strict_record",
    "with_meeting_absences",
]


#: Record fields by their Chinese labels (a header may use either): the label table of the record format.
FIELD_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "type": "类型",
        "id": "编号",
        "kind": "文种",
        "issuer": "发文名义",
        "addressee": "主送",
        "matters": "事项",
        "meeting": "会议",
        "presided_by": "主持人",
        "convened_by": "召集人",
        "signed_by": "签发人",
        "reviewed_by": "审核人",
        "countersigned_by": "会签人",
        "seal": "用印",
        "seal_approved_by": "用印审批人",
        "approved_by": "审批人",
        "authorizations": "授权",
        "meeting_date": "会议日期",
        "major_revision": "重大修改",
        "drafted_on": "起草日期",
        "signed_on": "签发日期",
        "printed_on": "印制日期",
        "published_on": "公开日期",
        "department": "主办单位",
        "requested_on": "申请日期",
        "replied_on": "回复日期",
        "variant": "情形",
        "received_on": "收文日期",
        "date": "日期",
        "attendees": "出席人员",
        "non_voting": "列席人员",
        "absent": "缺席",
        "agenda": "议题",
        "assistants": "工作人员数",
        "minutes_drafted_on": "纪要起草日期",
        "minutes_issued_on": "纪要印发日期",
        "role": "请假人",
        "start": "开始日期",
        "end": "结束日期",
        "reason": "事由",
        "substitute": "已安排代理",
        "party_standing_committee_member": "党委常委",
        "notified": "报备对象",
        "rule": "期限规则",
        "anchor": "起算日期",
        "done_on": "完成日期",
        "ruleset": "规则集",
        "changes": "变更",
        "seed": "随机种子",
        "truth": "标注",
    }
)


def _id(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidInput(
            f"every record needs a non-empty text 'id'; got {value!r}",
            zh=f"每条记录都要有非空文本的编号（id）；实际是{value!r}",
        )


def _count(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1000:
        raise InvalidInput(
            f"{name} must be a whole number from 0 to 1000; got {value!r}",
            zh=f"{name}（{FIELD_LABELS.get(name, name)}）应为0至1000的整数；实际是{value!r}",
        )


@attrs.frozen(kw_only=True)
class DocumentRecord:
    """A document as issued: what it is, who reviewed and signed it, and when each step happened."""

    id: str = attrs.field(validator=_id)
    kind: DocumentKind
    issuer: Issuer
    addressee: Addressee | None = None
    matters: frozenset[Matter] = frozenset()
    meeting: MeetingKind | None = None
    presided_by: Role | None = None
    signed_by: Role | None = None
    reviewed_by: tuple[Review, ...] | None = None
    countersigned_by: frozenset[Role] | None = None
    seal: str | None = None
    seal_approved_by: Role | None = None
    approved_by: Review | None = None
    authorizations: tuple[Authorization, ...] = ()
    meeting_date: date | None = None
    major_revision: bool = False
    drafted_on: date | None = None
    signed_on: date | None = None
    printed_on: date | None = None
    published_on: date | None = None
    #: The drafting unit (主办单位): with a roster, whose deputy is in charge (分管) of the document.
    department: str | None = None
    truth: tuple[str, ...] = ()

    def document(self) -> Document:
        """The Document this record holds."""
        return Document(
            kind=self.kind,
            issuer=self.issuer,
            addressee=self.addressee,
            matters=self.matters,
            meeting=self.meeting,
            presided_by=self.presided_by,
        )


@attrs.frozen(kw_only=True)
class CountersignRecord:
    """A request to other departments for their opinion or countersignature (会签/征求意见), and the reply."""

    id: str = attrs.field(validator=_id)
    requested_on: date
    replied_on: date | None = None
    variant: str | None = None
    truth: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class RequestRecord:
    """A request for instructions (请示) received, and when it was answered (办复)."""

    id: str = attrs.field(validator=_id)
    received_on: date
    replied_on: date | None = None
    truth: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class MeetingRecord:
    """A meeting held: who presided and attended, absences with their leave requests, the minutes."""

    id: str = attrs.field(validator=_id)
    kind: MeetingKind
    date: date
    presided_by: Role
    attendees: frozenset[Role] | None = None
    #: Who sat in (列席); None: not on record, the standing observers not checked (a field left out).
    non_voting: frozenset[Role] | None = None
    absent: tuple[LeaveRequest, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    assistants: int = attrs.field(default=0, validator=lambda _, a, v: _count(a.name, v))
    minutes_drafted_on: dt.date | None = None
    minutes_issued_on: dt.date | None = None
    truth: tuple[str, ...] = ()
    #: Who convened it (召集), where the record says: checked where the text names who convenes.
    convened_by: Role | None = None

    def meeting(self) -> Meeting:
        """The Meeting this record holds (no attendees on record: none; `composition` says whether to check)."""
        return Meeting(
            kind=self.kind,
            date=self.date,
            presided_by=self.presided_by,
            attendees=self.attendees or frozenset(),
            non_voting=self.non_voting or frozenset(),
            absent=self.absent,
            agenda=self.agenda,
            assistants=self.assistants,
            convened_by=self.convened_by,
        )

    @property
    def composition(self) -> bool:
        """Whether who attended is on record, and so can be checked."""
        return self.attendees is not None

    @property
    def observers(self) -> bool:
        """Whether who sat in (列席) is on record, and so the standing observers can be checked."""
        return self.non_voting is not None


def with_meeting_absences(raw: Mapping[str, Any]) -> Mapping[str, Any]:
    """A meeting (a record, or a `govrules meeting` / HTTP input) whose absences say what the meeting already
    says, where they leave it out: each is an absence from this meeting (`kind` 不能出席会议), from its kind
    of meeting (`meeting`), on its day (`start`, where it gives no `end` either: a leave over several days says
    when it starts). An absence that says otherwise keeps what it says (and is read, and refused or checked, as
    written); the meeting itself as it is where nothing is left out."""
    absent = raw.get("absent")
    if type(absent) is not list or all(type(a) is not dict or a.keys() >= _ABSENCE_KEYS for a in absent):
        return raw
    known = {"kind": "MEETING_ABSENCE"}
    if raw.get("kind") is not None:
        known["meeting"] = raw["kind"]
    if raw.get("date") is not None:
        known["start"] = raw["date"]
    day = {k: v for k, v in known.items() if k != "start"}
    filled = [({**known, **a} if "end" not in a else {**day, **a}) if type(a) is dict else a for a in absent]
    return {**raw, "absent": filled}


#: What an absence in a meeting may leave out, the meeting saying it (`with_meeting_absences`).
_ABSENCE_KEYS = frozenset({"kind", "meeting", "start"})


@attrs.frozen(kw_only=True)
class LeaveRecord:
    """A leave request (the LeaveRequest fields), who approved it and who was told.

    `end` left out: a one-day leave, ending the day it starts (as `govrules leave` without --end)."""

    id: str = attrs.field(validator=_id)
    role: Role
    kind: LeaveKind
    start: date
    end: date = attrs.field(default=attrs.Factory(lambda self: self.start, takes_self=True))
    requested_on: date | None = None
    meeting: MeetingKind | None = None
    reason: AbsenceReason | None = None
    #: Whether a substitute was arranged (已安排代理); None: not on record, and not checked.
    substitute: bool | None = None
    party_standing_committee_member: bool = False
    approved_by: tuple[Role, ...] | None = None
    notified: frozenset[Role] | None = None
    truth: tuple[str, ...] = ()

    def request(self) -> LeaveRequest:
        """The LeaveRequest this record holds."""
        return LeaveRequest(
            role=self.role,
            kind=self.kind,
            start=self.start,
            end=self.end,
            requested_on=self.requested_on,
            meeting=self.meeting,
            reason=self.reason,
            substitute=bool(self.substitute),
            party_standing_committee_member=self.party_standing_committee_member,
        )


@attrs.frozen(kw_only=True)
class DeadlineRecord:
    """Any deadline the ruleset states, by its id: the event's date and the day the thing was done.

    For periods no other record carries: 督查事项办结 (supervision_simple, ...), 会议请示报送
    (meeting_request), 领导阅批 (leader_reading), or any deadline rule a ruleset declares.
    """

    id: str = attrs.field(validator=_id)
    rule: str
    anchor: date
    done_on: date | None = None
    variant: str | None = None
    truth: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class ScenarioRecord:
    """The first record of a simulated log: which ruleset, and what the what-if changed. Not checked."""

    id: str = "scenario"
    ruleset: str
    changes: dict[str, Any] = attrs.field(factory=dict)
    seed: int | None = None


Record = (
    DocumentRecord | CountersignRecord | RequestRecord | MeetingRecord | LeaveRecord | DeadlineRecord | ScenarioRecord
)

#: "type" value -> record class
RECORD_TYPES: Mapping[str, type[Record]] = {
    "document": DocumentRecord,
    "countersign": CountersignRecord,
    "request": RequestRecord,
    "meeting": MeetingRecord,
    "leave": LeaveRecord,
    "deadline": DeadlineRecord,
    "scenario": ScenarioRecord,
}

_OPTIONAL: dict[type, frozenset[str]] = {
    cls: frozenset(f.name for f in attrs.fields(cls) if f.default is not attrs.NOTHING and f.name != "truth")
    for cls in RECORD_TYPES.values()
}


def _review(value: Any, _: type) -> Review:
    if isinstance(value, str):
        return Review(Role.from_label(value))
    if not isinstance(value, dict):
        raise InvalidInput(
            f"a review is a role, or an object with role and act; got {value!r}",
            zh=f"审核人应为职务，或含role（职务）和act（方式）的对象；实际是{value!r}",
        )
    return _review_fields(value, Review)


# {"role", "act"}, and nothing else: {"role": "HEAD", "acts": "圈阅"} is not a review that was merely read
_review_fields = make_dict_structure_fn(Review, converter, _cattrs_forbid_extra_keys=True)
converter.register_structure_hook(Review, _review)
lean_converter.register_structure_hook(Review, _review)

# A reviewer given by role alone ("副县长") is the most frequent review: one shared (immutable) Review
# per spelling, for the lean path.
_REVIEWS: Mapping[str, Review] = MappingProxyType({k: Review(role) for k, role in label_table(Role).items()})


def _lean_reviews(value: Any, _: type) -> tuple[Review, ...] | None:
    if value is None:
        return None
    if type(value) is not list:
        raise TypeError(f"expected a JSON array; got {type(value).__name__}")
    return tuple([_REVIEWS[v] if type(v) is str else _review(v, Review) for v in value])


lean_converter.register_structure_hook(tuple[Review, ...] | None, _lean_reviews)


# The lean path: hooks that do not forbid extra keys (so "type" need not be copied away); the keys are
# checked against these sets instead.
_LEAN: Mapping[type, Any] = {
    cls: make_dict_structure_fn(cls, lean_converter, _cattrs_forbid_extra_keys=False) for cls in RECORD_TYPES.values()
}
#: The keys a record of each type may have: "type" and its fields' names.
RECORD_KEYS: Mapping[type, frozenset[str]] = {
    cls: frozenset(f.name for f in attrs.fields(cls)) | {"type"} for cls in RECORD_TYPES.values()
}
_KEYS = RECORD_KEYS


_JSON_TYPES = {"list": "数组", "str": "文本", "int": "整数", "float": "数", "bool": "true或false", "NoneType": "null"}

#: The most items a list may hold in a record that cannot be read as it is: its errors are not
#: explained item by item (a line of a megabyte could otherwise make a hundred thousand of them).
MAX_ITEMS = 1000


def _check_sizes(value: object, where: str) -> None:
    """`InvalidInput` naming the first list in `value` of more than `MAX_ITEMS` items (`_too_long`), if any."""
    found = _too_long(value)
    if found is None:
        return
    path, n = found
    for step in path:
        where = f"{where}[{step}]" if type(step) is int else f"{where}.{step}" if where else str(step)
    raise InvalidInput(
        f"{where or 'a list'} has {n} items; a record's lists hold at most {MAX_ITEMS}",
        zh=f"{where or '列表'}有{n}项；记录中的列表最多{MAX_ITEMS}项",
    )


def _too_long(value: object, depth: int = 0) -> tuple[tuple[str | int, ...], int] | None:
    """The first list in a decoded record (as deep as a record goes) holding more than `MAX_ITEMS` items: the
    keys and positions (from 1) that lead to it, and its length; None if there is none. The fast readers take
    a record only when there is none (`_within_limits`); `parse_record` refuses one that has one."""
    if depth > 4:  # deeper than any record goes: the converter says what is wrong
        return None
    if isinstance(value, list):
        if len(value) > MAX_ITEMS:
            return (), len(value)
        steps: Iterable[tuple[str | int, object]] = enumerate(value, 1)
    elif isinstance(value, dict):
        steps = value.items()
    else:
        return None
    for step, v in steps:
        if isinstance(v, (list, dict)) and (found := _too_long(v, depth + 1)) is not None:
            return (step, *found[0]), found[1]
    return None


def extra_fields(raw: object) -> tuple[object, dict[str, Any]]:
    """A decoded record without the fields its type does not name, and those fields (标题, 文号 ...).

    What an office system exports carries fields of its own: they are kept with the record (shown in
    reports, so that a finding can be found in the system), never checked, and never make it invalid.
    A record of no known type is returned as it is (it is invalid for that).
    """
    if type(raw) is not dict:
        return raw, {}
    kind = raw.get("type")
    cls = RECORD_TYPES.get(kind) if type(kind) is str else None
    if cls is None:
        return raw, {}
    known = _KEYS[cls]
    if raw.keys() <= known:
        return raw, {}
    return {k: v for k, v in raw.items() if k in known}, {k: v for k, v in raw.items() if k not in known}


class _NotPlain(Exception):
    """A value the fast builders do not take as it is: the strict converter reads it, or says why not."""


def _not_plain() -> Any:
    raise _NotPlain


def _enum_set(table: Mapping[str, Any], value: Any) -> frozenset[Any]:
    if type(value) is not list:
        raise _NotPlain
    return frozenset([table[v] for v in value])


def _enum_tuple(table: Mapping[str, Any], value: Any) -> tuple[Any, ...]:
    if type(value) is not list:
        raise _NotPlain
    return tuple([table[v] for v in value])


def _texts(value: Any) -> tuple[str, ...]:
    if type(value) is not list or len(value) > MAX_ITEMS or any(type(v) is not str for v in value):
        raise _NotPlain
    return tuple(value)


def _within_limits(value: Any) -> bool:
    """Whether no list in a decoded record holds more than `MAX_ITEMS` items (`_too_long`): a record that
    does is read by `parse_record`, which says so."""
    return _too_long(value) is None


def _reader(t: Any, v: str, env: dict[str, Any]) -> str:
    """Python source reading the JSON value (expression `v`) as type `t`: only the exact spellings."""
    name = f"_h{len(env)}"
    args = typing.get_args(t)
    if typing.get_origin(t) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        inner = next(a for a in args if a is not type(None))
        return f"(None if (_v := {v}) is None else {_reader(inner, '_v', env)})"  # (one lookup of the key)
    if isinstance(t, type) and issubclass(t, LabeledEnum):
        env[name] = label_table(t)
        return f"{name}[{v}]"
    if t is date:
        return f"_fromiso({v})"
    if t is str or t is int or t is bool:
        env[name] = t
        return f"({v} if type({v}) is {name} else _not_plain())"
    origin = typing.get_origin(t)
    if origin in (frozenset, tuple) and isinstance(args[0], type) and issubclass(args[0], LabeledEnum):
        env[name] = label_table(args[0])
        return f"_enum_{'set' if origin is frozenset else 'tuple'}({name}, {v})"
    if t == tuple[str, ...]:
        return f"_texts({v})"
    if t == tuple[Review, ...]:  # reviewers by role alone: one shared Review a spelling
        return f"_lean_reviews({v}, None)"
    if origin is tuple and args[0] in _NESTED_FAST:  # agenda items, absences: built as records are
        env[name] = _nested_builder(args[0])
        return f"_nested_tuple({name}, {v})"
    # nested objects (reviews, authorizations, changes): the lean hooks
    env[name], env[name + "t"] = lean_converter.get_structure_hook(t), t
    return f"{name}({v}, {name}t)"


#: The objects inside records that the fast builders build themselves (`_nested_builder`), not through the
#: lean hooks: a meeting's agenda items and absences.
_NESTED_FAST: tuple[type, ...] = (AgendaItem, LeaveRequest)


def _nested_tuple(build: Any, value: Any) -> tuple[Any, ...]:
    if type(value) is not list:
        raise _NotPlain
    return tuple([build(v) for v in value])


@functools.cache
def _nested_builder(cls: type) -> Any:
    """A function building a `cls` (in `_NESTED_FAST`) from a decoded JSON object in one call, or raising when
    it is not an object of `cls`'s fields alone, each in its exact spelling (then `parse_record` reads the
    record, or says what is wrong)."""
    return _fast_builder(cls, nested=True)


def _fast_builder(cls: type, nested: bool = False) -> Any:
    """A function building a `cls` from a decoded JSON object in one call, or raising when its values
    are not all in the exact spellings (then `parse_record` reads it, or says what is wrong). `nested`: an
    object inside a record (`_NESTED_FAST`), whose keys are checked here (a record's are checked before)."""
    env: dict[str, Any] = {"_cls": cls, "_fromiso": date.fromisoformat, "_not_plain": _not_plain,
                           "_enum_set": _enum_set, "_enum_tuple": _enum_tuple, "_texts": _texts,
                           "_lean_reviews": _lean_reviews, "_nested_tuple": _nested_tuple,
                           "_keys": frozenset(f.name for f in attrs.fields(cls))}  # fmt: skip
    hints = typing.get_type_hints(cls)
    lines: list[str] = []
    args: list[str] = []
    for f in attrs.fields(cls):
        key = repr(f.name)
        if f.default is attrs.NOTHING:
            value = _reader(hints[f.name], f"raw[{key}]", env)
        elif f.default is None:
            value = _reader(hints[f.name], f"get({key})", env)
        else:
            default = f"_d_{f.name}"
            factory = getattr(f.default, "factory", None)  # (an attrs.Factory: a fresh value each time)
            env[default] = f.default if factory is None else factory
            call = default if factory is None else f"{default}()"
            if getattr(f.default, "takes_self", False):  # (one made from the fields before it: LeaveRecord.end)
                env["_ns"] = types.SimpleNamespace
                before = ", ".join(f"{g.name}=_f_{g.name}" for g in attrs.fields(cls)[: len(lines)])
                call = f"{default}(_ns({before}))"
            value = f"({_reader(hints[f.name], f'raw[{key}]', env)} if {key} in raw else {call})"
        lines.append(f"    _f_{f.name} = {value}\n")
        args.append(f"{f.name}=_f_{f.name}")
    check = "    if raw.__class__ is not dict or not raw.keys() <= _keys:\n        _not_plain()\n" if nested else ""
    source = (
        "def build(raw):\n"
        + check
        + "    get = raw.get\n"
        + "".join(lines)
        + "    return _cls("
        + ", ".join(args)
        + ")\n"
    )
    exec(compile(source, f"<fast builder of {cls.__name__}>", "exec"), env)  # (our own source, from the record classes)
    return env["build"]


#: A fast builder of each record type (see `_fast_builder`).
_FAST: Mapping[type, Any] = {cls: _fast_builder(cls) for cls in RECORD_TYPES.values()}


#: Each record type's date fields, in the order of its attributes.
DATE_FIELDS: Mapping[type, tuple[str, ...]] = {
    cls: tuple(name for name, t in typing.get_type_hints(cls).items() if t in (date, date | None))
    for cls in RECORD_TYPES.values()
}

#: Fields the checks never look at without a roster: read (their type checked), never part of a situation.
_UNCHECKED_FIELDS = frozenset({"id", "truth", "department"})


#: A field left out of a record that gives a default other than None (`false`, `[]` ...): not null.
_ABSENT = object()


def _situation_reader(t: Any, v: str, env: dict[str, Any]) -> str:
    """Python source giving the JSON value (expression `v`) of a field of type `t` in a hashable form that
    two records share only if they read alike in that field: the value as it is, a list as a tuple (a list
    of objects stays unhashable: such a record is built), and a bool or a count only of exactly that JSON
    type (`true` and `1` are equal to Python, not to a record). A situation is remembered only from a record
    read in the exact spellings (`plain_record`); one equal to it holds the same texts, in the same places."""
    args = typing.get_args(t)
    if typing.get_origin(t) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        t = next(a for a in args if a is not type(None))
    if t is bool or t is int:
        name = f"_t{len(env)}"
        env[name] = t
        return f"(_v if (_v := {v}) is None or _v.__class__ is {name} else _not_plain())"
    if typing.get_origin(t) in (tuple, frozenset):
        # (a list too long stays a list: unhashable, so the record is read in full, and refused)
        return f"(tuple(_v) if (_v := {v}).__class__ is list and len(_v) <= {MAX_ITEMS} else _v)"
    return v


def _splitter(cls: type[Record]) -> Any:
    """A function splitting a decoded JSON object of type `cls` into (cls, situation, id, days) without building
    the record, or raising when it is not plain (then the record is built and read in full):

    - situation: every field the checks look at, as its JSON value in a hashable form (`_situation_reader`;
      unhashable where a list holds objects): two records of equal situations, one of them read in the
      exact spellings, read alike in those fields;
    - id: the record's id (a non-empty text);
    - days: its dates, in the order of `DATE_FIELDS`.

    The fields in `_UNCHECKED_FIELDS` are checked for their type (as the record's reader would) and left
    out of the situation."""
    env: dict[str, Any] = {"_fromiso": date.fromisoformat, "_not_plain": _not_plain, "_texts": _texts,
                           "_ABSENT": _ABSENT, "_cls": cls}  # fmt: skip
    hints = typing.get_type_hints(cls)
    situation, checks = [], []
    for f in attrs.fields(cls):
        key = repr(f.name)
        get = f"raw[{key}]" if f.default is attrs.NOTHING else f"get({key})"
        if f.name in DATE_FIELDS[cls]:
            continue
        if f.name == "id":
            checks.append(f"    rid = {get}\n    if rid.__class__ is not str or not rid:\n        _not_plain()\n")
        elif f.name == "truth":
            checks.append(f"    if {key} in raw:\n        _texts(raw[{key}])\n")
        elif f.name in _UNCHECKED_FIELDS:  # (a text, or null)
            assert hints[f.name] == str | None
            checks.append(f"    if (_v := {get}) is not None and _v.__class__ is not str:\n        _not_plain()\n")
        elif f.default is attrs.NOTHING or f.default is None:  # (null and left out read alike: None)
            situation.append(_situation_reader(hints[f.name], get, env))
        else:  # left out is the default, null is not: told apart
            situation.append(f"({_situation_reader(hints[f.name], f'raw[{key}]', env)} if {key} in raw else _ABSENT)")
    days = []
    for name in DATE_FIELDS[cls]:
        f = attrs.fields_dict(cls)[name]
        if f.default is attrs.NOTHING:
            days.append(f"_fromiso(raw[{name!r}])")
        else:
            days.append(f"(None if (_v := get({name!r})) is None else _fromiso(_v))")
    source = (
        "def split(raw):\n    get = raw.get\n"
        + "".join(checks)
        + f"    return _cls, ({''.join(x + ', ' for x in situation)}), rid, ({''.join(d + ', ' for d in days)})\n"
    )
    exec(compile(source, f"<splitter of {cls.__name__}>", "exec"), env)  # (our own source, from the record classes)
    return env["split"]


#: A splitter of each record type checked record by record (see `_splitter`).
_SPLIT: Mapping[str, Any] = {kind: _splitter(cls) for kind, cls in RECORD_TYPES.items() if cls is not ScenarioRecord}


def split_record(raw: dict[str, Any]) -> tuple[type[Record], tuple[Any, ...], str, tuple[date | None, ...]] | None:
    """A decoded object of a known type, split without building its record: (its record type, its situation,
    its id, its dates in `DATE_FIELDS` order); None when it is not plain as it is (a field its type does not
    name, a value not in an exact spelling, nested objects), or a scenario record.

    Two objects of one type with the same situation make records that are alike but for their id and dates,
    if either can be built; so what the checks find of a situation can be remembered. Whether a situation
    can be built at all is for `read_record` to say, once.
    """
    try:  # (no "type", one of no type split here, one not plain: a KeyError, a TypeError, `_NotPlain` ...)
        return _SPLIT[raw["type"]](raw)  # type: ignore[no-any-return]
    except Exception:
        return None


def read_record(raw: object) -> Record:
    """A record from a decoded JSON value; `InvalidInput` naming what is wrong if it cannot be read.

    Well-formed records take a fast path (a builder made for each record type); anything it does
    not accept goes through `parse_record`, which accepts every lenient spelling and explains every
    error: the same record either way.
    """
    if type(raw) is dict:
        kind = raw.get("type")
        cls = RECORD_TYPES.get(kind) if type(kind) is str else None
        if cls is not None and raw.keys() <= _KEYS[cls] and _within_limits(raw):
            try:
                record: Record = _FAST[cls](raw)
            except Exception:  # parse_record, below, says what is wrong
                pass
            else:
                return record
    return parse_record(raw)[0]


def plain_record(raw: dict[str, Any]) -> Record | None:
    """The record a decoded object holds when the fast path takes it as it is (a known type, no
    field the type does not name, every value in an exact spelling); else None (`read_record` and
    `extra_fields` then do the rest)."""
    kind = raw.get("type")
    cls = RECORD_TYPES.get(kind) if type(kind) is str else None
    if cls is None or not raw.keys() <= _KEYS[cls] or not _within_limits(raw):
        return None
    try:
        record: Record = _FAST[cls](raw)
    except Exception:
        return None
    return record


def strict_record(raw: object) -> Record:
    """`read_record` through the strict converter alone (no fast path): for tests and benchmarks."""
    return parse_record(raw)[0]


#: Record types by their Chinese names (a spreadsheet's type cell may use either; a JSON line is
#: told the identifier to write).
TYPE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "公文": "document",
        "文件": "document",
        "发文": "document",
        "会签": "countersign",
        "征求意见": "countersign",
        "请示": "request",
        "会议": "meeting",
        "请假": "leave",
        "外出": "leave",
        "期限": "deadline",
        "情景": "scenario",
    }
)
#: Each record type as a Chinese reader names it: its first label in `TYPE_LABELS` (document 公文, leave 请假 ...).
TYPE_NAMES: Mapping[str, str] = MappingProxyType({kind: label for label, kind in reversed(list(TYPE_LABELS.items()))})


#: The labels a record type's fields are named by where they are not the document's: a meeting's `kind` is its
#: 会议类型, a leave's (and a meeting's absence's) its 请假类型, as the spreadsheet headers name them.
_LABELS: Mapping[type, Mapping[str, str]] = {
    MeetingRecord: {**FIELD_LABELS, "kind": "会议类型", "absent.kind": "请假类型", "absent.meeting": "会议"},
    LeaveRecord: {**FIELD_LABELS, "kind": "请假类型"},
}


def parse_record(raw: object) -> tuple[Record, frozenset[str]]:
    """A record from a decoded JSON value, and the optional fields it left out; `InvalidInput` if unreadable.

    Through the detailed converter: every error names its field. `read_record` is the fast way in.
    """
    if not isinstance(raw, dict):
        name = _JSON_TYPES.get(type(raw).__name__, type(raw).__name__)
        raise InvalidInput(
            f"a record is a JSON object; got {type(raw).__name__}",
            zh=f"一条记录应是JSON对象（{{…}}）；实际是{name}",
        )
    # a member written null is one left out (what JSON clients write for "no value")
    given: dict[str, Any] = absent_nulls(raw)
    kind = given.get("type")
    cls = RECORD_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        known = ", ".join(RECORD_TYPES)
        if "type" not in given:
            zh = f"缺少记录类型（type）；应为 {known} 之一"
        else:
            zh = f"未知的记录类型（type）{kind!r}；应为 {known} 之一"
        en = f"unknown record type {kind!r}; expected one of {known}"
        # the Chinese name a spreadsheet reads (公文), or an identifier in capitals (Document): said what to write
        meant = (
            (TYPE_LABELS.get(kind.strip()) or (kind.strip().lower() if kind.strip().lower() in RECORD_TYPES else None))
            if isinstance(kind, str)
            else None
        )
        if meant is not None:
            zh = f'未知的记录类型（type）{kind!r}：JSON Lines中应写作"type": "{meant}"（应为 {known} 之一）'
            en = f'unknown record type {kind!r}: in JSON Lines write "type": "{meant}" (expected one of {known})'
        raise InvalidInput(en, zh=zh)
    body = {k: v for k, v in given.items() if k != "type"}
    if type(body.get("id")) is int:  # a number as an office system's exporter writes one (Java's long id): its digits
        body["id"] = str(body["id"])
    if cls is MeetingRecord:
        body = dict(with_meeting_absences(body))
    _check_sizes(body, "")
    try:
        record: Record = converter.structure(body, cls)
    except cattrs.BaseValidationError as e:
        raise InvalidInput(describe_error(e), zh=describe_error(e, "zh", _LABELS.get(cls, FIELD_LABELS))) from None
    except InvalidInput as e:
        raise InvalidInput(str(e), zh=e.zh) from None
    except (TypeError, ValueError, OverflowError, KeyError, AttributeError) as e:
        raise InvalidInput(str(e) or type(e).__name__) from None
    return record, _OPTIONAL[cls] - body.keys()
