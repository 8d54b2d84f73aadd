"""Every answer that rests on an estimated day says so: decisions, audit findings in every format, simulations."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from govrules import attendance, deadlines, rulesets, workdays
from govrules.audit import audit
from govrules.audit import report as rep
from govrules.model import LeaveKind, LeaveRequest, Role

pytest.importorskip("lunardate")

D = date


@pytest.fixture(scope="module")
def prov() -> workdays.WorkdayCalendar:
    return workdays.china(provisional=True)


def test_deadline_on_an_estimated_day(prov: workdays.WorkdayCalendar) -> None:
    rs = rulesets.load("xifeng-2022")
    d = deadlines.due(rs, "countersign_reply", D(2026, 12, 28), calendar=prov)  # runs into 2027
    assert d.provisional and "估算" in d.explain()
    assert not deadlines.due(rs, "countersign_reply", D(2026, 3, 2), calendar=prov).provisional


def test_leave_decision_on_an_estimated_day(prov: workdays.WorkdayCalendar) -> None:
    rs = rulesets.load("xifeng-2022")
    req = LeaveRequest(
        role=Role.DEPUTY, kind=LeaveKind.TRIP, start=D(2027, 3, 8), end=D(2027, 3, 9), requested_on=D(2027, 3, 1)
    )
    v = attendance.check_leave(rs, req, calendar=prov)
    assert v.provisional and "估算" in v.explain()


def test_audit_findings_say_so_in_every_format(prov: workdays.WorkdayCalendar) -> None:
    rs = rulesets.load("xifeng-2022")
    records = [
        {"type": "countersign", "id": "est", "requested_on": "2027-09-27", "replied_on": "2027-11-30"},
        {"type": "countersign", "id": "pub", "requested_on": "2025-09-26", "replied_on": "2025-11-28"},
    ]
    run = audit(rs, records, calendar=prov)
    findings, summary = run.run()
    by_id = {f.record_id: f for f in findings}
    assert by_id["est"].provisional and "估算" in by_id["est"].message
    assert not by_id["pub"].provisional and "估算" not in by_id["pub"].message
    as_json = [json.loads(line) for line in rep.json_lines(findings)]
    assert {j["record_id"]: j["provisional"] for j in as_json} == {"est": True, "pub": False}
    rows = list(csv.DictReader(io.StringIO("".join(rep.csv_rows(findings)))))
    assert {r["record_id"]: r["provisional"] for r in rows} == {"est": "True", "pub": "False"}
    assert "估算" in rep.text_report(rs, findings, summary)
    assert "估算" in rep.html_report(rs, findings, summary)


def test_simulation_metrics_on_an_estimated_year(prov: workdays.WorkdayCalendar) -> None:
    from govrules.simulation import Scenario, run

    s = Scenario(name="2027", ruleset="xifeng-2022", start=D(2027, 1, 1), end=D(2027, 1, 31))
    result = run(s, calendar=prov)
    assert result.provisional and 2027 in result.provisional_years and "估算" in result.note()
    base = run(Scenario(name="2025", ruleset="xifeng-2022", start=D(2025, 1, 1), end=D(2025, 1, 31)))
    assert not base.provisional and base.note() == ""
