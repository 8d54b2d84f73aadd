"""The five rulesets, one module per source text, found through a registry.

`load("xifeng-2022")`, `available()`, and `in_force(government, on=date)`. Adding a government
means adding one module (with its `RULESET`), its text file under texts/, and its test file.
"""

from __future__ import annotations

import importlib
from datetime import date
from functools import cache

from govrules.errors import InvalidInput, NotInForce, character_hints
from govrules.labels import government_names
from govrules.rules import Ruleset

__all__ = ["available", "government", "in_force", "load", "named", "names"]

#: ruleset id -> module name under govrules.rulesets
_MODULES = {
    "xianyang-2013": "xianyang_2013",
    "xifeng-2022": "xifeng_2022",
    "dongchuan-2024": "dongchuan_2024",
    "kongtong-2016": "kongtong_2016",
    "district-xx": "district_xx",
}

#: ruleset id -> the government whose rules it is (its `government.name`; tests hold the two equal), so that
#: a ruleset can be found by its government's name without building every ruleset.
_GOVERNMENTS = {
    "xianyang-2013": "咸阳市人民政府",
    "xifeng-2022": "西丰县人民政府",
    "dongchuan-2024": "昆明市东川区人民政府",
    "kongtong-2016": "平凉市崆峒区人民政府",
    "district-xx": "某区人民政府",
}


def available() -> tuple[str, ...]:
    """The ids of every ruleset govrules ships."""
    return tuple(_MODULES)


def government(ruleset_id: str) -> str:
    """The name of the government whose rules the ruleset is (without building it)."""
    name = _GOVERNMENTS.get(ruleset_id)
    if name is None:
        raise InvalidInput(f"unknown ruleset {ruleset_id!r}; expected one of {', '.join(_MODULES)}")
    return name


def names(ruleset_id: str, *, title: bool = True) -> tuple[str, ...]:
    """What a user may call a ruleset: its id (xifeng-2022), its id's first part (xifeng), its government
    (西丰县人民政府, 西丰县, 西丰; 昆明市东川区 and 东川区), and its title (the one name that needs the ruleset built;
    `title=False` leaves it out). `InvalidInput` for an unknown id."""
    out = [ruleset_id, ruleset_id.partition("-")[0], *government_names(government(ruleset_id))]
    if title:
        out.append(load(ruleset_id).title)
    return tuple(dict.fromkeys(out))


def named(text: str) -> str:
    """The id of the ruleset `text` names: an id (xifeng-2022, any case), its government's name (西丰县人民政府,
    西丰县, 西丰) or its title; surrounding spaces ignored. Ids and governments are tried first, so that naming one
    builds no ruleset. `InvalidInput` (with Chinese) listing the rulesets, for a name of none."""
    if not isinstance(text, str):
        raise InvalidInput(
            f"a ruleset is named by text (an id such as 'xifeng-2022', or 西丰县); got {text!r}",
            zh=f"规则集应以文字给出（编号如 xifeng-2022，或政府名称如 西丰县）；实际是 {text!r}",
        )
    if text in _MODULES:
        return text
    t = text.strip()
    if t:
        for title in (False, True):
            for rid in _MODULES:
                found = names(rid, title=title)
                if t in found or t.lower() in found:
                    return rid
    listing = "、".join(f"{rid}（{names(rid, title=False)[3]}）" for rid in _MODULES)
    hint_zh, hint_en = character_hints(text)
    raise InvalidInput(
        f"unknown ruleset {text!r}{hint_en}; govrules has {', '.join(_MODULES)} (`govrules rulesets` lists them)",
        zh=f"没有规则集“{text}”{hint_zh}；可用：{listing}（govrules rulesets 列出全部）",
    )


@cache
def load(ruleset_id: str) -> Ruleset:
    """The ruleset with that id (built once; rulesets are immutable)."""
    module = _MODULES.get(ruleset_id)
    if module is None:
        raise InvalidInput(
            f"unknown ruleset {ruleset_id!r}; expected one of {', '.join(_MODULES)}",
            zh=f"没有规则集“{ruleset_id}”；可用：{'、'.join(_MODULES)}（govrules rulesets 列出全部）",
        )
    ruleset: Ruleset = importlib.import_module(f"govrules.rulesets.{module}").RULESET
    return ruleset


def in_force(government: str, on: date) -> Ruleset:
    """The ruleset in force for a government on a date: the government by its full name ('西丰县人民政府') or
    a shorter one a user writes ('西丰县', '西丰', '东川区'; `names`).

    Raises `InvalidInput` for a government we hold no ruleset of, or `on` not a date; `NotInForce` for a date
    before every ruleset of the government took effect."""
    from govrules.workdays import as_date  # (here: loading a ruleset by id needs no calendar module)

    on = as_date(on, "the day asked about (on)")
    if not isinstance(government, str):
        raise InvalidInput(
            f"the government is named by text (such as '西丰县人民政府'); got {government!r}",
            zh=f"政府应以名称（文字）给出，如“西丰县人民政府”；实际是 {government!r}",
        )
    full = government.strip()
    if full not in _GOVERNMENTS.values():
        full = next((_GOVERNMENTS[i] for i in _MODULES if full in names(i, title=False)[2:]), full)
    matches = [load(i) for i in _MODULES if load(i).government.name == full]
    if not matches:
        held = "、".join(_GOVERNMENTS.values())
        raise InvalidInput(
            f"no ruleset for government {government!r}; we hold {held}",
            zh=f"没有“{government}”的规则集；现有：{held}",
        )
    dated = [r for r in matches if r.effective_from is None or r.effective_from <= on]
    if not dated:
        first = min(r.effective_from for r in matches if r.effective_from is not None)
        raise NotInForce(
            f"{government}: no ruleset we hold was in force on {on.isoformat()}; the earliest took effect"
            f" on {first.isoformat()} (the rules it replaced are not in govrules)",
            zh=f"{government}：{on.isoformat()}时没有本库所收的规则在施行；最早的自{first.isoformat()}起施行"
            "（此前施行的规则本库未收）",
        )
    return max(dated, key=lambda r: r.effective_from or date.min)
