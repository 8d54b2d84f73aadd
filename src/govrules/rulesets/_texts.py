"""Loading a ruleset's cleaned article texts (the JSON beside each module, made by tools/extract_texts.py)."""

from __future__ import annotations

import json
import os
from typing import Any

import attrs

from govrules.rules import Annex, Article, Section

__all__ = ["Texts", "load_texts"]

#: The texts shipped beside the ruleset modules (read from the installed folder, as calendar_sources does).
_TEXTS = os.path.join(os.path.dirname(__file__), "texts")


@attrs.frozen
class Texts:
    """A source text as data: title, document number, chapter titles, articles and annexes."""

    ruleset: str
    title: str
    document_number: str | None
    chapters: dict[int, str | None]
    articles: tuple[Article, ...]
    annexes: tuple[Annex, ...]


def load_texts(module: str) -> Texts:
    """Read `texts/<module>.json` shipped with the package."""
    with open(os.path.join(_TEXTS, f"{module}.json"), encoding="utf-8") as f:
        raw: Any = json.load(f)
    return Texts(
        ruleset=raw["ruleset"],
        title=raw["title"],
        document_number=raw.get("document_number"),
        chapters={c["number"]: c["title"] for c in raw["chapters"]},
        articles=tuple(
            Article(a["number"], a["chapter"], a["text"], bool(a.get("partial", False))) for a in raw["articles"]
        ),
        annexes=tuple(
            Annex(x["number"], x["title"], tuple(Section(s["id"], s["parent"], s["text"]) for s in x["sections"]))
            for x in raw.get("annexes", ())
        ),
    )
