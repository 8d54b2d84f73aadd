"""What office systems export: fields the schema does not name, spreadsheets, what-if logs, rosters."""

from __future__ import annotations

import json

from govrules import rulesets
from govrules.audit import INVALID, audit, audit_lines
from govrules.audit.report import csv_rows, html_report, json_lines, summary_json, text_report

# 西丰 第五十三条(二): a motion to the 人大 is signed by the 县长; a 副县长 signing it is a breach.
MOTION = {"type": "document", "kind": "议案", "issuer": "政府", "addressee": "人大", "signed_on": "2025-03-03"}


def test_unnamed_fields_are_kept_shown_and_listed_once() -> None:
    rs = rulesets.load("xifeng-2022")
    records = [
        {
            **MOTION,
            "id": "d1",
            "signed_by": "副县长",
            "title": "关于提请审议预算调整的议案",
            "doc_number": "西政〔2025〕3号",
        },
        {**MOTION, "id": "d2", "signed_by": "副县长", "标题": "关于某事项的议案", "文号": "西政〔2025〕4号"},
        {**MOTION, "id": "d3", "signed_by": "县长", "title": "clean", "文号": "西政〔2025〕5号"},
        {**MOTION, "id": "d4", "signed_by": "无此人", "标题": "读不了的", "文号": "西政〔2025〕6号"},
    ]
    run = audit(rs, records)
    found = list(run)
    s = run.summary
    assert (s.read, s.checked, s.invalid) == (4, 3, 1)
    assert s.extra_fields == ("title", "doc_number", "标题", "文号")
    by_id = {f.record_id: f for f in found}
    assert set(by_id) == {"d1", "d2", "d4"}
    assert by_id["d1"].rule == "signer"
    assert dict(by_id["d1"].extra) == {"title": "关于提请审议预算调整的议案", "doc_number": "西政〔2025〕3号"}
    assert dict(by_id["d2"].extra) == {"标题": "关于某事项的议案", "文号": "西政〔2025〕4号"}
    assert by_id["d4"].rule == INVALID and "无此人" in by_id["d4"].message
    assert dict(by_id["d4"].extra)["文号"] == "西政〔2025〕6号"
    text = text_report(rs, found, s)
    assert "d2（标题：关于某事项的议案；文号：西政〔2025〕4号）" in text
    assert text.count("title、doc_number、标题、文号") == 1
    assert "西政〔2025〕3号" in html_report(rs, found, s)
    assert "西政〔2025〕3号" in "".join(csv_rows(found))
    rows = [json.loads(r) for r in json_lines(found)]
    assert rows[0]["extra"] == {"title": "关于提请审议预算调整的议案", "doc_number": "西政〔2025〕3号"}
    assert json.loads(summary_json(s))["extra_fields"] == ["title", "doc_number", "标题", "文号"]


def test_unnamed_fields_from_json_lines_are_not_invalid() -> None:
    rs = rulesets.load("xifeng-2022")
    line = json.dumps({**MOTION, "id": "d1", "signed_by": "县长", "标题": "t", "文号": "n"}, ensure_ascii=False)
    run = audit_lines(rs, [line, line])
    assert list(run) == []
    assert (run.summary.checked, run.summary.invalid, run.summary.extra_fields) == (2, 0, ("标题", "文号"))
