"""Lateness is said in the unit the text counts the period in (session 11).

A period of working days (西丰 第五十二条第二款 「7个工作日内回复」) is late by working days: 「逾期2个工作日」.
A period of calendar days or months (西丰 附件2 督查事项 「1个月内」) is late by days: 「逾期15天」, not by the
working days that happen to fall in them (the audit said 「逾期11个工作日」 of a one-month deadline).
`DeadlineCheck.late_by` stays the working days (its documented unit); `late_by_days` is the calendar days.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from govrules import deadlines, rulesets
from govrules.audit import audit_lines
from govrules.periods import Direction, Unit
from govrules.rules import DeadlineRule
from govrules.workdays import china

ANCHOR = date(2025, 3, 3)


def _periods() -> list[tuple[str, str, str | None, Unit]]:
    """Every (ruleset, deadline rule, variant) counted forward from its event, with its unit."""
    out = []
    for rid in rulesets.available():
        rs = rulesets.load(rid)
        for rule in rs.rules_of(DeadlineRule):
            for variant, period in ((None, rule.period), *rule.variants.items()):
                if period.direction is Direction.AFTER:
                    out.append((rid, rule.id, variant, period.unit))
    return out


PERIODS = _periods()


def test_the_shipped_texts_have_periods_of_each_unit() -> None:
    """So that the tests below check both wordings, not one."""
    units = {unit for *_, unit in PERIODS}
    assert Unit.WORKDAY in units
    assert units & {Unit.DAY, Unit.MONTH}


@pytest.mark.parametrize(("rid", "rule_id", "variant", "unit"), PERIODS, ids=lambda v: str(v))
def test_check_says_lateness_in_the_periods_unit(rid: str, rule_id: str, variant: str | None, unit: Unit) -> None:
    rs, cal = rulesets.load(rid), china()
    d = deadlines.due(rs, rule_id, ANCHOR, variant=variant, calendar=cal)
    done = d.date + timedelta(days=10)
    c = deadlines.check(rs, rule_id, ANCHOR, done, variant=variant, calendar=cal)
    assert not c.on_time
    assert c.late_by_days == 10
    assert c.late_by == deadlines.late_by(d.date, done, cal)  # still the working days
    said = f"逾期{c.late_by}个工作日" if unit is Unit.WORKDAY else "逾期10天"
    assert c.late_said == said
    assert said in c.explain()
    on_time = deadlines.check(rs, rule_id, ANCHOR, d.date, variant=variant, calendar=cal)
    assert on_time.on_time and on_time.late_by_days == 0 and on_time.late_said == ""


@pytest.mark.parametrize(
    ("rid", "rule_id", "said"),
    [
        # 西丰 附件2 「1个月内」: a month, late by calendar days
        ("xifeng-2022", "supervision_complex", "逾期10天"),
        # 西丰 第五十二条第二款 「7个工作日内」: working days
        ("xifeng-2022", "countersign_reply", "个工作日"),
    ],
)
def test_the_audit_says_lateness_in_the_periods_unit(rid: str, rule_id: str, said: str) -> None:
    rs = rulesets.load(rid)
    due = deadlines.due(rs, rule_id, ANCHOR).date
    record = {
        "type": "deadline",
        "id": "d1",
        "rule": rule_id,
        "anchor": ANCHOR.isoformat(),
        "done_on": (due + timedelta(days=10)).isoformat(),
    }
    found = [f for f in audit_lines(rs, [json.dumps(record)]) if f.rule == rule_id]
    assert len(found) == 1, found
    assert said in found[0].message
    if said == "逾期10天":
        assert "个工作日" not in found[0].message.split("实际", 1)[1]
