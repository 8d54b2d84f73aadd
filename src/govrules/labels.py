"""Enums whose members carry their Chinese label, and parse from it (`from_label`)."""

from __future__ import annotations

import re
from enum import Enum
from functools import cache
from typing import Self

from govrules.errors import InvalidInput

__all__ = ["LabeledEnum"]

_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "　": " "})


def _normalise(text: str) -> str:
    return text.strip().translate(_FULL_WIDTH)


class LabeledEnum(Enum):
    """An enum member is its Chinese label; `from_label` also takes the member name and aliases."""

    label: str
    aliases: tuple[str, ...]

    def __new__(cls, label: str, *aliases: str) -> Self:
        obj = object.__new__(cls)
        obj._value_ = label
        obj.label = label
        obj.aliases = aliases
        return obj

    @classmethod
    def from_label(cls, text: str | Self) -> Self:
        """The member named `text`: its Chinese label, an alias (县长 for HEAD) or its name."""
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            raise InvalidInput(f"{_describe(cls)} must be given as text; got {text!r}")
        found = _lookup(cls).get(_normalise(text))
        if found is None:
            found = _lookup(cls).get(_normalise(text).upper())
        if found is None:
            labels = "、".join(m.label for m in cls)
            raise InvalidInput(f"unknown {_describe(cls)} {text!r}; expected one of {labels} (or a member name)")
        return found  # type: ignore[return-value]

    def __str__(self) -> str:
        return self.label


@cache
def _lookup(cls: type[LabeledEnum]) -> dict[str, LabeledEnum]:
    table: dict[str, LabeledEnum] = {}
    for member in cls:
        for key in (member.name, member.label, *member.aliases):
            table.setdefault(_normalise(key), member)
    return table


def _describe(cls: type[Enum]) -> str:
    """'DocumentKind' -> 'document kind'."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
