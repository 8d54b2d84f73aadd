"""govrules: the work rules of Chinese local governments (人民政府工作规则), with citations.

Every answer names the article that gives it. See README.md and docs/ for the tour.
"""

from __future__ import annotations

from govrules import periods, workdays
from govrules.errors import (
    CalendarNotCovered,
    EmptySchedule,
    GovRulesError,
    InvalidInput,
    NoApplicableRule,
    NotInForce,
    RuleNotDefined,
)

__version__ = "0.1.0"

__all__ = [
    "CalendarNotCovered",
    "EmptySchedule",
    "GovRulesError",
    "InvalidInput",
    "NoApplicableRule",
    "NotInForce",
    "RuleNotDefined",
    "__version__",
    "periods",
    "workdays",
]
