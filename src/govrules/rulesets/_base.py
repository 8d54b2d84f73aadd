"""What every ruleset module uses to build its `RULESET` from its rules and its text file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from govrules.model import Government, LeaveKind, MeetingKind, Role
from govrules.rules import Citations, Rule, Ruleset
from govrules.rulesets._texts import load_texts

__all__ = ["citations_for", "make_ruleset"]


def citations_for(module: str) -> Citations:
    """The citation factory of a ruleset module: `XF = citations_for("xifeng_2022")`."""
    texts = load_texts(module)
    return Citations(texts.ruleset, texts.title)


def make_ruleset(
    module: str,
    *,
    government: Government,
    effective_from: date | None,
    rules: Iterable[Rule],
    role_names: Mapping[Role, str],
    non_operative: Mapping[int, str],
    meeting_names: Mapping[MeetingKind, str] | None = None,
    leave_kind_names: Mapping[LeaveKind, str] | None = None,
) -> Ruleset:
    """A ruleset from a module's declared rules and its shipped article texts."""
    texts = load_texts(module)
    return Ruleset(
        id=texts.ruleset,
        government=government,
        title=texts.title,
        effective_from=effective_from,
        articles=texts.articles,
        annexes=texts.annexes,
        rules=tuple(rules),
        role_names=role_names,
        meeting_names=meeting_names or {},
        leave_kind_names=leave_kind_names or {},
        non_operative=non_operative,
        document_number=texts.document_number,
    )
