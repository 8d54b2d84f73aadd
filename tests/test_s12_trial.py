"""Session 12 trial: what a new user met. A meeting whose convener (召集人) is on record where the text names only
who presides (西丰 四十三 「县政府专题会议由副县长主持召开」) was passed in silence by `check_meeting`'s explanation
(`govrules meeting`, HTTP /meeting) while the audit listed it as not checked: the explanation now says so."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import attendance, rulesets
from govrules.model import Meeting, MeetingKind, Role


def _explain(ruleset: str, kind: MeetingKind, presided_by: Role, convened_by: Role | None) -> str:
    rs = rulesets.load(ruleset)
    meeting = Meeting(kind=kind, date=date(2025, 9, 26), presided_by=presided_by, convened_by=convened_by)
    return attendance.check_meeting(rs, meeting, composition=False).explain()


def test_convener_not_named_by_the_text_is_said_unchecked() -> None:
    text = _explain("xifeng-2022", MeetingKind.TOPICAL, Role.DEPUTY, Role.OFFICE_DIRECTOR)
    assert "召集人县政府办公室主任未作检查：本规则未规定专题会议由谁召集（仅规定主持）。" in text
    # and only then: no convener on record, or one the text names (四十一 「由县长或由县长委托负责日常工作的副县长召集和
    # 主持」: checked, here a breach), says no such sentence
    assert "召集" not in _explain("xifeng-2022", MeetingKind.TOPICAL, Role.DEPUTY, None).split("\n")[0]
    text = _explain("xifeng-2022", MeetingKind.EXECUTIVE, Role.HEAD, Role.DEPUTY)
    assert "会议由分管副县长召集，规定由县长或负责日常工作的副县长召集" in text
    assert "未作检查：本规则未规定" not in text


def test_the_record_formats_label_table_lists_every_label() -> None:
    """docs/audit.md's table of the column labels a spreadsheet header may use listed neither 召集人 (convened_by)
    nor 缺席, 议题, 授权 and others `FIELD_LABELS` reads, though it says 「Any other header is a field of the
    record's own」: a reader would think a 召集人 column unknown. Every label, with its field, is now in it."""
    import re
    from pathlib import Path

    from govrules.audit.records import FIELD_LABELS

    doc = (Path(__file__).resolve().parents[1] / "docs" / "audit.md").read_text(encoding="utf-8")
    table = doc[doc.index("| label | field |") : doc.index("Any other header is a field")]
    pairs: set[tuple[str, str]] = set()
    for line in (row for row in table.splitlines()[2:] if row.startswith("|")):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        for label_cell, field_cell in zip(cells[0::2], cells[1::2], strict=True):
            labels = [re.sub(r"\s*\(.*\)$", "", x).strip() for x in label_cell.split(" / ")]
            fields = [x.strip() for x in field_cell.split(" / ")]
            if len(labels) == len(fields):
                pairs.update(zip(labels, fields, strict=True))
    missing = [f"{label} ({field})" for field, label in FIELD_LABELS.items() if (label, field) not in pairs]
    assert not missing, missing


def test_dongchuan_bodies_named_with_the_justice_bureau_are_read_alike() -> None:
    """东川 第二十条 「区委政研室、区财政局、区发展改革局、区司法局等有关负责人列席会议」: a record naming 区司法局
    was read (its head), 区财政局 beside it refused (「无法识别的职务“区财政局”」). Each body the article names reads
    as its head."""
    rs = rulesets.load("dongchuan-2024")
    assert rs.read_role("区司法局") is Role.JUSTICE_BUREAU_HEAD
    assert rs.read_role("区委政研室") is Role.POLICY_RESEARCH_HEAD
    assert rs.read_role("区财政局") is Role.FINANCE_BUREAU_HEAD
    assert rs.read_role("区发展改革局") is Role.DEVELOPMENT_REFORM_HEAD
    meeting = Meeting(
        kind=MeetingKind.EXECUTIVE,
        date=date(2025, 3, 6),
        presided_by=Role.HEAD,
        attendees=frozenset({Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.OFFICE_DIRECTOR}),
        non_voting=frozenset({rs.read_role("区财政局"), rs.read_role("区委政研室")}),
    )
    assert not [v for v in attendance.check_meeting(rs, meeting).violations if "非规定" in v.message]


_DONGCHUAN_ABSENCE = {
    "kind": "常务会议",
    "date": "2025-03-06",
    "presided_by": "区长",
    "attendees": ["负责常务工作的副区长", "区政府办公室主任"],
    # 第二十五条 「如有特殊情况不能参加的履行请假手续」: the text's own word for the kind of leave
    "absent": [{"role": "副区长", "kind": "不能参加会议", "meeting": "常务会议", "start": "2025-03-06"}],
}


def test_a_meeting_records_absence_takes_the_texts_word_for_its_kind() -> None:
    """东川 calls a leave from a meeting 「不能参加会议」 (第二十五条): a leave record, `govrules leave --kind` and the
    HTTP /leave read it, but a meeting record's absence was refused in the audit, `govrules meeting` and HTTP
    /meeting (「无法识别的请假类型“不能参加会议”；可用：…不能出席会议…」). Each surface now reads it."""
    import json

    from govrules import receipts
    from govrules.audit import audit_lines

    rs = rulesets.load("dongchuan-2024")
    findings = list(audit_lines(rs, [json.dumps({"type": "meeting", "id": "m1", **_DONGCHUAN_ABSENCE})]))
    assert [f.rule for f in findings if f.rule == "invalid_record"] == []
    meeting, _, _ = receipts.parse_input("meeting", _DONGCHUAN_ABSENCE, rs)  # type: ignore[misc]
    assert [a.kind.name for a in meeting.absent] == ["MEETING_ABSENCE"]
    # a word the text does not have is refused with the text's words, naming the absence's field
    wrong = {**_DONGCHUAN_ABSENCE, "absent": [{**_DONGCHUAN_ABSENCE["absent"][0], "kind": "没来"}]}  # type: ignore[dict-item]
    with pytest.raises(receipts.InvalidRequest) as refused:
        receipts.parse_input("meeting", wrong, rs)
    assert [p.field for p in refused.value.problems] == ["absent[0].kind"]
    assert "不能参加会议" in (refused.value.problems[0].reason_zh or "")


def test_meeting_in_english_names_an_unchecked_absence_by_its_id(tmp_path: object) -> None:
    """`govrules meeting --lang en` printed an unchecked absence as a Python dict
    (「not checked: {'id': 'POLICY_RESEARCH_HEAD', 'label': …}」)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    record = Path(str(tmp_path)) / "m.json"
    absence = {"role": "区委政研室负责人", "kind": "不能出席会议", "meeting": "常务会议", "start": "2025-03-06"}
    record.write_text(json.dumps({**_DONGCHUAN_ABSENCE, "absent": [absence]}, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "govrules", "meeting", "dongchuan-2024", str(record), "--lang", "en"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "not checked: the leave of POLICY_RESEARCH_HEAD (no leave rule covers it)" in out.stdout, out.stderr
    assert "{'id'" not in out.stdout
