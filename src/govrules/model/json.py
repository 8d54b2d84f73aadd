"""One cattrs converter for every model class: enums by member name out, by name or label in."""

from __future__ import annotations

import json
import typing
from datetime import date
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from govrules.errors import GovRulesError, InvalidInput
from govrules.labels import LabeledEnum
from govrules.model.entities import parse_date

__all__ = ["converter", "describe_error", "from_json", "to_json"]

T = TypeVar("T")


def _make(detailed: bool = True) -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_unstructure_hook(LabeledEnum, lambda e: e.name)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, LabeledEnum),
        lambda v, t: t.from_label(v),
    )
    conv.register_unstructure_hook(date, lambda d: d.isoformat())
    conv.register_structure_hook(date, _structure_date)
    # Sets are written sorted, whatever the hash seed: the same object gives the same bytes.
    conv.register_unstructure_hook_func(_is_frozenset, lambda s: sorted((conv.unstructure(x) for x in s), key=repr))
    # Optional dates and enums are the most frequent fields of records: direct hooks, no union dispatch.
    conv.register_structure_hook(date | None, lambda v, _: None if v is None else _structure_date(v, date))
    for enum in _OPTIONAL_ENUMS:
        conv.register_structure_hook(enum | None, _optional_enum(enum))
    return conv


def _is_frozenset(t: Any) -> bool:
    return t is frozenset or typing.get_origin(t) is frozenset


def _optional_enum(enum: type[LabeledEnum]) -> Any:
    def structure(value: Any, _: type) -> LabeledEnum | None:
        return None if value is None else enum.from_label(value)

    return structure


def _optional_enums() -> tuple[type[LabeledEnum], ...]:
    from govrules.model.enums import AbsenceReason, Addressee, MeetingKind, Role

    return (Role, MeetingKind, Addressee, AbsenceReason)


def _structure_date(value: Any, _: type) -> date:
    return parse_date(value)


_OPTIONAL_ENUMS = _optional_enums()

#: The converter every model class goes through (JSON-ready primitives both ways).
converter: cattrs.Converter = _make()
#: The same hooks without cattrs' detailed validation: faster, for hot paths that fall back to
#: `converter` to explain an error (the audit reads records this way).
fast_converter: cattrs.Converter = _make(detailed=False)


def to_json(obj: object) -> str:
    """A model object as JSON text (enums by member name)."""
    return json.dumps(converter.unstructure(obj), ensure_ascii=False, sort_keys=True)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Parse JSON text into a model object; errors name what is wrong."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise InvalidInput(f"not JSON: {e}") from e
    try:
        return converter.structure(raw, cls)
    except cattrs.BaseValidationError as e:
        raise InvalidInput(describe_error(e)) from e


def describe_error(e: BaseException) -> str:
    """The innermost messages of a cattrs error tree, joined."""
    if isinstance(e, cattrs.BaseValidationError):
        return "; ".join(cattrs.transform_error(e, format_exception=_format)) or str(e)
    return str(e)


def _format(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, GovRulesError):
        return str(exc)
    return format_exception(exc, type_)
