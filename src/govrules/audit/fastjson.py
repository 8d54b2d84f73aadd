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
from typing import Any, NamedTuple

from govrules.errors import MissingExtra

__all__ = ["DEFAULT", "JSON_LIBRARY", "STANDARD", "Codec", "codec", "dumps", "fast_record"]


class Codec(NamedTuple):
    """A JSON library as the audit uses it: its name ("orjson" or "json"), `loads` (bytes of one line
    to a value) and `dumps` (a value to one compact line, non-ASCII as it is)."""

    name: str
    loads: Callable[[bytes], Any]
    dumps: Callable[[Any], str]


def _no_constant(name: str) -> object:
    raise ValueError(name)


# the standard library's C scanner, with no object hook (the strict reader's is Python code)
_PLAIN = json.JSONDecoder(parse_constant=_no_constant)


def _std_loads(line: bytes) -> Any:
    return _PLAIN.decode(line.decode("utf-8"))


def _std_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


#: The standard library: always there.
STANDARD = Codec("json", _std_loads, _std_dumps)


def _orjson() -> Codec | None:
    try:
        import orjson
    except ImportError:
        return None
    option = orjson.OPT_NON_STR_KEYS

    def _orjson_dumps(value: Any) -> str:
        try:
            return orjson.dumps(value, option=option).decode("utf-8")
        except TypeError:  # text orjson will not write (a lone surrogate ...)
            return _std_dumps(value)

    return Codec("orjson", orjson.loads, _orjson_dumps)


_ORJSON = _orjson()

#: What the audit reads and writes with: orjson when installed (the `fast` extra), else the standard library.
DEFAULT: Codec = _ORJSON or STANDARD

#: Its name: "orjson" or "json".
JSON_LIBRARY = DEFAULT.name


def codec(library: str | None = None) -> Codec:
    """The codec of `library` ("orjson" or "json"; None: `DEFAULT`), for tests and benchmarks, which
    compare the two (the audit reads the same either way). `MissingExtra` if orjson is asked for and
    not installed."""
    if library is None:
        return DEFAULT
    if library == "json":
        return STANDARD
    if library == "orjson":
        if _ORJSON is None:
            raise MissingExtra("orjson is not installed: pip install 'govrules[fast]'", extra="fast")
        return _ORJSON
    raise ValueError(f"unknown JSON library {library!r}; expected 'orjson' or 'json'")


def dumps(value: Any, codec: Codec = DEFAULT) -> str:
    """`value` as one line of JSON (non-ASCII as it is)."""
    return codec.dumps(value)


def fast_record(line: bytes, codec: Codec = DEFAULT) -> dict[str, Any] | None:
    """The JSON object a line holds (no line break in it), when it is plainly one; else None.

    None for anything the strict reader might read otherwise or refuse: not JSON or not UTF-8, not an
    object, a number with a fraction or exponent (orjson reads a huge whole number as one), or a key
    that may be given twice: every key's colon is one ':' outside a string, so when the line holds
    no more colons than the objects hold keys, no key came twice.
    """
    try:
        value = codec.loads(line)
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
