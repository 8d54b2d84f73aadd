"""A deadline's variant may be named as the text names it (「特别复杂」, 「重大修改」), in `due`, in the audit's
records and on the command line, as by its id (district-xx 第五十九条第三款 「特别复杂的事项不得超过一周」;
崆峒 第五十三条 重大修改)."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from govrules import deadlines, rulesets
from govrules.audit import audit
from govrules.errors import InvalidInput
from govrules.workdays import china

CAL = china()


@pytest.mark.parametrize(
    ("rid", "rule", "name", "variant"),
    [
        ("district-xx", "countersign_reply", "特别复杂", "complex"),  # 五十九 ¶3
        ("district-xx", "countersign_reply", " 特别复杂 ", "complex"),
        ("kongtong-2016", "post_meeting_issue", "重大修改", "major_revision"),  # 五十三
    ],
)
def test_due_takes_the_texts_name_of_a_variant(rid: str, rule: str, name: str, variant: str) -> None:
    rs = rulesets.load(rid)
    by_name = deadlines.due(rs, rule, date(2025, 3, 3), variant=name, calendar=CAL)
    by_id = deadlines.due(rs, rule, date(2025, 3, 3), variant=variant, calendar=CAL)
    assert by_name == by_id and by_name.variant == variant
    assert deadlines.variant_id(rs, rule, name) == variant


def test_a_texts_word_names_a_variant_of_its_own_rule_only() -> None:
    # 「特别复杂」 is district-xx 五十九's word; 崆峒 五十三 has no such variant: refused, quoting what was written
    rs = rulesets.load("kongtong-2016")
    assert deadlines.variant_id(rs, "post_meeting_issue", "特别复杂") == "特别复杂"
    with pytest.raises(InvalidInput) as caught:
        deadlines.due(rs, "post_meeting_issue", date(2025, 3, 3), variant="特别复杂", calendar=CAL)
    assert (
        caught.value.zh is not None and "没有“特别复杂”这一情形（可用：major_revision（重大修改））" in caught.value.zh
    )


def test_a_variant_name_must_name_a_variant_of_the_rule() -> None:
    rule = rulesets.load("district-xx").rule("countersign_reply")
    with pytest.raises(InvalidInput, match="variant_names names no variant"):
        attrs.evolve(rule, variant_names={"复杂": "simple"})


def _findings(variant: str) -> list[tuple[str | None, str, str]]:
    records = [
        {"type": "countersign", "id": "c1", "requested_on": "2025-03-03", "replied_on": "2025-03-12",
         "variant": variant},
        {"type": "deadline", "id": "d1", "rule": "countersign_reply", "anchor": "2025-03-03", "done_on": "2025-03-12",
         "variant": variant},
    ]  # fmt: skip
    return [(f.record_id, f.rule, f.message) for f in audit(rulesets.load("district-xx"), records, calendar=CAL)]


def test_the_audit_reads_a_variant_named_as_the_text_names_it() -> None:
    # 五十九 ¶3: 一周 from 2025-03-03 is 03-10; replied 03-12: late under either name
    by_name = _findings("特别复杂")
    assert by_name == _findings("complex")
    assert [f[:2] for f in by_name if f[1] != "meeting_rhythm"] == [
        ("c1", "countersign_reply"),
        ("d1", "countersign_reply"),
    ]
    unknown = [f for f in _findings("复杂事项") if f[1] == "invalid_record"]
    assert [f[0] for f in unknown] == ["c1", "d1"]
