"""Evaluate situations written as the texts decide them (the format of ../shared/cases/README.md).

A case names a public function (`api`), its input (JSON: enum values by member name or Chinese label,
dates ISO) and what must hold of the answer (`expected`). `evaluate` returns the list of expectations
that did not hold, empty when the library gives the text's answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import govrules
from govrules import attendance, deadlines, signing
from govrules.audit import audit
from govrules.labels import LabeledEnum
from govrules.model import AgendaItem, Authorization, Document, LeaveRequest, Meeting, Review

HERE = Path(__file__).parent


def load(name: str) -> list[dict[str, Any]]:
    """The cases of one file beside this module."""
    cases: list[dict[str, Any]] = json.loads((HERE / name).read_text(encoding="utf-8"))  # absolute paths too
    return cases


def case_id(case: Mapping[str, Any]) -> str:
    """The test id: the case id and the start of the article it reads."""
    return f"{case['id']} {case['article'][:40]}"


def _document(data: Mapping[str, Any]) -> Document:
    return Document(**data)


def _leave(data: Mapping[str, Any]) -> LeaveRequest:
    return LeaveRequest(**data)


def _meeting(data: Mapping[str, Any]) -> Meeting:
    fields = dict(data)
    fields["agenda"] = tuple(AgendaItem(**a) for a in fields.get("agenda", ()))
    fields["absent"] = tuple(_leave(a) for a in fields.get("absent", ()))
    return Meeting(**fields)


def _names(values: Iterable[Any]) -> list[str]:
    return [v.name if isinstance(v, LabeledEnum) else str(v) for v in values]


def _answer(case: Mapping[str, Any]) -> dict[str, Any]:
    """Call the case's API and flatten the answer into plain JSON-like values."""
    rs = govrules.rulesets.load(case["ruleset"])
    api, data = case["api"], case["input"]
    if api == "signing.who_signs":
        d = signing.who_signs(rs, _document(data["document"]))
        return {
            "signer": d.signer.name,
            "signers": _names(d.signers),
            "reviewers": _names(d.reviewers),
            "countersigners": _names(d.countersigners),
            "alternates": _names(a.role for a in d.alternates),
            "seal_approvers": _names(d.seal_approvers),
            "citations": [c.short() for c in d.citations],
            "explain": d.explain(),
        }
    if api == "signing.check_signature":
        on = data.get("on")
        v = signing.check_signature(
            rs,
            _document(data["document"]),
            signed_by=rs.parse_role(data["signed_by"]),
            reviewed_by=[Review(r) if isinstance(r, str) else Review(**r) for r in data.get("reviewed_by", ())],
            authorizations=[Authorization(**a) for a in data.get("authorizations", ())],
            on=date.fromisoformat(on) if on else None,
        )
        return _verdict(v.ok, v.violations, v.decision.explain())
    if api == "signing.check_seal":
        on = data.get("on")
        seal = signing.check_seal(
            rs,
            _document(data["document"]),
            rs.parse_role(data["approved_by"]),
            [Authorization(**a) for a in data.get("authorizations", ())],
            on=date.fromisoformat(on) if on else None,
        )
        return _verdict(seal.ok, seal.violations, seal.decision.explain())
    if api == "signing.check_approval":
        given = data["approval"]
        approval = Review(**given) if isinstance(given, dict) else rs.parse_role(given)
        ap = signing.check_approval(rs, _document(data["document"]), approval)
        return _verdict(ap.ok, ap.violations, ap.decision.explain())
    if api == "signing.who_approves":
        a = signing.who_approves(rs, _document(data["document"]))
        return {
            "approver": a.approver.name,
            "approvers": _names(a.approvers),
            "citations": [c.short() for c in a.citations],
            "explain": a.explain(),
        }
    if api == "deadlines.due":
        dl = deadlines.due(rs, data["rule"], date.fromisoformat(data["anchor"]), variant=data.get("variant"))
        return {"date": dl.date.isoformat(), "citations": [dl.citation.short()], "explain": dl.explain()}
    if api == "attendance.check_leave":
        lv = attendance.check_leave(rs, _leave(data))
        out = _verdict(lv.ok, lv.violations, lv.explain())
        out.update(approvers=_names(lv.approvers), notify=_names(lv.notify))
        out["latest_request_date"] = lv.latest_request_date.isoformat() if lv.latest_request_date else None
        return out
    if api == "attendance.check_meeting":
        m = attendance.check_meeting(rs, _meeting(data))
        out = _verdict(m.ok, m.violations, m.explain())
        out["items_not_taken"] = [i.title for i in m.items_not_taken]
        out["composition_checked"] = m.composition_checked
        return out
    if api == "audit.audit":
        findings = list(audit(rs, data["records"]))
        return {
            "rules": [f.rule for f in findings],
            "severities": [f.severity for f in findings],
            "messages": [f.message for f in findings],
        }
    raise ValueError(f"unknown api {api!r}")


def _verdict(ok: bool, violations: Iterable[Any], explain: str) -> dict[str, Any]:
    vs = list(violations)
    return {
        "ok": ok,
        "violation_rules": [v.rule for v in vs],
        "violation_cites": [v.citation.short() for v in vs],
        "violation_messages": [v.message for v in vs],
        "explain": explain,
    }


_ALIASES = {"violation_rules": "violation_rules", "violation_cites": "violation_cites"}


def _holds(key: str, want: Any, answer: Mapping[str, Any]) -> bool:
    if key == "no_violation_mentioning":
        return not any(want in m for m in answer.get("violation_messages", ()))
    for suffix, test in _TESTS.items():
        if key.endswith(suffix):
            field = key[: -len(suffix)]
            field = {"violation_rules_include": "violation_rules"}.get(field, field)
            got = answer[field]
            return test(got, want)
    return answer[key] == want


def _contains(got: Any, want: list[Any]) -> bool:
    if isinstance(got, str):
        return all(w in got for w in want)
    return all(any(w == g or (isinstance(g, str) and isinstance(w, str) and w in g and "第" in w) for g in got)
               for w in want)  # fmt: skip


def _excludes(got: Any, want: list[Any]) -> bool:
    if isinstance(got, str):
        return not any(w in got for w in want)
    return not any(w in got for w in want)


_TESTS: dict[str, Callable[[Any, Any], bool]] = {"_contains": _contains, "_excludes": _excludes,
                                                  "_include": _contains}  # fmt: skip


def evaluate(case: Mapping[str, Any]) -> list[str]:
    """The expectations of `case` that do not hold (empty: the library answers as the text does)."""
    expected = dict(case["expected"])
    error = expected.pop("error", None)
    try:
        answer = _answer(case)
    except Exception as e:
        if error is not None and type(e).__name__ == error:
            return []
        return [f"raised {type(e).__name__}: {e}"]
    if error is not None:
        return [f"expected {error}, got an answer"]
    failed = []
    for key, want in expected.items():
        try:
            if not _holds(key, want, answer):
                shown = answer.get(key.removesuffix("_contains").removesuffix("_excludes"), answer)
                failed.append(f"{key}={want!r}; got {shown!r}")
        except KeyError as e:
            failed.append(f"{key}: the answer has no {e}")
    return failed
