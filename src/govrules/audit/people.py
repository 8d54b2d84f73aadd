"""People in audit records: a roster (`--roster FILE`) says who held which role when, and who is in charge of what.

Records may name people wherever they name roles (签发人：李四). With a roster, each person is
resolved to the role they held on the record's date (a document's signing date, else its other
dates; a meeting's date; a leave's start), and the record is checked as if it named that role.
What the roster shows is reported by name and role: a person not on it (`roster_unknown`), a person
acting outside their term (`roster_term`). Without a roster a name is what it was before: not a
role, and the record cannot be read.

A roster file (TOML)::

    ab_pairs = [["李四", "王五"]]        # AB角, where the ruleset has them

    [[member]]
    name = "李四"
    role = "副县长"
    portfolio = ["县财政局", "资金"]     # 分管: departments and matters
    from = 2024-01-01                    # optional, as is to = ...
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
import typing
from collections.abc import Collection, Mapping
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from govrules.audit.records import FIELD_LABELS, RECORD_TYPES
from govrules.errors import InvalidInput, character_hints, character_hints_first, toml_error_zh
from govrules.labels import LabeledEnum, label_table, normalise
from govrules.model import Addressee, Issuer, LeaveKind, MeetingKind, Member, Role, Roster

if TYPE_CHECKING:
    from govrules.rules import Ruleset

__all__ = ["Named", "Resolved", "load_roster", "refused_field", "resolve", "unreadable_word"]

#: Every spelling of a role: a value spelled so is a role, never a person's name.
_ROLES = frozenset(label_table(Role))
#: The honorific a clerk writes after a role (「县长同志」): a role with it is that role, refused as it is.
_HONORIFIC = "同志"

#: Where each record type names roles: 'one' (a role), 'many' (a list of roles), 'reviews' (a list of
#: roles or {role, act}), 'review' (one of those), 'leaves' (a list of {role, ...}), 'grants' ({grantor, grantee}).
_ROLE_FIELDS: Mapping[str, Mapping[str, str]] = {
    "document": {
        "presided_by": "one",
        "signed_by": "one",
        "reviewed_by": "reviews",
        "countersigned_by": "many",
        "seal_approved_by": "one",
        "approved_by": "review",
        "authorizations": "grants",
    },
    "meeting": {
        "presided_by": "one",
        "convened_by": "one",
        "attendees": "many",
        "non_voting": "many",
        "absent": "leaves",
    },
    "leave": {"role": "one", "approved_by": "many", "notified": "many"},
}
#: Fields a record cannot do without: a person there who cannot be resolved makes it unreadable.
_REQUIRED = frozenset({("meeting", "presided_by"), ("leave", "role")})
#: The record's date, for the role held on it: the first of these present.
_DAY_FIELDS: Mapping[str, tuple[str, ...]] = {
    "document": ("signed_on", "drafted_on", "printed_on", "published_on"),
    "meeting": ("date",),
    "leave": ("start", "requested_on"),
}


@attrs.frozen
class Named:
    """A person named in a record where a role goes: the field, the name, and the roster entry used (None:
    not on the roster). `in_term`: whether that entry's term covers the record's date."""

    field: str
    name: str
    member: Member | None
    in_term: bool = True

    @property
    def label(self) -> str:
        """The field's Chinese label (签发人, 主持人 ...)."""
        return FIELD_LABELS.get(self.field, self.field)


@attrs.frozen
class Resolved:
    """A record with its people replaced by their roles, who was named, and why it cannot be read (if so)."""

    raw: object
    named: tuple[Named, ...] = ()
    day: dt.date | None = None
    unreadable: str | None = None
    #: `unreadable` in English
    unreadable_en: str | None = None


class _Unknown(Exception):
    """A person the roster cannot place: why, in Chinese (`zh`) and English (`en`)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh, self.en = zh, en


def resolve(raw: object, roster: Roster, text_names: Collection[str] = ()) -> Resolved:
    """`raw` (a decoded record) with every person named where a role goes replaced by the role they held. A role
    is no person: any spelling of one (`label_table`), with spaces around or the honorific 同志 (「县长同志」), or a
    name the ruleset's text gives one (`text_names`: 西丰's 县政府办公室联系副主任), as the audit reads it without
    a roster."""
    if type(raw) is not dict:
        return Resolved(raw)
    kind = raw.get("type")
    fields = _ROLE_FIELDS.get(kind) if type(kind) is str else None
    if not fields:
        return Resolved(raw)
    day = _day(raw, _DAY_FIELDS.get(str(kind), ()))
    out = dict(raw)
    named: list[Named] = []
    for field, shape in fields.items():
        value = raw.get(field)
        if value is None:
            continue
        found: list[Named] = []
        try:
            out[field] = _resolve(value, shape, field, _Context(roster, day, found, frozenset(text_names)))
        except _Unknown as e:
            if (kind, field) in _REQUIRED or shape in ("leaves", "grants"):
                return Resolved(raw, tuple(named + found), day, e.zh, e.en)
            del out[field]  # not on record: not checked, and nothing guessed
        named += found
    return Resolved(out, tuple(named), day)


def _day(raw: Mapping[str, Any], names: tuple[str, ...]) -> dt.date | None:
    for name in names:
        value = raw.get(name)
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return None  # the record's own reading says what is wrong
    return None


def _is_role(value: str, text_names: frozenset[str]) -> bool:
    """Whether `value` writes a role (as the audit reads one without a roster), not a person's name."""
    if value in _ROLES:
        return True
    text = value.strip()
    return any(t in _ROLES or t in text_names for t in (text, text.removesuffix(_HONORIFIC).strip()) if t)


def _person(value: object, field: str, cx: _Context, where: str = "") -> object:
    """A role's value: a role as it is, a person's name as the role they held on the record's date."""
    if not isinstance(value, str) or _is_role(value, cx.text_names):
        return value
    roster, day, found = cx.roster, cx.day, cx.found
    name = value.strip()
    terms = roster.terms(name)
    label = FIELD_LABELS.get(field, field) + where
    if not terms:
        found.append(Named(field, name, None, False))
        raise _Unknown(
            f"{label}“{name}”既不是职务，也不在名册上",
            f"{field}{where} {name!r} is neither a role nor a name on the roster",
        )
    held = roster.held_by(name, day) if day is not None else (terms[0] if len(terms) == 1 else None)
    if held is not None:
        found.append(Named(field, name, held, True))
        return held.role.name
    if day is None:  # several roles in turn, and no date to choose by
        found.append(Named(field, name, None, False))
        raise _Unknown(
            f"{label}“{name}”在名册上先后任多个职务，记录没有日期，无法确定其职务",
            f"{field}{where} {name!r} held several roles in turn on the roster, and the record has no date"
            " to tell which",
        )
    # outside every term: the nearest term's role, and the finding says so
    nearest = min(terms, key=lambda m: min(abs((d - day).days) for d in (m.start, m.end) if d is not None))
    found.append(Named(field, name, nearest, False))
    return nearest.role.name


@attrs.frozen
class _Context:
    """What resolving one record's people needs: the roster, the record's date, who was found, the text's names."""

    roster: Roster
    day: dt.date | None
    found: list[Named]
    text_names: frozenset[str]


def _resolve(value: object, shape: str, field: str, cx: _Context) -> object:
    if shape == "one":
        return _person(value, field, cx)
    if not isinstance(value, list | dict):
        return value
    if shape == "review":
        return _review(value, field, cx)
    if not isinstance(value, list):
        return value
    if shape == "many":
        return [_person(v, field, cx) for v in value]
    if shape == "reviews":
        return [_review(v, field, cx) for v in value]
    out: list[object] = []
    for i, item in enumerate(value, 1):
        if isinstance(item, dict):
            item = dict(item)
            keys = ("role",) if shape == "leaves" else ("grantor", "grantee")
            for key in keys:
                if key in item:
                    item[key] = _person(item[key], field, cx, f"[{i}].{key}")
        out.append(item)
    return out


def _review(value: object, field: str, cx: _Context) -> object:
    if isinstance(value, dict) and "role" in value:
        return {**value, "role": _person(value["role"], field, cx)}
    return _person(value, field, cx)


# -- roster files --

_MEMBER_KEYS = frozenset({"name", "role", "portfolio", "from", "to", "party_standing_committee_member"})


def load_roster(path: str | Path) -> Roster:
    """A roster from a TOML file (see the module's docstring); errors name the file and the entry."""
    p = Path(path)
    try:
        raw = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise InvalidInput(f"{p}: cannot read it: {e.strerror}", zh=f"{p}: 无法读取：{e.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{p}: not UTF-8 text", zh=f"{p}: 不是UTF-8文本") from None
    except tomllib.TOMLDecodeError as e:
        raise InvalidInput(f"{p}: not valid TOML: {e}", zh=f"{p}: 不是有效的TOML：{toml_error_zh(e, p)}") from None
    unknown = sorted(set(raw) - {"member", "ab_pairs"})
    if unknown:
        raise InvalidInput(
            f"{p}: unknown key {unknown[0]!r}; a roster has [[member]] tables and ab_pairs",
            zh=f"{p}: 未知的键“{unknown[0]}”；名册有 [[member]] 表和 ab_pairs",
        )
    entries = raw.get("member", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise InvalidInput(
            f"{p}: member should be an array of tables ([[member]])", zh=f"{p}: member 应为表数组（[[member]]）"
        )
    members: list[Member] = []
    for n, entry in enumerate(entries, 1):
        bad = sorted(set(entry) - _MEMBER_KEYS)
        if bad:
            keys = ", ".join(sorted(_MEMBER_KEYS))
            raise InvalidInput(
                f"{p}: member {n}: unknown key {bad[0]!r}; the keys are {keys}",
                zh=f"{p}: 第{n}个成员：未知的键“{bad[0]}”；可用 {keys}",
            )
        for key in ("name", "role"):
            if key not in entry:
                raise InvalidInput(f"{p}: member {n}: {key} missing", zh=f"{p}: 第{n}个成员：缺少 {key}")
        for key in ("from", "to"):
            if key in entry and type(entry[key]) is not dt.date:
                raise InvalidInput(
                    f"{p}: member {n} ({entry['name']}): {key} should be a date (such as 2024-01-01)",
                    zh=f"{p}: 第{n}个成员（{entry['name']}）：{key} 应为日期（如 2024-01-01）",
                )
        try:
            members.append(
                Member(
                    name=entry["name"],
                    role=entry["role"],
                    portfolio=entry.get("portfolio", ()),
                    party_standing_committee_member=entry.get("party_standing_committee_member", False),
                    start=entry.get("from"),
                    end=entry.get("to"),
                )
            )
        except (InvalidInput, TypeError, ValueError) as e:
            zh = getattr(e, "zh", None) or str(e)
            name = entry.get("name")
            raise InvalidInput(f"{p}: member {n} ({name!r}): {e}", zh=f"{p}: 第{n}个成员（{name!r}）：{zh}") from None
    try:
        return Roster(members=tuple(members), ab_pairs=raw.get("ab_pairs", ()))
    except (InvalidInput, TypeError, ValueError) as e:
        raise InvalidInput(f"{p}: {e}", zh=f"{p}: {getattr(e, 'zh', None) or e}") from None


# -- the words of a record, read as the command line and the HTTP service read them ----------------------------


def _field_label(field: str, raw: Mapping[str, Any]) -> str:
    """What a message calls a field: a meeting record's `kind` is its 会议, a leave's its 请假类型."""
    if field == "meeting" or (field == "kind" and raw.get("type") == "meeting"):
        return "会议"
    if field == "kind" and raw.get("type") == "leave":
        return "请假类型"
    return FIELD_LABELS.get(field, field)


def refused_field(
    field: str, name: str, raw: Mapping[str, Any], refused: Mapping[str, tuple[str, str]]
) -> tuple[str, str]:
    """The audit's reason, in Chinese and in English, for a record whose `field` writes `name` (perhaps with 同志),
    a name this text refuses (`Ruleset.refused_names`): the field, and the reader's own words naming `name`."""
    base = name.removesuffix(_HONORIFIC).strip()
    # as written, without 同志, or the text's longer spelling of a refused name (市人民政府办公室主任)
    key = next(k for k in (name, base, normalise(name), normalise(base)) if k in refused)
    zh, en = refused[key]
    if key != name:
        zh, en = zh.replace(f"“{key}”", f"“{name}”", 1), en.replace(repr(key), repr(name), 1)
    return f"字段{field}（{_field_label(field, raw)}，@ $.{field}）：{zh}", f"field {field} (@ $.{field}): {en}"


def unreadable_word(
    rs: Ruleset, raw: object, role_fields: frozenset[str], reason: InvalidInput
) -> tuple[str, str] | None:
    """Why the first word of a raw record that this ruleset cannot read is unknown, in Chinese and in English, as
    the command line says it (`Ruleset.read_role`, `read_meeting`, `read_leave_kind`, the enum's `from_label`;
    each with the hints of an invisible or a traditional character, and the text's own names), where the record
    format's `reason` is that word; None when it is another thing (a list too long, a date), said as it says it."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("type"), str):
        return None
    cls: Any = RECORD_TYPES.get(raw["type"])
    if cls is None:
        return None
    hints = _enum_fields(cls)
    for field, value in raw.items():
        enum = Role if field in role_fields and field not in hints else hints.get(field)
        if enum is None:
            continue
        said = _unreadable(rs, enum, value, role_fields)
        if said is not None:
            word, zh, en = said
            if f"“{word}”" not in (reason.zh or "") and repr(word) not in str(reason):
                continue  # (a word the record format reads, 秘书长 in 西丰's: the one it cannot is further on)
            # as every refusal of a word says it (`refused_field`): the field and its place first (a long list
            # of the text's words may be cut), then why
            return f"字段{field}（{_field_label(field, raw)}，@ $.{field}）：{zh}", f"field {field} (@ $.{field}): {en}"
    return None


def _unreadable(rs: Ruleset, enum: type[Enum], value: Any, role_fields: frozenset[str]) -> tuple[str, str, str] | None:
    if type(value) is list:
        for v in value:
            said = _unreadable(rs, enum, v, role_fields)
            if said is not None:
                return said
        return None
    if type(value) is dict:  # a nested object: its roles, and an absence's meeting
        for k, v in value.items():
            if k in role_fields or k == "meeting":
                said = _unreadable(rs, Role if k in role_fields else MeetingKind, v, role_fields)
                if said is not None:
                    return said
        return None
    if type(value) is not str:
        return None
    try:
        if enum is Role:
            rs.read_role(value)
        elif enum is MeetingKind:
            rs.read_meeting(value)
        elif enum is LeaveKind:
            rs.read_leave_kind(value)
        elif enum is Issuer:  # (the text's 「A或B」 words said as the command line says them)
            rs.read_issuer(value, hints=False)
        elif enum is Addressee and rs.addressee_named(value) is not None:
            return None
        elif issubclass(enum, LabeledEnum):
            enum.from_label(value)
    except InvalidInput as e:
        own_reader = enum in (Role, MeetingKind, LeaveKind)  # (whose message says the hints itself)
        first, en_hint = ("", "") if own_reader else (character_hints_first(value), character_hints(value)[1])
        return value, f"{first}{e.zh or e}", f"{e}{en_hint}"
    return None


@functools.cache
def _enum_fields(cls: Any) -> Mapping[str, type[Enum]]:
    """The fields of a record class that hold labels (an enum, alone, optional, or a collection of them)."""
    out: dict[str, type[Enum]] = {}
    for name, tp in typing.get_type_hints(cls).items():
        for t in (tp, *typing.get_args(tp)):
            if isinstance(t, type) and issubclass(t, LabeledEnum):
                out[name] = t
                break
    return MappingProxyType(out)
