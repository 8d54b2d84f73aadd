"""How the command line, the HTTP service and the audit read one word of a user (the session-10 word tests)."""

from __future__ import annotations

import json
from typing import Any

from govrules import receipts, rulesets
from govrules.audit import audit_lines
from govrules.cli._parse import parse_issuer, parse_leave_kind, parse_role
from govrules.errors import InvalidInput
from govrules.model import LeaveKind, Role

TRIP = {"start": "2025-03-10", "end": "2025-03-11", "requested_on": "2025-03-03"}
DOC = {"kind": "请示", "addressee": "上级政府"}


def surfaces(rid: str, field: str, word: str) -> dict[str, str]:
    """How the command line, the HTTP service and the audit read `word` as a leave's role or kind, or a
    document's issuer: the member's name, or 'refused'."""
    rs = rulesets.load(rid)
    parse = {"role": parse_role, "kind": parse_leave_kind, "issuer": parse_issuer}[field]
    out: dict[str, str] = {}
    try:
        out["cli"] = parse(rs, word, "--x").name
    except InvalidInput:
        out["cli"] = "refused"
    leave = {**TRIP, "role": rs.name(Role.DEPARTMENT_HEAD), "kind": rs.leave_kind_name(LeaveKind.TRIP)}
    given: dict[str, Any] = {**DOC, "issuer": word} if field == "issuer" else {**leave, field: word}
    try:
        parsed = receipts.parse_input("signing" if field == "issuer" else "leave", given, rs)
        out["http"] = getattr(parsed, field).name
    except InvalidInput:
        out["http"] = "refused"
    record = {"type": "document" if field == "issuer" else "leave", "id": "r1", **given}
    if field == "issuer":
        record.update(signed_on="2025-03-05")
    found = [f for f in audit_lines(rs, [json.dumps(record, ensure_ascii=False)]) if f.rule == "invalid_record"]
    out["audit"] = "refused" if found else "read"
    return out
