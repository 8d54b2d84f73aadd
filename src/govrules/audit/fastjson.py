"""JSON for the audit's hot loop: orjson when installed (the `fast` extra), else the standard library.

Either way a line decodes to what the strict reader (`engine._decode`'s `json.JSONDecoder` refusing
duplicate keys and NaN) makes of it, or `fast_record` returns None and the strict reader says what
is wrong: only a JSON object of text, whole numbers, booleans, null, arrays and objects, with no key
twice, is taken here. `dumps` writes a report row, the same text with either library (compact,
non-ASCII as it is).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["JSON_LIBRARY", "dumps", "fast_record", "use"]

#: Which library decodes and encodes: "orjson" or "json" (the standard library).
JSON_LIBRARY = "json"

_loads: Callable[[bytes], Any]
_dumps: Callable[[Any], str]


def _no_constant(name: str) -> object:
    raise ValueError(name)


# the standard library's C scanner, with no object hook (the strict reader's is Python code)
_PLAIN = json.JSONDecoder(parse_constant=_no_constant)


def _std_loads(line: bytes) -> Any:
    return _PLAIN.decode(line.decode("utf-8"))


def _std_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def use(library: str | None = None) -> str:
    """Decode and encode with `library` ("orjson" or "json"; default: orjson if installed); its name.

    For tests and benchmarks, which compare the two: the audit reads the same either way.
    """
    global JSON_LIBRARY, _loads, _dumps
    if library in (None, "orjson"):
        try:
            import orjson
        except ImportError:
            if library == "orjson":
                raise
        else:
            option = orjson.OPT_NON_STR_KEYS

            def _orjson_dumps(value: Any) -> str:
                try:
                    return orjson.dumps(value, option=option).decode("utf-8")
                except TypeError:  # text orjson will not write (a lone surrogate ...)
                    return _std_dumps(value)

            JSON_LIBRARY, _loads, _dumps = "orjson", orjson.loads, _orjson_dumps
            return JSON_LIBRARY
    JSON_LIBRARY, _loads, _dumps = "json", _std_loads, _std_dumps
    return JSON_LIBRARY


use()


def dumps(value: Any) -> str:
    """`value` as one line of JSON (non-ASCII as it is)."""
    return _dumps(value)


def fast_record(line: bytes) -> dict[str, Any] | None:
    """The JSON object a line holds (no line break in it), when it is plainly one; else None.

    None for anything the strict reader might read otherwise or refuse: not JSON or not UTF-8, not an
    object, a number with a fraction or exponent (orjson reads a huge whole number as one), or a key
    that may be given twice: every key's colon is one ':' outside a string, so when the line holds
    no more colons than the objects hold keys, no key came twice.
    """
    try:
        value = _loads(line)
    except Exception:  # the strict reader says what is wrong
        return None
    if type(value) is not dict:
        return None
    try:
        keys = _keys(value)
    except RecursionError:
        return None
    if keys < 0 or keys != line.count(b":"):
        return None
    return value


def _keys(value: dict[str, Any]) -> int:
    """How many keys the object and the objects in it hold; -1 if a float is in it."""
    n = len(value)
    for v in value.values():
        t = type(v)
        if t is str or t is int or t is bool or v is None:
            continue
        if t is float:
            return -1
        if t is dict:
            k = _keys(v)
        elif t is list:
            k = _list_keys(v)
        else:  # pragma: no cover - JSON has no other types
            return -1
        if k < 0:
            return -1
        n += k
    return n


def _list_keys(items: list[Any]) -> int:
    n = 0
    for v in items:
        t = type(v)
        if t is str or t is int or t is bool or v is None:
            continue
        if t is float:
            return -1
        k = _keys(v) if t is dict else _list_keys(v) if t is list else -1
        if k < 0:
            return -1
        n += k
    return n
