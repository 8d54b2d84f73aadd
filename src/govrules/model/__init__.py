"""The typed domain model: vocabulary enums and frozen attrs entities, with one JSON converter."""

from __future__ import annotations

from govrules.model.entities import (
    AgendaItem,
    Authorization,
    Department,
    Document,
    Government,
    LeaveRequest,
    Meeting,
    Member,
    Review,
    Roster,
)
from govrules.model.enums import (
    AbsenceReason,
    Addressee,
    DocumentKind,
    Issuer,
    LeaveKind,
    Level,
    Matter,
    MeetingKind,
    ReviewAct,
    Role,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:  # at run time on first use, through __getattr__ below: cattrs is imported only to convert
    from typing import Any

    from govrules.model.json import converter, from_json, to_json

__all__ = [
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
    "converter",
    "from_json",
    "to_json",
]


def __getattr__(name: str) -> Any:
    """`converter`, `from_json` and `to_json`, importing `govrules.model.json` (and cattrs) on first use."""
    if name in ("converter", "from_json", "to_json"):
        from govrules.model import json

        return getattr(json, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
