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
