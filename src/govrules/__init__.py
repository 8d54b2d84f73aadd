"""govrules: the work rules of Chinese local governments (人民政府工作规则), with citations.

Every answer names the article that gives it. See README.md and docs/ for the tour.
"""

from __future__ import annotations

import importlib

from govrules.errors import (
    BrokenCalendarFile,
    CalendarFileError,
    CalendarFileWarning,
    CalendarNotCovered,
    EmptySchedule,
    ForbiddenByRule,
    GovRulesError,
    InvalidInput,
    NoApplicableRule,
    NotInForce,
    RuleNotDefined,
    ScheduleIncomplete,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which `import govrules` does not need
if TYPE_CHECKING:  # at run time these come on first use, through __getattr__ below
    from typing import Any

    from govrules import attendance, deadlines, periods, rules, rulesets, signing, workdays
    from govrules.model import (
        AbsenceReason,
        Addressee,
        AgendaItem,
        Authorization,
        Department,
        Document,
        DocumentKind,
        Government,
        Issuer,
        LeaveKind,
        LeaveRequest,
        Level,
        Matter,
        Meeting,
        MeetingKind,
        Member,
        Review,
        ReviewAct,
        Role,
        Roster,
    )
    from govrules.rules import Citation, Ruleset

__version__ = "0.1.0"

__all__ = [
    "AbsenceReason",
    "Addressee",
    "AgendaItem",
    "Authorization",
    "BrokenCalendarFile",
    "CalendarFileError",
    "CalendarFileWarning",
    "CalendarNotCovered",
    "Citation",
    "Department",
    "Document",
    "DocumentKind",
    "EmptySchedule",
    "ForbiddenByRule",
    "GovRulesError",
    "Government",
    "InvalidInput",
    "Issuer",
    "LeaveKind",
    "LeaveRequest",
    "Level",
    "Matter",
    "Meeting",
    "MeetingKind",
    "Member",
    "NoApplicableRule",
    "NotInForce",
    "Review",
    "ReviewAct",
    "Role",
    "Roster",
    "RuleNotDefined",
    "Ruleset",
    "ScheduleIncomplete",
    "__version__",
    "attendance",
    "deadlines",
    "periods",
    "rules",
    "rulesets",
    "signing",
    "workdays",
]

#: The classes of `__all__` that `govrules.rules` defines; the others (not errors, defined above) are the model's.
_FROM_RULES = ("Citation", "Ruleset")


def __getattr__(name: str) -> Any:
    """A class of `__all__` on first use, imported then from its module (PEP 562): importing `govrules` builds
    no attrs class and loads no ruleset. Any submodule (`govrules.rulesets`, `govrules.audit`) likewise."""
    if name in __all__ and name[:1].isupper():
        value = getattr(importlib.import_module("govrules.rules" if name in _FROM_RULES else "govrules.model"), name)
        globals()[name] = value
        return value
    if not name.startswith("_"):
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
