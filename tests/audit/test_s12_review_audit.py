"""Session 12 review: the audit says where a convener (召集人) on record was not checked.

西丰 四十三 「县政府专题会议由副县长主持召开」 names who presides, not who convenes; 四十一 「由县长或由县长委托负责日常
工作的副县长召集和主持」 names both (general.md meeting-convener).
"""

from __future__ import annotations

import json
from typing import Any

from govrules import rulesets
from govrules.audit import audit_lines
from govrules.audit.report import unchecked_text

XF = rulesets.load("xifeng-2022")


def _run(record: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    line = json.dumps({"type": "meeting", "id": "M1", "date": "2025-03-12", **record}, ensure_ascii=False)
    run = audit_lines(XF, [line])
    found = [f.rule for f in run]
    keys = list(run.summary.unchecked)
    zh = [t for k in keys if (t := unchecked_text(XF, k)) is not None]
    en = [t for k in keys if (t := unchecked_text(XF, k, "en")) is not None]
    return found, zh, en


def test_43_a_convener_of_a_topical_meeting_is_said_not_checked() -> None:
    found, zh, en = _run({"kind": "专题会议", "presided_by": "分管副县长", "convened_by": "县政府办公室主任",
                          "attendees": ["分管副县长"]})  # fmt: skip
    assert "meeting_convener" not in found
    assert "会议召集人：规则未规定专题会议由谁召集（仅规定主持）" in zh
    assert any(t.startswith("who convened the meeting: no rule says who convenes a TOPICAL meeting") for t in en)


def test_41_a_convener_of_the_executive_meeting_is_checked_and_not_said_unchecked() -> None:
    record = {"kind": "常务会议", "presided_by": "县长", "attendees": ["负责日常工作的副县长", "副县长"],
              "non_voting": ["部门主要负责人"]}  # fmt: skip
    found, zh, _ = _run({**record, "convened_by": "县长"})
    assert found == [] and not any("召集" in t for t in zh)
    found, zh, _ = _run({**record, "convened_by": "分管副县长"})
    assert found == ["meeting_convener"] and not any("召集" in t for t in zh)


def test_43_no_convener_on_record_nothing_said() -> None:
    _, zh, _ = _run({"kind": "专题会议", "presided_by": "分管副县长", "attendees": ["分管副县长"]})
    assert not any("召集" in t for t in zh)
