"""govrules: the work rules of Chinese local governments (人民政府工作规则), with citations.

Every answer names the article that gives it. See README.md and docs/ for the tour.
"""

from __future__ import annotations

from govrules import attendance, deadlines, periods, rules, rulesets, signing, workdays
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
