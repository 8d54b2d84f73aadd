"""One cattrs converter for every model class: enums by member name out, by name or label in."""

from __future__ import annotations

import calendar
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

import cattrs
from cattrs.cols import list_structure_factory
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from govrules.errors import GovRulesError, InvalidInput
from govrules.labels import LabeledEnum, label_table
from govrules.model.entities import parse_date

__all__ = ["absent_nulls", "converter", "describe_error", "from_json", "to_json"]

T = TypeVar("T")


def absent_nulls(value: Any) -> Any:
    """A decoded JSON value with every object member that is null left out, at any depth (in lists too): the
    Java and .NET serialisers office systems use write a property they have no value for as null, which means
    the same as leaving it out (a leave's `end`: its start; an optional date: not on record). A null inside an
    array stays (``[null]`` is not an empty list). The value itself where it holds no such member."""
    if type(value) is dict:
        if not any(v is None or type(v) is dict or type(v) is list for v in value.values()):
            return value
        return {k: absent_nulls(v) for k, v in value.items() if v is not None}
    if type(value) is list:
        return [absent_nulls(v) for v in value]
    return value


def _make(detailed: bool = True) -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_unstructure_hook(LabeledEnum, lambda e: e.name)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, LabeledEnum),
        lambda v, t: t.from_label(v),
    )
    conv.register_unstructure_hook(date, lambda d: d.isoformat())
    conv.register_structure_hook(date, _structure_date)
    # JSON's own types, strictly: "no" is not False, and null or 123 is not the text "None" or "123".
    conv.register_structure_hook(bool, _exactly(bool, "true or false", "true或false"))
    conv.register_structure_hook(int, _exactly(int, "a whole number", "整数"))
    conv.register_structure_hook(str, _exactly(str, "text", "文本"))
    # A list is an array: the text "DEPUTY" is not the roles D, E, P, U, T, Y.
    conv.register_structure_hook_factory(_is_collection, lambda t: _array_only(conv, t))
    # Sets are written sorted, whatever the hash seed: the same object gives the same bytes.
    conv.register_unstructure_hook_func(_is_frozenset, lambda s: sorted((conv.unstructure(x) for x in s), key=repr))
    # Optional dates and enums are the most frequent fields of records: direct hooks, no union dispatch.
    conv.register_structure_hook(date | None, lambda v, _: None if v is None else _structure_date(v, date))
    for enum in _OPTIONAL_ENUMS:
        conv.register_structure_hook(enum | None, _optional_enum(enum))
    if not detailed:
        _register_lean_hooks(conv)
    return conv


def _register_lean_hooks(conv: cattrs.Converter) -> None:
    """Hooks that take only the exact spellings (a label, alias or member name; ISO dates; lists).

    Anything else raises, and the caller falls back to the detailed converter, which accepts the
    lenient spellings (full-width brackets, spaces) and names what is wrong: the two converters
    agree on every input either accepts.
    """
    # (later registrations take precedence over earlier ones)
    conv.register_structure_hook_factory(_is_optional, lambda t: _lean_optional(conv, t))
    conv.register_structure_hook_factory(_is_collection, lambda t: _lean_collection(conv, t))
    conv.register_structure_hook_factory(_is_enum, _lean_enum)
    conv.register_structure_hook(date, _lean_date)


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, LabeledEnum)


def _is_optional(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args


def _is_collection(t: Any) -> bool:
    """A homogeneous tuple (`tuple[X, ...]`) or frozenset (`frozenset[X]`)."""
    args = typing.get_args(t)
    origin = typing.get_origin(t)
    if origin is frozenset:
        return len(args) == 1
    return origin is tuple and len(args) == 2 and args[1] is Ellipsis


def _lean_item(conv: cattrs.Converter, t: Any) -> Callable[[Any], Any]:
    """How the lean path reads one value of type `t`, in one call: a label's member straight from the
    table, a date from ISO text, anything else through the converter's hook."""
    if _is_enum(t):
        return label_table(t).__getitem__
    if t is date:
        return _lean_date
    hook = conv.get_structure_hook(t)
    return lambda value: hook(value, t)


def _lean_enum(enum: type[LabeledEnum]) -> Callable[[Any, Any], Any]:
    table = label_table(enum)

    def structure(value: Any, _: Any) -> Any:
        return table[value]

    return structure


def _lean_date(value: Any, _: Any = date) -> date:
    if type(value) is str:
        return date.fromisoformat(value)
    return parse_date(value)


def _lean_optional(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    item = _lean_item(conv, next(a for a in typing.get_args(t) if a is not type(None)))

    def structure(value: Any, _: Any) -> Any:
        return None if value is None else item(value)

    return structure


def _lean_collection(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    container = typing.get_origin(t)
    item = _lean_item(conv, typing.get_args(t)[0])

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not list:
            raise TypeError(f"expected a JSON array; got {type(value).__name__}")
        return container([item(v) for v in value])

    return structure


def _is_frozenset(t: Any) -> bool:
    return t is frozenset or typing.get_origin(t) is frozenset


def _optional_enum(enum: type[LabeledEnum]) -> Any:
    def structure(value: Any, _: type) -> LabeledEnum | None:
        return None if value is None else enum.from_label(value)

    return structure


def _optional_enums() -> tuple[type[LabeledEnum], ...]:
    from govrules.model.enums import AbsenceReason, Addressee, MeetingKind, Role

    return (Role, MeetingKind, Addressee, AbsenceReason)


def _as_json(value: Any) -> str:
    """A value read from JSON as JSON writes it (`null`, `true`, `["通知"]`), not as Python would (`None`, `True`,
    `['通知']`): the reader of the message wrote JSON, perhaps from Java or .NET. A lone text keeps its quotes
    ('no'), as every message quotes one."""
    if isinstance(value, str):
        return repr(value)
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _array_only(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    container = typing.get_origin(t)
    items = list_structure_factory(t, conv)
    # a tuple keeps an order (reviewers, approvers), which a set has not: a set is taken for a set only
    accepted = (list, tuple) if container is tuple else (list, tuple, set, frozenset)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, accepted):
            kind = "an ordered list" if container is tuple else "a list"
            zh = "有先后顺序的列表" if container is tuple else "列表"
            shown = _as_json(value)
            raise InvalidInput(f"expected {kind}; got {shown}", zh=f"应为{zh}（JSON数组）；实际是{shown}")
        return container(items(value, t))

    return structure


def _exactly(kind: type, what: str, zh: str) -> Callable[[Any, Any], Any]:
    """A hook taking a value of exactly this JSON type (`true` is not the whole number 1)."""

    def structure(value: Any, _: Any) -> Any:
        if type(value) is kind:
            return value
        raise InvalidInput(f"expected {what}; got {_as_json(value)}", zh=f"应为{zh}；实际是{_as_json(value)}")

    return structure


def _structure_date(value: Any, _: type) -> date:
    try:
        return parse_date(value)
    except InvalidInput as e:
        if isinstance(value, datetime):
            zh = f"应为日期，不含时间（只写日期，如2025-03-03）；实际是{value!r}"
        elif isinstance(value, str):
            en, why = _why_no_date(value)
            raise InvalidInput(f"{value!r} is not a date: {en}", zh=f"{value!r}不是日期：{why}") from None
        else:  # null, true, a number, a list: said as JSON writes them, in both languages
            shown = _as_json(value)
            raise InvalidInput(
                f"not a date (YYYY-MM-DD): {shown}", zh=f"应为日期（YYYY-MM-DD，如2025-03-03）；实际是{shown}"
            ) from None
        raise InvalidInput(str(e), zh=zh) from None


_WRITTEN_DATE = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")


def _why_no_date(text: str) -> tuple[str, str]:
    """Why `text` is not a record's date, in English and Chinese: the day it names does not exist (9月没有31日),
    or it is not written YYYY-MM-DD, as the record format has it (2025/9/26: write 2025-09-26)."""
    m = _WRITTEN_DATE.fullmatch(text)
    if m is None or int(m.group(1)) == 0:
        return "write it YYYY-MM-DD, e.g. 2025-03-03", "日期应写作YYYY-MM-DD，如2025-03-03"
    y, mo, d = (int(g) for g in m.groups())
    if not 1 <= mo <= 12:
        return f"there is no month {mo}", f"没有{mo}月"
    if not 1 <= d <= calendar.monthrange(y, mo)[1]:
        if mo == 2 and d == 29:
            return f"{y} is not a leap year, February has 28 days", f"{y}年不是闰年，2月没有29日"
        return f"month {mo} has {calendar.monthrange(y, mo)[1]} days, not {d}", f"{mo}月没有{d}日"
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    return (
        f"a record's date is written YYYY-MM-DD: {iso}",
        f"记录中的日期须写作YYYY-MM-DD，即{iso}",
    )


_OPTIONAL_ENUMS = _optional_enums()

#: The converter every model class goes through (JSON-ready primitives both ways).
converter: cattrs.Converter = _make()
#: The same hooks without cattrs' detailed validation, taking only exact spellings and JSON arrays:
#: for hot paths only, which must fall back to `converter` on any exception (it raises bare KeyError
#: or TypeError on a lenient spelling `converter` accepts, and explains nothing). The audit reads
#: records this way (`govrules.audit.records.read_record`).
lean_converter: cattrs.Converter = _make(detailed=False)


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


def describe_error(e: BaseException, lang: str = "en", labels: Mapping[str, str] | None = None) -> str:
    """The innermost messages of a cattrs error tree, joined, each with its place (`@ $.field`).

    `lang` "zh": in Chinese, each naming its field by its Chinese label too, from `labels` (field ->
    label); the places are the same in either language."""
    zh = lang == "zh"
    if isinstance(e, cattrs.BaseValidationError):
        messages = cattrs.transform_error(e, format_exception=_format_zh if zh else _format)
        if zh:
            messages = [_name_field(m, labels or {}) for m in messages]
        return ("；" if zh else "; ").join(messages) or str(e)
    if zh and isinstance(e, GovRulesError) and e.zh:
        return e.zh
    return str(e)


def _format(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, GovRulesError):
        return str(exc)
    return format_exception(exc, type_)


def _format_zh(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, GovRulesError):
        return exc.zh or str(exc)
    if isinstance(exc, KeyError):
        return "缺少必填字段"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"有未定义的字段：{'、'.join(sorted(exc.extra_fields))}"
    if isinstance(exc, AttributeError | TypeError | ValueError):
        name = getattr(type_, "__name__", None) or repr(type_)
        return f"值的类型不对（应为{_ZH_TYPES.get(name, name)}）"
    return f"无法读取（{type(exc).__name__}: {exc}）"


_ZH_TYPES = {"str": "文本", "int": "整数", "bool": "true或false", "date": "日期", "dict": "JSON对象"}
_PLACE = re.compile(r"^(?P<message>.*) @ (?P<path>\$\S*?)(?:\.(?P<field>[A-Za-z_]+))?(?P<index>(?:\[\d+\])*)$", re.S)


def _name_field(message: str, labels: Mapping[str, str]) -> str:
    """'缺少必填字段 @ $.id' as '字段id（编号）：缺少必填字段 @ $.id'. A field inside an object of a list is labelled
    as `labels` names it there (`absent.kind`: an absence's 请假类型), else as the field."""
    m = _PLACE.match(message)
    if m is None or m["field"] is None:
        return message
    field = m["field"]
    parent = re.sub(r"(?:\[\d+\])+$", "", m["path"]).rpartition(".")[2]
    label = labels.get(f"{parent}.{field}") or labels.get(field)
    name = f"{field}（{label}）" if label else field
    return f"字段{name}：{m['message']} @ {m['path']}.{field}{m['index']}"
