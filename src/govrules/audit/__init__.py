"""Audit: check a log of what happened against a ruleset, record by record, losing nothing.

`audit(ruleset, records)` takes decoded mappings, `audit_lines(ruleset, lines)` JSON Lines; both
stream `Finding`s and keep a `summary` (read = checked + invalid). The record format is in
`govrules.audit.records` and, as JSON Schema, in docs/schema/.
"""

from __future__ import annotations

from govrules.audit.engine import INVALID, LOG_RULES, AuditRun, Finding, Summary, audit, audit_lines
from govrules.audit.records import RECORD_TYPES, parse_record, read_record

__all__ = [
    "INVALID",
    "LOG_RULES",
    "RECORD_TYPES",
    "AuditRun",
    "Finding",
    "Summary",
    "audit",
    "audit_lines",
    "parse_record",
    "read_record",
]
