"""What every ruleset module uses to build its `RULESET` from its rules and its text file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from govrules.model import DocumentKind, Government, LeaveKind, MeetingKind, Role
from govrules.rules import Citations, Rule, Ruleset
from govrules.rulesets._texts import load_texts

__all__ = ["NORMATIVE_KINDS", "citations_for", "make_ruleset"]

#: The kinds a 行政规范性文件 is issued as (决定、命令（令）、公告、通告、意见、通知): a 纪要, 请示, 报告, 批复, 议案,
#: 函, 通报, 公报 or 决议 on a normative matter concerns a normative document, it is not one (general.md
#: normative-document-kinds). For the rules that speak of the normative document itself (合法性审查).
NORMATIVE_KINDS = (
    DocumentKind.DECISION,
    DocumentKind.ORDER,
    DocumentKind.ANNOUNCEMENT,
    DocumentKind.PUBLIC_NOTICE,
    DocumentKind.OPINION,
    DocumentKind.NOTICE,
)


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
    role_aliases: Mapping[str, Role] | None = None,
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
        role_aliases=role_aliases or {},
    )
