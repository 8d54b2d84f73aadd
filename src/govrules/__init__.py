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

#: Where each name of `__all__` not defined above lives ("" for a submodule): importing `govrules` builds
#: no attrs class and loads no ruleset; the first use of a name imports its module (PEP 562).
_LAZY: dict[str, str] = {
    **dict.fromkeys(["attendance", "deadlines", "periods", "rules", "rulesets", "signing", "workdays"], ""),
    **dict.fromkeys(
        [
            "AbsenceReason",
            "Addressee",
            "AgendaItem",
            "Authorization",
            "Department",
            "Document",
            "DocumentKind",
            "Government",
            "Issuer",
            "LeaveKind",
            "LeaveRequest",
            "Level",
            "Matter",
            "Meeting",
            "MeetingKind",
            "Member",
            "Review",
            "ReviewAct",
            "Role",
            "Roster",
        ],
        "govrules.model",
    ),
    "Citation": "govrules.rules",
    "Ruleset": "govrules.rules",
}


def __getattr__(name: str) -> Any:
    """A name of `__all__` on first use, or any submodule (`govrules.audit`), imported then."""
    module = _LAZY.get(name)
    if module is None and name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if not module:  # a submodule
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
