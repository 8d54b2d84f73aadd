"""JSON Schema of the decision receipt and of each decision's input, generated from the classes."""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Any

import attrs

from govrules.attendance import LeaveDecision, MeetingDecision
from govrules.audit.schema import SCHEMA_DRAFT, record_schema, type_schema
from govrules.deadlines import Deadline
from govrules.labels import LabeledEnum
from govrules.receipts import FORMAT, KINDS, DeadlineInput
from govrules.rules import Citation, Ruleset
from govrules.signing import ApprovalDecision, SigningDecision

__all__ = ["DECISION_CLASSES", "input_schema", "receipt_schema"]

#: The class of each decision a receipt can hold.
DECISION_CLASSES: Mapping[str, type] = {
    "signing": SigningDecision,
    "approval": ApprovalDecision,
    "deadline": Deadline,
    "leave": LeaveDecision,
    "meeting": MeetingDecision,
}
assert tuple(DECISION_CLASSES) == KINDS

_LABEL = {
    "type": "object",
    "description": "an enum member: its identifier, and its Chinese label (a role: as this ruleset's text names it)",
    "properties": {"id": {"type": "string"}, "label": {"type": "string"}},
    "required": ["id", "label"],
    "additionalProperties": False,
}
_OPT_INT = {"type": ["integer", "null"]}
_OPT_STR = {"type": ["string", "null"]}
_CITATION = {
    "type": "object",
    "description": "an article, item, paragraph or annex section cited, with the passage it points at",
    "properties": {
        "ruleset": {"type": "string"},
        "article": _OPT_INT,
        "item": _OPT_INT,
        "paragraph": _OPT_INT,
        "annex": _OPT_INT,
        "section": _OPT_STR,
        "cite": {"type": "string", "description": "第五十三条第（三）项, as the text says it"},
        "text": {"type": "string", "description": "the passage quoted"},
    },
    "required": ["ruleset", "article", "item", "paragraph", "annex", "section", "cite", "text"],
    "additionalProperties": False,
}
_TRACE = {
    "type": "object",
    "description": "the rules that decided, those that gave way to a more specific one, each test of the condition",
    "properties": {
        "applied": {"type": "array", "items": {"type": "string"}},
        "overridden": {"type": "array", "items": {"type": "string"}},
        "checks": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "field": {"type": "string"},
                    "expected": {"type": "string"},
                    "actual": {"type": "string"},
                    "held": {"type": "boolean"},
                },
                "required": ["field", "expected", "actual", "held"],
            },
        },
    },
    "required": ["applied", "overridden", "checks"],
}


def _named(tp: Any, defs: dict[str, Any]) -> dict[str, Any] | None:
    """The receipt's own forms: a labelled value, a citation with its text, a ruleset by id, a class."""
    if tp is Ruleset:
        return {"type": "string"}
    if isinstance(tp, type) and issubclass(tp, LabeledEnum):
        return {"$ref": "#/$defs/Label"}
    if tp is Citation:
        return {"$ref": "#/$defs/Citation"}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}
            defs[tp.__name__] = _object(tp, defs, ())
        return {"$ref": f"#/$defs/{tp.__name__}"}
    return None


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    try:
        return type_schema(tp, defs, _named)
    except (TypeError, IndexError):  # a field of a type JSON Schema cannot say: any value
        return {}


def _object(cls: type, defs: dict[str, Any], skip: tuple[str, ...]) -> dict[str, Any]:
    """The JSON form of an attrs class as the receipt writes it: its shown fields, all present."""
    try:
        hints = typing.get_type_hints(cls)
    except NameError:  # an annotation naming what is imported for type checking only: any value
        hints = {}
    fields = [f for f in attrs.fields(cls) if f.repr is not False and not f.name.startswith("_") and f.name not in skip]
    out: dict[str, Any] = {
        "type": "object",
        "properties": {f.name: _type(hints.get(f.name, Any), defs) for f in fields},
        "required": [f.name for f in fields],
    }
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    if doc:
        out["description"] = doc
    return out


def input_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one decision's input (the record format; `type` and `id` may be left out)."""
    if kind == "deadline":
        hints = typing.get_type_hints(DeadlineInput)
        props = {f.name: _type(hints[f.name], {}) for f in attrs.fields(DeadlineInput)}
        return {
            "$schema": SCHEMA_DRAFT,
            "$id": "govrules/input/deadline",
            "title": "deadline",
            "type": "object",
            "description": (DeadlineInput.__doc__ or "").strip(),
            "properties": props,
            "required": ["rule", "anchor"],
            "additionalProperties": False,
        }
    record = {"signing": "document", "approval": "document", "leave": "leave", "meeting": "meeting"}[kind]
    schema = record_schema(record)
    schema["$id"] = f"govrules/input/{kind}"
    schema["title"] = kind
    schema["required"] = [r for r in schema["required"] if r not in ("type", "id")]
    return schema


def receipt_schema() -> dict[str, Any]:
    """The JSON Schema of a decision receipt, its answers generated from the decision classes."""
    defs: dict[str, Any] = {"Citation": _CITATION, "Label": _LABEL, "Trace": _TRACE}
    answers = []
    for kind, cls in DECISION_CLASSES.items():
        name = f"{kind.capitalize()}Answer"
        defs[name] = _object(cls, defs, ("trace", "citations"))
        answers.append({"$ref": f"#/$defs/{name}"})
    return {
        "$schema": SCHEMA_DRAFT,
        "$id": "govrules/receipt",
        "title": "receipt",
        "description": "A decision with its input, answer, citations, trace, ruleset version and calendar sources",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "decision": {"enum": list(KINDS)},
            "ruleset": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "version": {"type": "string"}, "title": {"type": "string"}},
                "required": ["id", "version", "title"],
            },
            "input": {"description": "the input as given (docs/schema/<record type>.json; a deadline: rule, anchor)"},
            "answer": {"anyOf": answers},
            "citations": {"type": "array", "items": {"$ref": "#/$defs/Citation"}},
            "explanation": {"type": "string"},
            "trace": {"anyOf": [{"$ref": "#/$defs/Trace"}, {"type": "null"}]},
            "calendar": {
                "type": "object",
                "properties": {
                    "estimates_allowed": {"type": "boolean"},
                    "years": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "year": {"type": "integer"},
                                "source": {"enum": ["published", "estimated", "loaded"]},
                                "notice": {
                                    "description": "the State Council notice the year's schedule rests on",
                                    "anyOf": [
                                        {
                                            "type": "object",
                                            "properties": {
                                                "title": {"type": "string"},
                                                "number": {"type": ["string", "null"]},
                                                "address": {"type": ["string", "null"]},
                                            },
                                            "required": ["title", "number", "address"],
                                        },
                                        {"type": "null"},
                                    ],
                                },
                            },
                            "required": ["year", "source", "notice"],
                        },
                    },
                },
                "required": ["estimates_allowed", "years"],
            },
            "govrules": {"type": "string"},
        },
        "required": [
            "format",
            "decision",
            "ruleset",
            "input",
            "answer",
            "citations",
            "explanation",
            "trace",
            "calendar",
            "govrules",
        ],
        "$defs": dict(sorted(defs.items())),
    }
