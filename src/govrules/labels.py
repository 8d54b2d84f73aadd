"""Enums whose members carry their Chinese label, and parse from it (`from_label`)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from enum import Enum
from functools import cache
from types import MappingProxyType
from typing import Self, TypeVar

from govrules.errors import InvalidInput

__all__ = [
    "LabeledEnum",
    "chinese_number",
    "government_names",
    "label_table",
    "normalise",
    "parse_chinese_number",
    "zh_kind",
]

_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "　": " "})


#: 「各」 before the bodies a text enumerates (区人民政府各工作部门, 各乡镇, 各县市区政府): a clerk's spelling of one.
_EACH = re.compile(r"各(?=(?:工作)?部门|乡镇|县市区|县\(市、区\))")


def _normalise(text: str) -> str:
    t = text.strip().translate(_FULL_WIDTH)
    if "人民政府" in t:
        t = t.replace("人民政府", "政府")
    if "主要负责同志" in t:
        t = t.replace("主要负责同志", "主要负责人")
    if "各" in t:
        t = _EACH.sub("", t)
    return t


def normalise(text: str) -> str:
    """`text` as labels are compared: spaces around it dropped, full-width brackets and spaces as half-width
    (乡（镇）政府 and 乡(镇)政府 are one name), and the texts' longer spellings of one name as the shorter: 人民政府
    as 政府 (区人民政府工作部门 / 区政府工作部门), 主要负责同志 as 主要负责人, and no 「各」 before the bodies a text
    enumerates (各工作部门, 各乡镇, 各县市区政府). Who a name belongs to (另一级的名称) is read from the text as
    written, not from this."""
    return _normalise(text)


def government_names(full: str) -> tuple[str, ...]:
    """What a user calls a government, longest first: its full name and the shorter ones (西丰县人民政府, 西丰县,
    西丰; 昆明市东川区人民政府, 昆明市东川区, 东川区, 东川): for readers of a ruleset's name and of its place."""
    short = full.removesuffix("人民政府")
    tail = short.rpartition("市")[2] or short  # 昆明市东川区 -> 东川区
    out = [full, short, tail]
    if len(tail) > 2:
        out.append(tail[:-1])  # 西丰县 -> 西丰
    return tuple(dict.fromkeys(out))


class LabeledEnum(Enum):
    """An enum member is its Chinese label; `from_label` also takes the member name and aliases."""

    label: str
    aliases: tuple[str, ...]

    # Members are singletons compared by identity: hash them by identity too (C speed; Enum's own
    # __hash__ is Python code, and rule conditions test set membership of members all the time).
    __hash__ = object.__hash__

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
        if not isinstance(text, str):  # said as JSON writes it (null, ["通知"]): most such values were read from JSON
            try:
                shown = json.dumps(text, ensure_ascii=False)
            except (TypeError, ValueError):
                shown = repr(text)
            raise InvalidInput(
                f"{_describe(cls)} must be given as text; got {shown}",
                zh=f"{zh_kind(cls)}应以文字给出，而给出的是{shown}",
            )
        table = _lookup(cls)
        found = table.get(text)
        if found is not None:
            return found  # type: ignore[return-value]
        found = table.get(_normalise(text))
        if found is None:
            found = table.get(_normalise(text).upper())
        if found is None:
            labels = "、".join(m.label for m in cls)
            raise InvalidInput(
                f"unknown {_describe(cls)} {text!r}; expected one of {labels} (or a member name)",
                zh=f"无法识别的{zh_kind(cls)}“{text}”；可用：{labels}",
            )
        return found  # type: ignore[return-value]

    def __str__(self) -> str:
        return self.label


E = TypeVar("E", bound=LabeledEnum)


@cache
def _lookup(cls: type[LabeledEnum]) -> dict[str, LabeledEnum]:
    table: dict[str, LabeledEnum] = {}
    for member in cls:
        for key in (member.name, member.label, *member.aliases):
            table.setdefault(_normalise(key), member)
            table.setdefault(key, member)  # as written, full-width brackets and all
    return table


def label_table(cls: type[E]) -> Mapping[str, E]:
    """Every exact spelling `from_label` accepts for a member (name, label, alias), read-only."""
    return MappingProxyType(_lookup(cls))  # type: ignore[arg-type]


#: What a command-line user calls each kind of label, for messages.
_ZH_KINDS = {
    "Role": "职务",
    "MeetingKind": "会议",
    "DocumentKind": "文种",
    "Issuer": "发文名义",
    "Addressee": "主送机关",
    "Matter": "事项",
    "LeaveKind": "请假类型",
    "AbsenceReason": "事由",
    "ReviewAct": "审核方式",
    "Level": "层级",
    "AlternateBasis": "代签依据",
    "_Freq": "会议频次单位",
    "AgendaRequirement": "议题要求",
    "Unit": "期限单位",
    "Direction": "期限方向",
}


def zh_kind(cls: type[Enum]) -> str:
    """'DocumentKind' -> '文种': what the labels of `cls` are called in Chinese."""
    return _ZH_KINDS.get(cls.__name__, _describe(cls))


def _describe(cls: type[Enum]) -> str:
    """'DocumentKind' -> 'document kind'."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 53 -> 五十三, 100 -> 一百 (for article and item numbers)."""
    if n < 0:
        raise ValueError(f"no Chinese numeral for {n}")
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = (
        ""
        if rest == 0
        else (
            "零" + _DIGITS[rest] if rest < 10 else ("一" + chinese_number(rest) if rest < 20 else chinese_number(rest))
        )
    )
    return _DIGITS[n // 100] + "百" + tail


def parse_chinese_number(text: str) -> int:
    """一 -> 1, 十 -> 10, 五十三 -> 53; arabic digits pass through."""
    t = text.strip()
    if t.isdigit():
        return int(t)
    total, current = 0, 0
    for ch in t:
        if ch in _DIGITS:
            current = _DIGITS.index(ch)
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += current * 100
            current = 0
        else:
            raise InvalidInput(f"not a Chinese number: {text!r}")
    return total + current
