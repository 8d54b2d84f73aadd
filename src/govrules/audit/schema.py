"""JSON Schema of the audit record format, generated from the record classes (never written by hand)."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import attrs

from govrules.audit.records import RECORD_TYPES
from govrules.labels import LabeledEnum
from govrules.model import Review

__all__ = ["record_schema", "schemas", "type_schema"]

SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _enum(enum: type[LabeledEnum]) -> dict[str, Any]:
    values: list[str] = []
    for m in enum:
        for v in (m.name, m.label, *m.aliases):
            if v not in values:
                values.append(v)
    return {"type": "string", "enum": values, "description": f"{enum.__name__}: member name or Chinese label"}


def type_schema(
    tp: Any, defs: dict[str, Any], named: Callable[[Any, dict[str, Any]], dict[str, Any] | None]
) -> dict[str, Any]:
    """The JSON Schema of a type annotation: unions, collections and JSON's scalars here, the rest by `named`.

    `named(tp, defs)` gives the schema of the types it knows (enums, classes; adding to `defs`) or None.
    """
    found = named(tp, defs)
    if found is not None:
        return found
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [type_schema(a, defs, named) for a in args if a is not type(None)]
        schema = options[0] if len(options) == 1 else {"anyOf": options}
        if type(None) in args:
            return {"anyOf": [schema, {"type": "null"}]}
        return schema
    if origin in (tuple, frozenset, list, set):
        return {"type": "array", "items": type_schema(args[0], defs, named)}
    if origin in (dict, Mapping) or tp in (dict, Mapping):
        return {"type": "object"}
    scalar = _SCALARS.get(tp)
    if scalar is not None:
        return dict(scalar)
    raise TypeError(f"no JSON Schema for {tp!r}")


_SCALARS: dict[Any, dict[str, str]] = {
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    str: {"type": "string"},
    date: {"type": "string", "format": "date"},
}


def _record_type(tp: Any, defs: dict[str, Any]) -> dict[str, Any] | None:
    if isinstance(tp, type) and issubclass(tp, LabeledEnum):
        return _enum(tp)
    if tp is Review:
        defs.setdefault("Review", {"anyOf": [_enum(typing.get_type_hints(Review)["role"]), _object(Review, defs)]})
        return {"$ref": "#/$defs/Review"}
    if attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}
            defs[tp.__name__] = _object(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    return None


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    return type_schema(tp, defs, _record_type)


def _object(cls: type, defs: dict[str, Any], type_name: str | None = None) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    if type_name is not None:
        props["type"] = {"const": type_name}
        required.append("type")
    for f in attrs.fields(cls):
        props[f.name] = _type(hints[f.name], defs)
        if f.default is attrs.NOTHING:
            required.append(f.name)
    # a record may carry fields of its own (标题, 文号 ...): kept with it and shown, never checked;
    # the objects inside a record (a review, an absence ...) hold only their own fields
    others: Any = False if type_name is None else {"description": _OTHERS}
    out: dict[str, Any] = {"type": "object", "properties": props, "required": required, "additionalProperties": others}
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    if doc:
        out["description"] = doc
    return out


_OTHERS = "a field the format does not name (标题, 文号 ...): kept with the record and shown in reports, not checked"


def record_schema(type_name: str) -> dict[str, Any]:
    """The JSON Schema of one record type ('document', 'countersign', ...)."""
    cls = RECORD_TYPES[type_name]
    defs: dict[str, Any] = {}
    body = _object(cls, defs, type_name)
    schema: dict[str, Any] = {"$schema": SCHEMA_DRAFT, "$id": f"govrules/record/{type_name}", "title": type_name}
    schema.update(body)
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def schemas() -> dict[str, dict[str, Any]]:
    """Every record type's schema, by type name."""
    return {name: record_schema(name) for name in RECORD_TYPES}
