"""Session 13's mend: a record type's Chinese name comes from one table (`records.TYPE_LABELS`, its first label),
wherever it is said; an id written as a whole number names its record even where the record cannot be read."""

from __future__ import annotations

import json

from govrules import rulesets
from govrules.audit import INVALID, audit_lines
from govrules.audit.records import RECORD_TYPES, TYPE_LABELS, TYPE_NAMES

XF = rulesets.load("xifeng-2022")


def test_every_record_type_has_its_chinese_name_and_it_reads_back_as_that_type() -> None:
    assert set(TYPE_NAMES) == set(RECORD_TYPES)
    assert all(TYPE_LABELS[name] == kind for kind, name in TYPE_NAMES.items())
    assert (TYPE_NAMES["document"], TYPE_NAMES["deadline"]) == ("公文", "期限")


def test_an_unreadable_record_with_a_numeric_id_is_named_by_its_digits_and_its_repetition_said() -> None:
    bad = {"type": "request", "id": 12, "received_on": "not a date"}
    good = {"type": "request", "id": 12, "received_on": "2025-03-03"}
    run = audit_lines(XF, [json.dumps(bad), json.dumps(good)])
    found = list(run)
    assert [(f.record_id, f.rule) for f in found if f.rule == INVALID] == [("12", INVALID)]
    (said,) = run.summary.warnings
    assert said.startswith("记录编号重复：请示记录“12”（第1、2行）")
