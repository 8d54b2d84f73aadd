"""Session 12 trial: what a new user met. A meeting whose convener (召集人) is on record where the text names only
who presides (西丰 四十三 「县政府专题会议由副县长主持召开」) was passed in silence by `check_meeting`'s explanation
(`govrules meeting`, HTTP /meeting) while the audit listed it as not checked: the explanation now says so."""

from __future__ import annotations

from datetime import date

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
