"""The rule vocabulary, one idea a module: `citations` (Citation, Article, Annex), `conditions`
(DocumentIs, LeaveIs), `kinds` (the rule kinds and `is_hedged`) and `ruleset` (`Ruleset`, precedence,
conflicts, memo). `govrules.rules` exports every name it had as one module, private helpers included.

A rule is data: an id, the citation(s) of the article it encodes, the phrase it encodes (`quote`), a
condition on the situation and an outcome; see the modules.
"""

from __future__ import annotations

from govrules.rules.citations import (
    Annex,
    Article,
    Citation,
    Citations,
    Section,
)
from govrules.rules.conditions import (
    Check,
    Condition,
    DocumentIs,
    LeaveIs,
)
from govrules.rules.conditions import (
    _proxy as _proxy,
)
from govrules.rules.kinds import (
    AgendaRequirement,
    AgendaRule,
    Alternate,
    AlternateBasis,
    ApprovalRule,
    Conflict,
    CountersignRule,
    DeadlineRule,
    Duty,
    LeaveRule,
    MeetingRule,
    ReviewRule,
    Rhythm,
    RhythmRule,
    RoleIncludes,
    RoutingRule,
    Rule,
    SealRule,
    SigningRule,
    hedge_word,
    is_hedged,
)
from govrules.rules.ruleset import (
    Ruleset,
)
from govrules.rules.ruleset import (
    _canonical as _canonical,
)

__all__ = [
    "AgendaRequirement",
    "AgendaRule",
    "Alternate",
    "AlternateBasis",
    "Annex",
    "ApprovalRule",
    "Article",
    "Check",
    "Citation",
    "Citations",
    "Condition",
    "Conflict",
    "CountersignRule",
    "DeadlineRule",
    "DocumentIs",
    "Duty",
    "LeaveIs",
    "LeaveRule",
    "MeetingRule",
    "ReviewRule",
    "Rhythm",
    "RhythmRule",
    "RoleIncludes",
    "RoutingRule",
    "Rule",
    "Ruleset",
    "SealRule",
    "Section",
    "SigningRule",
    "hedge_word",
    "is_hedged",
]
